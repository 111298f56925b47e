"""ev21-01 .. ev21-05: Russia-Ukraine."""
from common import D, U, pt, rg

RU_MOD = ["Russia's Defence Ministry", "Russian Defence Ministry", "Defence Ministry",
          "Ministry of Defence of the Russian Federation"]
UKRAINE = rg("Ukraine", 49.0, 31.4, 700, aliases=["Ukraine"])

DOCS = []

# ---------------------------------------------------------------- ev21-01 wire copy
ZAP = pt("Zaporizhzhia", 47.85167, 35.11714, geoname="Zaporizhzhya")
DOCS.append(D(
    "ev21-01", "Russia-Ukraine", "wire copy (city dateline, cookie banner, share bar, related teasers)",
    "https://www.meridianwire.example.com/world/europe/russian-glide-bombs-kill-seven-zaporizhzhia-2025-12-09/",
    "Russian glide bombs kill seven in Zaporizhzhia as drones pound Dnipropetrovsk region",
    "2025-12-09T11:52:00+02:00",
    """
    We use cookies to personalise content and analyse our traffic. By clicking "Accept all" you agree to the storing of cookies on your device. Accept all | Manage preferences

    Russian glide bombs kill seven in Zaporizhzhia as drones pound Dnipropetrovsk region

    By Olena Hrytsenko and Mark Devlin

    December 9, 2025 11:52 AM GMT+2 · Updated 2 hours ago

    Share · Post · Email · Print        48 comments

    ZAPORIZHZHIA, Ukraine, Dec 9 (Meridian Wire) - Russian aircraft dropped at least three guided bombs on an industrial district of Zaporizhzhia late on Monday, killing seven people and injuring at least 11, the regional governor said on Tuesday.

    The bombs hit a tram repair depot and a row of private houses next to it, Governor Serhiy Lytvak wrote on Telegram, adding that two of the dead had worked at the depot for decades. Four of the wounded were in a serious condition, he said.

    "The enemy is hunting for anything that keeps this city alive," Lytvak said. Emergency crews worked through the night to lift concrete slabs off the houses, and a dog team was brought in before dawn.

    Zaporizhzhia, an industrial hub on the Dnipro River that had about 710,000 residents before the full-scale invasion, lies roughly 30 km (19 miles) from the nearest Russian positions.

    Further north, an overnight drone attack on Pavlohrad set fire to an energy facility and blew out the windows of a school, said Andriy Kovalchuk, head of the Dnipropetrovsk regional administration. Russian artillery shelling of Nikopol and the village of Pokrovske wounded three people, he added, without saying where each of them was hurt.

    READ MORE: Ukraine warns winter power cuts could last up to 16 hours a day

    Ukraine's air force said its units had downed 92 of the 118 attack drones Russia launched overnight, while two ballistic missiles got through. Russia's Defence Ministry said separately that its air defences had destroyed 41 Ukrainian drones over the Belgorod, Kursk and Bryansk regions.

    Russia's Defence Ministry also said its troops had taken control of Uspenivka, a village east of Huliaipole, and were "advancing successfully" in the direction of the town. Ukraine's military did not confirm the loss of the village. Colonel Viktor Rudenko, a spokesman for the southern defence forces, told Meridian Wire that fighting for it was still going on and that Russian assault groups had been "thrown back twice this week".

    Russian forces have held the Zaporizhzhia nuclear power plant at Enerhodar, the largest in Europe, since March 2022.

    (Reporting by Olena Hrytsenko in Zaporizhzhia and Mark Devlin in Kyiv; Editing by Clara Benn)

    Our Standards: The Meridian Wire Trust Principles.

    Related coverage
    · Kyiv and Moscow trade blame over stalled energy truce talks
    · Five injured as drone debris falls on Kyiv suburb, officials say
    """,
    [
        U("killed", 7, ZAP, ["Serhiy Lytvak", "regional governor", "Governor Serhiy Lytvak"],
          ["Russian glide bombs kill seven in Zaporizhzhia", "killing seven people and injuring at least 11"],
          ("ukraine", "civilian", "russia"), date="2025-12-08",
          note="Headline in the outlet's voice, body attributed to the governor; 'late on Monday'."),
        U("wounded", 11, ZAP, ["Serhiy Lytvak", "regional governor"],
          ["killing seven people and injuring at least 11"], ("ukraine", "civilian", "russia"), date="2025-12-08"),
        U("wounded", 4, ZAP, ["Serhiy Lytvak", "Lytvak"], ["Four of the wounded were in a serious condition"],
          ("ukraine", "civilian", "russia"), opt=True, date="2025-12-08",
          note="Severity subset of the 11 wounded."),
        U("killed", 2, ZAP, ["Serhiy Lytvak", "Lytvak"], ["two of the dead had worked at the depot for decades"],
          ("ukraine", "civilian", "russia"), date="2025-12-08", note="Numeric subgroup of the seven (depot workers)."),
        U("attack", None, ZAP, ["Serhiy Lytvak", "regional governor"],
          ["dropped at least three guided bombs on an industrial district of Zaporizhzhia",
           "The bombs hit a tram repair depot and a row of private houses next to it"],
          ("ukraine", "civilian", "russia"), date="2025-12-08"),
        U("attack", None, pt("Pavlohrad", 48.53214, 35.86878, geoname="Pavlohrad"),
          ["Andriy Kovalchuk", "Dnipropetrovsk regional administration"],
          ["an overnight drone attack on Pavlohrad set fire to an energy facility"],
          ("ukraine", "civilian", "russia"), date="2025-12-09", note="'Overnight' in a morning story: published day."),
        U("attack", None, pt("Nikopol", 47.56826, 34.39126, geoname="Nikopol"),
          ["Andriy Kovalchuk", "Kovalchuk"],
          ["Russian artillery shelling of Nikopol and the village of Pokrovske wounded three people"],
          ("ukraine", "civilian", "russia")),
        U("attack", None, pt("Pokrovske", 47.98126, 36.23446, geoname="Pokrovske"),
          ["Andriy Kovalchuk", "Kovalchuk"],
          ["Russian artillery shelling of Nikopol and the village of Pokrovske wounded three people"],
          ("ukraine", "civilian", "russia"),
          note="Pokrovske in Dnipropetrovsk region, not Pokrovsk in Donetsk region."),
        U("wounded", 3, rg("Dnipropetrovsk region", 47.8, 35.3, 150, aliases=["Nikopol", "Pokrovske", "Dnipropetrovsk"]),
          ["Andriy Kovalchuk", "Kovalchuk"],
          ["Russian artillery shelling of Nikopol and the village of Pokrovske wounded three people"],
          ("ukraine", "civilian", "russia"), note="Split between the two places is not given."),
        U("materiel_lost", 92, UKRAINE, ["Ukraine's air force", "air force"],
          ["its units had downed 92 of the 118 attack drones Russia launched overnight"],
          ("ukraine", "russia", "ukraine"), date="2025-12-09",
          note="Interception; item drone. The launch count 118 is not a unit."),
        U("materiel_lost", 41, rg("Belgorod region", 51.9, 35.7, 250,
                                  aliases=["Belgorod", "Kursk region", "Kursk", "Bryansk region", "Bryansk"]),
          RU_MOD, ["its air defences had destroyed 41 Ukrainian drones over the Belgorod, Kursk and Bryansk regions"],
          ("russia", "ukraine", "russia"), note="Interception; item drone."),
        U("territory", None, pt("Uspenivka", 47.77803, 36.40512, geoname="Uspenivka"), RU_MOD,
          ["its troops had taken control of Uspenivka, a village east of Huliaipole",
           "Ukraine's military did not confirm the loss of the village"],
          ("russia", "ukraine", "russia"),
          note="Uspenivka in Zaporizhzhia region (the name also exists in Odesa region). Ukraine says fighting goes on."),
        U("territory", None, pt("Huliaipole", 47.66685, 36.25576, geoname="Hulyaypole"), RU_MOD,
          ['"advancing successfully" in the direction of the town'], ("russia", "ukraine", "russia"), opt=True,
          note="Advance toward a town known only through a pronoun ('the town')."),
        U("territory", None, pt("Enerhodar", 47.49048, 34.66199, geoname="Enerhodar",
                                aliases=["Zaporizhzhia nuclear power plant"]), None,
          ["Russian forces have held the Zaporizhzhia nuclear power plant at Enerhodar"],
          (None, "ukraine", "russia"), date="2022-03", prec="month", note="Background control since March 2022."),
        U("wounded", 5, rg("Kyiv region", 50.45, 30.52, 60, aliases=["Kyiv"]), ["officials"],
          ["Five injured as drone debris falls on Kyiv suburb, officials say"], ("ukraine", "civilian", "russia"),
          opt=True, note="Related-article teaser."),
    ],
))

