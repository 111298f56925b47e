"""ev20-16 .. ev20-20: Somalia, Haiti, Pakistan/Afghanistan, Colombia, Mozambique."""
from common import P, R, U

MOGADISHU = P("Mogadishu", 2.03711, 45.34375, "Mogadishu", ["Muqdisho"])
MOQOKORI = P("Moqokori", 4.05, 45.63, aliases=["Mooqokori"], approx=True)
JILIB = P("Jilib", 0.48829, 42.78535, "Jilib")
CALMISKAAD = R("Cal Miskaad mountains", 10.9, 49.4, 60, ["Cal Miskaad", "Bari region"])
MSHABELLE = R("Middle Shabelle", 2.8, 45.7, 120, ["Middle Shabelle region"])
BAIDOA = P("Baidoa", 3.11383, 43.6498, "Baidoa")
POLICE_SO = ["Somali police", "police spokesman", "Abdirahman Warsame"]

D16 = dict(
    id="ev20-16", conflict="Somalia", form="local news site (police statement, al-Shabaab claim via its radio, AFRICOM-style statement, share bar)",
    url="https://hornobserver.example.so/2026/02/25/mogadishu-checkpoint-bombing-moqokori",
    title="Suicide car bomb kills seven at Mogadishu checkpoint as army retakes Moqokori",
    published="2026-02-25",
    text="""Suicide car bomb kills seven at Mogadishu checkpoint as army retakes Moqokori
Horn Observer · 25 February 2026 · Mogadishu
Share: f | X | in | ✉
A suicide car bomb exploded at a security checkpoint on the road to Mogadishu's airport on Wednesday morning, killing seven people and injuring 15, police spokesman Abdirahman Warsame said.
Al-Shabaab claimed responsibility through its Andalus radio, saying 23 soldiers had died. Police said most of the victims were civilians waiting in traffic.
Mortar rounds were also fired towards the airport area late on Tuesday, but no casualties were reported.
In Hiran region, the Somali National Army said it had retaken the town of Moqokori after a two-day operation, killing 31 militants and capturing nine. Al-Shabaab described its departure as a "tactical withdrawal".
US Africa Command said a strike near Jilib on Monday killed three al-Shabaab operatives and that no civilians were harmed. A separate strike targeted Islamic State fighters in the Cal Miskaad mountains of Bari region.
Fighting in Middle Shabelle has displaced some 12,500 people since the start of February, according to local authorities.
Near Baidoa, gunmen believed to be al-Shabaab fighters abducted two aid workers on Sunday, their organisation said.
Mogadishu, a city of more than 2.5 million people, has been the target of repeated bombings since 2007.
Related: How the African Union mission is funded – explained in 4 charts""",
    sides=("other", "civilian", "armed_groups"),
    units=[
        U("attack", None, MOGADISHU, POLICE_SO, ["A suicide car bomb exploded at a security checkpoint on the road to Mogadishu's airport on Wednesday morning",
          "Mortar rounds were also fired towards the airport area late on Tuesday"], date="2026-02-25", basis="text", note="the mortar fire at the airport area falls in the same city unit"),
        U("killed", 7, MOGADISHU, POLICE_SO, ["killing seven people and injuring 15", "Suicide car bomb kills seven at Mogadishu checkpoint"], date="2026-02-25", basis="text"),
        U("wounded", 15, MOGADISHU, POLICE_SO, "killing seven people and injuring 15", date="2026-02-25", basis="text"),
        U("killed", 23, MOGADISHU, ["Al-Shabaab", "Andalus radio"], "saying 23 soldiers had died", date="2026-02-25", basis="text", sides=("armed_groups", "other", "armed_groups")),
        U("territory", None, MOQOKORI, ["Somali National Army"], ["it had retaken the town of Moqokori after a two-day operation", "army retakes Moqokori"], sides=("other", "armed_groups", "other"),
          note="approximate coordinates"),
        U("killed", 31, MOQOKORI, ["Somali National Army"], "killing 31 militants and capturing nine", sides=("other", "armed_groups", "other")),
        U("captured", 9, MOQOKORI, ["Somali National Army"], "capturing nine", sides=("other", "armed_groups", "other")),
        U("attack", None, JILIB, ["US Africa Command"], "a strike near Jilib on Monday killed three al-Shabaab operatives", date="2026-02-23", basis="text", sides=("united_states", "armed_groups", "united_states")),
        U("killed", 3, JILIB, ["US Africa Command"], "killed three al-Shabaab operatives", date="2026-02-23", basis="text", sides=("united_states", "armed_groups", "united_states")),
        U("attack", None, CALMISKAAD, ["US Africa Command"], "A separate strike targeted Islamic State fighters in the Cal Miskaad mountains of Bari region",
          sides=("united_states", "armed_groups", "united_states")),
        U("displaced", 12500, MSHABELLE, ["local authorities"], "Fighting in Middle Shabelle has displaced some 12,500 people since the start of February", scope="cumulative",
          sides=("other", "civilian", None)),
        U("abducted", 2, BAIDOA, ["their organisation"], "gunmen believed to be al-Shabaab fighters abducted two aid workers on Sunday", date="2026-02-22", basis="text"),
    ],
)

