"""ev14-15 .. ev14-20: Haiti, Ethiopia, Mozambique, Colombia, Pakistan, Israel-Iran."""
from lib import P, U
from docs_a import doc

# ---------------------------------------------------------------- places
Centre = P("Centre Department", 18.95, -72.05, aliases=["Centre", "Artibonite", "Mirebalais", "Saut-d'Eau"], region=True, radius=70)
Haiti = P("Haiti", 19.0, -72.7, aliases=["Haiti"], region=True, radius=250)
Mirebalais = P("Mirebalais", 18.83455, -72.1048, geoname="Mirebalais")
SautDEau = P("Saut-d'Eau", 18.815, -72.205, aliases=["Saut d'Eau", "Ville-Bonheur"])
Kenscoff = P("Kenscoff", 18.44773, -72.28398, geoname="Kenscoff", aliases=["Furcy"])
PaP = P("Port-au-Prince", 18.54349, -72.33881, geoname="Port-au-Prince")

Merawi = P("Merawi", 11.41667, 37.16667, geoname="Mer’āwī", aliases=["Mer'awi"])
DebreMarkos = P("Debre Markos", 10.35, 37.73333, geoname="Debre Mark’os", aliases=["Debre Mark'os"])
Dembecha = P("Dembecha", 10.55, 37.48333, geoname="Dembech’a", aliases=["West Gojjam"])
Amhara = P("Amhara", 11.6, 38.0, aliases=["Amhara region", "Amhara"], region=True, radius=300)
NShewa = P("North Shewa", 10.0, 39.4, aliases=["North Shewa zone"], region=True, radius=100)
DebreTabor = P("Debre Tabor", 11.85, 38.01667, geoname="Debre Tabor")
Gondar = P("Gondar", 12.6, 37.46667, geoname="Gonder", aliases=["Gonder"])
Lalibela = P("Lalibela", 12.03219, 39.04756, geoname="Lalibela")
Tigray = P("Tigray", 13.8, 39.0, aliases=["Tigray", "Ethiopia"], region=True, radius=250)

Mocimboa = P("Mocímboa da Praia", -11.35172, 40.35158, geoname="Mocímboa da Praia", aliases=["Mocimboa da Praia", "Muidumbe", "Cabo Delgado"], region=True, radius=60)
Macomia = P("Macomia", -12.24667, 40.12083, geoname="Macomia")
CaboDelgado = P("Cabo Delgado", -12.3, 39.9, aliases=["Cabo Delgado province"], region=True, radius=200)
Mbau = P("Mbau", -11.55, 40.05, aliases=["Mocímboa da Praia district"])
Chiure = P("Chiúre", -13.3825, 39.78167, geoname="Chiúre", aliases=["Chiure", "Chiúre district"], region=True, radius=40)
Palma = P("Palma", -10.78, 40.47, aliases=["Palma town"])

Amalfi = P("Amalfi", 6.91016, -75.07764, geoname="Amalfi", aliases=["Antioquia"])
Cali = P("Cali", 3.43054, -76.5199, geoname="Cali", aliases=["Marco Fidel Suárez air base"])
Catatumbo = P("Catatumbo", 8.64, -72.74, aliases=["Catatumbo region", "Tibú", "Norte de Santander"], region=True, radius=60)
ElRetorno = P("El Retorno", 2.33022, -72.62765, geoname="El Retorno", aliases=["Guaviare"])
Colombia = P("Colombia", 4.6, -74.1, aliases=["Colombia"], region=True, radius=700)

AngoorAdda = P("Angoor Adda", 32.33, 69.35, aliases=["Angur Adda", "South Waziristan"])
Bajaur = P("Bajaur", 34.7361, 71.52739, geoname="Khar", aliases=["Khar", "Bajaur district"], region=True, radius=30)
Kurram = P("Kurram", 33.89968, 70.10012, geoname="Parachinar", aliases=["Parachinar", "Kurram district"], region=True, radius=40)
Chitral = P("Chitral", 35.8518, 71.78636, geoname="Chitral")
Chaman = P("Chaman", 30.92, 66.45, aliases=["Chaman border crossing", "Spin Boldak"])
Torkham = P("Torkham", 34.10, 71.09, aliases=["Torkham border crossing", "Khyber"])
AfghanSide = P("Afghan border areas", 34.0, 69.5, aliases=["Afghanistan", "Afghan side of the border"], region=True, radius=150)
PakBorder = P("Pak-Afghan border", 33.5, 70.5, aliases=["Pakistan"], region=True, radius=150)
NWaziristan = P("North Waziristan", 33.00059, 70.07117, geoname="Miran Shah", aliases=["Miran Shah", "North Waziristan District"], region=True, radius=50)
KP = P("Khyber Pakhtunkhwa", 34.0, 71.5, aliases=["Balochistan", "Pakistan"], region=True, radius=450)

