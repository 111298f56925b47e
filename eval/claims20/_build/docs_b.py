"""ev20-06 .. ev20-10: Sudan, Gaza, West Bank, Israel-Lebanon, Yemen/Red Sea."""
from common import P, R, U

ELOBEID = P("El Obeid", 13.18421, 30.21669, "El Obeid", ["Al-Ubayyid", "El-Obeid"])
BARA = P("Bara", 13.7, 30.3667, "Bara")
TAWILA = P("Tawila", 13.5, 24.97, approx=True)
KADUGLI = P("Kadugli", 11.01111, 29.71833, "Kadugli")
KABK = P("Kabkabiya", 13.65, 24.0833, "Kabkabiya")
BABANUSA = P("Babanusa", 11.3333, 27.8, "Babanusa")
SUDAN = R("Sudan", 15.5, 30.0, 900, ["Sudan"])
OCHA = ["OCHA", "OCHA Sudan"]

D06 = dict(
    id="ev20-06", conflict="Sudan", form="UN/OCHA-style flash update (highlights, situation overview, funding box)",
    url="https://reports.example.int/sudan/flash-update-7-kordofan-darfur-2025-11-19",
    title="Sudan: Kordofan and Darfur – Flash Update No. 7 (as of 19 November 2025)",
    published="2025-11-20",
    text="""SUDAN: Kordofan and Darfur – Flash Update No. 7 (as of 19 November 2025)
This report is produced by OCHA Sudan in collaboration with humanitarian partners. It covers the period from 12 to 19 November.
HIGHLIGHTS
• At least 40 civilians were reportedly killed in a drone strike on a funeral gathering in El Obeid, North Kordofan, on 16 November.
• Nearly 9,800 people fled Bara and surrounding villages between 12 and 18 November, according to IOM's Displacement Tracking Matrix.
• Tawila, in North Darfur, now hosts more than 650,000 displaced people.
SITUATION OVERVIEW
The humanitarian situation in North Kordofan continued to deteriorate. Local authorities said the strike in El Obeid also injured 27 people, who were taken to the city's teaching hospital.
On 17 November, artillery shelling of residential neighbourhoods in Kadugli, South Kordofan, killed six civilians, according to a local health official. Kadugli, where an estimated 120,000 people remain trapped, has been under siege by the RSF and SPLM-N (al-Hilu) for months.
In North Darfur, partners reported that RSF fighters raided a displacement site on the outskirts of Kabkabiya on 15 November and abducted at least 19 people, including two volunteers of a local relief committee.
On 18 November, the Sudanese Armed Forces (SAF) said they had repelled an RSF assault on Babanusa, West Kordofan, killing "hundreds" of attackers. The RSF, for its part, said it had taken full control of the 22nd Infantry Division headquarters in the town.
Since the conflict began in April 2023, more than 11.7 million people have been forced from their homes inside Sudan, IOM estimates.
FUNDING
The 2025 Sudan Humanitarian Needs and Response Plan is 27 per cent funded, with US$1.15 billion received of the $4.16 billion required.
For further information, please contact: Mariam Osei, Head of Communications, mosei@reports.example.int""",
    sides=("other", "civilian", "rsf"),
    units=[
        U("killed", 40, ELOBEID, OCHA, "At least 40 civilians were reportedly killed in a drone strike on a funeral gathering in El Obeid", date="2025-11-16", basis="text",
          sides=("other", "civilian", None), note="actor not named in the text"),
        U("attack", None, ELOBEID, OCHA, ["a drone strike on a funeral gathering in El Obeid", "the strike in El Obeid also injured 27 people"], date="2025-11-16", basis="text",
          sides=("other", "civilian", None)),
        U("wounded", 27, ELOBEID, ["Local authorities"], "the strike in El Obeid also injured 27 people", date="2025-11-16", basis="text", sides=("other", "civilian", None)),
        U("displaced", 9800, BARA, ["IOM's Displacement Tracking Matrix", "IOM"], "Nearly 9,800 people fled Bara and surrounding villages", date="2025-11-18", basis="text",
          sides=("other", "civilian", None)),
        U("displaced", 650000, TAWILA, OCHA, "Tawila, in North Darfur, now hosts more than 650,000 displaced people", scope="cumulative", sides=("other", "civilian", None),
          note="coordinates approximate"),
        U("killed", 6, KADUGLI, ["local health official"], "artillery shelling of residential neighbourhoods in Kadugli, South Kordofan, killed six civilians", date="2025-11-17", basis="text",
          sides=("other", "civilian", None)),
        U("attack", None, KADUGLI, ["local health official"], "artillery shelling of residential neighbourhoods in Kadugli", date="2025-11-17", basis="text", sides=("other", "civilian", None)),
        U("territory", None, KADUGLI, OCHA, "has been under siege by the RSF and SPLM-N (al-Hilu) for months", sides=("other", "saf", "rsf"), note="siege"),
        U("affected", 120000, KADUGLI, OCHA, "an estimated 120,000 people remain trapped", sides=("other", "civilian", "rsf")),
        U("attack", None, KABK, ["partners"], "RSF fighters raided a displacement site on the outskirts of Kabkabiya", date="2025-11-15", basis="text"),
        U("abducted", 19, KABK, ["partners"], "abducted at least 19 people", date="2025-11-15", basis="text"),
        U("killed", 100, BABANUSA, ["Sudanese Armed Forces", "SAF"], "killing \"hundreds\" of attackers", date="2025-11-18", basis="text", sides=("saf", "rsf", "saf"),
          note="vague 'hundreds' -> 100"),
        U("attack", None, BABANUSA, ["Sudanese Armed Forces", "SAF"], "an RSF assault on Babanusa", opt=True, date="2025-11-18", basis="text", sides=("saf", "saf", "rsf"),
          note="repelled assault (ground fighting); optional"),
        U("territory", None, BABANUSA, ["RSF"], "it had taken full control of the 22nd Infantry Division headquarters in the town", date="2025-11-18", basis="text",
          sides=("rsf", "saf", "rsf")),
        U("displaced", 11700000, SUDAN, ["IOM"], "more than 11.7 million people have been forced from their homes inside Sudan", scope="cumulative", sides=("other", "civilian", None)),
    ],
)

