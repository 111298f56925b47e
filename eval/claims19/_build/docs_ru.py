from lib import pl, U

DOCS = []

# ---------------------------------------------------------------- ev19-01
ZAP = pl("Zaporizhzhia", 47.82289, 35.19031)
GS = ["General Staff of the Armed Forces of Ukraine", "General Staff", "Ukrainian General Staff"]
UA_RU = ("ukraine", "russia", "ukraine")
D = "2026-02-14"
DOCS.append(dict(
    id="ev19-01", conflict="Russia–Ukraine", form="Ukrainian outlet: General Staff daily losses list with (+N) tallies, Air Force drone count",
    url="https://kyivfrontline.example.ua/war/losses-14-february-2026", published=D,
    title="Russian losses as of 14 February: 1,030 more personnel and 29 artillery systems",
    text="""We use cookies to improve your experience on our site. Accept all | Manage preferences
Home / War / Enemy losses
Russian losses as of 14 February: 1,030 more personnel and 29 artillery systems
14 February 2026, 09:12 | Share: Facebook | X | Telegram | Copy link
The total combat losses of the enemy from 24 February 2022 to 14 February 2026 are approximately as follows, the General Staff of the Armed Forces of Ukraine reported on Saturday morning:
personnel — about 1,246,870 (+1,030) persons
tanks — 11,618 (+4)
armoured combat vehicles — 23,961 (+7)
artillery systems — 36,402 (+29)
MLRS — 1,589 (+1)
air defence systems — 1,283 (+0)
aircraft — 435 (+0)
helicopters — 347 (+0)
operational-tactical UAVs — 103,554 (+812)
cruise missiles — 4,172 (+0)
warships / boats — 28 (+0)
submarines — 2 (+0)
motor vehicles and fuel tanks — 72,930 (+95)
special equipment — 4,041 (+3)
The figures are still being verified, the General Staff added.
Over the past day the staff counted 168 combat clashes along the line of contact, with the heaviest fighting once again in the Pokrovsk direction, where defenders beat back 41 Russian assaults.
Separately, the Air Force said Russia had sent 137 strike drones of the Shahed, Gerbera and decoy types against Ukraine overnight, and that 112 of them were shot down or suppressed by electronic warfare in the north, south and east of the country. Hits by 19 drones were recorded at seven locations, the Air Force said.
In Zaporizhzhia, regional head Ivan Fedorov said a guided aerial bomb slammed into an industrial site on the edge of the city, killing two workers and leaving nine people wounded.
Read more: Ukraine received 14 new air defence systems from partners in January, the minister says
Subscribe to our Telegram channel so you never miss the morning figures
© 2026 Kyiv Frontline. All rights reserved."""
))
u = []
A = lambda v, ev, note=None, opt=False: U("materiel_lost", v, None, GS, ev, UA_RU, D, scope="cumulative", note=note, opt=opt)
E = lambda v, ev, note=None: U("materiel_lost", v, None, GS, ev, UA_RU, D, basis="published", note=note)
u += [U("killed", 1246870, None, GS, "personnel — about 1,246,870 (+1,030) persons", UA_RU, D, scope="cumulative", opt=True,
        note="'personnel' losses mix killed, wounded and captured; optional"),
      U("killed", 1030, None, GS, ["personnel — about 1,246,870 (+1,030) persons", "1,030 more personnel"], UA_RU, D, basis="published", opt=True,
        note="daily personnel losses; optional like the total")]
u += [A(11618, "tanks — 11,618 (+4)"), E(4, "tanks — 11,618 (+4)"),
      A(23961, "armoured combat vehicles — 23,961 (+7)"), E(7, "armoured combat vehicles — 23,961 (+7)"),
      A(36402, "artillery systems — 36,402 (+29)"), E(29, ["artillery systems — 36,402 (+29)", "29 artillery systems"]),
      A(1589, "MLRS — 1,589 (+1)"), E(1, "MLRS — 1,589 (+1)"),
      A(1283, "air defence systems — 1,283 (+0)"),
      A(435, "aircraft — 435 (+0)"), A(347, "helicopters — 347 (+0)"),
      A(103554, "operational-tactical UAVs — 103,554 (+812)"), E(812, "operational-tactical UAVs — 103,554 (+812)"),
      A(4172, "cruise missiles — 4,172 (+0)"), A(28, "warships / boats — 28 (+0)"), A(2, "submarines — 2 (+0)"),
      A(72930, "motor vehicles and fuel tanks — 72,930 (+95)"), E(95, "motor vehicles and fuel tanks — 72,930 (+95)"),
      A(4041, "special equipment — 4,041 (+3)"), E(3, "special equipment — 4,041 (+3)"),
      U("materiel_lost", 112, None, ["Air Force", "Ukrainian Air Force"], "112 of them were shot down or suppressed by electronic warfare", UA_RU, D,
        note="interception: launcher (russia) is the victim; 137 launched is not a unit"),
      U("killed", 2, ZAP, "Ivan Fedorov", "killing two workers and leaving nine people wounded", ("ukraine", "civilian", "russia"), D, basis="published"),
      U("wounded", 9, ZAP, "Ivan Fedorov", "killing two workers and leaving nine people wounded", ("ukraine", "civilian", "russia"), D, basis="published"),
      U("attack", None, ZAP, "Ivan Fedorov", "a guided aerial bomb slammed into an industrial site on the edge of the city", ("ukraine", "civilian", "russia"), D, basis="published")]
