from lib import pl, U

DOCS = []

# ---------------------------------------------------------------- ev19-11 Syria
D = "2026-01-09"
ALE = pl("Aleppo", 36.20124, 37.16117, aliases=["Sheikh Maqsoud", "Halab"])
ASH = pl("Ashrafieh", 36.2266, 37.1531, approx=True, aliases=["Ashrafiyeh", "Aleppo"])
WAL = pl("Walgha", 32.79, 36.55, approx=True, aliases=["al-Walgha"])
BJ = pl("Beit Jinn", 33.3119, 35.8836, approx=True)
DEZ = pl("Deir ez-Zor", 35.33588, 40.14084, aliases=["Deir al-Zor", "Deir Ezzor"])
DOCS.append(dict(
    id="ev19-11", conflict="Syria", form="local outlet (Aleppo clashes with a denial, Sweida, Israeli raid, IS attack)",
    url="https://syriaobserverdaily.example.com/en/aleppo-clashes-nine-killed", published=D,
    title="Aleppo clashes: nine killed as government forces and SDF trade fire",
    text="""Syria Observer Daily
Aleppo clashes: nine killed as government forces and SDF trade fire
9 January 2026 | Aleppo | Share on WhatsApp | Share on X
Nine civilians were killed and 46 others injured when shells fired by the Syrian Democratic Forces (SDF) landed on government-held neighbourhoods of Aleppo, the Syrian health ministry said on Thursday night.
The Kurdish-led SDF denied shelling civilian areas. In a statement, it said drones and artillery of "government-affiliated factions" had hit the Sheikh Maqsoud district, killing four residents.
Government forces said on Friday they had taken control of the Ashrafieh neighbourhood after two days of street fighting.
The Aleppo governorate said about 16,000 people had fled Sheikh Maqsoud and Ashrafieh since Wednesday, many of them to Afrin and Tal Rifaat.
In the southern province of Sweida, three members of the Druze-led National Guard were killed by a drone strike near the village of Walgha, according to the local news network Suwayda 24.
State news agency SANA said an Israeli force had entered Beit Jinn in the countryside of Damascus overnight and detained three young men.
Separately, the interior ministry said an Islamic State cell had killed two soldiers at a checkpoint on the outskirts of Deir ez-Zor.
Cookie settings | Privacy policy
Join our newsletter for a weekly digest of news from across Syria"""
))
u = [
    U("killed", 9, ALE, ["Syrian health ministry", "health ministry"], ["Nine civilians were killed and 46 others injured", "nine killed as government forces and SDF trade fire"], ("other", "civilian", "other"), "2026-01-08"),
    U("wounded", 46, ALE, ["Syrian health ministry", "health ministry"], "Nine civilians were killed and 46 others injured", ("other", "civilian", "other"), "2026-01-08"),
    U("attack", None, ALE, ["Syrian health ministry", "health ministry", "SDF", "Syrian Democratic Forces"],
      ["shells fired by the Syrian Democratic Forces (SDF) landed on government-held neighbourhoods of Aleppo", "The Kurdish-led SDF denied shelling civilian areas", "had hit the Sheikh Maqsoud district"],
      ("other", "civilian", "other"), "2026-01-08", mod="denied",
      note="ministry claim denied by the SDF; the SDF's counter-claim (Sheikh Maqsoud, a district of Aleppo) is evidence of the same unit"),
    U("killed", 4, ALE, ["SDF", "Syrian Democratic Forces"], "killing four residents", ("other", "civilian", "other"), "2026-01-08", basis="text"),
    U("territory", None, ASH, ["Government forces"], "they had taken control of the Ashrafieh neighbourhood", ("other", "other", "other"), D, note="district of Aleppo (approx.)"),
    U("displaced", 16000, ALE, ["Aleppo governorate"], "about 16,000 people had fled Sheikh Maqsoud and Ashrafieh since Wednesday", ("other", "civilian", None), "2026-01-07", scope="cumulative"),
    U("killed", 3, WAL, ["Suwayda 24"], "three members of the Druze-led National Guard were killed by a drone strike near the village of Walgha", ("other", "armed_groups", None), D, basis="published"),
    U("attack", None, WAL, ["Suwayda 24"], "a drone strike near the village of Walgha", ("other", "armed_groups", None), D, basis="published"),
    U("captured", 3, BJ, ["SANA", "State news agency SANA"], "an Israeli force had entered Beit Jinn in the countryside of Damascus overnight and detained three young men", ("other", "civilian", "israel"), D),
    U("killed", 2, DEZ, ["interior ministry"], "an Islamic State cell had killed two soldiers at a checkpoint on the outskirts of Deir ez-Zor", ("other", "other", "armed_groups"), D, basis="published"),
    U("attack", None, DEZ, ["interior ministry"], "an Islamic State cell had killed two soldiers at a checkpoint on the outskirts of Deir ez-Zor", ("other", "other", "armed_groups"), D, basis="published"),
]
DOCS[-1]["units"] = u

