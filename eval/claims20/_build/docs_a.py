"""ev20-01 .. ev20-05: Russia-Ukraine."""
from common import P, R, U

KYIV = P("Kyiv", 50.45466, 30.5238, "Kyiv", ["Kiev"])
KHERSON = P("Kherson", 46.63542, 32.61687, "Kherson")
IZMAIL = P("Izmail", 45.35036, 28.83741, "Izmail", ["Izmayil"])
BILA = P("Bila Tserkva", 49.79885, 30.11534, "Bila Tserkva")
OBUKHIV = P("Obukhiv", 50.10721, 30.6174, "Obukhiv")
BRYANSK = P("Bryansk", 53.25209, 34.37167, "Bryansk")

D01 = dict(
    id="ev20-01", conflict="Russia–Ukraine", form="wire copy, dateline 'KYIV, Nov 14 (Meridian Wire) –', cookie banner, share bar, related teaser",
    url="https://meridianwire.example.com/world/europe/russia-pounds-kyiv-overnight-2025-11-14/",
    title="Russia pounds Kyiv overnight, six killed as apartment blocks burn",
    published="2025-11-14",
    text="""We use cookies to personalise content and to analyse our traffic. Accept all | Manage preferences
Share  |  Post  |  Email  |  Print  |  3 min read
Russia pounds Kyiv overnight, six killed as apartment blocks burn
KYIV, Nov 14 (Meridian Wire) – Russia pounded Kyiv with drones and missiles overnight, killing six people and wounding 31 in attacks that set apartment blocks ablaze in at least four districts of the capital, city officials said on Friday.
Ukraine's air force said its units had shot down 402 of the drones and 17 of the missiles launched against the country, while falling debris was recorded in at least eleven locations.
"Once again they chose sleeping people as their target," said Taras Hrytsenko, head of the Kyiv city military administration, adding that three children were among those injured.
South of the capital, a warehouse was struck in Bila Tserkva, and a fire broke out at a power substation near Obukhiv, regional governor Mykola Prysiazhniuk wrote on Telegram. Nobody was hurt there, he said.
Further south, the shelling of Kherson's riverside districts killed a 64-year-old man, the regional administration said.
In the Danube port of Izmail, a drone hit a grain terminal and injured two dock workers, according to the Odesa regional governor's office.
Russia's Defence Ministry said its forces had carried out a "massive strike" on military-industrial and energy facilities in response to what it called terrorist attacks on Russian territory. It said air defences had destroyed 64 Ukrainian fixed-wing drones over the Bryansk, Kursk and Belgorod regions overnight.
In Bryansk itself, the local governor said an attempted drone attack on a chemical plant had been repelled and that no one was hurt.
Kyiv, home to roughly 2.9 million people before the full-scale invasion, has been a frequent target this autumn as Moscow tries to cripple the power grid before winter.
Ukraine's energy ministry said scheduled power cuts of up to 8 hours would apply in 14 regions on Friday.
RELATED: Winter in the dark – 5 ways Kyiv households are preparing for blackouts
(Reporting by Olena Marchuk; Editing by Daniel Foyle)
Our Standards: The Meridian Trust Principles.""",
    sides=("ukraine", "civilian", "russia"),
    units=[
        U("killed", 6, KYIV, ["city officials", "Kyiv city military administration"], "killing six people and wounding 31 in attacks that set apartment blocks ablaze", date="2025-11-14", basis="text",
          note="headline repeats 'six killed'; overnight in a morning story -> published day"),
        U("wounded", 31, KYIV, ["city officials", "Kyiv city military administration"], "killing six people and wounding 31", date="2025-11-14", basis="text"),
        U("wounded", 3, KYIV, ["Taras Hrytsenko", "Kyiv city military administration"], "three children were among those injured", date="2025-11-14", basis="text",
          note="subgroup stated as a number: required"),
        U("attack", None, KYIV, ["city officials", "Kyiv city military administration"], "Russia pounded Kyiv with drones and missiles overnight", date="2025-11-14", basis="text"),
        U("materiel_lost", 402, None, ["Ukraine's air force", "Ukrainian air force"], "shot down 402 of the drones", date="2025-11-14", basis="text",
          sides=("ukraine", "russia", "ukraine"), note="interception; launcher's side is the victim"),
        U("materiel_lost", 17, None, ["Ukraine's air force", "Ukrainian air force"], "17 of the missiles launched against the country", date="2025-11-14", basis="text",
          sides=("ukraine", "russia", "ukraine"), note="interception"),
        U("attack", None, BILA, ["Mykola Prysiazhniuk", "regional governor"], "a warehouse was struck in Bila Tserkva", date="2025-11-14", basis="text", sides=("ukraine", None, "russia")),
        U("attack", None, OBUKHIV, ["Mykola Prysiazhniuk", "regional governor"], "a fire broke out at a power substation near Obukhiv", date="2025-11-14", basis="text",
          opt=True, sides=("ukraine", None, "russia"), note="known only through a fire"),
        U("killed", 1, KHERSON, ["regional administration", "Kherson regional administration"], "the shelling of Kherson's riverside districts killed a 64-year-old man"),
        U("attack", None, KHERSON, ["regional administration", "Kherson regional administration"], "the shelling of Kherson's riverside districts"),
        U("attack", None, IZMAIL, ["Odesa regional governor"], "In the Danube port of Izmail, a drone hit a grain terminal", date="2025-11-14", basis="text"),
        U("wounded", 2, IZMAIL, ["Odesa regional governor"], "injured two dock workers", date="2025-11-14", basis="text"),
        U("materiel_lost", 64, R("Bryansk, Kursk and Belgorod regions", 52.3, 35.6, 250, ["Bryansk region", "Kursk region", "Belgorod region", "Russia"]),
          ["Russia's Defence Ministry", "Russian Defence Ministry"], "air defences had destroyed 64 Ukrainian fixed-wing drones", date="2025-11-14", basis="text",
          sides=("russia", "ukraine", "russia")),
        U("attack", None, BRYANSK, ["local governor", "Bryansk governor"], "an attempted drone attack on a chemical plant had been repelled", date="2025-11-14", basis="text",
          opt=True, sides=("russia", None, "ukraine"), note="repelled attempt, no damage"),
    ],
)