DOCS[-1]["units"] = u

# ---------------------------------------------------------------- ev19-02
D = "2026-01-20"
MOD = ["Russian Defence Ministry", "Defence Ministry", "Defense Ministry", "Russian Defense Ministry", "ministry"]
RU_UA = ("russia", "ukraine", "russia")
VT = pl("Verkhnia Tersa", 47.73, 36.43, approx=True, aliases=["Verkhnyaya Tersa"])
NYK = pl("Nykyforivka", 48.62, 37.86, approx=True, aliases=["Nikiforovka"])
KHR = pl("Kharkiv region", 49.6, 36.6, region=True, r=120, aliases=["Kharkiv Oblast", "Kharkov Region", "Kharkiv"])
POL = pl("Poltava region", 49.6, 34.0, region=True, r=120, aliases=["Poltava Oblast", "Poltava Region", "Poltava"])
SHE = pl("Shebekino", 50.40715, 36.89048)
DOCS.append(dict(
    id="ev19-02", conflict="Russia–Ukraine", form="translated Russian news-agency copy of a Defence Ministry bulletin ('liberated'), with a Ukrainian denial",
    url="https://novostiwire.example.ru/en/world/1768891000", published=D,
    title="Russian troops liberate two settlements in Zaporozhye Region and DPR — Defense Ministry",
    text="""MOSCOW, January 20. /Novosti Wire/. Units of the Vostok battlegroup have liberated the settlement of Verkhnyaya Tersa in the Zaporozhye Region, and troops of the Yug battlegroup have liberated Nikiforovka in the Donetsk People's Republic, the Russian Defense Ministry reported on Tuesday.
"Over the past day, units of the Zapad battlegroup improved their tactical position and inflicted defeat on formations of three mechanized brigades of the Armed Forces of Ukraine," the ministry said in its daily bulletin.
According to the bulletin, the enemy lost up to 230 servicemen, a tank, four armored combat vehicles, 11 motor vehicles and three field artillery guns in that area.
Air defense forces over the past 24 hours shot down five guided aerial bombs, six HIMARS rockets and 284 fixed-wing unmanned aerial vehicles, the ministry said.
In addition, on-duty air defense systems intercepted and destroyed 61 Ukrainian fixed-wing drones overnight over the Bryansk, Kursk and Belgorod regions and the waters of the Black Sea.
Operational-tactical aviation, strike drones, missile troops and artillery hit energy facilities supporting the Ukrainian military-industrial complex in the Kharkov and Poltava regions, the ministry added.
A total of 17 Ukrainian servicemen laid down their arms and surrendered in the Kupyansk direction over the week, according to the statement.
In the Belgorod Region, a Ukrainian drone struck a passenger car in the town of Shebekino, wounding two civilians, the regional governor said on his Telegram channel.
Ukraine's General Staff did not confirm the loss of Verkhnia Tersa, saying in its evening update that fighting for the village was ongoing and that Ukrainian units continued to hold positions there.
Tags: Special military operation | Defense Ministry
Share this article"""
))
u = [
    U("territory", None, VT, MOD, ["Units of the Vostok battlegroup have liberated the settlement of Verkhnyaya Tersa in the Zaporozhye Region",
                                   "Ukraine's General Staff did not confirm the loss of Verkhnia Tersa"], RU_UA, D, basis="published", mod="denied",
      note="Russian claim, Ukrainian General Staff denies (one unit)"),
    U("territory", None, NYK, MOD, "troops of the Yug battlegroup have liberated Nikiforovka in the Donetsk People's Republic", RU_UA, D, basis="published",
      note="Nykyforivka near Kostiantynivka (approx.)"),
    U("killed", 230, None, MOD, "the enemy lost up to 230 servicemen", RU_UA, D, basis="published", opt=True,
      note="'lost servicemen' mixes killed and wounded; optional"),
    U("materiel_lost", 1, None, MOD, "the enemy lost up to 230 servicemen, a tank", RU_UA, D, basis="published", note="'a tank' -> 1"),
    U("materiel_lost", 4, None, MOD, "four armored combat vehicles", RU_UA, D, basis="published"),
    U("materiel_lost", 11, None, MOD, "11 motor vehicles", RU_UA, D, basis="published"),
    U("materiel_lost", 3, None, MOD, "three field artillery guns", RU_UA, D, basis="published"),
    U("materiel_lost", 5, None, MOD, "shot down five guided aerial bombs", RU_UA, D, basis="published", note="interception"),
    U("materiel_lost", 6, None, MOD, "six HIMARS rockets", RU_UA, D, basis="published", note="interception"),
    U("materiel_lost", 284, None, MOD, "284 fixed-wing unmanned aerial vehicles", RU_UA, D, basis="published", note="interception"),
    U("materiel_lost", 61, None, MOD, "intercepted and destroyed 61 Ukrainian fixed-wing drones overnight", RU_UA, D, note="interception over several regions"),
    U("attack", None, KHR, MOD, "hit energy facilities supporting the Ukrainian military-industrial complex in the Kharkov and Poltava regions", RU_UA, D, basis="published"),
    U("attack", None, POL, MOD, "hit energy facilities supporting the Ukrainian military-industrial complex in the Kharkov and Poltava regions", RU_UA, D, basis="published"),
    U("captured", 17, pl("Kupiansk", 49.71055, 37.61517, aliases=["Kupyansk"]), MOD, "A total of 17 Ukrainian servicemen laid down their arms and surrendered", RU_UA, D, prec="day", basis="published"),
    U("wounded", 2, SHE, ["regional governor", "Belgorod governor"], "wounding two civilians", ("russia", "civilian", "ukraine"), D, basis="published"),
    U("attack", None, SHE, ["regional governor", "Belgorod governor"], "a Ukrainian drone struck a passenger car in the town of Shebekino", ("russia", "civilian", "ukraine"), D, basis="published"),
]
DOCS[-1]["units"] = u

