"""ev21-11 .. ev21-15: DR Congo, Sahel, Nigeria, Somalia, Haiti."""
from common import D, U, pt, rg

DOCS = []

# ---------------------------------------------------------------- ev21-11 NGO press release (DR Congo)
MASISI = pt("Masisi", -1.40, 28.81, aliases=["Masisi General Hospital", "Masisi centre"])
KITCH = pt("Kitchanga", -1.19, 28.96, aliases=["Kichanga"])
NYAB = pt("Nyabiondo", -1.33, 28.70)
KAMAN = pt("Kamanyola", -2.76, 29.0)
M23 = ["AFC/M23", "M23"]
DOCS.append(D(
    "ev21-11", "DR Congo (M23)", "NGO press release (own voice, 'about us' box, donation appeal)",
    "https://www.kemn-health.example.org/press/2026-04-09-masisi-wounded",
    "DR Congo: surgical teams in Masisi treat 57 wounded in one week as fighting flares",
    "2026-04-09",
    """
    PRESS RELEASE

    DR Congo: surgical teams in Masisi treat 57 wounded in one week as fighting flares

    Goma/Kinshasa, 9 April 2026 – Kivu Emergency Medical Network (KEMN) is alarmed by the sharp rise in violence in Masisi territory, North Kivu, where clashes between the AFC/M23 and Wazalendo militias have intensified since the beginning of April.

    Since 2 April, the KEMN-supported surgical team at Masisi General Hospital has received 57 wounded patients, 19 of them women and children, most with gunshot and shrapnel wounds. Five patients died of their injuries despite the efforts of our staff.

    "Our teams are working around the clock. Every day, more people arrive with wounds caused by bullets and shells, and many tell us they walked for hours through the forest to reach us," said Dr. Aline Mbuyi, KEMN's head of mission in North Kivu.

    On 5 April, a mortar round landed in the courtyard of the health centre we support in Kitchanga, killing a caretaker and wounding two patients who were waiting for consultations. It was the second time in three months that the facility was hit.

    The shelling of Nyabiondo and the surrounding hills has forced most of the population to flee. The AFC/M23 said on Monday that it had driven Wazalendo fighters out of Nyabiondo, a claim the militia coalition rejected.

    According to local authorities, more than 40,000 people have fled the fighting over the past week, many of them towards Sake and Goma. Thousands of others are sheltering in churches and schools in Masisi centre.

    On 3 April, one of our nurses was abducted by armed men near Rubaya while travelling to work. She was released two days later. KEMN does not pay ransoms.

    In South Kivu, AFC/M23 accused the Congolese army of carrying out drone strikes near Kamanyola that it said killed 11 civilians on 6 April. The army denied targeting civilian areas.

    Across North and South Kivu, some 5.2 million people are now displaced, according to United Nations figures.

    KEMN calls on all parties to respect medical facilities, patients and health workers, and to allow the safe passage of the wounded.

    ---
    About KEMN: Founded in 2009, the Kivu Emergency Medical Network supports 14 hospitals and 60 health centres in eastern DRC with a staff of 1,100.

    DONATE: $40 can provide a wounded patient with surgical dressings for a week. Give now →

    Media contact: press@kemn-health.example.org | +243 000 000 000
    """,
    [
        U("wounded", 57, MASISI, None,
          ["has received 57 wounded patients, 19 of them women and children",
           "surgical teams in Masisi treat 57 wounded in one week"],
          (None, None, None), scope="cumulative",
          note="NGO's own voice; admissions since 2 April. Masisi coordinates approximate."),
        U("wounded", 19, MASISI, None, ["19 of them women and children"], (None, "civilian", None),
          scope="cumulative", note="Numeric subgroup."),
        U("killed", 5, MASISI, None, ["Five patients died of their injuries despite the efforts of our staff"],
          (None, None, None), scope="cumulative"),
        U("attack", None, KITCH, None,
          ["a mortar round landed in the courtyard of the health centre we support in Kitchanga"],
          (None, "civilian", None), date="2026-04-05", note="Coordinates approximate."),
        U("killed", 1, KITCH, None, ["killing a caretaker and wounding two patients"], (None, "civilian", None),
          date="2026-04-05"),
        U("wounded", 2, KITCH, None, ["killing a caretaker and wounding two patients"], (None, "civilian", None),
          date="2026-04-05"),
        U("attack", None, NYAB, None,
          ["The shelling of Nyabiondo and the surrounding hills has forced most of the population to flee"],
          (None, "civilian", None), note="Coordinates approximate."),
        U("territory", None, NYAB, M23,
          ["it had driven Wazalendo fighters out of Nyabiondo", "a claim the militia coalition rejected"],
          ("m23", "other", "m23"), date="2026-04-06", note="'On Monday'; Wazalendo reject the claim (same unit)."),
        U("displaced", 40000, rg("Masisi territory", -1.40, 28.85, 40, aliases=["Masisi"]), ["local authorities"],
          ["more than 40,000 people have fled the fighting over the past week"], ("other", "civilian", None),
          date="2026-04-09", note="Over the past week."),
        U("affected", 1000, MASISI, None,
          ["Thousands of others are sheltering in churches and schools in Masisi centre"], (None, "civilian", None),
          opt=True, note="'Thousands' has no agreed value."),
        U("abducted", 1, pt("Rubaya", -1.56, 28.88), None,
          ["one of our nurses was abducted by armed men near Rubaya while travelling to work"],
          (None, "civilian", None), date="2026-04-03", note="Coordinates approximate."),
        U("killed", 11, KAMAN, M23, ["drone strikes near Kamanyola that it said killed 11 civilians on 6 April"],
          ("m23", "civilian", "drc_army"), date="2026-04-06"),
        U("attack", None, KAMAN, M23,
          ["AFC/M23 accused the Congolese army of carrying out drone strikes near Kamanyola",
           "The army denied targeting civilian areas"],
          ("m23", "civilian", "drc_army"), date="2026-04-06",
          note="The army denies hitting civilians (same unit). Coordinates approximate."),
        U("displaced", 5200000, rg("North and South Kivu", -1.9, 28.6, 250, aliases=["North Kivu", "South Kivu"]),
          ["United Nations"], ["some 5.2 million people are now displaced"], ("other", "civilian", None),
          scope="cumulative"),
    ],
))