RODYNSKE = P("Rodynske", 48.3536, 37.2092, approx=True)
KURYLIVKA = P("Kurylivka", 49.645, 37.78, approx=True)
DANYLIVKA = P("Danylivka", 47.97, 36.42, approx=True)
RU = ["Ministry of Defence of the Russian Federation", "Russian Defence Ministry", "Russia's Defence Ministry"]

D02 = dict(
    id="ev20-02", conflict="Russia–Ukraine", form="Russian MoD bulletin translated ('liberated'), reposted by an aggregator with an editor's note, cumulative totals",
    url="https://frontline-digest.example.net/statements/mod-ru-2025-12-09",
    title="Russian MoD summary, 9 December: 'liberation' of Rodynske claimed",
    published="2025-12-09",
    text="""Home › Official statements › Russia
Subscribe to our Telegram channel for daily summaries
Russian MoD summary, 9 December: 'liberation' of Rodynske claimed
Summary of the Ministry of Defence of the Russian Federation on the progress of the special military operation (as of 9 December 2025)
[Translated from Russian by our desk. The ministry's wording is kept as published.]
Units of the Tsentr group of forces, as a result of decisive actions, liberated the settlement of Rodynske in the Donetsk People's Republic.
Over the past 24 hours, in the area of responsibility of the Tsentr group, the enemy lost up to 215 servicemen, one tank and five armoured combat vehicles.
Units of the Zapad group of forces improved their tactical position and liberated the settlement of Kurylivka in the Kharkiv region.
Units of the Vostok group continued to advance deep into the enemy's defences and liberated the settlement of Danylivka in the Dnipropetrovsk region.
Operational-tactical aviation, attack unmanned aerial vehicles, missile troops and artillery struck energy infrastructure facilities used in the interests of the Armed Forces of Ukraine, long-range drone assembly workshops, and temporary deployment points in 147 areas.
Air defence means shot down four guided aerial bombs, three HIMARS multiple-launch rocket system projectiles and 211 fixed-wing unmanned aerial vehicles.
In total, since the beginning of the special military operation, the following have been destroyed: 670 aircraft, 283 helicopters, 97,412 unmanned aerial vehicles, 638 anti-aircraft missile systems and 25,904 tanks and other armoured combat vehicles.
— End of summary —
Editor's note: Ukraine's General Staff did not mention Rodynske in its evening report. A spokesman for the Dnipro operational-strategic group of troops, Andriy Kovalyk, dismissed the Russian report as fabricated and said fighting continued on the outskirts of the village. Before 2022 Rodynske, a mining town, was home to about 10,000 people.
Comments (14)  |  Share""",
    sides=("russia", "ukraine", "russia"),
    units=[
        U("territory", None, RODYNSKE, RU, ["liberated the settlement of Rodynske in the Donetsk People's Republic", "dismissed the Russian report as fabricated"],
          note="denied by the Ukrainian Dnipro group spokesman: one unit, claimant the asserting side; coordinates approximate"),
        U("killed", 215, RODYNSKE, RU, "the enemy lost up to 215 servicemen", opt=True, date="2025-12-09", basis="text",
          note="'lost ... servicemen' mixes killed and wounded; optional"),
        U("materiel_lost", 1, RODYNSKE, RU, "one tank and five armoured combat vehicles", date="2025-12-09", basis="text", note="tank"),
        U("materiel_lost", 5, RODYNSKE, RU, "five armoured combat vehicles", date="2025-12-09", basis="text", note="armoured_vehicle"),
        U("territory", None, KURYLIVKA, RU, "liberated the settlement of Kurylivka in the Kharkiv region", note="coordinates approximate"),
        U("territory", None, DANYLIVKA, RU, "liberated the settlement of Danylivka in the Dnipropetrovsk region", note="coordinates approximate"),
        U("materiel_lost", 4, None, RU, "Air defence means shot down four guided aerial bombs", date="2025-12-09", basis="text", note="item other (guided bombs)"),
        U("materiel_lost", 3, None, RU, "three HIMARS multiple-launch rocket system projectiles", date="2025-12-09", basis="text", note="item missile"),
        U("materiel_lost", 211, None, RU, "211 fixed-wing unmanned aerial vehicles", date="2025-12-09", basis="text", note="item drone"),
        U("materiel_lost", 670, None, RU, "670 aircraft", scope="cumulative"),
        U("materiel_lost", 283, None, RU, "283 helicopters", scope="cumulative"),
        U("materiel_lost", 97412, None, RU, "97,412 unmanned aerial vehicles", scope="cumulative"),
        U("materiel_lost", 638, None, RU, "638 anti-aircraft missile systems", scope="cumulative"),
        U("materiel_lost", 25904, None, RU, "25,904 tanks and other armoured combat vehicles", scope="cumulative"),
    ],
)