# ---------------------------------------------------------------- ev19-03
D = "2025-11-18"
ODE = pl("Odesa", 46.47747, 30.73262, aliases=["Odessa"])
PAV = pl("Pavlohrad", 48.53426, 35.87015)
DNR = pl("Dnipropetrovsk region", 48.5, 35.0, region=True, r=120, aliases=["Dnipropetrovsk Oblast", "Dnipropetrovsk"])
TAG = pl("Taganrog", 47.23617, 38.89688)
ROS = pl("Rostov region", 47.7, 40.5, region=True, r=200, aliases=["Rostov Oblast", "Rostov"])
DOCS.append(dict(
    id="ev19-03", conflict="Russia–Ukraine", form="wire copy with dateline (Odesa strike, air force counts, Russian MoD counter-claims)",
    url="https://wirestream.example.com/world/europe/odesa-strike-2025-11-18", published=D,
    title="Russian strike on Odesa kills four, injures 17 as drones also hit Pavlohrad",
    text="""ODESA, Ukraine, Nov 18 (Wirestream) - A combined Russian drone and missile attack on the Black Sea port city of Odesa killed four people and injured 17 overnight, regional governor Oleh Kiper said on Tuesday, while separate strikes damaged energy facilities in the Dnipropetrovsk region.
Kiper said a 16-storey residential building and a warehouse in the port area caught fire after the strikes. Two children were among those hurt, he wrote on Telegram.
Ukraine's air force said Russia had launched 176 drones and four Iskander-M ballistic missiles overnight. Air defence units brought down 148 of the drones, it said, but gave no figure for the missiles.
In the Dnipropetrovsk region, governor Serhiy Lysak said a drone attack on Pavlohrad had killed a 62-year-old man and knocked out a power substation.
Russia's defence ministry said its forces had struck "enterprises of the Ukrainian military-industrial complex and port infrastructure used in the interests of the armed forces." It made no mention of civilian casualties.
The ministry also said air defences had destroyed 44 Ukrainian drones overnight, 19 of them over the Rostov region.
In Rostov's port city of Taganrog, acting regional governor Yuri Slyusar said falling debris from a drone damaged an apartment block and injured three people.
Odesa has come under near-daily fire this autumn. At least 23 people have been killed in the Odesa region since the start of November, according to figures compiled by regional authorities.
(Reporting by Olena Marchuk in Odesa and Pavel Sorokin in London; Editing by Nick Fairbairn)
Our Standards: The Wirestream Trust Principles."""
))
CIV_RU = ("ukraine", "civilian", "russia")
u = [
    U("killed", 4, ODE, "Oleh Kiper", "killed four people and injured 17 overnight", CIV_RU, D),
    U("wounded", 17, ODE, "Oleh Kiper", "killed four people and injured 17 overnight", CIV_RU, D),
    U("wounded", 2, ODE, "Oleh Kiper", "Two children were among those hurt", CIV_RU, D, note="stated subgroup of the 17"),
    U("attack", None, ODE, "Oleh Kiper", ["A combined Russian drone and missile attack on the Black Sea port city of Odesa", "a warehouse in the port area caught fire after the strikes"], CIV_RU, D),
    U("materiel_lost", 148, None, ["Ukraine's air force", "air force"], "Air defence units brought down 148 of the drones", ("ukraine", "russia", "ukraine"), D, note="interception"),
    U("killed", 1, PAV, "Serhiy Lysak", "a drone attack on Pavlohrad had killed a 62-year-old man", CIV_RU, D),
    U("attack", None, PAV, "Serhiy Lysak", "a drone attack on Pavlohrad", CIV_RU, D),
    U("attack", None, DNR, None, "separate strikes damaged energy facilities in the Dnipropetrovsk region", (None, "ukraine", "russia"), D, opt=True,
      note="region-level mention; Pavlohrad is the named site"),
    U("materiel_lost", 44, None, ["Russia's defence ministry", "ministry"], "air defences had destroyed 44 Ukrainian drones overnight", ("russia", "ukraine", "russia"), D),
    U("materiel_lost", 19, ROS, ["Russia's defence ministry", "ministry"], "19 of them over the Rostov region", ("russia", "ukraine", "russia"), D),
    U("wounded", 3, TAG, "Yuri Slyusar", "injured three people", ("russia", "civilian", "ukraine"), D, basis="published"),
    U("attack", None, TAG, "Yuri Slyusar", "falling debris from a drone damaged an apartment block", ("russia", "civilian", "ukraine"), D, basis="published"),
    U("killed", 23, pl("Odesa region", 46.6, 30.4, region=True, r=150, aliases=["Odesa Oblast", "Odesa"]), "regional authorities",
      "At least 23 people have been killed in the Odesa region since the start of November", CIV_RU, "2025-11", prec="month", scope="cumulative"),
]
DOCS[-1]["units"] = u

