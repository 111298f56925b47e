"""ev21-06 .. ev21-10: Sudan, Israel-Gaza, Israel-Lebanon, Yemen/Red Sea, Myanmar."""
from common import D, U, pt, rg

DOCS = []

# ---------------------------------------------------------------- ev21-06 UN/OCHA flash update (Sudan)
EL_OBEID = pt("El Obeid", 13.18421, 30.21669, geoname="El Obeid")
KADUGLI = pt("Kadugli", 11.01111, 29.71833, geoname="Kadugli")
BABANUSA = pt("Babanusa", 11.33333, 27.8, geoname="Babanūsah", aliases=["Babanousa"])
HEALTH = ["local health authorities", "health authorities"]
MOH = ["State Ministry of Health", "Ministry of Health"]
PARTNERS = ["humanitarian partners", "partners"]
DTM = ["IOM's Displacement Tracking Matrix", "Displacement Tracking Matrix", "IOM", "DTM"]
DOCS.append(D(
    "ev21-06", "Sudan", "UN/OCHA flash update (highlights repeated in the body, funding figures)",
    "https://reports.unocha.example.org/sudan/kordofan-flash-update-4-12-december-2025",
    "Sudan: Kordofan Flash Update No. 4 (as of 12 December 2025)",
    "2025-12-12",
    """
    SUDAN
    Kordofan: Flash Update No. 4
    As of 12 December 2025

    United Nations Office for the Coordination of Humanitarian Affairs (OCHA)

    This update is produced by OCHA Sudan in collaboration with humanitarian partners. It covers the period from 5 to 11 December 2025. The next flash update will be issued on or around 19 December.

    HIGHLIGHTS
    • At least 19 civilians killed and 46 injured in a drone strike on a market in El Obeid, North Kordofan.
    • Shelling of residential areas in Kadugli kills six people, including three children.
    • An estimated 60,000 people remain trapped in Dilling, South Kordofan, where roads have been cut for weeks.
    • IOM DTM teams recorded 9,420 people displaced from Babanusa and surrounding villages in West Kordofan.

    SITUATION OVERVIEW
    On 9 December, drones struck the main livestock market in El Obeid, the capital of North Kordofan State, killing at least 19 civilians and injuring 46 others, according to local health authorities. Most of the injured were taken to El Obeid Teaching Hospital, which partners say is operating well beyond its capacity. The state government attributed the attack to the Rapid Support Forces (RSF); the RSF has not commented.

    The following day, artillery shelling hit residential neighbourhoods of Kadugli, the capital of South Kordofan State. Six people were killed, three of them children, according to the State Ministry of Health.

    In Dilling, about 160 kilometres north of Kadugli, partners estimate that some 60,000 people remain trapped by fighting on the main supply roads. Prices of sorghum have tripled since October, and the town's only functioning hospital has run out of anaesthetics.

    In West Kordofan, IOM's Displacement Tracking Matrix (DTM) recorded 9,420 people displaced from Babanusa and surrounding villages between 5 and 10 December, following clashes between the Sudanese Armed Forces (SAF) and the RSF around the town. On 8 December, the RSF claimed to have taken control of the SAF's 22nd Infantry Division headquarters in Babanusa. The SAF has not confirmed the claim.

    On 7 December, two national staff members of a humanitarian NGO were abducted by armed men on the road between Abu Zabad and El Obeid. Their whereabouts remain unknown. The Humanitarian Coordinator a.i., Ms. Ingrid Solheim, called for their immediate release: "Aid workers are not a target. Our colleagues must be returned to their families, unharmed."

    DARFUR
    More than 100,000 people have arrived in Tawila, North Darfur, since the fall of El Fasher to the RSF in late October, according to partners on the ground. Most arrived on foot, many after walking for several days.

    FUNDING
    The 2025 Sudan Humanitarian Needs and Response Plan, which seeks US$4.2 billion to assist 20.9 million people, is 27 per cent funded as of 11 December.

    Nearly 12 million people have been forced from their homes inside and outside Sudan since the war began in April 2023.

    For further information, please contact: OCHA Sudan Public Information Unit, ochasudan-pi@unocha.example.org
    """,
    [
        U("killed", 19, EL_OBEID, HEALTH,
          ["killing at least 19 civilians and injuring 46 others",
           "At least 19 civilians killed and 46 injured in a drone strike on a market in El Obeid"],
          ("saf", "civilian", "rsf"), date="2025-12-09",
          note="Highlight in OCHA's voice repeats the health authorities' figure; RSF blamed by the state government."),
        U("wounded", 46, EL_OBEID, HEALTH,
          ["killing at least 19 civilians and injuring 46 others",
           "At least 19 civilians killed and 46 injured in a drone strike on a market in El Obeid"],
          ("saf", "civilian", "rsf"), date="2025-12-09"),
        U("attack", None, EL_OBEID, None,
          ["drones struck the main livestock market in El Obeid", "in a drone strike on a market in El Obeid"],
          (None, "civilian", "rsf"), date="2025-12-09"),
        U("killed", 6, KADUGLI, MOH,
          ["Six people were killed, three of them children",
           "Shelling of residential areas in Kadugli kills six people, including three children"],
          ("saf", "civilian", None), date="2025-12-10", note="'The following day' after 9 December."),
        U("killed", 3, KADUGLI, MOH,
          ["Six people were killed, three of them children",
           "Shelling of residential areas in Kadugli kills six people, including three children"],
          ("saf", "civilian", None), date="2025-12-10", note="Numeric subgroup (children)."),
        U("attack", None, KADUGLI, None,
          ["artillery shelling hit residential neighbourhoods of Kadugli", "Shelling of residential areas in Kadugli"],
          (None, "civilian", None), date="2025-12-10"),
        U("affected", 60000, pt("Dilling", 12.05, 29.65, geoname="Dilling"), PARTNERS,
          ["partners estimate that some 60,000 people remain trapped by fighting on the main supply roads",
           "An estimated 60,000 people remain trapped in Dilling"],
          ("other", "civilian", None), note="Trapped/besieged population."),
        U("displaced", 9420, BABANUSA, DTM,
          ["recorded 9,420 people displaced from Babanusa and surrounding villages"],
          ("other", "civilian", None), date="2025-12-10", note="Displaced between 5 and 10 December."),
        U("territory", None, BABANUSA, ["RSF", "Rapid Support Forces"],
          ["the RSF claimed to have taken control of the SAF's 22nd Infantry Division headquarters in Babanusa",
           "The SAF has not confirmed the claim"],
          ("rsf", "saf", "rsf"), date="2025-12-08"),
        U("abducted", 2, rg("Abu Zabad-El Obeid road", 12.77, 29.73, 80, aliases=["Abu Zabad", "El Obeid"]), None,
          ["two national staff members of a humanitarian NGO were abducted by armed men on the road between Abu Zabad and El Obeid"],
          (None, "other", None), date="2025-12-07", note="Place is a road between two towns."),
        U("displaced", 100000, pt("Tawila", 13.52, 24.87, aliases=["Tawila, North Darfur"]), PARTNERS,
          ["More than 100,000 people have arrived in Tawila, North Darfur, since the fall of El Fasher"],
          ("other", "civilian", "rsf"), scope="cumulative", note="Coordinates approximate."),
        U("territory", None, pt("El Fasher", 13.62793, 25.34936, geoname="El Fasher", aliases=["Al Fashir"]), None,
          ["since the fall of El Fasher to the RSF in late October"], (None, "saf", "rsf"),
          date="2025-10", prec="month", note="Background event."),
        U("displaced", 12000000, rg("Sudan", 15.5, 30.0, 900, aliases=["Sudan"]), None,
          ["Nearly 12 million people have been forced from their homes inside and outside Sudan since the war began in April 2023"],
          (None, "civilian", None), scope="cumulative", note="'Nearly' 12 million (at_most)."),
    ],
))