# ---------------------------------------------------------------- ev21-12 wire copy (Sahel)
DIEMA = pt("Diéma", 14.54, -9.1921, geoname="Diéma", aliases=["Diema"])
BANI = pt("Banibangou", 15.04, 2.70, aliases=["Tillabéri region", "Tillaberi"])
DIAPAGA = pt("Diapaga", 12.0729, 1.78835, geoname="Diapaga")
SEC = ["security sources", "security source"]
DOCS.append(D(
    "ev21-12", "Sahel (Mali, Niger, Burkina Faso)", "wire copy (capital dateline, photo caption, newsletter prompt)",
    "https://www.sahelwire.example.com/africa/jihadists-torch-40-fuel-tankers-mali-2026-05-23",
    "Jihadists torch 40 fuel tankers in western Mali as attacks spread across Sahel",
    "2026-05-23T09:40:00+00:00",
    """
    Jihadists torch 40 fuel tankers in western Mali as attacks spread across Sahel

    Sahel Wire | 23 May 2026, 09:40 GMT | Africa

    BAMAKO, 23 May (Sahel Wire) — Al-Qaeda-linked fighters set fire to at least 40 fuel tankers on the road between Kayes and Bamako on Thursday, in the latest attack on a supply route that the group has been trying to choke since last year, security and transport sources said.

    The convoy, escorted by the army, was ambushed near Diéma, about 300 km north-west of the capital, by gunmen who arrived on motorbikes and opened fire on the lead vehicles before torching the trucks, two security sources told Sahel Wire. At least seven soldiers and three drivers were killed, one of them said.

    Jama'at Nusrat al-Islam wal-Muslimin (JNIM) claimed the ambush in a statement on its propaganda channels. The army said in a statement read on state television that its escort had "neutralised dozens of terrorists" and that the situation was under control.

    Hundreds of tankers have been destroyed on Mali's main import corridors since JNIM announced a blockade on fuel deliveries in September 2025, according to a transporters' union. The shortages have forced schools to close and led to queues of several kilometres at petrol stations in Bamako, a city of about 3 million people.

    Photo caption: Smoke rises from burning tankers near Diéma, 21 May 2026. (Social media/handout)

    In neighbouring Niger, gunmen killed 22 civilians in an attack on a weekly market near Banibangou, in the Tillabéri region, on Wednesday, the interior ministry said, blaming "terrorist groups". The ministry declared three days of mourning.

    In Burkina Faso, JNIM said its fighters had overrun a military post in Diapaga, in the east of the country, on Friday, killing 30 soldiers. A security source in Ouagadougou said the attack had been repelled and that the post remained in the army's hands.

    Mali, Burkina Faso and Niger, all run by military governments that took power in coups between 2020 and 2023, have formed the Alliance of Sahel States and cut military ties with France.

    (Reporting by Sahel Wire correspondents in Bamako, Ouagadougou and Niamey; writing by Claire Dembélé)

    Newsletter: Get Africa Briefing in your inbox every Monday. Subscribe
    """,
    [
        U("materiel_lost", 40, DIEMA, ["security and transport sources", "security sources", "transport sources"],
          ["set fire to at least 40 fuel tankers on the road between Kayes and Bamako on Thursday",
           "Jihadists torch 40 fuel tankers in western Mali"],
          ("other", "other", "armed_groups"), date="2026-05-21",
          note="Item fuel_tank (tanker trucks of an army-escorted convoy); place from the next sentence (near Diéma)."),
        U("attack", None, DIEMA, SEC + ["JNIM"],
          ["The convoy, escorted by the army, was ambushed near Diéma",
           "(JNIM) claimed the ambush in a statement on its propaganda channels",
           "Smoke rises from burning tankers near Diéma"],
          ("other", "other", "armed_groups"), date="2026-05-21"),
        U("killed", 7, DIEMA, SEC, ["At least seven soldiers and three drivers were killed"],
          ("other", "other", "armed_groups"), date="2026-05-21"),
        U("killed", 3, DIEMA, SEC, ["At least seven soldiers and three drivers were killed"],
          ("other", "civilian", "armed_groups"), date="2026-05-21"),
        U("killed", 12, DIEMA, ["army", "Malian army"], ['its escort had "neutralised dozens of terrorists"'],
          ("other", "armed_groups", "other"), date="2026-05-21", note="'dozens' -> 12."),
        U("materiel_lost", 100, rg("Mali", 17.0, -4.0, 800, aliases=["Mali"]), ["transporters' union"],
          ["Hundreds of tankers have been destroyed on Mali's main import corridors since JNIM announced a blockade"],
          ("other", "other", "armed_groups"), scope="cumulative", note="'Hundreds' -> 100; item fuel_tank."),
        U("killed", 22, BANI, ["interior ministry", "Niger's interior ministry"],
          ["gunmen killed 22 civilians in an attack on a weekly market near Banibangou"],
          ("other", "civilian", "armed_groups"), date="2026-05-20", note="Banibangou coordinates approximate."),
        U("attack", None, BANI, ["interior ministry", "Niger's interior ministry"],
          ["an attack on a weekly market near Banibangou, in the Tillabéri region"],
          ("other", "civilian", "armed_groups"), date="2026-05-20"),
        U("territory", None, DIAPAGA, ["JNIM"],
          ["its fighters had overrun a military post in Diapaga",
           "the attack had been repelled and that the post remained in the army's hands"],
          ("armed_groups", "other", "armed_groups"), date="2026-05-22", note="Denied by a Burkinabe security source."),
        U("attack", None, DIAPAGA, ["JNIM", "security source"],
          ["overrun a military post in Diapaga, in the east of the country, on Friday",
           "A security source in Ouagadougou said the attack had been repelled"],
          ("armed_groups", "other", "armed_groups"), date="2026-05-22"),
        U("killed", 30, DIAPAGA, ["JNIM"], ["on Friday, killing 30 soldiers"], ("armed_groups", "other", "armed_groups"),
          date="2026-05-22"),
    ],
))