# ---------------------------------------------------------------- ev21-02 live blog
ODESA = pt("Odesa", 46.48572, 30.74383, geoname="Odesa")
SUMY = pt("Sumy", 50.91741, 34.79906, geoname="Sumy")
HQ = ["Coordination Headquarters for the Treatment of Prisoners of War", "Coordination Headquarters"]
DOCS.append(D(
    "ev21-02", "Russia-Ukraine", "live blog, newest entry first (key events, newsletter prompt, video residue)",
    "https://live.northsea-herald.example.co.uk/world/2026/feb/14/ukraine-war-live",
    "Ukraine war live: prisoner swap brings home 157; Russian strike on Odesa port kills two",
    "2026-02-14T18:42:00+02:00",
    """
    Ukraine war live: prisoner swap brings home 157; Russian strike on Odesa port kills two

    Live · Updated 14 Feb 2026 18:42 EET

    Key events
    · 2h ago  Prisoner exchange completed
    · 5h ago  Minibus hit in Sumy
    · 9h ago  Odesa port strike: two workers killed

    Get our free Europe at War briefing every weekday morning. Enter your email address · Sign up

    18:42 EET
    Prisoner exchange completed

    Ukraine has brought home 157 servicemen and civilians in the latest exchange with Russia, the Coordination Headquarters for the Treatment of Prisoners of War said. Among those returned were marines captured in Mariupol in the spring of 2022, it said.

    Russia's Defence Ministry confirmed that 157 Russian servicemen had been handed over on the Belarusian border in return. With this swap, more than 6,200 Ukrainians have been freed from Russian captivity since the full-scale invasion began, according to the headquarters.

    Updated at 18.50 EET

    16:10 EET
    Russia claims capture of village near Kupiansk; Kyiv says assault repelled

    Russia's Defence Ministry said its "Zapad" group of forces had "liberated" Petropavlivka, a village on the eastern bank of the Oskil river. Ukraine's General Staff said in its evening update that the assault on the village had been repelled and that its troops still held their positions there.

    Kupiansk itself was recaptured by Ukrainian forces in a lightning counteroffensive in September 2022, and Russian troops have been trying to return to the town for more than three years.

    13:47 EET
    Minibus hit in Sumy

    A Russian drone struck a minibus on the outskirts of Sumy around midday, killing one passenger and wounding nine, the regional military administration said. Hours earlier, guided aerial bombs had hit the border town of Krasnopillia, damaging a post office and several houses; nobody was hurt there, officials said.

    ▶ 0:00 / 1:12   Watch: firefighters at the scene in Sumy   Loading video…

    09:15 EET
    Odesa port strike: two workers killed

    Two port workers were killed and six others wounded in an overnight Russian drone and missile attack on Odesa's port infrastructure, the region's governor, Mykola Danylenko, said. A grain warehouse and two cranes were damaged.

    In Izmail, a Danube port near the Romanian border, debris from a downed drone fell on a parking area for trucks, injuring one driver, Danylenko added.

    Ukraine's air force said 74 of the 101 drones launched overnight were shot down or jammed by electronic warfare, and that a missile had been intercepted over the Odesa region.

    READ: 'We counted 40 explosions': a night on the Odesa waterfront

    08:00 EET
    Welcome and summary

    Good morning and welcome to our live coverage of Russia's war in Ukraine. Here are the latest developments:

    · Ukraine's energy ministry said power had been restored to 40,000 households in the Chernihiv region after repairs.
    """,
    [
        U("captured", 157, rg("Belarusian border", 51.5, 30.5, 300, aliases=["Belarus", "Ukrainian-Belarusian border"]),
          HQ + RU_MOD,
          ["prisoner swap brings home 157",
           "Ukraine has brought home 157 servicemen and civilians in the latest exchange with Russia",
           "157 Russian servicemen had been handed over on the Belarusian border in return"],
          ("ukraine", "ukraine", "russia"),
          note="Prisoner exchange, 157 for 157: both sides give the same number, one unit."),
        U("captured", 6200, None, HQ + ["headquarters"],
          ["more than 6,200 Ukrainians have been freed from Russian captivity since the full-scale invasion began"],
          ("ukraine", "ukraine", "russia"), scope="cumulative", note="Running total of returned prisoners."),
        U("territory", None, pt("Petropavlivka", 49.72052, 37.70905, geoname="Petropavlivka"), RU_MOD,
          ['had "liberated" Petropavlivka, a village on the eastern bank of the Oskil river',
           "the assault on the village had been repelled",
           "Russia claims capture of village near Kupiansk; Kyiv says assault repelled"],
          ("russia", "ukraine", "russia"),
          note="Petropavlivka in Kharkiv region; Ukraine's General Staff denies the capture (same unit)."),
        U("territory", None, pt("Kupiansk", 49.71003, 37.61581, geoname="Kupyansk"), None,
          ["Kupiansk itself was recaptured by Ukrainian forces in a lightning counteroffensive in September 2022"],
          (None, "russia", "ukraine"), date="2022-09", prec="month", note="Background event."),
        U("killed", 1, SUMY, ["regional military administration", "Sumy regional military administration"],
          ["killing one passenger and wounding nine"], ("ukraine", "civilian", "russia"), date="2026-02-14"),
        U("wounded", 9, SUMY, ["regional military administration", "Sumy regional military administration"],
          ["killing one passenger and wounding nine"], ("ukraine", "civilian", "russia"), date="2026-02-14"),
        U("attack", None, SUMY, ["regional military administration", "Sumy regional military administration"],
          ["A Russian drone struck a minibus on the outskirts of Sumy", "Minibus hit in Sumy"],
          ("ukraine", "civilian", "russia"), date="2026-02-14"),
        U("attack", None, pt("Krasnopillia", 50.77389, 35.25633, geoname="Krasnopillya"),
          ["regional military administration", "officials"],
          ["guided aerial bombs had hit the border town of Krasnopillia"], ("ukraine", "civilian", "russia"),
          date="2026-02-14"),
        U("killed", 2, ODESA, ["Mykola Danylenko", "governor"],
          ["Two port workers were killed and six others wounded", "Russian strike on Odesa port kills two",
           "Odesa port strike: two workers killed"], ("ukraine", "civilian", "russia"), date="2026-02-14"),
        U("wounded", 6, ODESA, ["Mykola Danylenko", "governor"],
          ["Two port workers were killed and six others wounded"], ("ukraine", "civilian", "russia"),
          date="2026-02-14"),
        U("attack", None, ODESA, ["Mykola Danylenko", "governor"],
          ["an overnight Russian drone and missile attack on Odesa's port infrastructure"],
          ("ukraine", "civilian", "russia"), date="2026-02-14"),
        U("wounded", 1, pt("Izmail", 45.35058, 28.83751, geoname="Izmayil"), ["Mykola Danylenko", "Danylenko"],
          ["debris from a downed drone fell on a parking area for trucks, injuring one driver"],
          ("ukraine", "civilian", "russia"), date="2026-02-14"),
        U("attack", None, pt("Izmail", 45.35058, 28.83751, geoname="Izmayil"), ["Mykola Danylenko", "Danylenko"],
          ["debris from a downed drone fell on a parking area for trucks, injuring one driver"],
          ("ukraine", "civilian", "russia"), opt=True, date="2026-02-14",
          note="Known only through falling debris."),
        U("materiel_lost", 74, UKRAINE, ["Ukraine's air force", "air force"],
          ["74 of the 101 drones launched overnight were shot down or jammed by electronic warfare"],
          ("ukraine", "russia", "ukraine"), date="2026-02-14", note="Interception; launch count 101 not a unit."),
        U("materiel_lost", 1, rg("Odesa region", 46.6, 30.3, 150, aliases=["Odesa"]),
          ["Ukraine's air force", "air force"], ["a missile had been intercepted over the Odesa region"],
          ("ukraine", "russia", "ukraine"), date="2026-02-14", note="Interception of one missile."),
    ],
))