# ---------------------------------------------------------------- ev19-12 Myanmar
D = "2025-12-20"
TAB = pl("Tabayin", 22.69, 95.32, approx=True, aliases=["Tabayin Township", "Dipeyin"])
KPH = pl("Kyaukphyu", 19.429, 93.549, approx=True)
MOG = pl("Mogok", 22.91766, 96.50982)
YEU = pl("Ye-U", 22.763, 95.428, approx=True, aliases=["Ye-U Township"])
MMR = pl("Myanmar", 19.75, 96.1, region=True, r=600, aliases=["Burma"])
DOCS.append(dict(
    id="ev19-12", conflict="Myanmar", form="exile-media local outlet (airstrike, junta denial, Arakan Army claim, state media)",
    url="https://irrawaddyvoice.example.org/news/tabayin-monastery-airstrike", published=D,
    title="Junta airstrike on Sagaing monastery kills 18 days before election",
    text="""Irrawaddy Voice | Burma | 20 December 2025
Junta airstrike on Sagaing monastery kills 18 days before election
A junta jet bombed a monastery sheltering displaced villagers in Tabayin Township, Sagaing Region, on Friday afternoon, killing 18 people, six of them children, and wounding about 30, a local resistance group and residents said.
The monastery had been housing roughly 200 people who fled earlier fighting, according to a member of the township's People's Defence Force who helped carry the wounded.
In a statement read on state television, the regime's information team said its forces had conducted "area clearance operations" against "terrorist" targets and denied striking any religious building.
In Rakhine State, the Arakan Army said it had overrun a junta battalion base on the outskirts of Kyaukphyu, killing 27 soldiers and capturing 11, including a major.
In Kachin State, the Kachin Independence Army said junta artillery shells had landed in a camp for displaced people on the edge of Bhamo, killing four residents.
State media reported that troops had entered Mogok after the Ta'ang National Liberation Army withdrew from the ruby-mining town under a China-brokered truce.
Residents of Ye-U Township told Irrawaddy Voice that members of the junta-backed Pyu Saw Htee militia had abducted seven villagers, including a village teacher, on Wednesday.
The UN refugee agency estimates that 3.6 million people are internally displaced across Myanmar.
Support independent journalism. Become a member today.
Photo caption: Villagers search through the ruins of the monastery in Tabayin Township on Friday. (Photo: Supplied)
Photo caption: Villagers search through the ruins of the monastery in Tabayin Township on Friday. (Photo: Supplied)"""
))
RES = ["local resistance group", "residents", "People's Defence Force"]
u = [
    U("killed", 18, TAB, RES, ["killing 18 people, six of them children", "Junta airstrike on Sagaing monastery kills 18 days before election"], ("resistance", "civilian", "myanmar_junta"), "2025-12-19"),
    U("killed", 6, TAB, RES, "killing 18 people, six of them children", ("resistance", "civilian", "myanmar_junta"), "2025-12-19"),
    U("wounded", 30, TAB, RES, "wounding about 30", ("resistance", "civilian", "myanmar_junta"), "2025-12-19"),
    U("attack", None, TAB, RES, ["A junta jet bombed a monastery sheltering displaced villagers in Tabayin Township", "denied striking any religious building"],
      ("resistance", "civilian", "myanmar_junta"), "2025-12-19", mod="denied", note="junta denies striking religious buildings"),
    U("affected", 200, TAB, ["People's Defence Force", "a member of the township's People's Defence Force"], "The monastery had been housing roughly 200 people", ("resistance", "civilian", "myanmar_junta"), "2025-12-19"),
    U("territory", None, KPH, ["Arakan Army"], "the Arakan Army said it had overrun a junta battalion base on the outskirts of Kyaukphyu", ("resistance", "myanmar_junta", "resistance"), D, basis="published"),
    U("killed", 27, KPH, ["Arakan Army"], "killing 27 soldiers and capturing 11, including a major", ("resistance", "myanmar_junta", "resistance"), D, basis="published"),
    U("captured", 11, KPH, ["Arakan Army"], "killing 27 soldiers and capturing 11, including a major", ("resistance", "myanmar_junta", "resistance"), D, basis="published"),
    U("killed", 4, pl("Bhamo", 24.26667, 97.23333), ["Kachin Independence Army", "KIA"], "junta artillery shells had landed in a camp for displaced people on the edge of Bhamo, killing four residents", ("resistance", "civilian", "myanmar_junta"), D, basis="published"),
    U("attack", None, pl("Bhamo", 24.26667, 97.23333), ["Kachin Independence Army", "KIA"], "junta artillery shells had landed in a camp for displaced people on the edge of Bhamo", ("resistance", "civilian", "myanmar_junta"), D, basis="published"),
    U("territory", None, MOG, ["State media"], "troops had entered Mogok after the Ta'ang National Liberation Army withdrew", ("myanmar_junta", "resistance", "myanmar_junta"), D, basis="published"),
    U("abducted", 7, YEU, ["Residents of Ye-U Township", "residents"], "members of the junta-backed Pyu Saw Htee militia had abducted seven villagers", ("resistance", "civilian", "myanmar_junta"), "2025-12-17"),
    U("displaced", 3600000, MMR, ["UN refugee agency", "UNHCR"], "3.6 million people are internally displaced across Myanmar", ("other", "civilian", None), D, basis="published", scope="cumulative"),
]
DOCS[-1]["units"] = u