Beersheba = P("Beersheba", 31.25181, 34.7913, geoname="Beersheba", aliases=["Soroka Medical Center", "Be'er Sheva"])
RamatGan = P("Ramat Gan", 32.08227, 34.81065, geoname="Ramat Gan", aliases=["Holon", "Tel Aviv"])
IsraelP = P("Israel", 31.5, 34.9, aliases=["Israel"], region=True, radius=250)
Arak = P("Arak heavy water reactor", 34.3736, 49.2421, aliases=["Arak", "Khondab"])
Natanz = P("Natanz", 33.51118, 51.91808, geoname="Naţanz", aliases=["Natanz site"])
WIran = P("western Iran", 34.3, 47.1, aliases=["Kermanshah"], region=True, radius=250)
Iran = P("Iran", 32.5, 53.7, aliases=["Iran"], region=True, radius=900)
Isfahan = P("Isfahan", 32.65246, 51.67462, geoname="Isfahan", aliases=["Kermanshah", "Isfahan province"], region=True, radius=150)
Tehran = P("Tehran", 35.69439, 51.42151, geoname="Tehran")
Bushehr = P("Bushehr", 28.96887, 50.83657, geoname="Bushehr", aliases=["Bushehr nuclear power plant"])

# ---------------------------------------------------------------- ev14-15 Haiti, IOM flash update
doc(15, "https://haiti.iom.example.int/sitreps/flash-update-2-centre-department",
    "Haiti - Flash Update #2: Displacement following armed attacks in Mirebalais and Saut-d'Eau", "2025-04-08", """
IOM HAITI
FLASH UPDATE #2
Displacement following armed attacks in Mirebalais and Saut-d'Eau, Centre Department
8 April 2025

KEY FIGURES
• 51,000 people displaced in the Centre and Artibonite departments since 31 March
• 1,041,000 internally displaced people across Haiti (DTM round 9, December 2024)
• 29 spontaneous displacement sites identified in Hinche, Lascahobas and Thomazeau

SITUATION OVERVIEW
• On 31 March, armed groups from the Viv Ansanm coalition attacked the town of Mirebalais, Centre Department, and freed 529 inmates from the civil prison. On 2 April, police and local officials confirmed that the town was under the control of the groups.
• According to local authorities, at least 25 people were killed during the attack on Mirebalais, among them two nuns who had been sheltering at a parish house.
• On 6 April, the same groups moved into Saut-d'Eau, north-west of Mirebalais, and residents fled towards Hinche and Lascahobas.
• The Mirebalais university hospital suspended all services after armed men entered its grounds; around 80 patients were evacuated by ambulance to Port-au-Prince and Hinche.
• In Kenscoff, south-east of Port-au-Prince, armed groups burned at least 40 houses in the Furcy area on 4 April, and residents reported three people killed.
• On 2 April, several thousand people marched in Port-au-Prince to the office of the Prime Minister to demand action against the armed groups; police dispersed the crowd with tear gas.
• According to the UN human rights office (OHCHR), 1,617 people were killed and 580 injured in violence involving armed groups across Haiti between January and March 2025.

HUMANITARIAN NEEDS
• Most displaced families are staying with host families; priority needs are water, food, shelter and protection.
• DTM teams found that 62 per cent of the newly displaced are women and children.

IOM RESPONSE
• IOM distributed 3,200 kits of non-food items in Hinche and Lascahobas.
• IOM mobile clinics carried out 870 medical consultations at displacement sites.

FUNDING
• The IOM Haiti Crisis Response Plan 2025 requires USD 228 million and is currently 11 per cent funded.

Contact: iomhaiti-sitreps@example.int
""", [
    U("displaced", 51000, Centre, None,
      "51,000 people displaced in the Centre and Artibonite departments since 31 March", "2025-04-08",
      "-/-/gangs", scope="cumulative", basis="published"),
    U("displaced", 1041000, Haiti, ["DTM"],
      "1,041,000 internally displaced people across Haiti (DTM round 9, December 2024)", "2024-12",
      "other/-/gangs", scope="cumulative"),
    U("attack", None, Mirebalais, None,
      ["armed groups from the Viv Ansanm coalition attacked the town of Mirebalais",
       "at least 25 people were killed during the attack on Mirebalais"],
      "2025-03-31", "-/haiti_government/gangs"),
    U("territory", None, Mirebalais, ["police", "local officials"],
      "police and local officials confirmed that the town was under the control of the groups", "2025-04-02",
      "haiti_government/haiti_government/gangs"),
    U("killed", 25, Mirebalais, ["local authorities"],
      "at least 25 people were killed during the attack on Mirebalais", "2025-03-31",
      "haiti_government/-/gangs"),
    U("killed", 2, Mirebalais, ["local authorities"], "among them two nuns who had been sheltering at a parish house",
      "2025-03-31", "haiti_government/civilian/gangs"),
    U("territory", None, SautDEau, None, "the same groups moved into Saut-d'Eau", "2025-04-06", "-/haiti_government/gangs",
      note="Coordinates approximate."),
    U("displaced", 80, Mirebalais, None, "around 80 patients were evacuated by ambulance to Port-au-Prince and Hinche",
      "2025-04-08", "-/civilian/gangs", basis="published"),
    U("attack", None, Kenscoff, None,
      "In Kenscoff, south-east of Port-au-Prince, armed groups burned at least 40 houses in the Furcy area on 4 April",
      "2025-04-04", "-/civilian/gangs"),
    U("killed", 3, Kenscoff, ["residents"], "residents reported three people killed", "2025-04-04", "other/-/gangs"),
    U("protest", None, PaP, None,
      "several thousand people marched in Port-au-Prince to the office of the Prime Minister to demand action against the armed groups",
      "2025-04-02", "-/-/-"),
    U("killed", 1617, Haiti, ["OHCHR", "UN human rights office"],
      "1,617 people were killed and 580 injured in violence involving armed groups across Haiti between January and March 2025",
      "2025-03", "other/-/gangs", scope="cumulative", note="Year-to-date total to end of March."),
    U("wounded", 580, Haiti, ["OHCHR", "UN human rights office"],
      "1,617 people were killed and 580 injured in violence involving armed groups", "2025-03", "other/-/gangs",
      scope="cumulative"),
])