ZAP = P("Zaporizhzhia", 47.82289, 35.19031, "Zaporizhzhia")
KUPIANSK = P("Kupiansk", 49.71055, 37.61517, "Kupiansk", ["Kupyansk"])
KRASNOPILLIA = P("Krasnopillia", 50.77333, 35.26778, "Krasnopillia")
VPYS = P("Velyka Pysarivka", 50.42444, 35.47167, "Velyka Pysarivka")
YUNAK = P("Yunakivka", 51.05, 34.93, approx=True)
SHEBEKINO = P("Shebekino", 50.40886, 36.89444, "Shebekino")
SUMY_REG = R("Sumy region", 50.9, 34.8, 120, ["Sumy Oblast", "Sumy"])

D03 = dict(
    id="ev20-03", conflict="Russia–Ukraine", form="live blog, newest entry first, timestamps, newsletter prompt",
    url="https://dniprodaily.example.org/live/russia-ukraine-war-day-1427",
    title="Russia-Ukraine war, day 1,427: glide bomb hits Zaporizhzhia; 157 POWs home",
    published="2026-01-20",
    text="""LIVE  Russia-Ukraine war, day 1,427: glide bomb hits Zaporizhzhia; 157 POWs home
Updated 20 January 2026, 18:52 Kyiv time
Share on X | Facebook | WhatsApp | Copy link
18:52
Three people were killed and nine wounded when a guided aerial bomb slammed into an industrial site in Zaporizhzhia this afternoon, regional governor Oleksandr Pavlenko said. Rescuers are still working at the scene.
16:30
A Russian FPV drone hit a minibus on the road outside Kupiansk earlier today, Kharkiv regional prosecutors say. The driver was killed. Kupiansk, a railway hub on the Oskil river, has been a front-line town for most of the war.
14:05
Russia and Ukraine have carried out another prisoner swap. Ukraine's coordination headquarters for the treatment of prisoners of war says 157 Ukrainians have come home, among them defenders of Mariupol; Russia's defence ministry said the same number of its servicemen had been returned.
The headquarters says it was the 71st exchange and that more than 5,100 Ukrainians have been freed from captivity since the war began.
11:40
Sumy region: the regional military administration reports 96 Russian attacks on 31 settlements over the past day. The shelling of Krasnopillia, Velyka Pysarivka and Yunakivka wounded four civilians, it says.
The administration has also ordered the evacuation of 14 more villages near the border, a move affecting roughly 1,150 residents, including 230 children.
09:15
Across the border, Belgorod's governor says a Ukrainian drone struck a car in Shebekino, wounding two men.
07:30
In case you're just joining us: Russia launched one ballistic missile and 97 drones at Ukraine overnight, according to the Ukrainian air force, which says 78 drones were shot down or suppressed. Hits were recorded at 14 locations.
Sign up for our morning briefing – the war in five minutes, every weekday.
Advertisement""",
    sides=("ukraine", "civilian", "russia"),
    units=[
        U("killed", 3, ZAP, ["Oleksandr Pavlenko", "regional governor"], "Three people were killed and nine wounded when a guided aerial bomb slammed into an industrial site in Zaporizhzhia", date="2026-01-20", basis="text"),
        U("wounded", 9, ZAP, ["Oleksandr Pavlenko", "regional governor"], "Three people were killed and nine wounded", date="2026-01-20", basis="text"),
        U("attack", None, ZAP, ["Oleksandr Pavlenko", "regional governor"], "a guided aerial bomb slammed into an industrial site in Zaporizhzhia", date="2026-01-20", basis="text"),
        U("killed", 1, KUPIANSK, ["Kharkiv regional prosecutors"], "The driver was killed.", date="2026-01-20", basis="text"),
        U("attack", None, KUPIANSK, ["Kharkiv regional prosecutors"], "A Russian FPV drone hit a minibus on the road outside Kupiansk earlier today", date="2026-01-20", basis="text"),
        U("captured", 157, None, ["Ukraine's coordination headquarters for the treatment of prisoners of war", "coordination headquarters"], ["157 Ukrainians have come home", "the same number of its servicemen had been returned"],
          date="2026-01-20", basis="text", sides=("ukraine", "ukraine", "russia"), note="exchange; Russia's figure is the same number, one unit"),
        U("captured", 5100, None, ["coordination headquarters", "Ukraine's coordination headquarters for the treatment of prisoners of war"], "more than 5,100 Ukrainians have been freed from captivity since the war began",
          scope="cumulative", sides=("ukraine", "ukraine", "russia"), note="'71st exchange' is not a unit"),
        U("attack", None, KRASNOPILLIA, ["regional military administration", "Sumy regional military administration"], "The shelling of Krasnopillia, Velyka Pysarivka and Yunakivka wounded four civilians"),
        U("attack", None, VPYS, ["regional military administration", "Sumy regional military administration"], "The shelling of Krasnopillia, Velyka Pysarivka and Yunakivka"),
        U("attack", None, YUNAK, ["regional military administration", "Sumy regional military administration"], "Velyka Pysarivka and Yunakivka wounded four civilians", note="coordinates approximate"),
        U("wounded", 4, SUMY_REG, ["regional military administration", "Sumy regional military administration"], "wounded four civilians"),
        U("displaced", 1150, SUMY_REG, ["regional military administration", "administration"], "a move affecting roughly 1,150 residents",
          sides=("ukraine", "civilian", None), note="ordered evacuation"),
        U("displaced", 230, SUMY_REG, ["administration"], "including 230 children", opt=True, sides=("ukraine", "civilian", None), note="subset of the evacuees"),
        U("attack", None, SHEBEKINO, ["Belgorod's governor", "Belgorod governor"], "a Ukrainian drone struck a car in Shebekino", sides=("russia", "civilian", "ukraine")),
        U("wounded", 2, SHEBEKINO, ["Belgorod's governor", "Belgorod governor"], "wounding two men", sides=("russia", "civilian", "ukraine")),
        U("materiel_lost", 78, None, ["Ukrainian air force"], "78 drones were shot down or suppressed", date="2026-01-20", basis="text", sides=("ukraine", "russia", "ukraine"),
          note="interception; launch counts (one missile, 97 drones) are not units"),
    ],
)