# ---------------------------------------------------------------- ev21-07 wire copy (Gaza)
GAZA_STRIP = rg("Gaza Strip", 31.42, 34.38, 25, aliases=["Gaza"])
MAWASI = pt("al-Mawasi", 31.36, 34.27, aliases=["Mawasi", "al-Mawasi coastal area"])
GAZA_CITY = pt("Gaza City", 31.50161, 34.46672, geoname="Gaza", aliases=["Shujaiya", "Gaza"])
BANI = pt("Bani Suheila", 31.3434, 34.3234, geoname="Banī Suhaylā", aliases=["Bani Suhaila"])
RAFAH = pt("Rafah", 31.29722, 34.24357, geoname="Rafah")
S_ISRAEL = rg("southern Israel", 31.4, 34.5, 40, aliases=["Israel"])
CIVDEF = ["Khalil Abu Dayyeh", "civil defence"]
IDF = ["Israeli military", "Israel's military", "military"]
DOCS.append(D(
    "ev21-07", "Israel-Gaza", "wire copy (double dateline, caption printed twice, read-more teasers)",
    "https://www.levantpress.example.com/middle-east/israeli-strikes-kill-13-gaza-truce-2026-01-24",
    "Israeli strikes kill 13 in Gaza, including four children, in one of deadliest days of truce",
    "2026-01-24T10:15:00+00:00",
    """
    Israeli strikes kill 13 in Gaza, including four children, in one of deadliest days of truce

    By Rana Haddad and Eitan Shalev | Levant Press

    Published January 24, 2026 · 4 min read

    CAIRO/GAZA, Jan 24 (Levant Press) – Israeli air strikes and gunfire killed at least 13 Palestinians across the Gaza Strip on Friday, four of them children, local health officials said, one of the deadliest days since a ceasefire took effect in October.

    In Khan Younis, a strike on a tent in the al-Mawasi coastal area killed five members of one family, including a mother and her daughters, said civil defence spokesman Khalil Abu Dayyeh. He said rescuers had pulled the bodies from the sand after the tent collapsed.

    Mourners carry the body of one of the five family members killed in al-Mawasi, January 23, 2026. LEVANT PRESS/Samir Awad
    Mourners carry the body of one of the five family members killed in al-Mawasi, January 23, 2026. LEVANT PRESS/Samir Awad

    Two men were shot dead east of Gaza City's Shujaiya neighbourhood, near the so-called yellow line to which Israeli forces withdrew under the truce, medics said. The Israeli military said troops had spotted "two terrorists" who crossed the line and approached soldiers, and that an aircraft struck them "to remove the threat".

    Later on Friday, a drone strike on a group of people in Bani Suheila, east of Khan Younis, killed three and wounded seven, according to Nasser Hospital, which received the casualties.

    The military said it was looking into the reports from Bani Suheila. It did not comment on the al-Mawasi strike.

    ADVERTISEMENT

    The Gaza health ministry says at least 466 Palestinians have been killed by Israeli fire since the truce began on October 10, and that the overall death toll since the war started has reached 71,658. Israel says many of those killed since the truce were militants who approached its troops.

    Israel's military said on Thursday that a reservist had been seriously wounded when an explosive device went off near his vehicle in Rafah, in the south of the enclave.

    The war began after Hamas-led gunmen stormed southern Israel on 7 October 2023, killing around 1,200 people and seizing 251 hostages, according to Israeli tallies.

    In Tel Aviv, several thousand Israelis rallied on Thursday evening to demand a state commission of inquiry into the failures that preceded the 7 October attack.

    (Writing by Rana Haddad; Editing by Tom Aldous)

    Read more:
    Israeli strike kills 8 in Deir al-Balah, hospital says
    Egypt hosts talks on Gaza's second phase: 3 sticking points
    """,
    [
        U("killed", 13, GAZA_STRIP, ["local health officials", "health officials"],
          ["killed at least 13 Palestinians across the Gaza Strip on Friday", "Israeli strikes kill 13 in Gaza"],
          ("hamas", None, "israel"), date="2026-01-23"),
        U("killed", 4, GAZA_STRIP, ["local health officials", "health officials"],
          ["four of them children", "including four children"], ("hamas", "civilian", "israel"),
          date="2026-01-23", note="Numeric subgroup (children) of the 13."),
        U("killed", 5, MAWASI, CIVDEF,
          ["a strike on a tent in the al-Mawasi coastal area killed five members of one family",
           "one of the five family members killed in al-Mawasi"],
          ("hamas", "civilian", "israel"), date="2026-01-23",
          note="Al-Mawasi coordinates approximate (coastal strip west of Khan Younis)."),
        U("attack", None, MAWASI, CIVDEF,
          ["a strike on a tent in the al-Mawasi coastal area", "It did not comment on the al-Mawasi strike"],
          ("hamas", "civilian", "israel"), date="2026-01-23"),
        U("killed", 2, GAZA_CITY, ["medics", "Israeli military"],
          ["Two men were shot dead east of Gaza City's Shujaiya neighbourhood",
           'troops had spotted "two terrorists" who crossed the line and approached soldiers'],
          ("hamas", None, "israel"), date="2026-01-23",
          note="Medics and the Israeli military give the same two deaths (militants per Israel): one unit."),
        U("attack", None, GAZA_CITY, IDF,
          ['an aircraft struck them "to remove the threat"'], ("israel", None, "israel"), date="2026-01-23",
          note="Place carried from the previous sentence (east of Shujaiya)."),
        U("killed", 3, BANI, ["Nasser Hospital"],
          ["a drone strike on a group of people in Bani Suheila, east of Khan Younis, killed three and wounded seven"],
          ("hamas", None, "israel"), date="2026-01-23"),
        U("wounded", 7, BANI, ["Nasser Hospital"],
          ["a drone strike on a group of people in Bani Suheila, east of Khan Younis, killed three and wounded seven"],
          ("hamas", None, "israel"), date="2026-01-23"),
        U("attack", None, BANI, ["Nasser Hospital"],
          ["a drone strike on a group of people in Bani Suheila",
           "The military said it was looking into the reports from Bani Suheila"],
          ("hamas", None, "israel"), date="2026-01-23"),
        U("killed", 466, GAZA_STRIP, ["Gaza health ministry", "health ministry"],
          ["at least 466 Palestinians have been killed by Israeli fire since the truce began on October 10"],
          ("hamas", None, "israel"), scope="cumulative"),
        U("killed", 71658, GAZA_STRIP, ["Gaza health ministry", "health ministry"],
          ["the overall death toll since the war started has reached 71,658"], ("hamas", None, "israel"),
          scope="cumulative"),
        U("wounded", 1, RAFAH, IDF,
          ["a reservist had been seriously wounded when an explosive device went off near his vehicle in Rafah"],
          ("israel", "israel", None), date="2026-01-22", note="Reported on Thursday."),
        U("attack", None, RAFAH, IDF,
          ["a reservist had been seriously wounded when an explosive device went off near his vehicle in Rafah"],
          ("israel", "israel", None), opt=True, date="2026-01-22", note="Known only through an explosion."),
        U("killed", 1200, S_ISRAEL, ["Israeli tallies", "Israel"],
          ["killing around 1,200 people and seizing 251 hostages"], ("israel", "israel", "hamas"),
          date="2023-10-07", note="Background event of 7 October 2023."),
        U("abducted", 251, S_ISRAEL, ["Israeli tallies", "Israel"],
          ["killing around 1,200 people and seizing 251 hostages"], ("israel", "israel", "hamas"),
          date="2023-10-07", note="Background event; 251 hostages."),
        U("protest", None, pt("Tel Aviv", 32.08088, 34.78057, geoname="Tel Aviv"), None,
          ["several thousand Israelis rallied on Thursday evening to demand a state commission of inquiry"],
          (None, None, None), date="2026-01-22"),
        U("killed", 8, pt("Deir al-Balah", 31.4183, 34.3493, geoname="Dayr al Balaḩ"), ["hospital"],
          ["Israeli strike kills 8 in Deir al-Balah, hospital says"], ("hamas", None, "israel"), opt=True,
          note="Read-more teaser."),
    ],
))