# ---------------------------------------------------------------- ev21-03 translated MoD bulletin
RU_SIDES = ("russia", "ukraine", "russia")
SUMY_R = rg("Sumy region", 51.0, 34.9, 100, aliases=["Sumy", "Yunakivka"])
KHARKIV_R = rg("Kharkiv region", 49.7, 37.2, 150, aliases=["Kharkiv", "Kurylivka"])
DONETSK_R = rg("Donetsk region", 48.3, 37.7, 150, aliases=["Donetsk People's Republic", "Donetsk"])
ZAP_R = rg("Zaporizhzhia region", 47.6, 35.8, 150, aliases=["Zaporizhzhia", "Vozdvyzhivka"])
KHERSON_R = rg("Kherson region", 46.75, 33.0, 120, aliases=["Kherson"])
D3 = "2026-03-21"


def mod(cat, value, place, ev, **kw):
    kw.setdefault("date", D3)
    return U(cat, value, place, RU_MOD, ev, RU_SIDES, **kw)


def cum(value, ev_frag, note):
    return U("materiel_lost", value, None, RU_MOD, [ev_frag], RU_SIDES, scope="cumulative", note=note)


DOCS.append(D(
    "ev21-03", "Russia-Ukraine", "translated ministry-of-defence bulletin with cumulative totals",
    "https://monitor.eastbridge.example.org/translations/ru-mod/2026-03-21",
    "Russian Defence Ministry briefing, 21 March 2026 (unofficial translation)",
    "2026-03-21",
    """
    EASTBRIDGE MONITOR · Translations · Russian Federation Ministry of Defence

    Russian Defence Ministry briefing, 21 March 2026 (unofficial translation)

    Translator's note: This is an unofficial English translation of the daily summary published by the Ministry of Defence of the Russian Federation on its Telegram channel at 13:05 Moscow time. Figures are the ministry's own and have not been independently verified. Terms such as "liberated" are rendered as in the original. Ukrainian place names are given in their Ukrainian transliteration.

    Summary of the Ministry of Defence of the Russian Federation on the progress of the special military operation (as of 21 March 2026)

    The Armed Forces of the Russian Federation continue to conduct the special military operation.

    Over the past day, units of the North group of forces, as a result of active operations, liberated the settlement of Yunakivka in Sumy region. The losses of the Armed Forces of Ukraine in this direction amounted to up to 165 servicemen killed and one tank.

    Units of the West group of forces completed the liberation of Kurylivka in Kharkiv region. The enemy lost up to 210 servicemen and two armoured combat vehicles.

    Units of the South group of forces improved the tactical situation and liberated Zvanivka in the Donetsk People's Republic. Up to 185 Ukrainian servicemen were eliminated, along with nine motor vehicles and five field artillery pieces, including US-made M777 howitzers.

    Active operations by units of the Centre group of forces resulted in the liberation of the settlements of Rodynske and Bilytske. Eleven counterattacks by assault groups of the 25th airborne brigade were repelled. Ukrainian formations lost up to 480 servicemen and seven armoured fighting vehicles, among them a Bradley infantry fighting vehicle made in the USA.

    Units of the East group of forces continued to advance into the depth of the enemy's defences and liberated Vozdvyzhivka in Zaporizhzhia region. Attempts by the enemy to regain the settlement were repulsed. Ukrainian losses amounted to up to 230 servicemen.

    Operational-tactical aviation, strike unmanned aerial vehicles, missile troops and artillery of the groups of forces struck the infrastructure of the Starokostiantyniv military airfield, a fuel depot near Kremenchuk used to supply the Armed Forces of Ukraine, as well as temporary deployment points of enemy units in 147 areas.

    Air defence means shot down four guided aerial bombs, six HIMARS rockets and 187 fixed-wing unmanned aerial vehicles over the past day.

    In total, since the beginning of the special military operation, the following have been destroyed: 672 aircraft, 283 helicopters, 101,246 unmanned aerial vehicles, 634 anti-aircraft missile systems, 26,480 tanks and other armoured combat vehicles, 1,598 multiple launch rocket systems, 31,020 field artillery guns and mortars, and 46,115 units of special military vehicles.

    Source: Ministry of Defence of the Russian Federation, Telegram, 21.03.2026. Translation: Eastbridge Monitor desk.

    Support independent monitoring of the war: become a member from €5 a month.
    """,
    [
        mod("territory", None, pt("Yunakivka", 51.12262, 35.0385, geoname="Yunakivka"),
            ["liberated the settlement of Yunakivka in Sumy region"]),
        mod("killed", 165, SUMY_R, ["amounted to up to 165 servicemen killed and one tank"],
            note="'up to' 165 (at_most)."),
        mod("materiel_lost", 1, SUMY_R, ["amounted to up to 165 servicemen killed and one tank"], note="item tank"),
        mod("territory", None, pt("Kurylivka", 49.66002, 37.70276, geoname="Kurylivka"),
            ["completed the liberation of Kurylivka in Kharkiv region"]),
        mod("killed", 210, KHARKIV_R, ["The enemy lost up to 210 servicemen and two armoured combat vehicles"],
            note="'lost up to 210 servicemen': the bulletin's personnel loss figure, counted as killed."),
        mod("materiel_lost", 2, KHARKIV_R, ["The enemy lost up to 210 servicemen and two armoured combat vehicles"],
            note="item armoured_vehicle"),
        mod("territory", None, pt("Zvanivka", 48.81204, 38.07797, geoname="Zvanivka"),
            ["liberated Zvanivka in the Donetsk People's Republic"]),
        mod("killed", 185, DONETSK_R, ["Up to 185 Ukrainian servicemen were eliminated"]),
        mod("materiel_lost", 9, DONETSK_R, ["along with nine motor vehicles and five field artillery pieces"],
            note="item vehicle"),
        mod("materiel_lost", 5, DONETSK_R, ["along with nine motor vehicles and five field artillery pieces"],
            note="item artillery"),
        mod("territory", None, pt("Rodynske", 48.35415, 37.20641, geoname="Rodynske"),
            ["resulted in the liberation of the settlements of Rodynske and Bilytske"]),
        mod("territory", None, pt("Bilytske", 48.40642, 37.18111, geoname="Bilytske"),
            ["resulted in the liberation of the settlements of Rodynske and Bilytske"]),
        mod("killed", 480, DONETSK_R, ["Ukrainian formations lost up to 480 servicemen and seven armoured fighting vehicles"],
            note="Personnel loss figure counted as killed."),
        mod("materiel_lost", 7, DONETSK_R,
            ["Ukrainian formations lost up to 480 servicemen and seven armoured fighting vehicles"],
            note="item armoured_vehicle; the Bradley is one of the seven."),
        mod("territory", None, pt("Vozdvyzhivka", 47.75203, 36.08023, geoname="Vozdvyzhivka"),
            ["liberated Vozdvyzhivka in Zaporizhzhia region"]),
        mod("killed", 230, ZAP_R, ["Ukrainian losses amounted to up to 230 servicemen"],
            note="Personnel loss figure counted as killed."),
        mod("attack", None, pt("Starokostiantyniv", 49.75522, 27.21229, geoname="Starokostyantyniv",
                               aliases=["Starokostiantyniv military airfield"]),
            ["struck the infrastructure of the Starokostiantyniv military airfield"]),
        mod("attack", None, pt("Kremenchuk", 49.06253, 33.40484, geoname="Kremenchuk"),
            ["a fuel depot near Kremenchuk used to supply the Armed Forces of Ukraine"]),
        mod("materiel_lost", 4, UKRAINE, ["Air defence means shot down four guided aerial bombs, six HIMARS rockets"],
            note="Interception; item other (guided bombs)."),
        mod("materiel_lost", 6, UKRAINE, ["Air defence means shot down four guided aerial bombs, six HIMARS rockets"],
            note="Interception; item missile."),
        mod("materiel_lost", 187, UKRAINE, ["187 fixed-wing unmanned aerial vehicles over the past day"],
            note="Interception; item drone."),
        cum(672, "the following have been destroyed: 672 aircraft", "Cumulative since February 2022; item aircraft."),
        cum(283, "283 helicopters", "Cumulative; item helicopter."),
        cum(101246, "101,246 unmanned aerial vehicles", "Cumulative; item drone."),
        cum(634, "634 anti-aircraft missile systems", "Cumulative; item air_defence."),
        cum(26480, "26,480 tanks and other armoured combat vehicles", "Cumulative; item tank/armoured_vehicle."),
        cum(1598, "1,598 multiple launch rocket systems", "Cumulative; item mlrs."),
        cum(31020, "31,020 field artillery guns and mortars", "Cumulative; item artillery."),
        cum(46115, "46,115 units of special military vehicles", "Cumulative; item vehicle."),
    ],
))