# ---------------------------------------------------------------- ev19-04
D = "2026-03-07"
KHE = pl("Kherson", 46.65581, 32.6178)
BEL = pl("Belgorod", 50.61074, 36.58015)
KHA = pl("Kharkiv", 49.98081, 36.25272)
SUM = pl("Sumy region", 51.0, 34.2, region=True, r=120, aliases=["Sumy Oblast", "Sumy"])
ZNPP = pl("Zaporizhzhia nuclear power plant", 47.5119, 34.5863, aliases=["Zaporizhzhia nuclear plant", "Enerhodar", "ZNPP"])
KYIV = pl("Kyiv", 50.45466, 30.5238, aliases=["Kiev"])
DOCS.append(dict(
    id="ev19-04", conflict="Russia–Ukraine", form="live blog, newest entry first (prisoner swap, evacuations, denial, threat)",
    url="https://www.dailyledger.example.co.uk/world/live/2026/mar/07/russia-ukraine-war-live", published=D,
    title="Russia-Ukraine war live: 157 prisoners swapped; Kharkiv drone strike injures 11",
    text="""Live | Updated 17:52 GMT
Russia-Ukraine war live: 157 prisoners swapped; Kharkiv drone strike injures 11
Show key events only | Please turn on JavaScript to use this feature
17:40 GMT
Russian shelling killed a 71-year-old woman in Kherson's Dniprovskyi district this afternoon, the regional military administration said. Two houses were also damaged.
16:05 GMT
Prisoner exchange completed
Ukraine and Russia have each handed over 157 prisoners of war, Volodymyr Zelensky said, posting photographs of the men wrapped in blue-and-yellow flags at the border. Russia's defence ministry confirmed that 157 Russian servicemen had been returned from territory controlled by Kyiv.
14:22 GMT
A Ukrainian missile strike on Belgorod wounded five people and cut power to several districts, the region's governor Alexander Shuvalov wrote on Telegram. Kyiv has not commented.
12:10 GMT
Three drones hit the Kyivskyi district of Kharkiv just before noon, injuring 11 people, among them a teenager, regional governor Oleh Syniehubov said.
10:45 GMT
Evacuation from border villages
Officials in the Sumy region say 412 people, including 96 children, have now been moved out of frontline settlements under the mandatory evacuation order announced last week.
09:30 GMT
The UN nuclear watchdog says a drone struck a training building at the Zaporizhzhia nuclear power plant. The Russian-installed management of the plant blamed Ukrainian forces; Kyiv rejected the accusation, saying Russia was staging provocations.
08:55 GMT
Former president Dmitry Medvedev said in a post that Moscow could hit "decision-making centres" in Kyiv if long-range strikes on Russian cities continued.
08:15 GMT
Ukraine's air force says 96 of the 121 drones Russia launched overnight were shot down or jammed.
Advertisement
Read more: How Ukraine's 'drone wall' watches 1,200km of front line
Sign up to our morning briefing"""
))
u = [
    U("killed", 1, KHE, ["regional military administration", "Kherson regional military administration"], "Russian shelling killed a 71-year-old woman in Kherson's Dniprovskyi district", CIV_RU, D),
    U("attack", None, KHE, ["regional military administration", "Kherson regional military administration"], "Russian shelling killed a 71-year-old woman in Kherson's Dniprovskyi district", CIV_RU, D),
    U("captured", 157, None, ["Volodymyr Zelensky", "Zelensky", "Russia's defence ministry"], ["Ukraine and Russia have each handed over 157 prisoners of war", "157 Russian servicemen had been returned", "157 prisoners swapped"],
      ("ukraine", "other", None), D, basis="published", note="prisoner exchange -> captured; same number from both sides"),
    U("wounded", 5, BEL, "Alexander Shuvalov", "A Ukrainian missile strike on Belgorod wounded five people", ("russia", "civilian", "ukraine"), D, basis="published"),
    U("attack", None, BEL, "Alexander Shuvalov", "A Ukrainian missile strike on Belgorod", ("russia", "civilian", "ukraine"), D, basis="published"),
    U("wounded", 11, KHA, "Oleh Syniehubov", ["Three drones hit the Kyivskyi district of Kharkiv just before noon, injuring 11 people", "Kharkiv drone strike injures 11"], CIV_RU, D),
    U("attack", None, KHA, "Oleh Syniehubov", "Three drones hit the Kyivskyi district of Kharkiv", CIV_RU, D),
    U("displaced", 412, SUM, ["Officials in the Sumy region", "Sumy officials"], "412 people, including 96 children, have now been moved out of frontline settlements", ("ukraine", "civilian", None), D, basis="published", scope="cumulative"),
    U("displaced", 96, SUM, ["Officials in the Sumy region", "Sumy officials"], "412 people, including 96 children", ("ukraine", "civilian", None), D, basis="published", scope="cumulative"),
    U("attack", None, ZNPP, ["Russian-installed management", "UN nuclear watchdog", "IAEA"], ["a drone struck a training building at the Zaporizhzhia nuclear power plant", "Kyiv rejected the accusation"],
      ("russia", "other", "ukraine"), D, basis="published", mod="denied", note="IAEA reports the hit; Russian-installed management blames Ukraine, Kyiv denies"),
    U("attack", None, KYIV, "Dmitry Medvedev", "Moscow could hit \"decision-making centres\" in Kyiv", ("russia", "ukraine", "russia"), D, basis="published", opt=True, mod="warned",
      note="conditional threat"),
    U("materiel_lost", 96, None, ["Ukraine's air force", "air force"], "96 of the 121 drones Russia launched overnight were shot down or jammed", ("ukraine", "russia", "ukraine"), D,
      note="interception; same number as the 96 children but a different category"),
]
DOCS[-1]["units"] = u