# ---------------------------------------------------------------- ev14-16 Ethiopia, analysis
doc(16, "https://hornreview.example.com/analysis/ethiopia-amhara-fano-two-years",
    "Ethiopia's other war: two years on, the Fano insurgency is grinding down Amhara", "2025-10-15", """
Ethiopia's other war: two years on, the Fano insurgency is grinding down Amhara

Federal drones and rebel ambushes have turned Ethiopia's second most populous region into a patchwork of no-go zones

By Daniel Kebede | Horn Review | 15 October 2025 | 9 min read

[Image: A damaged bus station in Debre Markos. Photo: Horn Review]

Two years after the federal government declared a state of emergency in Amhara, the war between the national army and the loose network of militias known as Fano shows no sign of ending. Roads between the regional capital, Bahir Dar, and the rest of the country are cut for days at a time, schools in much of the region have been shut for two years and the local economy is in free fall.

How it started

The Fano fought alongside federal troops against Tigrayan forces in the 2020-2022 war, a conflict that researchers at Ghent University estimate killed around 600,000 people. When the Pretoria agreement of November 2022 ended that war, Prime Minister Abiy Ahmed's government moved to dissolve the regional special forces. Many Amhara saw this as a betrayal, and the revolt that followed peaked in August 2023, when Fano fighters briefly seized parts of Gondar and Lalibela.

The past month

Recent weeks have brought some of the heaviest fighting yet. The Amhara Fano National Force (AFNF), the largest of the Fano factions, said it had captured the town of Merawi, 30 km south of Bahir Dar, and held it for two days in late September before pulling out. It also said its fighters had ambushed a federal convoy near Debre Markos on 3 October, killing 63 soldiers and seizing four trucks of ammunition.

The government dismissed the convoy claim as fabricated, and the army said that Fano had lost 150 fighters in the area in the same week. Neither side's figures can be verified; mobile internet has been cut across much of the region since 2023.

Civilians are paying the price. On 28 September, a drone strike hit a crowded market in the town of Dembecha, in West Gojjam, killing 17 civilians, according to residents and a health worker at the local health centre. A government spokesman said the strike had targeted "extremist forces" gathering in the area.

The Armed Conflict Location & Event Data project (ACLED) says it has recorded more than 7,000 deaths in Amhara since August 2023. The UN estimates that fighting has displaced over 120,000 people in the region this year alone.

On Monday, the federal government said its forces had captured 1,200 Fano fighters since July and had "cleared" the militias from 14 rural districts in North Shewa. On Friday, the regional administration said 26 teachers had been kidnapped by Fano on the road near Debre Tabor; a Fano spokesman dismissed the accusation as "propaganda".

What comes next

Abiy's government has scheduled national elections for June 2026. Few analysts believe that voting can take place in much of Amhara, and the Fano factions, which have never agreed on a single leader or a common set of demands, show little interest in talks.
""", [
    U("territory", None, Merawi, ["Amhara Fano National Force", "AFNF", "Fano"],
      "it had captured the town of Merawi, 30 km south of Bahir Dar, and held it for two days in late September before pulling out",
      "2025-09", "armed_groups/other/armed_groups", note="Ethiopian federal forces: 'other'; Fano: armed_groups."),
    U("attack", None, DebreMarkos, ["Amhara Fano National Force", "AFNF", "Fano"],
      ["its fighters had ambushed a federal convoy near Debre Markos on 3 October",
       "The government dismissed the convoy claim as fabricated",
       "A damaged bus station in Debre Markos"],
      "2025-10-03", "armed_groups/other/armed_groups", mod="denied"),
    U("killed", 63, DebreMarkos, ["Amhara Fano National Force", "AFNF", "Fano"], "killing 63 soldiers",
      "2025-10-03", "armed_groups/other/armed_groups", mod="denied"),
    U("materiel_lost", 4, DebreMarkos, ["Amhara Fano National Force", "AFNF", "Fano"],
      "seizing four trucks of ammunition", "2025-10-03", "armed_groups/other/armed_groups", mod="denied",
      note="item vehicle"),
    U("killed", 150, DebreMarkos, ["army"], "Fano had lost 150 fighters in the area in the same week", "2025-10",
      "other/armed_groups/other"),
    U("attack", None, Dembecha, ["residents", "health worker", "government spokesman"],
      ["a drone strike hit a crowded market in the town of Dembecha",
       'the strike had targeted "extremist forces" gathering in the area'],
      "2025-09-28", "other/civilian/other"),
    U("killed", 17, Dembecha, ["residents", "health worker"], "killing 17 civilians", "2025-09-28",
      "other/civilian/other"),
    U("killed", 7000, Amhara, ["ACLED", "Armed Conflict Location & Event Data"],
      "it has recorded more than 7,000 deaths in Amhara since August 2023", "2025-10-15", "other/-/-",
      scope="cumulative", basis="published"),
    U("displaced", 120000, Amhara, ["UN"], "fighting has displaced over 120,000 people in the region this year alone",
      "2025-10-15", "other/-/-", scope="cumulative", basis="published"),
    U("captured", 1200, NShewa, ["federal government", "government"],
      "its forces had captured 1,200 Fano fighters since July", "2025-10-13", "other/armed_groups/other",
      scope="cumulative"),
    U("territory", None, NShewa, ["federal government", "government"],
      'had "cleared" the militias from 14 rural districts in North Shewa', "2025-10-13",
      "other/armed_groups/other", opt=True, note="Control over a zone's districts."),
    U("abducted", None, DebreTabor, ["regional administration"],
      ["26 teachers had been kidnapped by Fano on the road near Debre Tabor",
       'a Fano spokesman dismissed the accusation as "propaganda"'],
      "2025-10-10", "other/civilian/armed_groups", mod="denied"),
    U("killed", 600000, Tigray, ["researchers at Ghent University", "Ghent University"],
      "a conflict that researchers at Ghent University estimate killed around 600,000 people", "2022",
      "other/-/-", opt=True, scope="cumulative", note="History paragraph."),
    U("territory", None, Gondar, None, "Fano fighters briefly seized parts of Gondar and Lalibela", "2023-08",
      "-/other/armed_groups", opt=True, note="History paragraph."),
    U("territory", None, Lalibela, None, "Fano fighters briefly seized parts of Gondar and Lalibela", "2023-08",
      "-/other/armed_groups", opt=True, note="History paragraph."),
])