# ---------------------------------------------------------------- ev21-08 local outlet (Lebanon)
NABATIEH = pt("Nabatieh", 33.37889, 35.48389, geoname="Nabatîyé et Tahta", aliases=["Nabatiyeh"])
BINT = pt("Bint Jbeil", 33.11864, 35.43344, geoname="Bent Jbaïl")
S_LEB = rg("southern Lebanon", 33.2, 35.45, 40, aliases=["south Lebanon"])
LMOH = ["Health Ministry's Emergency Operations Centre", "Health Ministry", "ministry"]
DOCS.append(D(
    "ev21-08", "Israel-Lebanon", "local outlet (navigation, advertisement slot, related links)",
    "https://www.southernobserver.example.com.lb/news/2026/02/27/drone-strike-nabatieh-kills-two",
    "Israeli drone strike near Nabatieh kills two as raids hit Bekaa",
    "2026-02-27T14:05:00+02:00",
    """
    The Southern Observer
    Lebanon | Region | Economy | Culture | Arabic edition

    Israeli drone strike near Nabatieh kills two as raids hit Bekaa

    Hassan Mroue | Friday, February 27, 2026 | Last updated 14:05

    An Israeli drone strike on a car on the outskirts of Nabatieh killed two men on Thursday night, the Health Ministry's Emergency Operations Centre said in a statement.

    The Israeli army said it had targeted "a Hezbollah operative involved in efforts to rebuild the group's military infrastructure" in the Nabatieh area. Hezbollah did not immediately comment.

    Hours later, Israeli warplanes struck the outskirts of Baalbek and the Hermel area in the northern Bekaa Valley, wounding five people, among them a Syrian worker, the ministry said. The army said the raids targeted "weapons production and storage sites".

    In Yohmor al-Shqif, a strike on a house wounded a woman and her daughter, the town's mayor told The Southern Observer. The house had been empty for months, he said, and the family had returned only last week.

    [Advertisement]

    Earlier on Thursday, the Israeli military said it had killed a commander of Hezbollah's elite Radwan Force in a strike in Bint Jbeil. A Hezbollah-affiliated news site denied that the man was a member of the group, describing him as a municipal worker.

    By the paper's count, based on Health Ministry figures, more than 370 people have been killed by Israeli strikes in Lebanon since the November 2024 ceasefire, which was meant to end more than a year of hostilities between Israel and Hezbollah. More than 4,000 people were killed in Lebanon during that war, most of them in the two months of Israel's offensive in the autumn of 2024.

    Israeli troops remain at five hilltop positions inside southern Lebanon, and UNIFIL said on Wednesday that one of its patrols had come under fire from the direction of one of them near Kfar Kila. No peacekeepers were hurt.

    Also on Wednesday, dozens of displaced residents of Kfar Kila staged a sit-in at the entrance to their village, demanding to be allowed to rebuild their homes. About 82,000 people remain displaced from border areas, according to the International Organization for Migration.

    The Lebanese army said it had detained two men suspected of trying to fire rockets towards Israel from an orchard near Tyre.

    Related
    • 5 things to know about Lebanon's reconstruction fund
    • Israeli strikes in south Lebanon: a timeline

    © 2026 The Southern Observer. All rights reserved.
    """,
    [
        U("killed", 2, NABATIEH, LMOH,
          ["An Israeli drone strike on a car on the outskirts of Nabatieh killed two men on Thursday night",
           "Israeli drone strike near Nabatieh kills two"],
          ("other", None, "israel"), date="2026-02-26", note="Lebanese health ministry: 'other'."),
        U("attack", None, NABATIEH, LMOH + ["Israeli army"],
          ["An Israeli drone strike on a car on the outskirts of Nabatieh",
           'it had targeted "a Hezbollah operative involved in efforts to rebuild the group\'s military infrastructure" in the Nabatieh area'],
          ("other", None, "israel"), date="2026-02-26"),
        U("attack", None, pt("Baalbek", 34.00583, 36.21806, geoname="Baalbek"), LMOH + ["army"],
          ["Israeli warplanes struck the outskirts of Baalbek and the Hermel area in the northern Bekaa Valley"],
          ("other", "hezbollah", "israel"), date="2026-02-27", note="'Hours later' after Thursday night."),
        U("attack", None, pt("Hermel", 34.39417, 36.38472, geoname="El Hermel", aliases=["Hermel area"]), LMOH + ["army"],
          ["Israeli warplanes struck the outskirts of Baalbek and the Hermel area in the northern Bekaa Valley"],
          ("other", "hezbollah", "israel"), date="2026-02-27"),
        U("wounded", 5, rg("northern Bekaa Valley", 34.2, 36.3, 60, aliases=["Bekaa", "Baalbek", "Hermel"]), LMOH,
          ["wounding five people, among them a Syrian worker"], ("other", None, "israel"), date="2026-02-27",
          note="Split between Baalbek and Hermel not given."),
        U("attack", None, pt("Yohmor al-Shqif", 33.33, 35.53, aliases=["Yohmor"]), ["the town's mayor", "mayor"],
          ["In Yohmor al-Shqif, a strike on a house wounded a woman and her daughter"], ("other", "civilian", "israel"),
          note="Coordinates approximate; no date in the text."),
        U("wounded", 2, pt("Yohmor al-Shqif", 33.33, 35.53, aliases=["Yohmor"]), ["the town's mayor", "mayor"],
          ["a strike on a house wounded a woman and her daughter"], ("other", "civilian", "israel"), opt=True,
          note="Implicit count ('a woman and her daughter')."),
        U("killed", 1, BINT, IDF,
          ["it had killed a commander of Hezbollah's elite Radwan Force in a strike in Bint Jbeil"],
          ("israel", "hezbollah", "israel"), date="2026-02-26",
          note="A Hezbollah-affiliated site denies he was a member (victim side disputed, death not)."),
        U("attack", None, BINT, IDF,
          ["it had killed a commander of Hezbollah's elite Radwan Force in a strike in Bint Jbeil"],
          ("israel", "hezbollah", "israel"), date="2026-02-26"),
        U("killed", 370, rg("Lebanon", 33.9, 35.8, 120, aliases=["Lebanon"]), None,
          ["more than 370 people have been killed by Israeli strikes in Lebanon since the November 2024 ceasefire"],
          (None, None, "israel"), scope="cumulative", note="The paper's own count."),
        U("killed", 4000, rg("Lebanon", 33.9, 35.8, 120, aliases=["Lebanon"]), None,
          ["More than 4,000 people were killed in Lebanon during that war"], (None, None, "israel"),
          date="2024", prec="year", scope="cumulative", note="Background war toll."),
        U("territory", None, S_LEB, None, ["Israeli troops remain at five hilltop positions inside southern Lebanon"],
          (None, "other", "israel"), opt=True, note="Unnamed sites."),
        U("attack", None, pt("Kfar Kila", 33.27734, 35.55197, geoname="Kfar Kila"), ["UNIFIL"],
          ["one of its patrols had come under fire from the direction of one of them near Kfar Kila"],
          ("other", "other", "israel"), opt=True, date="2026-02-25", note="Gunfire at a patrol, nobody hurt."),
        U("protest", 12, pt("Kfar Kila", 33.27734, 35.55197, geoname="Kfar Kila"), None,
          ["dozens of displaced residents of Kfar Kila staged a sit-in at the entrance to their village"],
          (None, None, None), date="2026-02-25", note="Sit-in; 'dozens' -> 12."),
        U("displaced", 82000, S_LEB, ["International Organization for Migration", "IOM"],
          ["About 82,000 people remain displaced from border areas"], ("other", "civilian", "israel"),
          scope="cumulative"),
        U("captured", 2, pt("Tyre", 33.27333, 35.19389, geoname="Tyre"), ["Lebanese army"],
          ["it had detained two men suspected of trying to fire rockets towards Israel from an orchard near Tyre"],
          ("other", None, "other"), opt=True, note="Arrest by a state's own army."),
    ],
))