# ---------------------------------------------------------------- ev21-04 think-tank assessment
KOST = pt("Kostiantynivka", 48.52728, 37.70594, geoname="Kostyantynivka")
KHOM = ["Vadym Khomenko", "Donetsk Oblast Military Administration"]
DONETSK_O = rg("Donetsk Oblast", 48.3, 37.7, 150, aliases=["Donetsk region", "Donetsk"])
DOCS.append(D(
    "ev21-04", "Russia-Ukraine", "think-tank assessment (key takeaways, footnotes)",
    "https://www.ccgeography.example.org/research/russia-ukraine/assessment-2026-05-07",
    "Russian Offensive Campaign Assessment, May 7, 2026",
    "2026-05-07T20:45:00-04:00",
    """
    Centre for Conflict Geography · Research · Russia-Ukraine

    Russian Offensive Campaign Assessment, May 7, 2026

    Lena Marsh, Tomasz Wilk, Aidan Keogh and the CCG Mapping Team

    May 7, 2026, 8:45 pm ET

    Our daily control-of-terrain layer is available on the CCG map portal; the static maps in this report show the situation as of 1:00 pm ET.

    Key Takeaways:

    Russian forces recently advanced in central Kostiantynivka amid continued assaults on the city from the south and east.
    Russian forces conducted a combined missile and drone strike overnight on May 6 to 7 that targeted energy infrastructure in western Ukraine.
    Ukrainian forces recently regained positions in Kupiansk-Vuzlovyi.
    The Russian Ministry of Defense (MoD) claimed the seizure of Novopavlivka in Dnipropetrovsk Oblast, but CCG has not observed evidence to support the claim.

    Geolocated footage published on May 6 indicates that Russian forces recently advanced along Sadova Street in central Kostiantynivka.[1] Russian milbloggers claimed on May 6 and 7 that Russian forces also seized Illinivka, west of Kostiantynivka, although CCG has not observed confirmation of this claim.[2] Russian forces seized Avdiivka in February 2024 after a four-month battle and have been pushing toward Kostiantynivka from the south since the autumn of 2024. A further advance north of the city could threaten Ukrainian ground lines of communication to Druzhkivka, the next town on the highway.[3]

    Russian forces continued to strike Kostiantynivka with glide bombs. Donetsk Oblast Military Administration Head Vadym Khomenko reported on May 7 that a Russian glide bomb strike on a residential area of the city killed three civilians and injured eight.[4] Khomenko stated that authorities evacuated 1,850 people, including 230 children, from frontline areas of Donetsk Oblast over the past week.[5] Russian forces currently occupy roughly 79 percent of Donetsk Oblast, according to CCG's assessment.

    Geolocated footage published on May 7 indicates that Ukrainian forces recently regained positions in northern Kupiansk-Vuzlovyi.[6] The Russian MoD claimed on May 7 that Russian forces seized Novopavlivka (southwest of Pokrovsk), but CCG has not observed any geolocated evidence to support this claim.[7] Ukrainian military observer Oleksandr Hrebin stated that Russian forces had attacked near Novopavlivka but did not seize it.[8]

    Russian forces launched a combined missile and drone strike against Ukraine on the night of May 6 to 7. The Ukrainian Air Force reported that Russian forces launched six Iskander-M ballistic missiles and 214 Shahed-type and decoy drones, and that Ukrainian forces downed 188 drones and four missiles.[9] Ukraine's Energy Ministry reported that Russian strikes damaged the Burshtyn thermal power plant in Ivano-Frankivsk Oblast and a substation near Ladyzhyn in Vinnytsia Oblast.[10]

    The Ukrainian General Staff reported on May 7 that Ukrainian drones struck the Tuapse oil refinery in Krasnodar Krai overnight on May 6 to 7.[11] Krasnodar Krai authorities acknowledged that a fire broke out at the refinery after a drone attack.[12]

    [1] https://t.example.me/geofootage_ua/20511
    [2] https://t.example.me/frontline_z_notes/88412
    [3] CCG assessment, April 30, 2026
    [4] https://t.example.me/khomenko_donoda/3102
    [5] https://t.example.me/khomenko_donoda/3104
    [6] https://x.example.com/geofootage/status/190221
    [7] https://t.example.me/mod_ru_digest/61220
    [8] https://t.example.me/hrebin_notes/771
    [9] https://t.example.me/ua_airforce/12988
    [10] https://t.example.me/energy_ministry_ua/4410
    [11] https://t.example.me/general_staff_ua/30177
    [12] https://t.example.me/krasnodar_ops/9921
    """,
    [
        U("territory", None, KOST, None,
          ["Russian forces recently advanced along Sadova Street in central Kostiantynivka",
           "Russian forces recently advanced in central Kostiantynivka amid continued assaults on the city from the south and east"],
          (None, "ukraine", "russia"), date="2026-05-06", note="Geolocated advance, the think tank's own assessment."),
        U("territory", None, pt("Illinivka", 48.49382, 37.66321, geoname="Illinivka"),
          ["Russian milbloggers", "milbloggers"],
          ["Russian forces also seized Illinivka, west of Kostiantynivka"], ("russia", "ukraine", "russia"),
          date="2026-05-06", note="Unconfirmed milblogger claim."),
        U("territory", None, pt("Avdiivka", 48.14019, 37.75008, geoname="Avdiyivka"), None,
          ["Russian forces seized Avdiivka in February 2024 after a four-month battle"],
          (None, "ukraine", "russia"), date="2024-02", prec="month", note="Background event."),
        U("territory", None, pt("Druzhkivka", 48.61995, 37.52537, geoname="Druzhkivka"), None,
          ["A further advance north of the city could threaten Ukrainian ground lines of communication to Druzhkivka"],
          (None, "ukraine", "russia"), opt=True, mod="warned", note="Hypothetical advance."),
        U("killed", 3, KOST, KHOM,
          ["a Russian glide bomb strike on a residential area of the city killed three civilians and injured eight"],
          ("ukraine", "civilian", "russia"), date="2026-05-07", note="Place carried by 'the city'."),
        U("wounded", 8, KOST, KHOM,
          ["a Russian glide bomb strike on a residential area of the city killed three civilians and injured eight"],
          ("ukraine", "civilian", "russia"), date="2026-05-07"),
        U("attack", None, KOST, None,
          ["Russian forces continued to strike Kostiantynivka with glide bombs",
           "a Russian glide bomb strike on a residential area of the city killed three civilians and injured eight"],
          (None, "civilian", "russia"), date="2026-05-07"),
        U("displaced", 1850, DONETSK_O, KHOM + ["Khomenko"],
          ["authorities evacuated 1,850 people, including 230 children, from frontline areas of Donetsk Oblast over the past week"],
          ("ukraine", "civilian", "russia"), date="2026-05-07", note="Evacuations over one week."),
        U("displaced", 230, DONETSK_O, KHOM + ["Khomenko"],
          ["authorities evacuated 1,850 people, including 230 children, from frontline areas of Donetsk Oblast over the past week"],
          ("ukraine", "civilian", "russia"), date="2026-05-07", note="Numeric subgroup (children)."),
        U("territory", None, DONETSK_O, None,
          ["Russian forces currently occupy roughly 79 percent of Donetsk Oblast"], (None, "ukraine", "russia"),
          opt=True, note="Regional control share."),
        U("territory", None, pt("Kupiansk-Vuzlovyi", 49.67061, 37.64319, geoname="Kupiansk-Vuzlovyi"), None,
          ["Ukrainian forces recently regained positions in northern Kupiansk-Vuzlovyi",
           "Ukrainian forces recently regained positions in Kupiansk-Vuzlovyi"],
          (None, "russia", "ukraine"), date="2026-05-07"),
        U("territory", None, pt("Novopavlivka", 48.13816, 36.78654, geoname="Novopavlivka"),
          ["Russian MoD", "Russian Ministry of Defense"],
          ["The Russian MoD claimed on May 7 that Russian forces seized Novopavlivka",
           "claimed the seizure of Novopavlivka in Dnipropetrovsk Oblast",
           "Russian forces had attacked near Novopavlivka but did not seize it"],
          ("russia", "ukraine", "russia"), date="2026-05-07",
          note="Novopavlivka in Dnipropetrovsk Oblast; disputed by CCG and a Ukrainian observer (same unit)."),
        U("materiel_lost", 188, UKRAINE, ["Ukrainian Air Force", "Air Force"],
          ["Ukrainian forces downed 188 drones and four missiles"], ("ukraine", "russia", "ukraine"),
          date="2026-05-07", note="Interception; item drone; launch counts 6 and 214 are not units."),
        U("materiel_lost", 4, UKRAINE, ["Ukrainian Air Force", "Air Force"],
          ["Ukrainian forces downed 188 drones and four missiles"], ("ukraine", "russia", "ukraine"),
          date="2026-05-07", note="Interception; item missile."),
        U("attack", None, rg("western Ukraine", 49.3, 25.0, 250, aliases=["western Ukraine"]), None,
          ["a combined missile and drone strike overnight on May 6 to 7 that targeted energy infrastructure in western Ukraine"],
          (None, "ukraine", "russia"), opt=True, date="2026-05-07", note="Unnamed region; the named sites are units."),
        U("attack", None, pt("Burshtyn", 49.25193, 24.63339, geoname="Burshtyn", aliases=["Burshtyn thermal power plant"]),
          ["Ukraine's Energy Ministry", "Energy Ministry"],
          ["Russian strikes damaged the Burshtyn thermal power plant in Ivano-Frankivsk Oblast"],
          ("ukraine", "ukraine", "russia"), date="2026-05-07"),
        U("attack", None, pt("Ladyzhyn", 48.68437, 29.23636, geoname="Ladyzhyn"),
          ["Ukraine's Energy Ministry", "Energy Ministry"], ["a substation near Ladyzhyn in Vinnytsia Oblast"],
          ("ukraine", "ukraine", "russia"), date="2026-05-07"),
        U("attack", None, pt("Tuapse", 44.10083, 39.08326, geoname="Tuapse", aliases=["Tuapse oil refinery"]),
          ["Ukrainian General Staff", "General Staff", "Krasnodar Krai authorities"],
          ["Ukrainian drones struck the Tuapse oil refinery in Krasnodar Krai",
           "a fire broke out at the refinery after a drone attack"],
          ("ukraine", "russia", "ukraine"), date="2026-05-07"),
    ],
))