# ---------------------------------------------------------------- ev14-17 Mozambique, NGO press release
doc(17, "https://www.dab-medical.example.org/news/mozambique-cabo-delgado-2025-10-02",
    "Mozambique: tens of thousands flee as insurgent attacks spread across Cabo Delgado", "2025-10-02", """
PRESS RELEASE

Mozambique: tens of thousands flee as insurgent attacks spread across Cabo Delgado

Pemba, 2 October 2025

A new wave of attacks by armed insurgents in Mozambique's Cabo Delgado province has driven more than 60,000 people from their homes in the past two weeks, most of them in the districts of Mocímboa da Praia and Muidumbe, according to local authorities and humanitarian organisations.

Since 20 September, the emergency team of Doctors Across Borders (DAB) in Mocímboa da Praia has treated 19 patients for gunshot and machete wounds, four of them children.

"People arrive exhausted after walking for days through the bush. Many tell us they watched relatives being killed," said Ana Loureiro, DAB's project coordinator in Cabo Delgado.

Witnesses told our staff that insurgents raided the outskirts of Macomia town on 22 September, beheading at least six men and setting houses on fire. Families also reported that children had been taken by the insurgents, who use them as fighters and porters. UNICEF said on Tuesday that at least 120 children had been abducted in Cabo Delgado since the start of the year.

In Chiúre district, further south, insurgents set fire to a health centre on 27 September, forcing our mobile clinic to suspend its work there.

Mozambique's defence ministry said last week that joint Mozambican and Rwandan forces had killed 18 insurgents and retaken the administrative post of Mbau, which the militants had held since mid-September.

The insurgency, led by a group that has pledged allegiance to Islamic State, has killed more than 6,000 people since 2017, according to the conflict monitor ACLED. In 2021, the militants overran the coastal town of Palma, next to a liquefied natural gas project worth some $20 billion, which has been on hold ever since.

DAB calls on all parties to spare civilians and health facilities, and on donors to urgently scale up support for displaced families, most of whom are sheltering with relatives who have little to share.

About DAB: Doctors Across Borders is an independent medical humanitarian organisation working in 31 countries.
Support our emergency response in Mozambique: a gift of €30 provides a week of clean water for a family. [DONATE NOW]
""", [
    U("displaced", 60000, Mocimboa, ["local authorities", "humanitarian organisations"],
      "has driven more than 60,000 people from their homes in the past two weeks", "2025-10-02",
      "other/-/armed_groups", scope="cumulative", basis="published"),
    U("wounded", 19, Mocimboa, ["Doctors Across Borders", "DAB"],
      "has treated 19 patients for gunshot and machete wounds, four of them children", "2025-10-02",
      "other/-/armed_groups", scope="cumulative", basis="published"),
    U("wounded", 4, Mocimboa, ["Doctors Across Borders", "DAB"], "four of them children", "2025-10-02",
      "other/civilian/armed_groups", scope="cumulative", basis="published"),
    U("attack", None, Macomia, ["Witnesses"], "insurgents raided the outskirts of Macomia town on 22 September",
      "2025-09-22", "other/civilian/armed_groups"),
    U("killed", 6, Macomia, ["Witnesses"], "beheading at least six men", "2025-09-22", "other/civilian/armed_groups"),
    U("abducted", None, CaboDelgado, ["UNICEF", "Families"],
      ["at least 120 children had been abducted in Cabo Delgado since the start of the year",
       "children had been taken by the insurgents"],
      "2025-09-30", "other/civilian/armed_groups", scope="cumulative", note="Province-wide count."),
    U("attack", None, Chiure, None, "insurgents set fire to a health centre on 27 September", "2025-09-27",
      "-/civilian/armed_groups", note="Place from 'In Chiúre district' in the same sentence."),
    U("killed", 18, Mbau, ["Mozambique's defence ministry", "defence ministry"],
      "joint Mozambican and Rwandan forces had killed 18 insurgents", "2025-09",
      "other/armed_groups/other"),
    U("territory", None, Mbau, ["Mozambique's defence ministry", "defence ministry"],
      ["retaken the administrative post of Mbau", "which the militants had held since mid-September"],
      "2025-09", "other/armed_groups/other", note="Coordinates approximate."),
    U("killed", 6000, CaboDelgado, ["ACLED"], "has killed more than 6,000 people since 2017", "2025-10-02",
      "other/-/armed_groups", scope="cumulative", basis="published"),
    U("territory", None, Palma, None, "In 2021, the militants overran the coastal town of Palma", "2021",
      "-/other/armed_groups", opt=True, note="History."),
])