# ---------------------------------------------------------------- ev21-09 maritime security advisory
W_HODEIDAH = rg("Red Sea west of Al Hudaydah", 14.8, 42.13, 60,
                aliases=["Al Hudaydah", "Hodeidah", "Red Sea", "southern Red Sea"])
S_RED = rg("southern Red Sea", 14.5, 42.3, 200, aliases=["Red Sea", "Bab el-Mandeb"])
REGION = rg("Red Sea and Gulf of Aden", 14.0, 43.0, 600, aliases=["Red Sea", "Gulf of Aden"])
RAS_ISA = pt("Ras Isa", 15.2, 42.83, aliases=["Ras Isa port"])
DOCS.append(D(
    "ev21-09", "Yemen/Red Sea", "maritime security advisory (numbered incidents, UTC times, NM positions)",
    "https://www.jmac-maritime.example.org/advisories/2026/011",
    "JMAC Advisory 011/2026 – Southern Red Sea / Bab el-Mandeb / Gulf of Aden",
    "2026-03-06T09:15:00+00:00",
    """
    JOINT MARITIME AWARENESS CELL (JMAC)

    ADVISORY 011/2026 – SOUTHERN RED SEA / BAB EL-MANDEB / GULF OF ADEN
    Issued: 06 MAR 2026 0915 UTC   |   Threat level: CRITICAL (unchanged)

    This advisory supersedes Advisory 009/2026. Information is provided to assist masters, company security officers and ship operators. JMAC does not direct vessel movements.

    1. INCIDENTS SINCE LAST ADVISORY

    1.1 At 0540 UTC on 05 MAR 2026, a Liberia-flagged bulk carrier was struck by an uncrewed aerial system approximately 48 NM west of Al Hudaydah, Yemen. The master reported a fire in the accommodation block, which the crew brought under control within two hours. One crew member sustained minor burns. The vessel is proceeding to its next port of call.

    1.2 At 2310 UTC on 04 MAR 2026, a tanker transiting the Gulf of Aden reported an explosion in the water approximately 1 NM off its port side, 62 NM south-east of Aden. No damage and no injuries were reported.

    1.3 At 1425 UTC on 03 MAR 2026, a small craft with five persons on board approached a container ship to within 0.5 NM, 14 NM west of Mocha. A ladder was sighted. The embarked security team fired warning shots and the craft withdrew. No further incident.

    2. CLAIMS AND STATEMENTS

    2.1 In a televised statement on 05 MAR, the Houthi military spokesperson claimed that Houthi naval forces had targeted the vessel referred to in 1.1 "with a number of drones and a ballistic missile". The spokesperson further claimed an attack on a US destroyer in the northern Red Sea. US Central Command stated that no US vessel had been attacked or damaged.

    2.2 US forces reported strikes on 05 MAR against Houthi radar and uncrewed surface vessel (USV) launch sites near Ras Isa and on Kamaran Island. Houthi-run media reported four people killed at Ras Isa, describing them as port workers.

    2.3 Coalition naval units reported engaging and destroying three USVs and two uncrewed aerial systems in the southern Red Sea between 02 and 05 MAR.

    3. ASSESSMENT

    The threat to merchant shipping linked, or perceived to be linked, to Israel, the United States or the United Kingdom remains CRITICAL. Since November 2023, JMAC has recorded 138 attacks on merchant vessels in the region; four vessels have been sunk and at least nine seafarers killed. Further attacks are likely in the next 72 hours.

    4. RECOMMENDATIONS
    • Maintain AIS transmission in line with flag state guidance.
    • Report all suspicious approaches to JMAC: +44 (0)20 0000 0000 / watchkeepers@jmac-maritime.example.org
    • Vessels are advised to keep at least 30 NM from the Yemeni coast where navigationally safe.

    END OF ADVISORY
    """,
    [
        U("attack", None, W_HODEIDAH, None,
          ["a Liberia-flagged bulk carrier was struck by an uncrewed aerial system approximately 48 NM west of Al Hudaydah, Yemen",
           "Houthi naval forces had targeted the vessel referred to in 1.1"],
          (None, "other", "houthis"), date="2026-03-05",
          note="At sea 48 NM west of Hodeidah; the Houthi claim of the same strike is evidence of this unit."),
        U("wounded", 1, W_HODEIDAH, None, ["One crew member sustained minor burns"], (None, "civilian", "houthis"),
          date="2026-03-05"),
        U("attack", None, rg("Gulf of Aden", 12.4, 45.9, 150, aliases=["Aden"]), None,
          ["reported an explosion in the water approximately 1 NM off its port side, 62 NM south-east of Aden"],
          (None, "other", "houthis"), opt=True, date="2026-03-04", note="Known only through an explosion."),
        U("attack", None, pt("Mocha", 13.31814, 43.24991, geoname="Mocha"), None,
          ["a small craft with five persons on board approached a container ship to within 0.5 NM, 14 NM west of Mocha"],
          (None, "other", None), opt=True, date="2026-03-03", note="Suspicious approach, no attack."),
        U("attack", None, rg("northern Red Sea", 22.0, 37.5, 300, aliases=["Red Sea"]),
          ["Houthi military spokesperson", "Houthi"],
          ["The spokesperson further claimed an attack on a US destroyer in the northern Red Sea",
           "US Central Command stated that no US vessel had been attacked or damaged"],
          ("houthis", "united_states", "houthis"), date="2026-03-05", note="Claimed by the Houthis, denied by the US."),
        U("attack", None, RAS_ISA, ["US forces"],
          ["US forces reported strikes on 05 MAR against Houthi radar and uncrewed surface vessel (USV) launch sites near Ras Isa and on Kamaran Island"],
          ("united_states", "houthis", "united_states"), date="2026-03-05", note="Coordinates approximate."),
        U("attack", None, pt("Kamaran Island", 15.35, 42.6, aliases=["Kamaran"]), ["US forces"],
          ["US forces reported strikes on 05 MAR against Houthi radar and uncrewed surface vessel (USV) launch sites near Ras Isa and on Kamaran Island"],
          ("united_states", "houthis", "united_states"), date="2026-03-05", note="Coordinates approximate."),
        U("killed", 4, RAS_ISA, ["Houthi-run media"], ["Houthi-run media reported four people killed at Ras Isa"],
          ("houthis", "civilian", "united_states"), date="2026-03-05"),
        U("materiel_lost", 3, S_RED, ["Coalition naval units"],
          ["engaging and destroying three USVs and two uncrewed aerial systems in the southern Red Sea"],
          ("other", "houthis", "other"), date="2026-03-05", note="item ship (USVs); between 02 and 05 MAR."),
        U("materiel_lost", 2, S_RED, ["Coalition naval units"],
          ["engaging and destroying three USVs and two uncrewed aerial systems in the southern Red Sea"],
          ("other", "houthis", "other"), date="2026-03-05", note="Interception; item drone."),
        U("killed", 9, REGION, None, ["four vessels have been sunk and at least nine seafarers killed"],
          (None, "civilian", "houthis"), scope="cumulative", note="Since November 2023."),
        U("materiel_lost", 4, REGION, None, ["four vessels have been sunk and at least nine seafarers killed"],
          (None, "other", "houthis"), opt=True, scope="cumulative", note="Merchant ships, not military equipment."),
        U("attack", 138, REGION, None, ["JMAC has recorded 138 attacks on merchant vessels in the region"],
          (None, "other", "houthis"), opt=True, scope="cumulative", note="Count of attacks over a whole region."),
    ],
))