# ---------------------------------------------------------------- ev19-13 DR Congo
D = "2025-11-20"
MAN = pl("Manguredjipa", 0.352, 28.789, approx=True)
MWE = pl("Mwenga", -3.0383, 28.4325, approx=True)
MIN = pl("Minembwe", -3.6, 28.7, approx=True)
SK = pl("South Kivu", -3.0, 28.3, region=True, r=200, aliases=["Fizi", "Mwenga", "South Kivu province"])
NKI = pl("North Kivu", 0.0, 29.0, region=True, r=250, aliases=["North Kivu and Ituri", "Ituri"])
DOCS.append(dict(
    id="ev19-13", conflict="DR Congo", form="wire copy with dateline (ADF massacre with two tolls, M23 claim and denial)",
    url="https://wirestream.example.com/world/africa/congo-adf-lubero-2025-11-20", published=D,
    title="Suspected ADF rebels kill at least 27 in eastern Congo village, army says",
    text="""BENI, Democratic Republic of Congo, Nov 20 (Wirestream) - Suspected Allied Democratic Forces (ADF) rebels killed at least 27 civilians in a night attack on the village of Manguredjipa in North Kivu's Lubero territory, an army spokesman said on Thursday.
The attackers used machetes and guns and torched dozens of homes, Lieutenant Marc Kasereka said. A local civil society leader, Josue Paluku, put the death toll at 34 and said 12 people, most of them women, had been taken into the forest by the attackers.
In South Kivu, the AFC/M23 rebel alliance said its fighters had taken control of the town of Mwenga after clashes with government troops and allied Wazalendo militias. Congolese army spokesman Sylvain Ekenge's office dismissed the claim as "propaganda", saying loyalist forces still held the town.
Congolese army drones struck rebel positions near Minembwe on Tuesday, killing five M23 fighters, two local sources told Wirestream.
In Ituri province, CODECO militiamen killed eight people at an artisanal gold mine near Mongbwalu on Monday, a territorial administrator said.
The UN humanitarian office said more than 91,000 people had fled fighting in South Kivu's Fizi and Mwenga territories over the past two weeks.
ADF attacks have killed more than 1,000 civilians in North Kivu and Ituri since January, according to UN figures.
(Reporting by Amani Kahindo in Beni and Justin Makangara in Goma; Writing by Clara Osei; Editing by Gareth Jones)"""
))
u = [
    U("killed", 27, MAN, ["Marc Kasereka", "army spokesman", "army"], "killed at least 27 civilians in a night attack on the village of Manguredjipa", ("other", "civilian", "armed_groups"), D, basis="published"),
    U("killed", 34, MAN, ["Josue Paluku", "civil society leader"], "put the death toll at 34", ("other", "civilian", "armed_groups"), D, basis="published"),
    U("abducted", 12, MAN, ["Josue Paluku", "civil society leader"], "12 people, most of them women, had been taken into the forest by the attackers", ("other", "civilian", "armed_groups"), D, basis="published"),
    U("attack", None, MAN, ["Marc Kasereka", "army spokesman", "army"], "a night attack on the village of Manguredjipa", ("other", "civilian", "armed_groups"), D, basis="published"),
    U("territory", None, MWE, ["AFC/M23", "M23"], ["the AFC/M23 rebel alliance said its fighters had taken control of the town of Mwenga", "dismissed the claim as \"propaganda\""],
      ("m23", "drc_army", "m23"), D, basis="published", mod="denied"),
    U("killed", 5, MIN, ["two local sources", "local sources"], "killing five M23 fighters", ("other", "m23", "drc_army"), "2025-11-18"),
    U("attack", None, MIN, ["two local sources", "local sources"], "Congolese army drones struck rebel positions near Minembwe on Tuesday", ("other", "m23", "drc_army"), "2025-11-18"),
    U("killed", 8, pl("Mongbwalu", 1.95, 30.03333, approx=True), ["territorial administrator"], "CODECO militiamen killed eight people at an artisanal gold mine near Mongbwalu on Monday", ("other", "civilian", "armed_groups"), "2025-11-17"),
    U("attack", None, pl("Mongbwalu", 1.95, 30.03333, approx=True), ["territorial administrator"], "CODECO militiamen killed eight people at an artisanal gold mine near Mongbwalu on Monday", ("other", "civilian", "armed_groups"), "2025-11-17"),
    U("displaced", 91000, SK, ["UN humanitarian office", "OCHA"], "more than 91,000 people had fled fighting in South Kivu's Fizi and Mwenga territories", ("other", "civilian", None), D, basis="published", scope="cumulative"),
    U("killed", 1000, NKI, ["UN figures", "UN"], "ADF attacks have killed more than 1,000 civilians in North Kivu and Ituri since January", ("other", "civilian", "armed_groups"), "2025", prec="year", scope="cumulative"),
]
DOCS[-1]["units"] = u