# ---------------------------------------------------------------- ev14-18 Colombia, wire
doc(18, "https://andeswire.example.com/colombia/amalfi-helicopter-cali-truck-bomb",
    "Colombia: 13 police killed as drone downs helicopter, truck bomb hits Cali", "2025-08-22T09:15:00Z", """
BOGOTA, Aug 22 (Andes Wire) - Thirteen police officers were killed when their helicopter was brought down by a drone in the north-western department of Antioquia on Thursday, and a truck bomb exploded outside a military aviation school in the city of Cali hours later, killing six civilians and wounding more than 60, officials said.

Defence Minister Pedro Sánchez said the Black Hawk helicopter had been supporting a coca eradication operation in the rural area of Amalfi when it was attacked with explosive-laden drones. He said in a post on X that four other officers were wounded and had been flown to Medellín.

In Cali, the truck packed with explosives blew up on a busy avenue next to the Marco Fidel Suárez air base shortly before 3 p.m. Mayor Alejandro Eder said six people had died and dozens were still in hospital, and announced a temporary ban on heavy lorries in the city.

President Gustavo Petro blamed the Amalfi attack on the Gulf Clan, the country's largest drug-trafficking group, and the Cali bombing on dissidents of the former FARC rebel group who reject the 2016 peace deal. Neither group commented. Police said they had detained two people in connection with the Cali bombing, including a 17-year-old who was held by passers-by.

Violence has surged in Colombia this year. In the Catatumbo region, on the border with Venezuela, fighting between the ELN guerrillas and a FARC splinter group since January has killed at least 120 people and displaced 64,000, according to the ombudsman's office, the largest forced displacement recorded in the country in decades.

In the southern department of Guaviare, 34 soldiers were surrounded and held for four days by residents of a rural area of El Retorno before being released on Tuesday. The army described the episode as a kidnapping and said the crowd had acted on the orders of FARC dissidents.

The 2016 peace agreement with the FARC ended a five-decade conflict in which more than 450,000 people were killed, according to the country's truth commission. Petro, whose term ends next year, has pursued talks with the remaining armed groups under his "total peace" policy, with little success.
""", [
    U("killed", 13, Amalfi, ["officials", "Pedro Sánchez", "Defence Minister"],
      "Thirteen police officers were killed when their helicopter was brought down by a drone in the north-western department of Antioquia on Thursday",
      "2025-08-21", "other/other/armed_groups", note="Police: state force with no id, 'other'."),
    U("materiel_lost", 1, Amalfi, ["officials", "Pedro Sánchez", "Defence Minister"],
      "their helicopter was brought down by a drone", "2025-08-21", "other/other/armed_groups",
      note="item helicopter"),
    U("attack", None, Amalfi, ["Pedro Sánchez", "Defence Minister", "officials", "Gustavo Petro"],
      ["the Black Hawk helicopter had been supporting a coca eradication operation in the rural area of Amalfi when it was attacked with explosive-laden drones",
       "President Gustavo Petro blamed the Amalfi attack on the Gulf Clan"],
      "2025-08-21", "other/other/armed_groups"),
    U("wounded", 4, Amalfi, ["Pedro Sánchez", "Defence Minister"], "four other officers were wounded",
      "2025-08-21", "other/other/armed_groups"),
    U("attack", None, Cali, ["officials", "Alejandro Eder", "Mayor", "Gustavo Petro"],
      ["a truck bomb exploded outside a military aviation school in the city of Cali",
       "the truck packed with explosives blew up on a busy avenue next to the Marco Fidel Suárez air base",
       "the Cali bombing on dissidents of the former FARC rebel group"],
      "2025-08-21", "other/civilian/armed_groups"),
    U("killed", 6, Cali, ["officials", "Alejandro Eder", "Mayor"],
      ["killing six civilians and wounding more than 60", "six people had died"], "2025-08-21",
      "other/civilian/armed_groups"),
    U("wounded", 60, Cali, ["officials"], "killing six civilians and wounding more than 60", "2025-08-21",
      "other/civilian/armed_groups"),
    U("wounded", 12, Cali, ["Alejandro Eder", "Mayor"], "dozens were still in hospital", "2025-08-21",
      "other/civilian/armed_groups", opt=True, note="Hospitalised subset; vague 'dozens'."),
    U("captured", 2, Cali, ["Police"], "they had detained two people in connection with the Cali bombing",
      "2025-08-22", "other/-/other", opt=True, basis="published", note="Arrests by police."),
    U("killed", 120, Catatumbo, ["ombudsman's office", "ombudsman"],
      "fighting between the ELN guerrillas and a FARC splinter group since January has killed at least 120 people",
      "2025-08-22", "other/-/armed_groups", scope="cumulative", basis="published"),
    U("displaced", 64000, Catatumbo, ["ombudsman's office", "ombudsman"],
      "has killed at least 120 people and displaced 64,000", "2025-08-22", "other/-/armed_groups",
      scope="cumulative", basis="published"),
    U("abducted", None, ElRetorno, ["army"],
      ["34 soldiers were surrounded and held for four days by residents of a rural area of El Retorno",
       "The army described the episode as a kidnapping"],
      "2025-08", "other/other/armed_groups"),
    U("killed", 450000, Colombia, ["truth commission"],
      "a five-decade conflict in which more than 450,000 people were killed", "2016", "other/-/-",
      opt=True, scope="cumulative", note="History."),
])