# ---------------------------------------------------------------- ev21-05 local outlet
KHERSON = pt("Kherson", 46.63695, 32.61458, geoname="Kherson", aliases=["Korabelnyi district", "Antonivka"])
KMA = ["regional military administration", "Kherson regional military administration"]
BILO = pt("Bilozerka", 46.62651, 32.44447, geoname="Bilozerka")
OLESHKY = pt("Oleshky", 46.62553, 32.72426, geoname="Oleshky", aliases=["Hola Prystan"])
SHVETS = ["Valentyna Shvets", "human rights ombudsman"]
DOCS.append(D(
    "ev21-05", "Russia-Ukraine", "local outlet (view and comment counts, gallery, caption printed twice, donation appeal)",
    "https://pivden.example.ua/en/news/2026/07/18/drone-safari-kherson",
    "Drone 'safari' goes on: three killed, 14 wounded in Kherson region in a day",
    "2026-07-18T11:20:00+03:00",
    """
    PIVDEN TODAY  |  News  |  Front line  |  Kherson  |  Opinion  |  UA / EN

    Drone 'safari' goes on: three killed, 14 wounded in Kherson region in a day

    18 July 2026, 11:20  ·  Kateryna Bondar  ·  👁 3,214  ·  💬 17

    Russian troops attacked 32 settlements in the Kherson region over the past day, killing three people and wounding 14, the regional military administration reported on Saturday morning.

    In Kherson itself, a drone dropped explosives on a car in the Korabelnyi district on Friday evening, killing two people, a married couple in their sixties. Another drone struck a bus stop in Antonivka, on the city's northern edge, where a 17-year-old boy was wounded.

    A resident of Bilozerka, a 71-year-old man, died when a drone hit his yard on Friday afternoon, the Bilozerka community head said. He was the fifth person killed in the village this month.

    The shelling of Beryslav and Tiahynka continued through the night; in Beryslav alone four people were wounded, according to the administration. The town, which was home to about 12,000 people before the war, now has fewer than 2,000 residents.

    +12 View gallery

    Photo: The burnt-out car in Korabelnyi district. © Pivden Today
    Photo: The burnt-out car in Korabelnyi district. © Pivden Today

    "They hunt for people, not for targets," said Iryna Melnyk, who runs a volunteer kitchen in the district. "Every morning we count who is missing."

    Russian attacks have killed 1,148 civilians in the Kherson region since the city was liberated in November 2022, the regional prosecutor's office said this week.

    About 200 relatives of soldiers who are missing in action gathered on Freedom Square on Friday, demanding that the authorities speed up the search for their loved ones. According to the regional coordination centre, 1,240 residents of the region, both soldiers and civilians, are now officially listed as missing.

    Across the river, occupation authorities have moved at least 46 children from Oleshky and Hola Prystan to "recreation camps" in Crimea, said Valentyna Shvets, the regional representative of Ukraine's human rights ombudsman.

    Russian-installed officials in the occupied part of the region claimed on Friday that a Ukrainian drone had hit a market in Oleshky, killing four people. Ukraine's southern defence forces denied targeting civilians and said they had struck a Russian ammunition depot on the outskirts of the town.

    Read also: Ballistic missile hits Mykolaiv, five injured

    Support Pivden Today. Independent local journalism in a city under fire costs money. Donate from 50 UAH →

    Subscribe to our Telegram channel
    """,
    [
        U("killed", 3, KHERSON_R, KMA,
          ["killing three people and wounding 14", "three killed, 14 wounded in Kherson region in a day"],
          ("ukraine", "civilian", "russia"), date="2026-07-18", note="'Over the past day'."),
        U("wounded", 14, KHERSON_R, KMA,
          ["killing three people and wounding 14", "three killed, 14 wounded in Kherson region in a day"],
          ("ukraine", "civilian", "russia"), date="2026-07-18"),
        U("attack", 32, KHERSON_R, KMA,
          ["Russian troops attacked 32 settlements in the Kherson region over the past day"],
          ("ukraine", "civilian", "russia"), opt=True, date="2026-07-18",
          note="Count of attacked settlements over a whole region; the named places are units."),
        U("killed", 2, KHERSON, None, ["killing two people, a married couple in their sixties"],
          (None, "civilian", "russia"), date="2026-07-17"),
        U("attack", None, KHERSON, None,
          ["a drone dropped explosives on a car in the Korabelnyi district",
           "Another drone struck a bus stop in Antonivka, on the city's northern edge"],
          (None, "civilian", "russia"), date="2026-07-17",
          note="Korabelnyi district and Antonivka are parts of Kherson: one unit."),
        U("wounded", 1, KHERSON, None, ["where a 17-year-old boy was wounded"], (None, "civilian", "russia"),
          date="2026-07-17"),
        U("killed", 1, BILO, ["Bilozerka community head", "community head"],
          ["a 71-year-old man, died when a drone hit his yard on Friday afternoon"],
          ("ukraine", "civilian", "russia"), date="2026-07-17"),
        U("attack", None, BILO, ["Bilozerka community head", "community head"],
          ["a 71-year-old man, died when a drone hit his yard on Friday afternoon"],
          ("ukraine", "civilian", "russia"), date="2026-07-17"),
        U("killed", 5, BILO, ["Bilozerka community head", "community head"],
          ["He was the fifth person killed in the village this month"], ("ukraine", "civilian", "russia"),
          opt=True, date="2026-07", prec="month", scope="cumulative", note="Running total given as an ordinal."),
        U("attack", None, pt("Beryslav", 46.83851, 33.42664, geoname="Beryslav"), None,
          ["The shelling of Beryslav and Tiahynka continued through the night"], (None, "civilian", "russia"),
          date="2026-07-18"),
        U("attack", None, pt("Tiahynka", 46.7809, 33.05594, geoname="Tiahynka"), None,
          ["The shelling of Beryslav and Tiahynka continued through the night"], (None, "civilian", "russia"),
          date="2026-07-18"),
        U("wounded", 4, pt("Beryslav", 46.83851, 33.42664, geoname="Beryslav"), KMA + ["administration"],
          ["in Beryslav alone four people were wounded"], ("ukraine", "civilian", "russia"), date="2026-07-18"),
        U("killed", 1148, KHERSON_R, ["regional prosecutor's office", "prosecutor's office"],
          ["Russian attacks have killed 1,148 civilians in the Kherson region since the city was liberated in November 2022"],
          ("ukraine", "civilian", "russia"), scope="cumulative"),
        U("territory", None, pt("Kherson", 46.63695, 32.61458, geoname="Kherson"), None,
          ["since the city was liberated in November 2022"], (None, "russia", "ukraine"),
          date="2022-11", prec="month", note="Background event; place carried by 'the city'."),
        U("protest", 200, pt("Kherson", 46.63695, 32.61458, geoname="Kherson", aliases=["Freedom Square"]), None,
          ["About 200 relatives of soldiers who are missing in action gathered on Freedom Square on Friday"],
          (None, None, None), date="2026-07-17"),
        U("missing", 1240, KHERSON_R, ["regional coordination centre", "coordination centre"],
          ["1,240 residents of the region, both soldiers and civilians, are now officially listed as missing"],
          ("ukraine", None, None), scope="cumulative"),
        U("displaced", 46, OLESHKY, SHVETS,
          ['occupation authorities have moved at least 46 children from Oleshky and Hola Prystan to "recreation camps" in Crimea'],
          ("ukraine", "civilian", "russia"), scope="cumulative", note="Deportation of children."),
        U("killed", 4, OLESHKY, ["Russian-installed officials"],
          ["a Ukrainian drone had hit a market in Oleshky, killing four people"], ("russia", "civilian", "ukraine"),
          date="2026-07-17"),
        U("attack", None, OLESHKY, ["Russian-installed officials", "southern defence forces"],
          ["a Ukrainian drone had hit a market in Oleshky, killing four people",
           "they had struck a Russian ammunition depot on the outskirts of the town"],
          ("russia", "civilian", "ukraine"), date="2026-07-17",
          note="Ukraine denies hitting civilians but confirms a strike on a depot there."),
        U("wounded", 5, pt("Mykolaiv", 46.97625, 31.99296, geoname="Mykolayiv"), None,
          ["Ballistic missile hits Mykolaiv, five injured"], (None, "civilian", "russia"), opt=True,
          note="Related-article teaser."),
    ],
))