# ---------------------------------------------------------------- ev19-14 Sahel
D = "2025-10-25"
DJI = pl("Djibo", 14.10119, -1.62793)
KATI = pl("Kati", 12.74409, -8.07257)
TIL = pl("Tillaberi region", 14.5, 1.5, region=True, r=200, aliases=["Tillabéri", "Tillaberi"])
NIO = pl("Nioro du Sahel", 15.2304, -9.5895, aliases=["Nioro"])
DOCS.append(dict(
    id="ev19-14", conflict="Sahel (Burkina Faso, Mali, Niger)", form="local outlet relaying a translated army communiqué, a JNIM claim and regional briefs",
    url="https://sahelhebdo.example.bf/securite/djibo-communique-etat-major", published=D,
    title="Djibo: army says more than 60 terrorists neutralised, JNIM claims dozens of soldiers killed",
    text="""Sahel Hebdo — Security
Djibo: army says more than 60 terrorists neutralised, JNIM claims dozens of soldiers killed
Published 25/10/2025 | Reading time 3 min
In a communiqué dated 23 October, the General Staff of the Armies reported that units engaged in the Djibo operational zone "neutralised more than 60 terrorists" while repelling a complex attack on the Djibo detachment on Wednesday 22 October. "Seven soldiers and two VDP fell with their weapons in hand," the communiqué reads. The army said it had also recovered 26 motorcycles used by the assailants. (Translation by our newsroom.)
In a message distributed by its al-Zallaqa media arm, the Group for the Support of Islam and Muslims (JNIM) claimed responsibility for the attack, saying its fighters had killed "dozens" of soldiers and volunteers and seized weapons and four vehicles.
MALI — JNIM fighters attacked a convoy of fuel tankers on the Kati road on Thursday, setting fire to about 40 tankers, transporters told our correspondent. The Malian armed forces (FAMa) said their aircraft later struck the assailants, neutralising around 15 terrorists.
Gunmen abducted four truck drivers near Nioro du Sahel, a transport union official said.
NIGER — Eleven civilians were killed when suspected Islamic State Sahel Province fighters raided a village in the Tillaberi region on Monday, local sources said.
Read also: Fuel shortages: 300 stations closed in Bamako
Share: Facebook | WhatsApp | Print"""
))
BFA = ("other", "armed_groups", "other")
u = [
    U("killed", 60, DJI, ["General Staff of the Armies", "army", "communiqué"], ["\"neutralised more than 60 terrorists\"", "army says more than 60 terrorists neutralised"], BFA, "2025-10-22"),
    U("killed", 7, DJI, ["General Staff of the Armies", "army", "communiqué"], "Seven soldiers and two VDP fell with their weapons in hand", ("other", "other", "armed_groups"), "2025-10-22"),
    U("killed", 2, DJI, ["General Staff of the Armies", "army", "communiqué"], "Seven soldiers and two VDP fell with their weapons in hand", ("other", "other", "armed_groups"), "2025-10-22"),
    U("killed", 9, DJI, ["General Staff of the Armies", "army"], "Seven soldiers and two VDP fell with their weapons in hand", ("other", "other", "armed_groups"), "2025-10-22", opt=True, note="implicit sum 7+2"),
    U("attack", None, DJI, ["General Staff of the Armies", "army", "JNIM"], ["repelling a complex attack on the Djibo detachment on Wednesday 22 October", "claimed responsibility for the attack"], ("other", "other", "armed_groups"), "2025-10-22"),
    U("materiel_lost", 26, DJI, ["General Staff of the Armies", "army"], "recovered 26 motorcycles used by the assailants", BFA, "2025-10-22", note="captured vehicles"),
    U("killed", 12, DJI, ["JNIM", "Group for the Support of Islam and Muslims", "al-Zallaqa"], ["its fighters had killed \"dozens\" of soldiers and volunteers", "JNIM claims dozens of soldiers killed"], ("armed_groups", "other", "armed_groups"), "2025-10-22",
      note="'dozens' -> 12"),
    U("materiel_lost", 4, DJI, ["JNIM", "Group for the Support of Islam and Muslims", "al-Zallaqa"], "seized weapons and four vehicles", ("armed_groups", "other", "armed_groups"), "2025-10-22"),
    U("materiel_lost", 40, KATI, ["transporters"], "setting fire to about 40 tankers", ("other", "other", "armed_groups"), "2025-10-23", note="fuel tankers in a convoy"),
    U("attack", None, KATI, ["transporters"], "JNIM fighters attacked a convoy of fuel tankers on the Kati road on Thursday", ("other", "other", "armed_groups"), "2025-10-23"),
    U("killed", 15, KATI, ["Malian armed forces", "FAMa"], "neutralising around 15 terrorists", ("other", "armed_groups", "other"), "2025-10-23"),
    U("abducted", 4, NIO, ["transport union official"], "Gunmen abducted four truck drivers near Nioro du Sahel", ("other", "civilian", None), D, basis="published"),
    U("killed", 11, TIL, ["local sources"], "Eleven civilians were killed when suspected Islamic State Sahel Province fighters raided a village in the Tillaberi region", ("other", "civilian", "armed_groups"), "2025-10-20"),
    U("attack", None, TIL, ["local sources"], "raided a village in the Tillaberi region on Monday", ("other", "civilian", "armed_groups"), "2025-10-20", opt=True, note="ground raid on an unnamed village"),
]
DOCS[-1]["units"] = u