# ---------------------------------------------------------------- ev14-19 Pakistan, ISPR press release (own voice)
doc(19, "https://ispr.example.gov.pk/press-release/2025/10/12/pr-248",
    "ISPR Press Release No PR-248/2025", "2025-10-12", """
INTER SERVICES PUBLIC RELATIONS (ISPR)
PRESS RELEASE
No PR-248/2025-ISPR
Rawalpindi - October 12, 2025

On the night of 11/12 October 2025, the Afghan Taliban and Indian-sponsored Fitna al Khawarij launched an unprovoked attack on Pakistan along the Pak-Afghan border at multiple locations, including Angoor Adda, Bajaur, Kurram and Chitral.

Exercising the right of self-defence, the alert troops of Pakistan Army decisively repulsed the attack along the entire length of the border and inflicted heavy losses in men and materiel on the Taliban forces and affiliated khwarij. Precise strikes were carried out on Taliban camps, posts and training infrastructure used to plan and facilitate terrorist attacks against Pakistan. During the exchanges, 21 hostile positions on the Afghan side of the border were physically captured and several terrorist training camps were rendered dysfunctional.

As per credible intelligence estimates and battle damage assessment, more than 200 Taliban and affiliated terrorists have been neutralised, while the number of injured is considerably higher.

During the intense exchanges of fire, 23 brave sons of soil embraced shahadat, while 29 soldiers were injured.

Pakistan's armed forces took every care to avoid collateral damage and civilian casualties. The spurious claims made by the Taliban regime's spokesperson, including the capture of 25 Pakistani posts and the killing of 58 Pakistani soldiers, are baseless and are categorically rejected.

Separately, on 10 October 2025, security forces conducted an intelligence-based operation in North Waziristan District on the reported presence of khwarij, in which 11 khwarij were sent to hell and a cache of weapons and ammunition was recovered.

Since 1 January 2025, security forces have neutralised 1,248 khwarij in operations across Khyber Pakhtunkhwa and Balochistan.

Having inflicted these losses in a single night, Pakistan warns the Taliban regime that any further aggression at Chaman or Torkham will be answered with strikes of far greater intensity. The people and armed forces of Pakistan remain fully committed to defending the territorial integrity of the country.

ISPR | Print | Share | Back to press releases
""", [
    *[U("attack", None, pl, None,
        "launched an unprovoked attack on Pakistan along the Pak-Afghan border at multiple locations, including Angoor Adda, Bajaur, Kurram and Chitral",
        "2025-10-12", "-/other/other",
        note=("One unit per place of a coordinated attack; Afghan Taliban and Pakistan army both 'other'."
              + (" Coordinates approximate." if pl is AngoorAdda else "")))
      for pl in (AngoorAdda, Bajaur, Kurram, Chitral)],
    U("attack", None, AfghanSide, None,
      "Precise strikes were carried out on Taliban camps, posts and training infrastructure", "2025-10-12",
      "-/other/other", opt=True, note="No place named."),
    U("territory", None, AfghanSide, None,
      "21 hostile positions on the Afghan side of the border were physically captured", "2025-10-12",
      "-/other/other", opt=True, note="Unnamed positions."),
    U("materiel_lost", 3, AfghanSide, None, "several terrorist training camps were rendered dysfunctional", "2025-10-12",
      "-/other/other", opt=True, note="Camps, not equipment; vague 'several'."),
    U("killed", 200, AfghanSide, None, "more than 200 Taliban and affiliated terrorists have been neutralised",
      "2025-10-12", "-/other/other"),
    U("killed", 23, PakBorder, None, "23 brave sons of soil embraced shahadat", "2025-10-12", "-/other/other"),
    U("wounded", 29, PakBorder, None, "29 soldiers were injured", "2025-10-12", "-/other/other"),
    U("killed", 58, PakBorder, ["Taliban regime's spokesperson", "Taliban"],
      ["the killing of 58 Pakistani soldiers", "are baseless and are categorically rejected"],
      "2025-10-12", "other/other/other", mod="denied"),
    U("territory", None, PakBorder, ["Taliban regime's spokesperson", "Taliban"],
      "the capture of 25 Pakistani posts", "2025-10-12", "other/other/other", mod="denied", opt=True,
      note="Unnamed posts."),
    *[U("attack", None, pl, None,
        "any further aggression at Chaman or Torkham will be answered with strikes of far greater intensity",
        "2025-10-12", "-/other/other", mod="warned", note="Threat; the crossing points are the named targets.")
      for pl in (Chaman, Torkham)],
    U("killed", 11, NWaziristan, None, "11 khwarij were sent to hell", "2025-10-10", "-/armed_groups/other"),
    U("killed", 1248, KP, None,
      "security forces have neutralised 1,248 khwarij in operations across Khyber Pakhtunkhwa and Balochistan",
      "2025-10-12", "-/armed_groups/other", scope="cumulative", basis="published"),
])