HULIAIPOLE = P("Huliaipole", 47.66389, 36.25633, "Huliaipole", ["Hulyaipole"])
ZALIZ = P("Zaliznychne", 47.63, 36.13, approx=True)
STEPNO = P("Stepnohirsk", 47.586, 35.516, approx=True)
KOSTY = P("Kostiantynivka", 48.52775, 37.70692, "Kostiantynivka", ["Konstantinovka"])
KRAMATORSK = P("Kramatorsk", 48.72305, 37.55629, "Kramatorsk")
SLOVIANSK = P("Sloviansk", 48.8533, 37.605, "Sloviansk", ["Slovyansk"])
DOBRO = P("Dobropillia", 48.46667, 37.08333, "Dobropillia")
NOVOSH = P("Novoshakhtinsk", 47.7578, 39.9353, "Novoshakhtinsk")
ROSTOV = R("Rostov Oblast", 47.6, 40.7, 200, ["Rostov region", "Rostov"])

D04 = dict(
    id="ev20-04", conflict="Russia–Ukraine", form="think-tank daily assessment (key takeaways, geolocated footage, milblogger claims)",
    url="https://conflictcartography.example.org/assessments/russian-offensive-campaign-assessment-march-4-2026",
    title="Russian Offensive Campaign Assessment, March 4, 2026",
    published="2026-03-05",
    text="""Centre for Conflict Cartography
Russian Offensive Campaign Assessment, March 4, 2026
Print | Download PDF (2.1 MB) | Interactive map
Key Takeaways:
Russian forces recently advanced in the Huliaipole and Kostiantynivka directions.
Ukrainian forces recently counterattacked in the Zaporizhzhia direction.
Russian glide bomb and drone strikes continue to target front-line cities in Donetsk Oblast.
Geolocated footage published on March 3 indicates that Russian forces recently advanced into the central part of Huliaipole, along the Haichur river. Huliaipole had a pre-war population of about 13,000.
Russian milbloggers claimed on March 4 that elements of the 5th Combined Arms Army seized Zaliznychne, west of Huliaipole. The Centre has not yet observed visual confirmation of this claim.
Geolocated footage published on March 2 shows that Ukrainian forces retook positions in northern Stepnohirsk, on the Zaporizhzhia front.
Russian forces continue efforts to envelop Kostiantynivka from the south and east, and the Centre assesses that Russian infiltration groups are operating on the city's southern outskirts.
Ukrainian forces have cleared most of Kupiansk and are pressing the remaining Russian groups in the city's northern districts, according to geolocated footage and Ukrainian official statements.
Russian forces struck Kramatorsk and Sloviansk with glide bombs on March 3 and 4. The strike on Kramatorsk killed two civilians and damaged a school in Sloviansk, the Donetsk Oblast Military Administration reported.
A Shahed-type drone also struck a residential building in Dobropillia on March 4, injuring five people, according to the same source.
Ukrainian drones struck the Novoshakhtinsk oil refinery in Rostov Oblast overnight on March 3 to 4, the Ukrainian General Staff reported. Rostov Oblast's acting governor, Yuri Shatalov, claimed that air defences downed 27 drones over the oblast and that the refinery had not been hit.
Russian forces have seized an estimated 412 square kilometres in February, the Centre's mapping shows, down from the previous month.
Note: The Centre does not report Russian or Ukrainian personnel losses, which it cannot verify.""",
    sides=(None, "ukraine", "russia"),
    units=[
        U("territory", None, HULIAIPOLE, None, ["Russian forces recently advanced into the central part of Huliaipole", "Russian forces recently advanced in the Huliaipole and Kostiantynivka directions."],
          date="2026-03-03", basis="text", sides=(None, "ukraine", "russia")),
        U("territory", None, ZALIZ, ["Russian milbloggers"], "Russian milbloggers claimed on March 4 that elements of the 5th Combined Arms Army seized Zaliznychne",
          date="2026-03-04", basis="text", sides=("russia", "ukraine", "russia"), note="coordinates approximate"),
        U("territory", None, STEPNO, None, "Ukrainian forces retook positions in northern Stepnohirsk", date="2026-03-02", basis="text", sides=(None, "russia", "ukraine"),
          note="coordinates approximate; footage published March 2"),
        U("territory", None, KOSTY, None, "Russian forces continue efforts to envelop Kostiantynivka from the south and east", sides=(None, "ukraine", "russia")),
        U("territory", None, KUPIANSK, ["Ukrainian official statements"], "Ukrainian forces have cleared most of Kupiansk", sides=(None, "russia", "ukraine"),
          note="the Centre's own assessment citing footage and Ukrainian statements; both claimant null and Ukrainian accepted via claimant list",),
        U("attack", None, KRAMATORSK, ["Donetsk Oblast Military Administration"], ["Russian forces struck Kramatorsk and Sloviansk with glide bombs on March 3 and 4", "The strike on Kramatorsk killed two civilians"],
          date="2026-03-03", basis="text", sides=("ukraine", "civilian", "russia")),
        U("attack", None, SLOVIANSK, ["Donetsk Oblast Military Administration"], ["Russian forces struck Kramatorsk and Sloviansk with glide bombs on March 3 and 4", "damaged a school in Sloviansk"],
          date="2026-03-04", basis="text", sides=("ukraine", "civilian", "russia")),
        U("killed", 2, KRAMATORSK, ["Donetsk Oblast Military Administration"], "The strike on Kramatorsk killed two civilians", date="2026-03-03", basis="text", sides=("ukraine", "civilian", "russia")),
        U("attack", None, DOBRO, ["Donetsk Oblast Military Administration"], "A Shahed-type drone also struck a residential building in Dobropillia on March 4", date="2026-03-04", basis="text", sides=("ukraine", "civilian", "russia")),
        U("wounded", 5, DOBRO, ["Donetsk Oblast Military Administration"], "injuring five people", date="2026-03-04", basis="text", sides=("ukraine", "civilian", "russia")),
        U("attack", None, NOVOSH, ["Ukrainian General Staff"], ["Ukrainian drones struck the Novoshakhtinsk oil refinery in Rostov Oblast overnight on March 3 to 4", "the refinery had not been hit"],
          date="2026-03-04", basis="text", sides=("ukraine", "russia", "ukraine"), note="denied by the Rostov acting governor: one unit, claimant the asserting side"),
        U("materiel_lost", 27, ROSTOV, ["Yuri Shatalov", "Rostov Oblast's acting governor"], "air defences downed 27 drones over the oblast", date="2026-03-04", basis="text",
          sides=("russia", "ukraine", "russia")),
    ],
)
D04["units"][4]["claimant"] = None  # Centre's own assessment
D04["units"][4]["_mod"] = "asserted"
D04["units"][4]["note"] = "the Centre's own assessment (footage and official statements)"