CABARET = P("Cabaret", 18.73333, -72.41667, "Cabaret")
SAINTMARC = P("Saint-Marc", 19.10819, -72.69379, "Saint-Marc")
CROIX = P("Croix-des-Bouquets", 18.57769, -72.22548, "Croix-des-Bouquets")
CITESOLEIL = P("Cité Soleil", 18.58182, -72.32946, "Cité Soleil", ["Cite Soleil"])
KENSCOFF = P("Kenscoff", 18.45, -72.2833, "Kenscoff")
PETIONVILLE = P("Pétion-Ville", 18.5125, -72.28528, "Pétion-Ville", ["Petion-Ville"])
HAITI = R("Haiti", 18.9, -72.7, 200, ["Haiti"])
HNP = ["Haitian National Police", "police"]

D17 = dict(
    id="ev20-17", conflict="Haiti", form="wire-style local report (hospital officials, police statement, IOM and UN totals, caption twice, comment count)",
    url="https://port-au-prince-news.example.ht/en/2026/03/22/cabaret-gang-raid",
    title="Gang raid on Cabaret kills 12; police say nine gang members killed in Croix-des-Bouquets",
    published="2026-03-22",
    text="""Gang raid on Cabaret kills 12; police say nine gang members killed in Croix-des-Bouquets
PORT-AU-PRINCE, Haiti (PAPN) — Gunmen from the Viv Ansanm gang coalition raided the coastal town of Cabaret overnight into Saturday, killing 12 people and setting dozens of homes ablaze, the town's mayor said.
Residents flee Cabaret on foot along National Road 1, March 21, 2026. (PAPN/J. Pierre)
Residents flee Cabaret on foot along National Road 1, March 21, 2026. (PAPN/J. Pierre)
The director of Saint-Nicolas hospital in Saint-Marc, Dr. Rose-Marie Estimé, said 19 wounded people from Cabaret had been brought to the hospital, several of them with gunshot wounds.
About 6,000 people have fled Cabaret in the past 48 hours, the International Organization for Migration said, adding that more than 1.4 million Haitians are now displaced.
In a separate statement, the Haitian National Police said officers backed by the Gang Suppression Force killed nine gang members during an operation in Croix-des-Bouquets on Friday and retook control of the town's police station.
A drone strike in Cité Soleil on Thursday killed four people, three of them children, residents said. The prime minister's office said the operation targeted gang leaders.
Gunmen abducted two nuns from a convent in Kenscoff on Friday evening, a church official said.
A gang leader warned in a video posted on social media that his men would "take Pétion-Ville next".
At least 5,900 people were killed in gang-related violence in Haiti in 2025, according to the UN.
Comments (27) | Most shared""",
    sides=("haiti_government", "civilian", "gangs"),
    units=[
        U("attack", None, CABARET, ["the town's mayor", "mayor"], "Gunmen from the Viv Ansanm gang coalition raided the coastal town of Cabaret overnight into Saturday", date="2026-03-21", basis="text"),
        U("killed", 12, CABARET, ["the town's mayor", "mayor"], ["killing 12 people and setting dozens of homes ablaze", "Gang raid on Cabaret kills 12"], date="2026-03-21", basis="text"),
        U("wounded", 19, CABARET, ["Dr. Rose-Marie Estimé", "Saint-Nicolas hospital"], "19 wounded people from Cabaret had been brought to the hospital", date="2026-03-21", basis="text",
          sides=("other", "civilian", "gangs")),
        U("displaced", 6000, CABARET, ["International Organization for Migration", "IOM"], "About 6,000 people have fled Cabaret in the past 48 hours", sides=("other", "civilian", "gangs")),
        U("displaced", 1400000, HAITI, ["International Organization for Migration", "IOM"], "more than 1.4 million Haitians are now displaced", scope="cumulative", sides=("other", "civilian", "gangs")),
        U("killed", 9, CROIX, HNP, ["killed nine gang members during an operation in Croix-des-Bouquets on Friday", "police say nine gang members killed in Croix-des-Bouquets"],
          date="2026-03-20", basis="text", sides=("haiti_government", "gangs", "haiti_government")),
        U("territory", None, CROIX, HNP, "retook control of the town's police station", date="2026-03-20", basis="text", sides=("haiti_government", "gangs", "haiti_government")),
        U("attack", None, CITESOLEIL, ["residents"], "A drone strike in Cité Soleil on Thursday killed four people", date="2026-03-19", basis="text", sides=("other", "civilian", "haiti_government")),
        U("killed", 4, CITESOLEIL, ["residents"], "killed four people, three of them children", date="2026-03-19", basis="text", sides=("other", "civilian", "haiti_government")),
        U("killed", 3, CITESOLEIL, ["residents"], "three of them children", date="2026-03-19", basis="text", sides=("other", "civilian", "haiti_government"),
          note="subgroup stated as a number: required"),
        U("abducted", 2, KENSCOFF, ["a church official", "church official"], "Gunmen abducted two nuns from a convent in Kenscoff on Friday evening", date="2026-03-20", basis="text",
          sides=("other", "civilian", "gangs")),
        U("territory", None, PETIONVILLE, ["A gang leader", "gang leader"], "his men would \"take Pétion-Ville next\"", opt=True, mod="warned", sides=("gangs", "haiti_government", "gangs"),
          note="threat"),
        U("killed", 5900, HAITI, ["the UN", "UN"], "At least 5,900 people were killed in gang-related violence in Haiti in 2025", date="2025", prec="year", basis="text", scope="cumulative",
          sides=("other", None, "gangs")),
    ],
)