MAWASI = P("al-Mawasi", 31.36, 34.27, aliases=["Mawasi", "Khan Younis", "al-Mawasi area"], approx=True)
GAZACITY = P("Gaza City", 31.50161, 34.46672, "Gaza", ["Gaza", "Zeitoun"])
BUREIJ = P("Bureij", 31.43917, 34.40306, "Al Bureij", ["Bureij camp", "al-Bureij"])
BEITLAHIA = P("Beit Lahia", 31.54639, 34.49514, "Beit Lahiya", ["Beit Lahiya"])
STRIP = R("Gaza Strip", 31.42, 34.38, 30, ["Gaza"])
HM = ["Gaza health ministry", "health officials"]

D07 = dict(
    id="ev20-07", conflict="Gaza", form="wire copy, dateline 'CAIRO/GAZA, Dec 2 (LPA) —', IDF claim vs Hamas rejection, caption twice, read-more teaser",
    url="https://levantpress.example.org/news/2025/12/02/gaza-strikes-ceasefire-strains",
    title="Israeli strikes kill nine in Gaza as ceasefire strains; Hamas rejects Israeli account",
    published="2025-12-02",
    text="""Israeli strikes kill nine in Gaza as ceasefire strains; Hamas rejects Israeli account
By Samir Haddad and Noa Feldman
CAIRO/GAZA, Dec 2 (LPA) — Israeli air strikes and gunfire killed at least nine Palestinians across the Gaza Strip on Tuesday, health officials said, one of the deadliest days since a U.S.-brokered ceasefire took effect in October.
Four of the dead, among them a 12-year-old boy, were killed when a strike hit a tent in the al-Mawasi area west of Khan Younis, medics at Nasser Hospital said.
A mourner at Nasser Hospital in Khan Younis, December 2, 2025. LPA/Yousef Ammar
A mourner at Nasser Hospital in Khan Younis, December 2, 2025. LPA/Yousef Ammar
Another strike, on a house in the Zeitoun neighbourhood of Gaza City, killed three people and wounded 14, the civil defence agency said. Two men were shot dead by Israeli troops east of Bureij camp, according to hospital officials in Deir al-Balah.
In Beit Lahia, an Israeli drone fired on a group of people gathering firewood, injuring two, residents said.
The Israeli military said its aircraft had struck "terrorists who crossed the yellow line and posed an immediate threat" in northern and southern Gaza, and that it had killed a Hamas commander who was planning an attack on troops. It did not comment on the al-Mawasi strike.
Hamas dismissed the Israeli account as "fabricated pretexts" and accused Israel of breaching the truce.
The Gaza health ministry said 361 Palestinians had been killed and 922 wounded since the ceasefire began on October 10, bringing the overall death toll since October 2023 to 70,112. Israel says five of its soldiers have been killed in Gaza since the truce began.
Read more: 5 things to know about the ceasefire's second phase
Sign up for the Middle East Brief, delivered three times a week.""",
    sides=("hamas", "civilian", "israel"),
    units=[
        U("killed", 9, STRIP, HM, ["Israeli strikes kill nine in Gaza as ceasefire strains", "killed at least nine Palestinians across the Gaza Strip on Tuesday"], date="2025-12-02", basis="text",
          sides=("hamas", None, "israel"), note="'Palestinians': victim side not stated"),
        U("attack", None, MAWASI, ["medics at Nasser Hospital", "Nasser Hospital"], "a strike hit a tent in the al-Mawasi area west of Khan Younis", date="2025-12-02", basis="text",
          note="approximate coordinates"),
        U("killed", 4, MAWASI, ["medics at Nasser Hospital", "Nasser Hospital"], "Four of the dead, among them a 12-year-old boy, were killed", date="2025-12-02", basis="text"),
        U("attack", None, GAZACITY, ["civil defence agency", "civil defence"], "Another strike, on a house in the Zeitoun neighbourhood of Gaza City", date="2025-12-02", basis="text"),
        U("killed", 3, GAZACITY, ["civil defence agency", "civil defence"], "killed three people and wounded 14", date="2025-12-02", basis="text"),
        U("wounded", 14, GAZACITY, ["civil defence agency", "civil defence"], "killed three people and wounded 14", date="2025-12-02", basis="text"),
        U("killed", 2, BUREIJ, ["hospital officials in Deir al-Balah", "hospital officials"], "Two men were shot dead by Israeli troops east of Bureij camp", date="2025-12-02", basis="text",
          sides=("hamas", None, "israel")),
        U("attack", None, BUREIJ, ["hospital officials in Deir al-Balah", "hospital officials"], "Two men were shot dead by Israeli troops east of Bureij camp", opt=True,
          date="2025-12-02", basis="text", sides=("hamas", None, "israel"), note="gunfire, not a strike; optional"),
        U("attack", None, BEITLAHIA, ["residents"], "In Beit Lahia, an Israeli drone fired on a group of people gathering firewood", date="2025-12-02", basis="text", sides=("other", "civilian", "israel")),
        U("wounded", 2, BEITLAHIA, ["residents"], "injuring two, residents said", date="2025-12-02", basis="text", sides=("other", "civilian", "israel")),
        U("killed", 1, STRIP, ["The Israeli military", "Israeli military"], "it had killed a Hamas commander who was planning an attack on troops", date="2025-12-02", basis="text",
          sides=("israel", "hamas", "israel")),
        U("killed", 361, STRIP, ["Gaza health ministry"], "361 Palestinians had been killed and 922 wounded since the ceasefire began on October 10", scope="cumulative", sides=("hamas", None, "israel")),
        U("wounded", 922, STRIP, ["Gaza health ministry"], "922 wounded since the ceasefire began", scope="cumulative", sides=("hamas", None, "israel")),
        U("killed", 70112, STRIP, ["Gaza health ministry"], "the overall death toll since October 2023 to 70,112", scope="cumulative", sides=("hamas", None, "israel")),
        U("killed", 5, STRIP, ["Israel"], "Israel says five of its soldiers have been killed in Gaza since the truce began", scope="cumulative", sides=("israel", "israel", "hamas")),
    ],
)