NOVOROS = P("Novorossiysk", 44.72439, 37.76752, "Novorossiysk")
TUAPSE = P("Tuapse", 44.10528, 39.08167, "Tuapse")
ODESA = P("Odesa", 46.47747, 30.73262, "Odesa", ["Odessa"])
PIVD = P("Pivdennyi", 46.62238, 31.10131, "Yuzhne", ["Yuzhne", "Pivdennyi port", "Pivdennyi seaport"])
OCHAKIV = P("Ochakiv", 46.61455, 31.54872, "Ochakiv")
BLACKSEA = R("Black Sea", 43.5, 34.0, 400, ["Black Sea"])
KRAS = ["Krasnodar region's operational headquarters", "Krasnodar operational headquarters"]

D05 = dict(
    id="ev20-05", conflict="Russia–Ukraine", form="maritime wire copy, dateline 'ODESA, Ukraine —', navy claim vs MoD denial, photo caption printed twice",
    url="https://blacksea-wire.example.com/2026/04/18/naval-drones-novorossiysk-odesa-port-strike",
    title="Ukraine says naval drones disabled Russian warship at Novorossiysk; Russia strikes Odesa ports",
    published="2026-04-18",
    text="""Ukraine says naval drones disabled Russian warship at Novorossiysk; Russia strikes Odesa ports
ODESA, Ukraine — Ukrainian sea drones attacked the Russian naval base at Novorossiysk overnight, Ukraine's navy said on Saturday, claiming that one Buyan-M class missile ship had been disabled in the raid.
Russia's Defence Ministry said its forces had destroyed five uncrewed surface vessels in the north-eastern Black Sea and insisted that no warships had been damaged.
Krasnodar region's operational headquarters said debris from downed drones had injured two residents of Novorossiysk and damaged several apartment buildings. In Tuapse, a drone attack started a fire at the refinery's loading terminal, which was later put out, the headquarters said.
Hours later, Russian missiles struck port infrastructure in Odesa, killing two port workers and wounding seven, regional governor Vitaliy Drozd said. A Comoros-flagged cargo ship was damaged in a separate strike on the Pivdennyi seaport east of the city.
(Photo caption) Firefighters at a damaged grain warehouse in Odesa, April 18, 2026. Photo: Black Sea Wire
(Photo caption) Firefighters at a damaged grain warehouse in Odesa, April 18, 2026. Photo: Black Sea Wire
Russian artillery also shelled Ochakiv, at the mouth of the Dnipro-Buh estuary, wounding an elderly woman, the Mykolaiv regional administration said.
Separately, a civilian tug hit a drifting sea mine in the Black Sea off the Odesa coast on Friday, killing one crew member, Ukraine's maritime administration said.
Ukraine's ports in the Odesa region handled more than 6 million tonnes of cargo in March, according to the infrastructure ministry.
Read more: Three years of the Black Sea grain corridor in 10 charts""",
    sides=("ukraine", "civilian", "russia"),
    units=[
        U("attack", None, NOVOROS, ["Ukraine's navy", "Ukrainian navy"], "Ukrainian sea drones attacked the Russian naval base at Novorossiysk overnight", date="2026-04-18", basis="text",
          sides=("ukraine", "russia", "ukraine")),
        U("materiel_lost", 1, NOVOROS, ["Ukraine's navy", "Ukrainian navy"], ["one Buyan-M class missile ship had been disabled in the raid", "insisted that no warships had been damaged"],
          date="2026-04-18", basis="text", sides=("ukraine", "russia", "ukraine"), note="item ship; Russia denies: one unit, claimant the asserting side"),
        U("materiel_lost", 5, BLACKSEA, ["Russia's Defence Ministry", "Russian Defence Ministry"], "destroyed five uncrewed surface vessels in the north-eastern Black Sea", date="2026-04-18", basis="text",
          sides=("russia", "ukraine", "russia"), note="item ship (naval drones)"),
        U("wounded", 2, NOVOROS, KRAS, "debris from downed drones had injured two residents of Novorossiysk", date="2026-04-18", basis="text", sides=("russia", "civilian", "ukraine")),
        U("attack", None, TUAPSE, KRAS, "In Tuapse, a drone attack started a fire at the refinery's loading terminal", date="2026-04-18", basis="text", sides=("russia", "russia", "ukraine")),
        U("attack", None, ODESA, ["Vitaliy Drozd", "regional governor"], "Russian missiles struck port infrastructure in Odesa", date="2026-04-18", basis="text"),
        U("killed", 2, ODESA, ["Vitaliy Drozd", "regional governor"], "killing two port workers and wounding seven", date="2026-04-18", basis="text"),
        U("wounded", 7, ODESA, ["Vitaliy Drozd", "regional governor"], "killing two port workers and wounding seven", date="2026-04-18", basis="text"),
        U("attack", None, PIVD, None, "A Comoros-flagged cargo ship was damaged in a separate strike on the Pivdennyi seaport east of the city", date="2026-04-18", basis="text",
          sides=(None, "civilian", "russia"), note="Pivdennyi port at Yuzhne, ~30 km from Odesa"),
        U("attack", None, OCHAKIV, ["Mykolaiv regional administration"], "Russian artillery also shelled Ochakiv"),
        U("wounded", 1, OCHAKIV, ["Mykolaiv regional administration"], "wounding an elderly woman"),
        U("killed", 1, BLACKSEA, ["Ukraine's maritime administration", "maritime administration"], "killing one crew member", date="2026-04-17", basis="text",
          sides=("ukraine", "civilian", None), note="sea mine; actor not stated"),
        U("attack", None, P("Black Sea off Odesa", 46.3, 30.9, aliases=["Black Sea"], approx=True), ["Ukraine's maritime administration"], "a civilian tug hit a drifting sea mine in the Black Sea off the Odesa coast on Friday",
          opt=True, date="2026-04-17", basis="text", sides=("ukraine", "civilian", None), note="mine strike, not a deliberate attack; optional"),
    ],
)

DOCS = [D01, D02, D03, D04, D05]