NWAZ = R("North Waziristan", 32.95, 70.0, 60, ["North Waziristan district"])
BANNU = P("Bannu", 32.98527, 70.60403, "Bannu")
PAKTIKA = R("Paktika", 32.5, 68.8, 120, ["Paktika province", "Barmal"])
KECH = R("Kech", 26.0, 63.05, 100, ["Kech district", "Turbat"])
CHAMAN = P("Chaman", 30.92152, 66.45972, "Chaman", ["Spin Boldak"])
BAJAUR = R("Bajaur", 34.75, 71.5, 40, ["Bajaur district", "Mamund"])
PKMIL = ["the military's media wing", "Pakistani military", "military"]

D18 = dict(
    id="ev20-18", conflict="Pakistan/Afghanistan", form="newspaper report (military media-wing statement, TTP and BLA claims, Taliban accusation and Pakistani denial)",
    url="https://indusledger.example.pk/2026/04/10/waziristan-operation-bannu-attack",
    title="17 militants killed in North Waziristan operation; police station attacked in Bannu",
    published="2026-04-10",
    text="""17 militants killed in North Waziristan operation; police station attacked in Bannu
Indus Ledger | Peshawar | April 10, 2026
Security forces killed 17 militants in an intelligence-based operation in North Waziristan, the military's media wing said on Friday. Five soldiers were killed in the exchange of fire, it said.
Late on Thursday, militants attacked a police station in Bannu with rockets and small arms, killing four policemen and injuring seven, district police officials said. The Tehreek-e-Taliban Pakistan (TTP) claimed the assault.
In Afghanistan, a Taliban government spokesman accused Pakistan of carrying out air strikes in Paktika province's Barmal district overnight, killing 10 civilians, including women and children. Pakistan's foreign office denied that any strikes had taken place.
At the Chaman border crossing, Afghan and Pakistani forces exchanged fire on Thursday afternoon, wounding two Pakistani soldiers, officials said. The crossing was closed to traffic.
In Balochistan, the separatist Baloch Liberation Army said it had attacked a Frontier Corps convoy in Kech district and killed "dozens" of soldiers. Provincial officials put the toll at three soldiers killed.
More than 20,000 people have left Bajaur's Mamund tehsil since the military operation there began last August, local officials say.
Pakistan has a population of over 240 million.
This story has been updated. Follow Indus Ledger on WhatsApp""",
    sides=("other", "armed_groups", "other"),
    units=[
        U("killed", 17, NWAZ, PKMIL, ["Security forces killed 17 militants in an intelligence-based operation in North Waziristan", "17 militants killed in North Waziristan operation"], date="2026-04-10", basis="text"),
        U("killed", 5, NWAZ, PKMIL, "Five soldiers were killed in the exchange of fire", date="2026-04-10", basis="text", sides=("other", "other", "armed_groups")),
        U("attack", None, BANNU, ["district police officials", "police officials"], "militants attacked a police station in Bannu with rockets and small arms", date="2026-04-09", basis="text",
          sides=("other", "other", "armed_groups")),
        U("killed", 4, BANNU, ["district police officials", "police officials"], "killing four policemen and injuring seven", date="2026-04-09", basis="text", sides=("other", "other", "armed_groups")),
        U("wounded", 7, BANNU, ["district police officials", "police officials"], "killing four policemen and injuring seven", date="2026-04-09", basis="text", sides=("other", "other", "armed_groups")),
        U("attack", None, PAKTIKA, ["Taliban government spokesman", "Taliban"], ["carrying out air strikes in Paktika province's Barmal district overnight", "Pakistan's foreign office denied that any strikes had taken place"],
          date="2026-04-10", basis="text", sides=("other", "civilian", "other"), note="Pakistan denies: one unit, claimant the asserting side"),
        U("killed", 10, PAKTIKA, ["Taliban government spokesman", "Taliban"], "killing 10 civilians, including women and children", date="2026-04-10", basis="text", sides=("other", "civilian", "other")),
        U("attack", None, CHAMAN, ["officials"], "At the Chaman border crossing, Afghan and Pakistani forces exchanged fire on Thursday afternoon", date="2026-04-09", basis="text",
          sides=("other", "other", "other")),
        U("wounded", 2, CHAMAN, ["officials"], "wounding two Pakistani soldiers", date="2026-04-09", basis="text", sides=("other", "other", "other")),
        U("attack", None, KECH, ["Baloch Liberation Army"], "it had attacked a Frontier Corps convoy in Kech district", sides=("armed_groups", "other", "armed_groups")),
        U("killed", 12, KECH, ["Baloch Liberation Army"], "killed \"dozens\" of soldiers", sides=("armed_groups", "other", "armed_groups"), note="vague 'dozens' -> 12"),
        U("killed", 3, KECH, ["Provincial officials"], "Provincial officials put the toll at three soldiers killed", sides=("other", "other", "armed_groups")),
        U("displaced", 20000, BAJAUR, ["local officials"], "More than 20,000 people have left Bajaur's Mamund tehsil", scope="cumulative", sides=("other", "civilian", None)),
    ],
)