SINJIL = P("Sinjil", 32.0297, 35.2636, "Sinjil")
TURMUS = P("Turmus Ayya", 32.0344, 35.2847, "Turmus Ayya", ["Turmus'ayya"])
SUSIYA = P("Susiya", 31.395, 35.112, aliases=["Susya"], approx=True)
AUJA = P("Ras Ein al-Auja", 31.95, 35.42, aliases=["Ras Ein al-Auja", "al-Auja"], approx=True)
JENIN = P("Jenin", 32.46, 35.3, "Jenin")
TUBAS = P("Tubas", 32.3209, 35.3699, "Tubas")
QABATIYA = P("Qabatiya", 32.41, 35.28, "Qabatiya")
RAMALLAH = P("Ramallah", 31.89964, 35.20422, "Ramallah")
WB = R("West Bank", 31.95, 35.25, 80, ["West Bank", "occupied West Bank"])
OGRC = ["Olive Grove Rights Centre", "OGRC"]

D08 = dict(
    id="ev20-08", conflict="West Bank", form="NGO press release (Ramallah dateline, field researchers, army statement, donation appeal, boilerplate)",
    url="https://olivegroverights.example.ps/en/press/2026-01-12-sinjil-turmus-ayya",
    title="Settler rampage in Sinjil and Turmus Ayya leaves seven injured, homes torched",
    published="2026-01-12",
    text="""PRESS RELEASE — For immediate release
Settler rampage in Sinjil and Turmus Ayya leaves seven injured, homes torched
Ramallah, 12 January 2026 — The Olive Grove Rights Centre (OGRC) today condemned a wave of settler attacks on Palestinian villages north-east of Ramallah over the weekend, in which at least seven Palestinians were injured and four homes and nine cars were set on fire.
According to OGRC field researchers, dozens of masked settlers stormed the eastern edge of Sinjil on Saturday evening, hurling stones at houses and torching vehicles, while a second group attacked farmers on their land in neighbouring Turmus Ayya. Israeli soldiers who arrived at the scene fired tear gas and rubber-coated bullets at residents trying to protect their homes; two of the seven injured were hit by rubber-coated bullets.
In the South Hebron Hills, settlers beat a 71-year-old shepherd in Susiya on Sunday morning, breaking his arm.
Also on Sunday, the herding community of Ras Ein al-Auja, north of Jericho, left its land after months of harassment: 26 families, about 140 people, dismantled their tents and moved away.
The Israeli army said troops detained 12 Palestinians in overnight raids in Jenin and Tubas, and that police had arrested "several Israeli civilians" suspected of involvement in the Sinjil violence. A 17-year-old was shot dead by soldiers during a raid in Qabatiya on Monday, the Palestinian health ministry said.
Hundreds of people protested in al-Manara Square in Ramallah on Sunday against the attacks.
Since 7 October 2023, at least 1,040 Palestinians have been killed in the West Bank, and more than 3,200 have been displaced by settler violence and access restrictions, according to UN figures.
"These are not isolated incidents," said OGRC director Huda Khatib.
Donate now: €25 covers legal aid for one family for a month.
About OGRC: Founded in 2004, the centre documents human rights violations across the occupied West Bank. Media contact: press@olivegroverights.example.ps""",
    sides=("other", "civilian", "israel"),
    units=[
        U("wounded", 7, WB, OGRC, ["at least seven Palestinians were injured", "Settler rampage in Sinjil and Turmus Ayya leaves seven injured, homes torched"], date="2026-01-10", basis="text"),
        U("attack", None, SINJIL, ["OGRC field researchers", "Olive Grove Rights Centre", "OGRC"], "dozens of masked settlers stormed the eastern edge of Sinjil on Saturday evening", date="2026-01-10", basis="text"),
        U("attack", None, TURMUS, ["OGRC field researchers", "Olive Grove Rights Centre", "OGRC"], "a second group attacked farmers on their land in neighbouring Turmus Ayya", date="2026-01-10", basis="text",
          note="3 km from Sinjil"),
        U("wounded", 2, WB, ["OGRC field researchers", "OGRC"], "two of the seven injured were hit by rubber-coated bullets", opt=True, date="2026-01-10", basis="text",
          note="subset of the seven by cause; optional"),
        U("attack", None, SUSIYA, OGRC, "settlers beat a 71-year-old shepherd in Susiya on Sunday morning", date="2026-01-11", basis="text", note="assault on a person; approximate coordinates"),
        U("wounded", 1, SUSIYA, OGRC, "settlers beat a 71-year-old shepherd in Susiya on Sunday morning, breaking his arm", date="2026-01-11", basis="text"),
        U("displaced", 140, AUJA, OGRC, "26 families, about 140 people, dismantled their tents and moved away", date="2026-01-11", basis="text", note="approximate coordinates"),
        U("displaced", 26, AUJA, OGRC, "26 families, about 140 people", opt=True, date="2026-01-11", basis="text", note="families, not people; optional"),
        U("captured", 12, JENIN, ["The Israeli army", "Israeli army"], "troops detained 12 Palestinians in overnight raids in Jenin and Tubas", date="2026-01-12", basis="text",
          sides=("israel", None, "israel")),
        U("attack", None, JENIN, ["Israeli army"], "overnight raids in Jenin and Tubas", opt=True, date="2026-01-12", basis="text", sides=("israel", None, "israel"), note="arrest raid; optional"),
        U("attack", None, TUBAS, ["Israeli army"], "raids in Jenin and Tubas", opt=True, date="2026-01-12", basis="text", sides=("israel", None, "israel"), note="arrest raid; optional"),
        U("captured", 3, SINJIL, ["The Israeli army", "Israeli army"], "police had arrested \"several Israeli civilians\"", opt=True, sides=("israel", "israel", "israel"),
          note="arrest by the state's own police; vague 'several' -> 3; optional"),
        U("killed", 1, QABATIYA, ["Palestinian health ministry"], "A 17-year-old was shot dead by soldiers during a raid in Qabatiya on Monday", date="2026-01-12", basis="text",
          sides=("palestinian_authority", "civilian", "israel")),
        U("protest", None, RAMALLAH, None, "Hundreds of people protested in al-Manara Square in Ramallah on Sunday against the attacks", date="2026-01-11", basis="text",
          sides=(None, None, None)),
        U("killed", 1040, WB, ["UN figures", "UN"], "at least 1,040 Palestinians have been killed in the West Bank", scope="cumulative", sides=("other", None, "israel")),
        U("displaced", 3200, WB, ["UN figures", "UN"], "more than 3,200 have been displaced by settler violence and access restrictions", scope="cumulative", sides=("other", None, "israel")),
    ],
)