# ---------------------------------------------------------------- ev19-05
D = "2026-04-02"
HUL = pl("Huliaipole", 47.66389, 36.25633, aliases=["Hulyaipole", "Gulyaipole"])
KOS = pl("Kostiantynivka", 48.52277, 37.70692, aliases=["Konstantinovka"])
KUP = pl("Kupiansk", 49.71055, 37.61517, aliases=["Kupyansk"])
KYR = pl("Kucheriv Yar", 48.45, 36.93, approx=True)
SAR = pl("Saratov", 51.54056, 46.00861)
NOV = pl("Novorossiysk", 44.72439, 37.76752)
ZAPC = pl("Zaporizhzhia", 47.82289, 35.19031)
DOCS.append(dict(
    id="ev19-05", conflict="Russia–Ukraine", form="think-tank daily assessment (key takeaways, geolocated footage, milblogger claims)",
    url="https://easternfrontmonitor.example.org/assessments/2026-04-02", published=D,
    title="Russian Offensive Campaign Update, April 2, 2026",
    text="""Eastern Front Monitor | Daily assessment | April 2, 2026
Download the PDF | Print | Share
Key Takeaways:
Russian forces have likely completed the seizure of Huliaipole after more than two months of fighting for the town.
Geolocated footage published on March 31 indicates that Russian forces recently advanced in southern Kostiantynivka.
The Ukrainian General Staff reported that Ukrainian forces had pushed Russian troops out of several positions on the northern outskirts of Kupiansk, and we have observed footage consistent with that claim.
Russian milbloggers claimed that Russian forces seized Kucheriv Yar, east of the Dnipropetrovsk regional border. We have not observed confirmation of the claim.
Ukrainian drones struck the Saratov oil refinery on the night of March 30 to 31, the Ukrainian General Staff said, adding that a fire broke out at a primary processing unit.
Ukraine's military intelligence directorate (HUR) claimed that a naval drone hit a Russian landing ship in Novorossiysk harbor on March 31. The Novorossiysk mayor denied that any vessel was damaged and said the attack had been repelled.
Russian forces launched nine missiles and 210 drones at Ukraine overnight on March 31 to April 1. Ukraine's air force said air defenses downed 187 of the drones and six of the missiles.
Kostiantynivka city military administration head Serhiy Horbunov reported that Russian glide bombs killed three civilians in the city on March 30.
We assess that Russian forces will likely intensify ground assaults toward Zaporizhzhia city in the coming weeks to exploit gains around Huliaipole.
Click here to read the full assessment and see our interactive map.
Support our work: our maps are free because readers like you donate."""
))
u = [
    U("territory", None, HUL, None, "Russian forces have likely completed the seizure of Huliaipole", (None, "ukraine", "russia"), D, basis="published"),
    U("territory", None, KOS, None, "Russian forces recently advanced in southern Kostiantynivka", (None, "ukraine", "russia"), "2026-03-31"),
    U("territory", None, KUP, ["Ukrainian General Staff", "General Staff"], "Ukrainian forces had pushed Russian troops out of several positions on the northern outskirts of Kupiansk", ("ukraine", "russia", "ukraine"), D, basis="published"),
    U("territory", None, KYR, ["Russian milbloggers", "milbloggers"], "Russian milbloggers claimed that Russian forces seized Kucheriv Yar", ("russia", "ukraine", "russia"), D, basis="published"),
    U("attack", None, SAR, ["Ukrainian General Staff", "General Staff"], "Ukrainian drones struck the Saratov oil refinery on the night of March 30 to 31", ("ukraine", "russia", "ukraine"), "2026-03-31"),
    U("attack", None, NOV, ["Ukraine's military intelligence directorate", "HUR"], ["a naval drone hit a Russian landing ship in Novorossiysk harbor on March 31", "The Novorossiysk mayor denied that any vessel was damaged"],
      ("ukraine", "russia", "ukraine"), "2026-03-31", mod="denied", note="HUR claim, Novorossiysk mayor denies"),
    U("materiel_lost", 187, None, ["Ukraine's air force", "air force"], "air defenses downed 187 of the drones and six of the missiles", ("ukraine", "russia", "ukraine"), "2026-04-01", note="interception"),
    U("materiel_lost", 6, None, ["Ukraine's air force", "air force"], "air defenses downed 187 of the drones and six of the missiles", ("ukraine", "russia", "ukraine"), "2026-04-01", note="interception"),
    U("killed", 3, KOS, "Serhiy Horbunov", "Russian glide bombs killed three civilians in the city on March 30", CIV_RU, "2026-03-30"),
    U("attack", None, KOS, "Serhiy Horbunov", "Russian glide bombs killed three civilians in the city on March 30", CIV_RU, "2026-03-30"),
    U("territory", None, ZAPC, None, "Russian forces will likely intensify ground assaults toward Zaporizhzhia city", (None, "ukraine", "russia"), D, basis="published", opt=True, mod="warned",
      note="forecast"),
]
DOCS[-1]["units"] = u