TIBU = P("Tibú", 8.63895, -72.73583, "Tibú", ["Tibu"])
CATATUMBO = R("Catatumbo", 8.6, -73.0, 80, ["Catatumbo region", "El Tarra"])
JAMUNDI = P("Jamundí", 3.26074, -76.53499, "Jamundí", ["Jamundi"])
SARAVENA = P("Saravena", 6.95167, -71.87611, "Saravena")
RETORNO = P("El Retorno", 2.33, -72.63, "El Retorno", ["Guaviare"], approx=True)
CUCUTA = P("Cúcuta", 7.89391, -72.50782, "Cúcuta", ["Cucuta"])
OBS = ["Catatumbo Humanitarian Observatory"]

D19 = dict(
    id="ev20-19", conflict="Colombia", form="NGO weekly bulletin (bullet points, army statements, newsletter and donation prompts)",
    url="https://observatoriocatatumbo.example.co/en/bulletins/2026-18",
    title="Weekly bulletin 18/2026: drone attack on Tibú base; 1,870 more displaced in Catatumbo",
    published="2026-05-06",
    text="""Catatumbo Humanitarian Observatory — Weekly bulletin 18/2026 (28 April – 5 May)
Leer en español | Download PDF
Summary
• Drone attack on an army base in Tibú wounds six soldiers.
• 1,870 more people displaced in Catatumbo this week; the total since January 2025 now exceeds 65,000.
• Two soldiers abducted in Arauca.
Security
On 2 May, explosive-laden drones struck the army base on the outskirts of Tibú, wounding six soldiers. The army's Second Division blamed the ELN.
In the Cauca valley, a FARC dissident faction attacked the police station in Jamundí with explosives on 30 April, killing two civilians and wounding nine people, including three police officers, according to the mayor's office.
In Arauca, the ELN abducted two soldiers who were on leave near Saravena, the army said.
The army said troops had killed four dissidents and captured seven in combat near El Retorno, Guaviare.
Humanitarian situation
Fighting between the ELN and FARC dissidents has killed at least 110 people in Catatumbo since January 2025, the Observatory's records show.
Around 400 peasant farmers protested outside the governor's office in Cúcuta on 4 May, demanding the return of the army to rural areas.
Subscribe to the bulletin | Support our work: every donation funds field monitors""",
    sides=("other", "other", "armed_groups"),
    units=[
        U("attack", None, TIBU, None, ["explosive-laden drones struck the army base on the outskirts of Tibú", "Drone attack on an army base in Tibú wounds six soldiers."], date="2026-05-02", basis="text"),
        U("wounded", 6, TIBU, None, "wounding six soldiers", date="2026-05-02", basis="text"),
        U("displaced", 1870, CATATUMBO, None, "1,870 more people displaced in Catatumbo this week", sides=(None, "civilian", "armed_groups")),
        U("displaced", 65000, CATATUMBO, None, "the total since January 2025 now exceeds 65,000", scope="cumulative", sides=(None, "civilian", "armed_groups")),
        U("attack", None, JAMUNDI, ["the mayor's office", "mayor's office"], "a FARC dissident faction attacked the police station in Jamundí with explosives on 30 April", date="2026-04-30", basis="text"),
        U("killed", 2, JAMUNDI, ["the mayor's office", "mayor's office"], "killing two civilians and wounding nine people", date="2026-04-30", basis="text", sides=("other", "civilian", "armed_groups")),
        U("wounded", 9, JAMUNDI, ["the mayor's office", "mayor's office"], "wounding nine people, including three police officers", date="2026-04-30", basis="text", sides=("other", "civilian", "armed_groups")),
        U("wounded", 3, JAMUNDI, ["the mayor's office"], "including three police officers", opt=True, date="2026-04-30", basis="text", note="subset of the nine; optional"),
        U("abducted", 2, SARAVENA, ["the army", "army"], ["the ELN abducted two soldiers who were on leave near Saravena", "Two soldiers abducted in Arauca."]),
        U("killed", 4, RETORNO, ["the army", "army"], "troops had killed four dissidents and captured seven", sides=("other", "armed_groups", "other"), note="approximate coordinates"),
        U("captured", 7, RETORNO, ["the army", "army"], "captured seven in combat near El Retorno, Guaviare", sides=("other", "armed_groups", "other")),
        U("killed", 110, CATATUMBO, OBS, "has killed at least 110 people in Catatumbo since January 2025", scope="cumulative", sides=("other", None, "armed_groups"),
          note="the Observatory's own records (claimant is the publisher)"),
        U("protest", None, CUCUTA, None, "Around 400 peasant farmers protested outside the governor's office in Cúcuta on 4 May", date="2026-05-04", basis="text", sides=(None, None, None)),
    ],
)
D19["units"][11]["claimant"] = None
D19["units"][11]["_mod"] = "asserted"
D19["units"][11]["_sides"] = (None, None, "armed_groups")