# ---------------------------------------------------------------- ev21-10 armed group's statement relayed (Myanmar)
AA = ["Arakan Army", "AA"]
KYAUK = pt("Kyaukphyu", 19.4279, 93.5513, geoname="Kyaukpyu", aliases=["Kyaukpyu"])
RAMREE = pt("Ramree", 19.09, 93.86, aliases=["Ramree town", "Ramree Island"])
YEU = pt("Ye-U", 22.76722, 95.42758, geoname="Ye-u", aliases=["Ye-U Township"])
DOCS.append(D(
    "ev21-10", "Myanmar", "armed group's statement relayed by a news outlet (denial, share bar, comments)",
    "https://www.mekongfrontier.example.net/2026/01/15/arakan-army-kyaukphyu-outposts/",
    "Arakan Army says it overran junta outposts outside Kyaukphyu, killing more than 40 soldiers",
    "2026-01-15T16:30:00+06:30",
    """
    Mekong Frontier News
    Home › Burma › Conflict

    Arakan Army says it overran junta outposts outside Kyaukphyu, killing more than 40 soldiers

    By MFN Staff | 15 January 2026

    The Arakan Army (AA) said on Wednesday that its fighters had overrun three military outposts on the eastern outskirts of Kyaukphyu town after 11 days of fighting, in what would be the group's closest advance yet to the Chinese-backed deep-sea port project.

    In a statement posted on its Telegram channel, the AA said more than 40 junta soldiers were killed in the fighting and 23 others, including a major, were taken prisoner. "Our forces seized 150 assorted weapons and large quantities of ammunition," the statement said, adding that the captured troops would be "treated in accordance with the laws of war".

    MFN could not independently verify the claims. Military spokesman Brigadier General Kyaw Soe Naing dismissed them as "fabricated propaganda", telling state-run media that the outposts "remain firmly under the control of the Tatmadaw".

    Hours after the AA statement, junta aircraft bombed a market in Ramree town, about 50 kilometres to the south-east, killing 18 civilians including five children, according to a local rescue group and the AA. Residents said the jet made two passes over the market at around 10 am, when it was at its busiest.

    "There was no military target there. Only vendors and shoppers," a rescue worker who asked not to be named told MFN.

    More than 3,000 residents have fled Kyaukphyu since the fighting began, many to villages on Ramree Island, a local aid worker said. The AA also accused junta troops of seizing 14 men from villages around the town to use as porters.

    Kyaukphyu, home to about 50,000 people, is the terminus of oil and gas pipelines to China's Yunnan province. The AA, which already controls 14 of Rakhine State's 17 townships, seized the military's Western Command headquarters in Ann in December 2024.

    In Sagaing Region, a junta airstrike on a monastery in Ye-U Township where about 300 displaced villagers were sheltering killed at least nine people on Tuesday, a local resistance group said. Photos shared by the group showed the collapsed prayer hall.

    According to the United Nations, more than 3.6 million people are displaced across Myanmar.

    Share this: Facebook | X | Telegram | WhatsApp
    12 Comments
    """,
    [
        U("territory", None, KYAUK, AA,
          ["its fighters had overrun three military outposts on the eastern outskirts of Kyaukphyu town after 11 days of fighting",
           "Arakan Army says it overran junta outposts outside Kyaukphyu",
           'the outposts "remain firmly under the control of the Tatmadaw"'],
          ("resistance", "myanmar_junta", "resistance"), date="2026-01-14",
          note="Claimed on Wednesday; the junta denies (same unit)."),
        U("killed", 40, KYAUK, AA,
          ["more than 40 junta soldiers were killed in the fighting", "killing more than 40 soldiers"],
          ("resistance", "myanmar_junta", "resistance"), date="2026-01-14"),
        U("captured", 23, KYAUK, AA, ["23 others, including a major, were taken prisoner"],
          ("resistance", "myanmar_junta", "resistance"), date="2026-01-14"),
        U("materiel_lost", 150, KYAUK, AA, ["Our forces seized 150 assorted weapons"],
          ("resistance", "myanmar_junta", "resistance"), date="2026-01-14", note="Captured weapons; item other."),
        U("killed", 18, RAMREE, ["local rescue group", "Arakan Army", "AA"],
          ["junta aircraft bombed a market in Ramree town, about 50 kilometres to the south-east, killing 18 civilians including five children"],
          ("resistance", "civilian", "myanmar_junta"), date="2026-01-14",
          note="'Hours after the AA statement' (Wednesday). Coordinates approximate."),
        U("killed", 5, RAMREE, ["local rescue group", "Arakan Army", "AA"],
          ["killing 18 civilians including five children"], ("resistance", "civilian", "myanmar_junta"),
          date="2026-01-14", note="Numeric subgroup (children)."),
        U("attack", None, RAMREE, ["local rescue group", "Arakan Army", "AA"],
          ["junta aircraft bombed a market in Ramree town",
           "Residents said the jet made two passes over the market at around 10 am"],
          ("resistance", "civilian", "myanmar_junta"), date="2026-01-14"),
        U("displaced", 3000, KYAUK, ["local aid worker", "aid worker"],
          ["More than 3,000 residents have fled Kyaukphyu since the fighting began"], ("other", "civilian", None),
          scope="cumulative"),
        U("abducted", 14, KYAUK, AA,
          ["The AA also accused junta troops of seizing 14 men from villages around the town to use as porters"],
          ("resistance", "civilian", "myanmar_junta"), note="Forced porters; place carried by 'the town'."),
        U("territory", None, rg("Rakhine State", 19.8, 93.9, 200, aliases=["Rakhine"]), None,
          ["already controls 14 of Rakhine State's 17 townships"], (None, "myanmar_junta", "resistance"),
          opt=True, note="Regional control share."),
        U("territory", None, pt("Ann", 19.79537, 94.04791, geoname="Ann"), None,
          ["seized the military's Western Command headquarters in Ann in December 2024"],
          (None, "myanmar_junta", "resistance"), date="2024-12", prec="month", note="Background event."),
        U("affected", 300, YEU, ["local resistance group", "resistance group"],
          ["a junta airstrike on a monastery in Ye-U Township where about 300 displaced villagers were sheltering"],
          ("resistance", "civilian", "myanmar_junta"), date="2026-01-13"),
        U("killed", 9, YEU, ["local resistance group", "resistance group"],
          ["were sheltering killed at least nine people on Tuesday"], ("resistance", "civilian", "myanmar_junta"),
          date="2026-01-13"),
        U("attack", None, YEU, ["local resistance group", "resistance group"],
          ["a junta airstrike on a monastery in Ye-U Township"], ("resistance", "civilian", "myanmar_junta"),
          date="2026-01-13"),
        U("displaced", 3600000, rg("Myanmar", 21.0, 96.0, 800, aliases=["Myanmar", "Burma"]),
          ["United Nations", "UN"], ["more than 3.6 million people are displaced across Myanmar"],
          ("other", "civilian", None), scope="cumulative"),
    ],
))