# ---------------------------------------------------------------- ev21-13 police statement (Nigeria)
SHINKAFI = pt("Shinkafi", 13.073, 6.5057, geoname="Shinkafi")
POLICE = ["Zamfara State Police Command", "police", "Yahaya Abubakar Danjuma"]
RESIDENTS = ["Residents of Shinkafi", "residents", "resident"]
DOCS.append(D(
    "ev21-13", "Nigeria", "police statement reproduced by a regional outlet (numbers in words and digits)",
    "https://northwestledger.example.ng/2026/06/16/zamfara-police-shinkafi-attack/",
    "Zamfara police: bandits kill four in Shinkafi attack, three suspects neutralised",
    "2026-06-16T08:00:00+01:00",
    """
    NORTHWEST LEDGER
    Tuesday, June 16, 2026

    Zamfara police: bandits kill four in Shinkafi attack, three suspects neutralised

    By Ledger Reporter · 2 min read · 6 Comments

    The Zamfara State Police Command on Monday issued the following statement on Sunday's attack in Shinkafi Local Government Area. It is reproduced in full below.

    PRESS RELEASE

    ZAMFARA STATE POLICE COMMAND, GUSAU

    RE: ATTACK ON SHINKAFI TOWN BY ARMED BANDITS

    The Command wishes to inform the general public that on 14/06/2026 at about 0200hrs, information was received that armed bandits in large numbers invaded Shinkafi town, shooting sporadically and abducting an unspecified number of residents. Four (4) persons lost their lives in the attack.

    Upon receipt of the information, the Commissioner of Police, CP Ibrahim Sani Maikudi, ordered the immediate deployment of a tactical team, in conjunction with the military and the Community Protection Guards, to the area. The team engaged the hoodlums in a fierce gun duel, neutralised three (3) of them and rescued twenty-seven (27) kidnapped victims. Two (2) police operatives sustained gunshot injuries and are responding to treatment at the Federal Medical Centre, Gusau.

    Exhibits recovered include one (1) AK-47 rifle and two (2) magazines. Two (2) suspected informants have been arrested and are assisting the Command with useful information.

    The Commissioner of Police urges members of the public to remain calm and report any suspicious movement to the nearest police station.

    SP YAHAYA ABUBAKAR DANJUMA
    Police Public Relations Officer,
    for: Commissioner of Police, Zamfara State Command, Gusau

    Residents of Shinkafi told the Ledger that at least 11 people were killed and more than 30 others abducted, most of them women. "They came from three directions. We buried nine people on Sunday afternoon alone," said one resident, who asked not to be named for fear of reprisals.

    On Monday, youths from the town blocked the Shinkafi–Kaura Namoda road for several hours to protest the attack, before police dispersed them with tear gas.

    In neighbouring Katsina State, gunmen abducted 15 worshippers from a mosque in Faskari on Sunday night, a local council official said.

    In the north-east, the army said troops repelled an attack by Islamic State West Africa Province (ISWAP) fighters on a military base in Marte, Borno State, killing "scores" of insurgents.

    Zamfara, a largely rural state of about 4.5 million people, has been at the centre of a banditry crisis that has killed thousands of people across the north-west since 2011.

    6 Comments | Add yours
    """,
    [
        U("killed", 4, SHINKAFI, POLICE,
          ["Four (4) persons lost their lives in the attack", "bandits kill four in Shinkafi attack"],
          ("other", "civilian", "armed_groups"), date="2026-06-14", note="Place carried by 'the attack'."),
        U("attack", None, SHINKAFI, POLICE,
          ["armed bandits in large numbers invaded Shinkafi town, shooting sporadically"],
          ("other", "civilian", "armed_groups"), date="2026-06-14"),
        U("abducted", None, SHINKAFI, POLICE + RESIDENTS,
          ["abducting an unspecified number of residents", "more than 30 others abducted, most of them women",
           "rescued twenty-seven (27) kidnapped victims"],
          ("other", "civilian", "armed_groups"), date="2026-06-14",
          note="Police give no number, residents say more than 30: one event unit."),
        U("killed", 3, SHINKAFI, POLICE, ["neutralised three (3) of them"], ("other", "armed_groups", "other"),
          date="2026-06-14", note="Bandits killed by police."),
        U("wounded", 2, SHINKAFI, POLICE, ["Two (2) police operatives sustained gunshot injuries"],
          ("other", "other", "armed_groups"), date="2026-06-14"),
        U("materiel_lost", 1, SHINKAFI, POLICE, ["one (1) AK-47 rifle and two (2) magazines"],
          ("other", "armed_groups", "other"), opt=True, date="2026-06-14", note="Recovered rifle."),
        U("captured", 2, SHINKAFI, POLICE, ["Two (2) suspected informants have been arrested"],
          ("other", "armed_groups", "other"), opt=True, note="Police arrest."),
        U("killed", 11, SHINKAFI, RESIDENTS, ["at least 11 people were killed and more than 30 others abducted"],
          ("other", "civilian", "armed_groups"), date="2026-06-14"),
        U("killed", 9, SHINKAFI, RESIDENTS, ["We buried nine people on Sunday afternoon alone"],
          ("other", "civilian", "armed_groups"), opt=True, date="2026-06-14", note="Burials, subset of the toll."),
        U("protest", None, SHINKAFI, None,
          ["youths from the town blocked the Shinkafi–Kaura Namoda road for several hours to protest the attack"],
          (None, None, None), date="2026-06-15"),
        U("abducted", 15, pt("Faskari", 11.72108, 7.02991, geoname="Faskari"), ["local council official"],
          ["gunmen abducted 15 worshippers from a mosque in Faskari on Sunday night"],
          ("other", "civilian", "armed_groups"), date="2026-06-14"),
        U("attack", None, pt("Marte", 12.36532, 13.8293, geoname="Marte"), ["army", "Nigerian army"],
          ["troops repelled an attack by Islamic State West Africa Province (ISWAP) fighters on a military base in Marte"],
          ("other", "other", "armed_groups")),
        U("killed", 20, pt("Marte", 12.36532, 13.8293, geoname="Marte"), ["army", "Nigerian army"],
          ['killing "scores" of insurgents'], ("other", "armed_groups", "other"), opt=True,
          note="'Scores' has no agreed value (20)."),
        U("killed", 1000, rg("north-west Nigeria", 12.0, 6.5, 300, aliases=["Zamfara", "north-west"]), None,
          ["a banditry crisis that has killed thousands of people across the north-west since 2011"],
          (None, "civilian", "armed_groups"), opt=True, scope="cumulative", note="'Thousands'."),
    ],
))