MELUCO = P("Meluco", -12.53, 39.65, approx=True)
CHIURE = P("Chiúre", -13.43, 39.97, "Chiúre", ["Chiure"], approx=True)
ANCUABE = P("Ancuabe", -12.97, 39.85, "Ancuabe", approx=True)
MUCOJO = P("Mucojo", -12.07, 40.47, approx=True)
MACOMIA = P("Macomia", -12.2447, 40.1228, "Macomia")
PEMBA = P("Pemba", -12.97395, 40.51775, "Pemba")
CABO = R("Cabo Delgado", -12.3, 39.8, 200, ["Cabo Delgado province", "Mozambique"])
RM = ["Rovuma Monitor"]

D20 = dict(
    id="ev20-20", conflict="Mozambique (Cabo Delgado)", form="think-tank weekly situation report (incident paragraphs, Islamic State claim and ministry dismissal, running totals)",
    url="https://rovumamonitor.example.org/reports/weekly-2026-05-20",
    title="Cabo Delgado weekly: beheadings in Meluco, Mucojo retaken, 22,400 newly displaced",
    published="2026-05-20",
    text="""Rovuma Monitor — Cabo Delgado Weekly, 11–17 May 2026
Cookie settings | This site uses cookies for analytics only. OK
Insurgents killed six civilians, five of them beheaded, near Meluco district headquarters on 12 May, local sources told the Monitor.
On 13 May, an insurgent group set fire to a church and around 40 houses in the outskirts of Chiúre town.
IOM's Displacement Tracking Matrix recorded 22,400 newly displaced people in Chiúre and Ancuabe districts during the week.
In Ancuabe, insurgents abducted 14 children from a village school on 15 May, according to a district official.
Rwandan and Mozambican troops retook the coastal village of Mucojo on 16 May, two days after insurgents had occupied it. Islamic State's central media claimed that its fighters killed 11 Mozambican soldiers in the fighting; a defence ministry spokesman dismissed the claim as "propaganda".
Insurgents ambushed a convoy of lorries on the N380 road near Macomia on 14 May, killing three drivers and wounding two.
Hundreds of residents marched through Pemba on 17 May to demand better protection for the districts.
By the Monitor's count, the conflict has killed more than 6,200 people since October 2017. At its peak in 2022, displacement reached some 1 million people.
Rovuma Monitor is an independent project. Donate to keep our data free.""",
    sides=(None, "civilian", "armed_groups"),
    units=[
        U("killed", 6, MELUCO, ["local sources"], "Insurgents killed six civilians, five of them beheaded, near Meluco district headquarters on 12 May", date="2026-05-12", basis="text",
          sides=("other", "civilian", "armed_groups"), note="approximate coordinates"),
        U("killed", 5, MELUCO, ["local sources"], "five of them beheaded", opt=True, date="2026-05-12", basis="text", sides=("other", "civilian", "armed_groups"), note="subset by manner; optional"),
        U("attack", None, MELUCO, ["local sources"], "Insurgents killed six civilians, five of them beheaded, near Meluco", opt=True, date="2026-05-12", basis="text",
          sides=("other", "civilian", "armed_groups"), note="killing with knives rather than a strike; optional"),
        U("attack", None, CHIURE, None, "an insurgent group set fire to a church and around 40 houses in the outskirts of Chiúre town", date="2026-05-13", basis="text", note="arson attack"),
        U("displaced", 22400, CHIURE, ["IOM's Displacement Tracking Matrix", "IOM"], "IOM's Displacement Tracking Matrix recorded 22,400 newly displaced people in Chiúre and Ancuabe districts",
          sides=("other", "civilian", "armed_groups")),
        U("abducted", 14, ANCUABE, ["a district official", "district official"], "insurgents abducted 14 children from a village school on 15 May", date="2026-05-15", basis="text",
          sides=("other", "civilian", "armed_groups")),
        U("territory", None, MUCOJO, None, ["Rwandan and Mozambican troops retook the coastal village of Mucojo on 16 May"], date="2026-05-16", basis="text",
          sides=(None, "armed_groups", "other")),
        U("killed", 11, MUCOJO, ["Islamic State's central media", "Islamic State"], "its fighters killed 11 Mozambican soldiers in the fighting", date="2026-05-16", basis="text",
          sides=("armed_groups", "other", "armed_groups"), note="dismissed by the defence ministry: one unit"),
        U("attack", None, MACOMIA, None, "Insurgents ambushed a convoy of lorries on the N380 road near Macomia on 14 May", date="2026-05-14", basis="text"),
        U("killed", 3, MACOMIA, None, "killing three drivers and wounding two", date="2026-05-14", basis="text"),
        U("wounded", 2, MACOMIA, None, "killing three drivers and wounding two", date="2026-05-14", basis="text"),
        U("protest", None, PEMBA, None, "Hundreds of residents marched through Pemba on 17 May to demand better protection", date="2026-05-17", basis="text", sides=(None, None, None)),
        U("killed", 6200, CABO, None, "the conflict has killed more than 6,200 people since October 2017", scope="cumulative", sides=(None, None, "armed_groups"), note="the Monitor's own count"),
        U("displaced", 1000000, CABO, None, "displacement reached some 1 million people", opt=True, date="2022", prec="year", basis="text", scope="cumulative",
          sides=(None, "civilian", "armed_groups"), note="historical peak, background; optional"),
    ],
)

DOCS = [D16, D17, D18, D19, D20]