NABATIEH = P("Nabatieh", 33.37889, 35.48389, "Nabatiye", ["Nabatiyeh", "Nabatieh road"])
BINTJBEIL = P("Bint Jbeil", 33.11944, 35.43278, "Bint Jbeil")
BEKAA = R("Bekaa Valley", 33.85, 35.9, 60, ["Bekaa", "Beqaa Valley"])
KFARKILA = P("Kfar Kila", 33.2833, 35.5667, "Kfar Kila")
KFARSHOUBA = P("Kfar Shouba", 33.3333, 35.7333, aliases=["Kfarchouba"], approx=True)
MARJ = P("Marjayoun", 33.3606, 35.5917, "Marjayoun", ["Marjeyoun"])
GALILEE = R("Western Galilee", 33.0, 35.2, 30, ["Galilee", "northern Israel"])
BEIRUT = P("Beirut", 33.89332, 35.50157, "Beirut")
SLEB = R("southern Lebanon", 33.25, 35.45, 60, ["south Lebanon", "Lebanon"])
LHM = ["Lebanese health ministry", "health ministry"]

D09 = dict(
    id="ev20-09", conflict="Israel–Lebanon", form="local outlet report (health ministry statement, IDF claims, Hezbollah denial, conditional threat)",
    url="https://southlebanonpost.example.com/en/2026/02/07/israeli-strikes-south-lebanon-three-killed",
    title="Israeli strikes on south Lebanon kill three; Hezbollah says dead were not members",
    published="2026-02-07",
    text="""Israeli strikes on south Lebanon kill three; Hezbollah says dead were not members
South Lebanon Post | Nabatieh | 7 February 2026 | 4 comments
Israeli drone strikes on southern Lebanon killed three people on Friday, the Lebanese health ministry said, in the latest attacks since the November 2024 ceasefire.
A strike on a car on the road between Nabatieh and Kfar Rumman killed two men, the ministry said in a statement. A second strike, which targeted a motorbike in Bint Jbeil, killed its rider and wounded a passer-by.
The Israeli military said the two men in the car were Hezbollah operatives "engaged in rebuilding terrorist infrastructure", and that its jets had struck weapons depots and a rocket launcher in the Bekaa Valley overnight. A Hezbollah official, speaking on condition of anonymity, denied that any of those killed were members of the group.
Israeli artillery also shelled the outskirts of Kfar Shouba, and troops blew up two houses in Kfar Kila, according to the state-run news agency.
The Israeli army said it had shot down a Hezbollah surveillance drone that crossed into the Western Galilee on Friday afternoon.
Israel's defence minister, Eitan Barak, warned that Israel would strike Beirut "with full force" if Hezbollah did not hand over its heavy weapons.
Dozens of residents blocked the main road at Marjayoun on Saturday morning in protest at the continued Israeli presence on five hilltops inside Lebanon.
The health ministry says more than 340 people have been killed by Israeli strikes since the ceasefire took effect. Some 64,000 Lebanese remain displaced from border villages, according to IOM.
Related: Lebanon's army completes deployment south of the Litani – 3 maps
Most read: 1. Fuel prices rise for third week  2. Beirut port reconstruction tender""",
    sides=("other", None, "israel"),
    units=[
        U("killed", 3, SLEB, LHM, ["Israeli drone strikes on southern Lebanon killed three people on Friday", "Israeli strikes on south Lebanon kill three"], date="2026-02-06", basis="text"),
        U("attack", None, NABATIEH, LHM, "A strike on a car on the road between Nabatieh and Kfar Rumman killed two men", date="2026-02-06", basis="text"),
        U("killed", 2, NABATIEH, LHM, ["A strike on a car on the road between Nabatieh and Kfar Rumman killed two men", "the two men in the car were Hezbollah operatives"], date="2026-02-06", basis="text",
          note="the Israeli military calls them Hezbollah operatives; Hezbollah denies: same figure, one unit"),
        U("attack", None, BINTJBEIL, LHM, "A second strike, which targeted a motorbike in Bint Jbeil", date="2026-02-06", basis="text"),
        U("killed", 1, BINTJBEIL, LHM, "killed its rider and wounded a passer-by", date="2026-02-06", basis="text"),
        U("wounded", 1, BINTJBEIL, LHM, "killed its rider and wounded a passer-by", date="2026-02-06", basis="text", sides=("other", "civilian", "israel")),
        U("attack", None, BEKAA, ["The Israeli military", "Israeli military"], "its jets had struck weapons depots and a rocket launcher in the Bekaa Valley overnight", date="2026-02-06", basis="text",
          sides=("israel", "hezbollah", "israel")),
        U("attack", None, KFARSHOUBA, ["state-run news agency"], "Israeli artillery also shelled the outskirts of Kfar Shouba", note="approximate coordinates"),
        U("attack", None, KFARKILA, ["state-run news agency"], "troops blew up two houses in Kfar Kila", opt=True, note="demolition; optional"),
        U("materiel_lost", 1, GALILEE, ["The Israeli army", "Israeli army"], "it had shot down a Hezbollah surveillance drone that crossed into the Western Galilee", date="2026-02-06", basis="text",
          sides=("israel", "hezbollah", "israel"), note="item drone"),
        U("attack", None, BEIRUT, ["Eitan Barak", "Israel's defence minister"], "Israel would strike Beirut \"with full force\"", opt=True, mod="warned",
          sides=("israel", "hezbollah", "israel"), note="conditional threat"),
        U("protest", None, MARJ, None, "Dozens of residents blocked the main road at Marjayoun on Saturday morning in protest", date="2026-02-07", basis="text", sides=(None, None, None)),
        U("killed", 340, R("Lebanon", 33.85, 35.86, 120, ["Lebanon"]), LHM, "more than 340 people have been killed by Israeli strikes since the ceasefire took effect", scope="cumulative"),
        U("displaced", 64000, SLEB, ["IOM"], "Some 64,000 Lebanese remain displaced from border villages", scope="cumulative", sides=("other", "civilian", "israel")),
    ],
)