# ---------------------------------------------------------------- ev21-14 local outlet (Somalia)
MAHADAY = pt("Mahaday", 2.9726, 45.5347, geoname="Mahaddayweyne", aliases=["Mahaday Weyne"])
OFFICER = ["Captain Abdirahman Hassan Geedi", "military officer"]
SHABAAB = ["al-Shabaab", "Andalus"]
MOG = pt("Mogadishu", 2.03711, 45.34375, geoname="Mogadishu", aliases=["Aden Adde International Airport"])
DOCS.append(D(
    "ev21-14", "Somalia", "local outlet (city dateline, photo caption, related teasers, comment count)",
    "https://banadirpost.example.so/news/2026/07/09/mahaday-base-attack",
    "Nine soldiers killed as al-Shabaab storms base in Mahaday",
    "2026-07-09T12:00:00+03:00",
    """
    BANADIR DAILY POST
    Home · Somalia · Security · Politics · Business · Somali

    Nine soldiers killed as al-Shabaab storms base in Mahaday

    Thursday, 9 July 2026 · By Abdiweli Noor · 💬 23

    MOGADISHU — At least nine Somali soldiers were killed and 14 others wounded when al-Shabaab fighters stormed a military base in Mahaday, in Middle Shabelle region, before dawn on Wednesday, a military officer told the Post.

    The attackers first rammed the base's gate with two vehicles packed with explosives and then fought their way inside, Captain Abdirahman Hassan Geedi said by phone from the town. "The fighting went on for almost three hours before reinforcements arrived from Jowhar," he said.

    Al-Shabaab, in a statement broadcast on its Andalus radio station, said it had killed 37 soldiers and "taken control of the apostate base". The army says it repulsed the attackers and still holds the base.

    The Ministry of Defence said in a statement on Wednesday evening that government troops, backed by local clan militias, had killed more than 60 militants in a counter-offensive in the area.

    Mahaday, a farming town of around 20,000 people on the Shabelle River, lies about 110 km north of Mogadishu.

    📷 Wounded soldiers arrive at a hospital in Jowhar on Wednesday. (Banadir Daily Post)

    In the capital, mortar shells landed near Aden Adde International Airport on Tuesday evening, wounding three workers at a construction site, police said. The airport hosts the headquarters of the African Union mission and several embassies.

    In Hiiraan region, government forces recaptured the town of Jalalaqsi, which al-Shabaab had seized in a surprise offensive in March 2025, the regional administration said.

    The fighting in Middle Shabelle has forced some 45,000 people from their homes since June, according to the regional authorities.

    RELATED:
    • 12 killed in Mogadishu restaurant bombing: what we know
    • Parliament approves 2026 budget of $1.4 billion

    Subscribe to our WhatsApp channel for breaking news.
    """,
    [
        U("killed", 9, MAHADAY, OFFICER,
          ["At least nine Somali soldiers were killed and 14 others wounded",
           "Nine soldiers killed as al-Shabaab storms base in Mahaday"],
          ("other", "other", "armed_groups"), date="2026-07-08", note="Mahaday (Mahaddayweyne)."),
        U("wounded", 14, MAHADAY, OFFICER, ["At least nine Somali soldiers were killed and 14 others wounded"],
          ("other", "other", "armed_groups"), date="2026-07-08"),
        U("attack", None, MAHADAY, OFFICER + SHABAAB,
          ["al-Shabaab fighters stormed a military base in Mahaday",
           "The attackers first rammed the base's gate with two vehicles packed with explosives"],
          ("other", "other", "armed_groups"), date="2026-07-08"),
        U("killed", 37, MAHADAY, SHABAAB, ["it had killed 37 soldiers"], ("armed_groups", "other", "armed_groups"),
          date="2026-07-08"),
        U("territory", None, MAHADAY, SHABAAB,
          ['"taken control of the apostate base"', "The army says it repulsed the attackers and still holds the base"],
          ("armed_groups", "other", "armed_groups"), date="2026-07-08", note="Denied by the army (same unit)."),
        U("killed", 60, MAHADAY, ["Ministry of Defence"],
          ["had killed more than 60 militants in a counter-offensive in the area"],
          ("other", "armed_groups", "other"), date="2026-07-08", note="Place carried by 'the area'."),
        U("attack", None, MOG, ["police"], ["mortar shells landed near Aden Adde International Airport on Tuesday evening"],
          ("other", "civilian", None), date="2026-07-07"),
        U("wounded", 3, MOG, ["police"], ["wounding three workers at a construction site"], ("other", "civilian", None),
          date="2026-07-07"),
        U("territory", None, pt("Jalalaqsi", 3.3766, 45.5996, geoname="Jalalaqsi"), ["regional administration"],
          ["government forces recaptured the town of Jalalaqsi",
           "which al-Shabaab had seized in a surprise offensive in March 2025"],
          ("other", "armed_groups", "other"),
          note="Recapture now and seizure in March 2025: same category and place, one unit."),
        U("displaced", 45000, rg("Middle Shabelle", 2.9, 45.5, 80, aliases=["Middle Shabelle region"]),
          ["regional authorities"],
          ["The fighting in Middle Shabelle has forced some 45,000 people from their homes since June"],
          ("other", "civilian", None), scope="cumulative"),
        U("killed", 12, MOG, None, ["12 killed in Mogadishu restaurant bombing: what we know"],
          (None, "civilian", "armed_groups"), opt=True, note="Related-article teaser."),
    ],
))