# ---------------------------------------------------------------- ev14-20 Israel-Iran, wire
doc(20, "https://meridian-news.example.net/world/middle-east/iran-missile-soroka-beersheba",
    "Iranian missile hits Beersheba hospital as Israel strikes Arak reactor", "2025-06-20T12:30:00Z", """
JERUSALEM/DUBAI, June 20 (Meridian News) - An Iranian ballistic missile slammed into the main hospital in the southern Israeli city of Beersheba on Thursday, wounding 71 people, most of them lightly, Israel's health ministry said, as the air war between the two countries entered its second week.

The strike on Soroka Medical Center wrecked part of an old surgical building that had been emptied the day before, hospital director Shlomo Cohen told reporters. Other missiles hit a high-rise in Ramat Gan and a residential block in Holon, near Tel Aviv, where rescuers pulled two people alive from the rubble.

Iran's Revolutionary Guards said in a statement carried by state media that the missiles had been aimed at an Israeli military intelligence headquarters next to the hospital and denied targeting the medical centre itself.

Israel says 24 civilians have been killed by Iranian missiles since it launched its campaign on June 13, and more than 1,270 wounded. Its military says Iran has fired around 450 ballistic missiles and roughly 1,000 drones at Israel, the vast majority of which were intercepted.

The Israeli military said its jets struck the Arak heavy water reactor and a site near Natanz overnight, as well as dozens of missile launchers in western Iran.

Iran's health ministry said on Thursday that 224 people had been killed since the start of the Israeli strikes, most of them civilians, and more than 2,500 injured. HRANA, a U.S.-based human rights group, put the toll higher, at 639 dead, including 263 civilians.

Iranian state television said air defences had shot down three Israeli drones over Isfahan and Kermanshah provinces on Thursday night. Israel's military said it had not lost any aircraft since the operation began.

In Tehran, thousands of people rallied after Friday prayers to condemn the Israeli strikes, state media showed.

The head of the U.N. nuclear watchdog warned that a strike on the Bushehr nuclear power plant could cause a major radioactive release, and urged both sides to show restraint.

Israel and Iran have fought a shadow war for decades, through proxies, assassinations and sabotage. In April and October 2024, Iran fired hundreds of missiles and drones at Israel in direct attacks for the first time.
""", [
    U("attack", None, Beersheba, ["Israel's health ministry", "health ministry", "Shlomo Cohen", "Revolutionary Guards"],
      ["An Iranian ballistic missile slammed into the main hospital in the southern Israeli city of Beersheba on Thursday",
       "The strike on Soroka Medical Center wrecked part of an old surgical building",
       "the missiles had been aimed at an Israeli military intelligence headquarters next to the hospital"],
      "2025-06-19", "israel/civilian/other", note="Iran: no party id, 'other'. IRGC disputes the target, not the strike."),
    U("wounded", 71, Beersheba, ["Israel's health ministry", "health ministry"], "wounding 71 people, most of them lightly",
      "2025-06-19", "israel/-/other"),
    U("attack", None, RamatGan, None, "Other missiles hit a high-rise in Ramat Gan and a residential block in Holon",
      "2025-06-19", "-/civilian/other", note="Holon lies 8 km from Ramat Gan in the same clause: one unit."),
    U("affected", 2, RamatGan, None, "rescuers pulled two people alive from the rubble", "2025-06-19",
      "-/civilian/other", opt=True, note="Trapped and rescued."),
    U("killed", 24, IsraelP, ["Israel"], "Israel says 24 civilians have been killed by Iranian missiles since it launched its campaign on June 13",
      "2025-06-20", "israel/civilian/other", scope="cumulative", basis="published"),
    U("wounded", 1270, IsraelP, ["Israel"], "and more than 1,270 wounded", "2025-06-20", "israel/civilian/other",
      scope="cumulative", basis="published"),
    U("attack", None, Arak, ["Israeli military"], "its jets struck the Arak heavy water reactor", "2025-06-20",
      "israel/other/israel", note="Overnight in a Friday story: the published day."),
    U("attack", None, Natanz, ["Israeli military"], "and a site near Natanz overnight", "2025-06-20",
      "israel/other/israel"),
    U("attack", None, WIran, ["Israeli military"], "as well as dozens of missile launchers in western Iran",
      "2025-06-20", "israel/other/israel", opt=True, note="Targets across a region."),
    U("killed", 224, Iran, ["Iran's health ministry", "health ministry"],
      "224 people had been killed since the start of the Israeli strikes, most of them civilians", "2025-06-19",
      "other/-/israel", scope="cumulative"),
    U("wounded", 2500, Iran, ["Iran's health ministry", "health ministry"], "and more than 2,500 injured", "2025-06-19",
      "other/-/israel", scope="cumulative"),
    U("killed", 639, Iran, ["HRANA"], "put the toll higher, at 639 dead, including 263 civilians", "2025-06-20",
      "other/-/israel", scope="cumulative", basis="published"),
    U("killed", 263, Iran, ["HRANA"], "including 263 civilians", "2025-06-20", "other/civilian/israel",
      scope="cumulative", basis="published"),
    U("materiel_lost", 3, Isfahan, ["Iranian state television", "state television"],
      ["air defences had shot down three Israeli drones over Isfahan and Kermanshah provinces on Thursday night",
       "Israel's military said it had not lost any aircraft since the operation began"],
      "2025-06-19", "other/israel/other", mod="denied", note="item drone; Israel says it lost no aircraft."),
    U("protest", None, Tehran, ["state media"],
      "thousands of people rallied after Friday prayers to condemn the Israeli strikes", "2025-06-20", "other/-/-"),
    U("attack", None, IsraelP, None, "Iran fired hundreds of missiles and drones at Israel in direct attacks for the first time",
      "2024", "-/israel/other", opt=True, note="Background."),
    U("attack", None, Bushehr, ["head of the U.N. nuclear watchdog"],
      "a strike on the Bushehr nuclear power plant could cause a major radioactive release", "2025-06-20",
      "other/other/israel", mod="warned", opt=True, note="Hypothetical."),
])