ADEN_GULF = R("Gulf of Aden", 12.3, 45.9, 250, ["Gulf of Aden", "south-east of Aden"])
HODEIDAH = P("Hodeidah", 14.79781, 42.95452, "Al Hudaydah", ["Hudaydah", "Hodeida"])
RASISA = P("Ras Isa", 15.22, 42.63, aliases=["Ras Isa fuel terminal", "Ras Issa"], approx=True)
TAIZ = P("Taiz", 13.57952, 44.02091, "Ta'izz", ["Ta'izz"])
EILAT = P("Eilat", 29.55805, 34.94821, "Eilat")
BAB = R("Bab el-Mandeb", 12.6, 43.4, 60, ["Bab al-Mandab", "Bab el-Mandeb strait"])
MARIB = P("Marib", 15.46253, 45.32581, "Ma'rib", ["Ma'rib"])
RED = R("Red Sea", 20.0, 38.5, 700, ["Red Sea"])
HOUTHI_SP = ["Houthi military spokesman", "Abdulkarim al-Harazi", "Houthis"]

D10 = dict(
    id="ev20-10", conflict="Yemen/Red Sea", form="maritime security advisory with updates, followed by an outlet's report (Houthi claims, Israeli strikes)",
    url="https://harbourline.example.net/security/advisory-031-2026-gulf-of-aden",
    title="ADVISORY 031/2026: bulk carrier struck in Gulf of Aden; two crew unaccounted for",
    published="2026-03-14",
    text="""GULF OF ADEN MARITIME WATCH — ADVISORY 031/2026 — INCIDENT
Issued: 14 MAR 2026 0620 UTC
Location: approx. 62 NM south-east of Aden, Gulf of Aden
Details: The Master of a Liberia-flagged bulk carrier reported that the vessel was struck by an unknown projectile on the port side, causing a fire in the engine room. Two crew members are unaccounted for and one has been evacuated with burns. The crew of 21 remain on board.
UPDATE 1 (1115 UTC): Fire extinguished. The vessel is proceeding to its next port of call. Masters in the area should keep a sharp lookout and pass sightings of small craft to this centre.
--
Harbour Line News analysis
The Houthi military spokesman, Brig. Gen. Abdulkarim al-Harazi, said in a televised statement that the group had targeted the "Israeli-linked" vessel with "a number of ballistic missiles and an explosive-laden boat".
He also said the Houthis had fired a "hypersonic missile" at Eilat. The Israeli military said two missiles launched from Yemen were intercepted before crossing into Israeli territory.
Israeli warplanes later struck the port of Hodeidah and the Ras Isa fuel terminal, Houthi-run television reported, saying four port workers were killed and 16 wounded. The strikes took place on Friday evening, before the tanker incident.
Houthi-run media also said air defences had shot down a US MQ-9 Reaper drone over Marib; US Central Command did not confirm any loss.
In Taiz, Houthi shelling of the Jahmaliya neighbourhood killed a child and wounded three other people, local medics said.
The group warned that it would "target every ship" linked to Israel passing through the Bab el-Mandeb.
Since November 2023, the Houthis have attacked more than 100 merchant vessels, sinking four and killing at least nine seafarers.
Subscribe to Harbour Line Security Alerts – 30-day free trial""",
    sides=("other", "civilian", "houthis"),
    units=[
        U("attack", None, ADEN_GULF, ["Gulf of Aden Maritime Watch", "Master of a Liberia-flagged bulk carrier"], ["the vessel was struck by an unknown projectile on the port side",
          "the group had targeted the \"Israeli-linked\" vessel"], date="2026-03-14", basis="text", note="Houthis claim it; the advisory names no attacker"),
        U("missing", 2, ADEN_GULF, ["Gulf of Aden Maritime Watch"], "Two crew members are unaccounted for", date="2026-03-14", basis="text"),
        U("wounded", 1, ADEN_GULF, ["Gulf of Aden Maritime Watch"], "one has been evacuated with burns", date="2026-03-14", basis="text"),
        U("affected", 21, ADEN_GULF, ["Gulf of Aden Maritime Watch"], "The crew of 21 remain on board", opt=True, date="2026-03-14", basis="text", note="crew aboard a struck vessel; optional"),
        U("attack", None, EILAT, HOUTHI_SP, "the Houthis had fired a \"hypersonic missile\" at Eilat", opt=True, sides=("houthis", "israel", "houthis"),
          note="claimed launch, intercepted; optional"),
        U("materiel_lost", 2, None, ["The Israeli military", "Israeli military"], "two missiles launched from Yemen were intercepted", sides=("israel", "houthis", "israel"), note="interception"),
        U("attack", None, HODEIDAH, ["Houthi-run television"], "Israeli warplanes later struck the port of Hodeidah", date="2026-03-13", basis="text", sides=("houthis", "civilian", "israel")),
        U("attack", None, RASISA, ["Houthi-run television"], "the Ras Isa fuel terminal", date="2026-03-13", basis="text", sides=("houthis", "civilian", "israel"), note="approximate coordinates"),
        U("killed", 4, HODEIDAH, ["Houthi-run television"], "saying four port workers were killed and 16 wounded", date="2026-03-13", basis="text", sides=("houthis", "civilian", "israel")),
        U("wounded", 16, HODEIDAH, ["Houthi-run television"], "four port workers were killed and 16 wounded", date="2026-03-13", basis="text", sides=("houthis", "civilian", "israel")),
        U("materiel_lost", 1, MARIB, ["Houthi-run media"], "air defences had shot down a US MQ-9 Reaper drone over Marib", sides=("houthis", "united_states", "houthis"),
          note="item drone; US did not confirm"),
        U("attack", None, TAIZ, ["local medics"], "Houthi shelling of the Jahmaliya neighbourhood killed a child", sides=("other", "civilian", "houthis")),
        U("killed", 1, TAIZ, ["local medics"], "killed a child and wounded three other people", sides=("other", "civilian", "houthis")),
        U("wounded", 3, TAIZ, ["local medics"], "wounded three other people", sides=("other", "civilian", "houthis")),
        U("attack", None, BAB, ["Houthis", "The group"], "it would \"target every ship\" linked to Israel passing through the Bab el-Mandeb", opt=True, mod="warned",
          sides=("houthis", "other", "houthis"), note="threat"),
        U("killed", 9, RED, None, "killing at least nine seafarers", scope="cumulative", sides=(None, "civilian", "houthis"), note="running total since November 2023"),
        U("materiel_lost", 4, RED, None, "sinking four", opt=True, scope="cumulative", sides=(None, "other", "houthis"), note="merchant ships, not military materiel; optional"),
    ],
)

DOCS = [D06, D07, D08, D09, D10]