# ---------------------------------------------------------------- ev21-15 wire copy (Haiti)
LASC = pt("Lascahobas", 18.83047, -71.93563, geoname="Lascahobas")
MAYOR = ["Wilner Exantus", "mayor"]
HAITI = rg("Haiti", 19.0, -72.7, 200, aliases=["Haiti"])
UN = ["U.N. report", "U.N.", "United Nations"]
DOCS.append(D(
    "ev21-15", "Haiti", "wire copy (agency-style dateline in capitals, byline block, hub link)",
    "https://hpa.example.org/article/haiti-gangs-lascahobas-attack-2026-08-20",
    "Gangs kill 16 in attack on central Haiti town of Lascahobas",
    "2026-08-20T15:17:00-04:00",
    """
    Gangs kill 16 in attack on central Haiti town of Lascahobas

    By JEAN-ROBERT PIERRE and MARTA ALVARADO
    Updated 3:17 PM EDT, August 20, 2026

    PORT-AU-PRINCE, Haiti (HPA) — Gang members stormed the central Haitian town of Lascahobas early Wednesday, killing at least 16 people and setting fire to the police station and dozens of homes, the town's mayor said.

    Mayor Wilner Exantus told the Hemisphere Press Agency that the attackers, who arrived from the direction of Mirebalais, also freed inmates from the town's small jail. "They burned everything in their path," he said. "People are running into the mountains."

    Police said officers killed eight gang members as they pushed back the attackers, and that reinforcements had been sent from the capital. A leader of the Viv Ansanm gang coalition, who goes by the name "Ti Zoup," said in a video posted on social media that his men now controlled the town. Police spokesman Inspector Garry Desrosiers called the claim "false" and said officers were patrolling the streets.

    About 5,000 residents fled toward Hinche and the border with the Dominican Republic, according to a local civil protection official.

    Lascahobas lies about 50 kilometers (30 miles) northeast of Port-au-Prince on a road linking the capital to the Central Plateau, parts of which gangs have controlled since they overran Mirebalais in 2025.

    Gang violence killed at least 3,141 people in Haiti between January and June, according to a U.N. report published last month. The report said drone strikes carried out by a government task force since March 2025 had killed more than 300 people, among them at least 12 children.

    More than 1.4 million Haitians are displaced, the International Organization for Migration says.

    On Monday, gunmen kidnapped a nun and two staff members from an orphanage in Kenscoff, in the mountains above the capital, the Catholic diocese said. On Tuesday, hundreds of people marched in Pétion-Ville to demand that the government restore security.

    ___
    Follow HPA's coverage of Haiti at https://hpa.example.org/hub/haiti
    """,
    [
        U("killed", 16, LASC, MAYOR,
          ["killing at least 16 people and setting fire to the police station and dozens of homes",
           "Gangs kill 16 in attack on central Haiti town of Lascahobas"],
          ("haiti_government", "civilian", "gangs"), date="2026-08-19"),
        U("attack", None, LASC, MAYOR,
          ["Gang members stormed the central Haitian town of Lascahobas early Wednesday"],
          ("haiti_government", "civilian", "gangs"), date="2026-08-19"),
        U("killed", 8, LASC, ["Police"], ["officers killed eight gang members as they pushed back the attackers"],
          ("haiti_government", "gangs", "haiti_government"), date="2026-08-19"),
        U("territory", None, LASC, ["Ti Zoup", "Viv Ansanm"],
          ["his men now controlled the town", 'called the claim "false"'],
          ("gangs", "haiti_government", "gangs"), note="Gang claim, denied by police (same unit); place 'the town'."),
        U("displaced", 5000, LASC, ["local civil protection official", "civil protection official"],
          ["About 5,000 residents fled toward Hinche and the border with the Dominican Republic"],
          ("haiti_government", "civilian", "gangs"), date="2026-08-19"),
        U("territory", None, pt("Mirebalais", 18.83455, -72.1048, geoname="Mirebalais"), None,
          ["since they overran Mirebalais in 2025"], (None, "haiti_government", "gangs"), date="2025", prec="year",
          note="Background event."),
        U("killed", 3141, HAITI, UN, ["Gang violence killed at least 3,141 people in Haiti between January and June"],
          ("other", None, "gangs"), date="2026-06", prec="month", scope="cumulative",
          note="Period total January-June 2026."),
        U("killed", 300, HAITI, UN,
          ["drone strikes carried out by a government task force since March 2025 had killed more than 300 people"],
          ("other", None, "haiti_government"), scope="cumulative"),
        U("killed", 12, HAITI, UN, ["among them at least 12 children"], ("other", "civilian", "haiti_government"),
          scope="cumulative", note="Numeric subgroup of the drone-strike toll."),
        U("displaced", 1400000, HAITI, ["International Organization for Migration", "IOM"],
          ["More than 1.4 million Haitians are displaced"], ("other", "civilian", "gangs"), scope="cumulative"),
        U("abducted", None, pt("Kenscoff", 18.44773, -72.28398, geoname="Kenscoff"), ["Catholic diocese", "diocese"],
          ["gunmen kidnapped a nun and two staff members from an orphanage in Kenscoff"],
          ("other", "civilian", None), date="2026-08-17", note="Implicit count of three."),
        U("protest", 100, pt("Pétion-Ville", 18.5125, -72.2853, aliases=["Petion-Ville", "Pétionville"]), None,
          ["hundreds of people marched in Pétion-Ville to demand that the government restore security"],
          (None, None, None), date="2026-08-18", note="'hundreds' -> 100."),
    ],
))
