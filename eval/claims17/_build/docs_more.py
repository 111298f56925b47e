from common import DOC, PL, U

# ================================================================ ev17-13 Nigeria wire
MAGA = PL("Maga", 11.30, 5.30, aliases=["Maga, Kebbi", "Danko-Wasagu"])
DAMBOA = PL("Damboa", 11.15534, 12.75638, "Damboa")
TSAFE = PL("Tsafe", 11.95775, 6.92083, "Tsafe")
ZURU = PL("Zuru", 11.43522, 5.23494, "Zuru")
NENIGERIA = PL("north-east Nigeria", 11.8, 13.1, aliases=["northeast Nigeria", "Borno", "Nigeria"], region=True, radius=300)
ZAMFARA = PL("Zamfara", 12.1, 6.2, aliases=["Zamfara state"], region=True, radius=150)
T13 = """Gunmen abduct 38 students from Nigerian boarding school; jihadists claim base attack in Borno
By Ahmed Kingimi and Camillus Eboh
ABUJA, Nov 24 (Reuters) - Gunmen stormed a government girls' secondary school in Maga, in Nigeria's northwestern Kebbi state, in the early hours of Monday and kidnapped at least 38 students, police said, the latest in a string of mass abductions in the region.
A member of staff was shot dead and another wounded as the attackers, armed with AK-47 rifles, broke through the school's perimeter fence, Kebbi police spokesman Nafiu Abubakar Kotarkoko said in a statement.
Kebbi Governor Nasir Idris said security agencies had received intelligence that bandits planned to attack schools in Zuru, and ordered all boarding schools in the area closed.
In the northeastern state of Borno, Islamic State West Africa Province (ISWAP) said in a statement on its Telegram channels that it had killed 17 soldiers and taken over a military base in Damboa on Saturday.
Army spokesman Lieutenant Colonel Sani Uba denied that the base had been overrun. Troops "repelled the attack and neutralised scores of terrorists", he said, adding that two soldiers were killed.
In neighbouring Zamfara state, bandits killed nine villagers in an attack on a settlement near Tsafe late on Sunday, residents told Reuters. Amnesty International says at least 412 people have been killed in bandit attacks in Zamfara since January.
More than 2.3 million people remain displaced by the 16-year Islamist insurgency in the northeast, according to the National Emergency Management Agency.
(Additional reporting by Garba Muhammad in Kaduna; Writing by Chijioke Ohuocha; Editing by Alison Williams)
Our Standards: The Thomson Reuters Trust Principles.
"""
M = ("2025-11-24", "day", "text")
POL = ["Nafiu Abubakar Kotarkoko", "Kotarkoko", "Kebbi police", "police"]
DOC("ev17-13", "https://www.reuters.com/world/africa/gunmen-abduct-students-nigerian-boarding-school-kebbi-2025-11-24/",
    "Gunmen abduct 38 students from Nigerian boarding school; jihadists claim base attack in Borno", "2025-11-24T14:05:00Z", T13, [
    U("abducted", 38, MAGA, POL, ["Gunmen abduct 38 students from Nigerian boarding school", "kidnapped at least 38 students"],
      ("other", "civilian", "armed_groups"), M, mod="claimed", note="Maga coordinates approximate"),
    U("attack", None, MAGA, POL, "Gunmen stormed a government girls' secondary school in Maga", ("other", "civilian", "armed_groups"), M, mod="claimed",
      opt=True, note="armed raid on a school; attack category debatable"),
    U("killed", 1, MAGA, POL, "A member of staff was shot dead and another wounded", ("other", "civilian", "armed_groups"), M, mod="claimed"),
    U("wounded", 1, MAGA, POL, "A member of staff was shot dead and another wounded", ("other", "civilian", "armed_groups"), M, mod="claimed"),
    U("attack", None, ZURU, ["Nasir Idris", "Kebbi Governor", "security agencies"], "bandits planned to attack schools in Zuru",
      ("other", "civilian", "armed_groups"), None, mod="warned"),
    U("killed", 17, DAMBOA, ["ISWAP", "Islamic State West Africa Province"], "it had killed 17 soldiers and taken over a military base in Damboa on Saturday",
      ("armed_groups", "other", "armed_groups"), ("2025-11-22", "day", "text"), mod="claimed"),
    U("territory", None, DAMBOA, ["ISWAP", "Islamic State West Africa Province"], ["jihadists claim base attack in Borno",
      "taken over a military base in Damboa on Saturday", "denied that the base had been overrun"],
      ("armed_groups", "other", "armed_groups"), ("2025-11-22", "day", "text"), mod="denied", note="Army denial (Sani Uba)."),
    U("killed", 20, DAMBOA, ["Sani Uba", "Army spokesman"], "neutralised scores of terrorists", ("other", "armed_groups", "other"),
      ("2025-11-22", "day", "text"), mod="claimed", opt=True, note="vague 'scores'"),
    U("killed", 2, DAMBOA, ["Sani Uba", "Army spokesman"], "adding that two soldiers were killed", ("other", "other", "armed_groups"),
      ("2025-11-22", "day", "text"), mod="claimed"),
    U("attack", None, TSAFE, ["residents"], "bandits killed nine villagers in an attack on a settlement near Tsafe late on Sunday",
      ("other", "civilian", "armed_groups"), ("2025-11-23", "day", "text"), mod="claimed"),
    U("killed", 9, TSAFE, ["residents"], "bandits killed nine villagers in an attack on a settlement near Tsafe late on Sunday",
      ("other", "civilian", "armed_groups"), ("2025-11-23", "day", "text"), mod="claimed"),
    U("killed", 412, ZAMFARA, ["Amnesty International"], "at least 412 people have been killed in bandit attacks in Zamfara since January",
      ("other", None, "armed_groups"), ("2025-11-24", "day", "published"), scope="cumulative", mod="claimed"),
    U("displaced", 2300000, NENIGERIA, ["National Emergency Management Agency", "NEMA"], "More than 2.3 million people remain displaced by the 16-year Islamist insurgency",
      ("other", "civilian", "armed_groups"), ("2025-11-24", "day", "published"), scope="cumulative", mod="claimed"),
], "Nigeria", "wire copy (Reuters)")

# ================================================================ ev17-14 Burkina Faso army statement (translated)
DJIBO = PL("Djibo", 14.09864, -1.62665, "Djibo")
BURKINA = PL("Burkina Faso", 12.3, -1.6, region=True, radius=350)
T14 = """Burkina24 | Actualité | Sécurité
Djibo: the army says more than a hundred terrorists neutralised, JNIM claims the opposite
10 February 2026 | Reading time: 4 min
The Army General Staff on Monday evening published a communiqué on the attack against the Djibo detachment. We reproduce it below in English translation, followed by other accounts.
COMMUNIQUÉ (translated from French)
"On Sunday 8 February 2026, at around 6 a.m., armed terrorist groups in large numbers attacked the military detachment of Djibo and the positions of the Volunteers for the Defence of the Homeland (VDP).
Thanks to the vigorous response of the units on the ground, supported by air assets, more than a hundred terrorists were neutralised. A large quantity of war material was recovered, including 37 motorcycles, two pick-ups and several weapons.
Unfortunately, we deplore the loss of six VDP who fell with arms in hand.
The detachment remains fully under control and the clean-up operations are continuing."
The jihadist group JNIM, linked to al-Qaeda, gave a very different version. In a claim relayed by its media arm az-Zallaqa, the group said it had "taken control" of the military camp in Djibo and killed dozens of soldiers and militiamen.
Residents reached by telephone in Ouagadougou said that the attackers stayed in the town for several hours and set fire to the market. One of them said that at least 40 civilians had died, "most of them in the market area".
Djibo, in the north of the country, has been under a jihadist blockade since 2022. Around 300,000 people, most of them displaced, are living in the besieged town, according to humanitarian workers.
The last official figures, published in March 2023, counted 2,062,534 internally displaced people in Burkina Faso. The authorities have not updated them since.
Read also:  Sahel: the AES unified force holds its first manoeuvres
Comments (12)  |  Share on Facebook  |  WhatsApp
"""
BF = ("2026-02-08", "day", "text")
ARMY = ["Army General Staff", "the army", "Burkina army"]
DOC("ev17-14", "https://www.burkina24.com/2026/02/10/djibo-larmee-annonce-plus-dune-centaine-de-terroristes-neutralises/",
    "Djibo: the army says more than a hundred terrorists neutralised, JNIM claims the opposite", "2026-02-10", T14, [
    U("attack", None, DJIBO, ARMY, ["armed terrorist groups in large numbers attacked the military detachment of Djibo",
      "the attack against the Djibo detachment"], ("other", "other", "armed_groups"), BF, mod="claimed"),
    U("killed", 100, DJIBO, ARMY, ["the army says more than a hundred terrorists neutralised", "more than a hundred terrorists were neutralised"],
      ("other", "armed_groups", "other"), BF, mod="claimed"),
    U("materiel_lost", 37, DJIBO, ARMY, "including 37 motorcycles, two pick-ups and several weapons", ("other", "armed_groups", "other"), BF,
      mod="claimed", note="captured equipment, item vehicle"),
    U("materiel_lost", 2, DJIBO, ARMY, "including 37 motorcycles, two pick-ups and several weapons", ("other", "armed_groups", "other"), BF,
      mod="claimed", note="item vehicle"),
    U("materiel_lost", 3, DJIBO, ARMY, "including 37 motorcycles, two pick-ups and several weapons", ("other", "armed_groups", "other"), BF,
      mod="claimed", opt=True, note="'several weapons' -> 3, item other"),
    U("killed", 6, DJIBO, ARMY, "we deplore the loss of six VDP who fell with arms in hand", ("other", "other", "armed_groups"), BF, mod="claimed"),
    U("territory", None, DJIBO, ["JNIM", "az-Zallaqa"], ["JNIM claims the opposite", "had \"taken control\" of the military camp in Djibo",
      "The detachment remains fully under control"], ("armed_groups", "other", "armed_groups"), BF, mod="denied",
      note="JNIM claim; the army statement denies it."),
    U("killed", 12, DJIBO, ["JNIM", "az-Zallaqa"], "killed dozens of soldiers and militiamen", ("armed_groups", "other", "armed_groups"), BF,
      mod="claimed", note="vague 'dozens' -> 12"),
    U("killed", 40, DJIBO, ["Residents", "One of them"], "at least 40 civilians had died", ("other", "civilian", "armed_groups"), BF, mod="claimed"),
    U("affected", 300000, DJIBO, ["humanitarian workers"], "Around 300,000 people, most of them displaced, are living in the besieged town",
      ("other", "civilian", "armed_groups"), ("2026-02-10", "day", "published"), scope="cumulative", mod="claimed"),
    U("displaced", 2062534, BURKINA, None, "counted 2,062,534 internally displaced people in Burkina Faso",
      (None, "civilian", "armed_groups"), ("2023-03", "month", "text"), scope="cumulative"),
], "Sahel (Burkina Faso)", "local outlet with translated army communique")

# ================================================================ ev17-15 Mali wire
DIEMA = PL("Diéma", 14.54, -9.1921, "Diema", ["Diema"])
KENIEBA = PL("Kéniéba", 12.84, -11.24, aliases=["Kenieba"])
BAMAKO = PL("Bamako", 12.60915, -7.97522, "Bamako")
TINZA = PL("Tinzaouaten", 19.95, 2.98, aliases=["Tin Zaouaten", "Tinzawaten"])
MALI = PL("Mali", 17.0, -4.0, region=True, radius=700)
T15 = """Mali: jihadists torch 40 fuel tankers in ambush on Dakar-Bamako road
BAMAKO, 18 November 2025 (AFP) - Jihadists from the al-Qaeda-linked JNIM group ambushed a convoy of fuel tankers near Diéma in western Mali on Sunday, setting some 40 trucks ablaze, security sources and drivers said, as the group tightens its blockade on the capital.
The army said in a statement read on state television that it had "neutralised" 21 assailants and lost four soldiers in the fighting.
JNIM, in a message published by its propaganda outlet, said it had captured eight soldiers and two drivers. The army denied that any of its men had been taken prisoner.
Since the blockade began in early September, JNIM has destroyed more than 130 fuel tankers, according to a tally by security sources.
"Any driver who heads for Bamako is a target," a JNIM spokesman warned in an audio message, calling on transport companies to stop supplying the capital.
Separately, gunmen abducted two Chinese workers from a gold mine near Kéniéba on Saturday, a local official told AFP. No group has claimed the kidnapping.
In the far north, the separatist Azawad Liberation Front (FLA) accused the army and its Russian allies of the Africa Corps of killing seven civilians in a drone strike on a wedding in Tinzaouaten. The army did not respond to requests for comment.
bur-sd/cld/dl
"""
ML = ("2025-11-16", "day", "text")
SEC = ["security sources", "drivers"]
MARMY = ["the army", "Malian army"]
DOC("ev17-15", "https://www.barrons.com/news/mali-jihadists-torch-40-fuel-tankers-in-ambush-on-dakar-bamako-road-2025-11-18",
    "Mali: jihadists torch 40 fuel tankers in ambush on Dakar-Bamako road", "2025-11-18T12:30:00Z", T15, [
    U("attack", None, DIEMA, SEC, ["jihadists torch 40 fuel tankers in ambush on Dakar-Bamako road",
      "ambushed a convoy of fuel tankers near Diéma in western Mali on Sunday"], ("other", "other", "armed_groups"), ML, mod="claimed"),
    U("materiel_lost", 40, DIEMA, SEC, ["jihadists torch 40 fuel tankers in ambush", "setting some 40 trucks ablaze"],
      ("other", "other", "armed_groups"), ML, mod="claimed", note="item fuel_tank"),
    U("killed", 21, DIEMA, MARMY, "it had \"neutralised\" 21 assailants and lost four soldiers in the fighting",
      ("other", "armed_groups", "other"), ML, mod="claimed"),
    U("killed", 4, DIEMA, MARMY, "it had \"neutralised\" 21 assailants and lost four soldiers in the fighting",
      ("other", "other", "armed_groups"), ML, mod="claimed"),
    U("captured", 8, DIEMA, ["JNIM"], ["it had captured eight soldiers and two drivers", "The army denied that any of its men had been taken prisoner"],
      ("armed_groups", "other", "armed_groups"), ML, mod="denied", note="JNIM claim denied by the army."),
    U("captured", 2, DIEMA, ["JNIM"], "it had captured eight soldiers and two drivers", ("armed_groups", "civilian", "armed_groups"), ML, mod="claimed"),
    U("materiel_lost", 130, MALI, SEC, "JNIM has destroyed more than 130 fuel tankers, according to a tally by security sources",
      ("other", "other", "armed_groups"), ("2025-11-18", "day", "published"), scope="cumulative", mod="claimed", note="item fuel_tank"),
    U("attack", None, BAMAKO, ["JNIM spokesman", "JNIM"], "\"Any driver who heads for Bamako is a target,\" a JNIM spokesman warned",
      ("armed_groups", "civilian", "armed_groups"), None, mod="warned"),
    U("abducted", 2, KENIEBA, ["a local official", "local official"], "gunmen abducted two Chinese workers from a gold mine near Kéniéba on Saturday",
      ("other", "civilian", None), ("2025-11-15", "day", "text"), mod="claimed"),
    U("attack", None, TINZA, ["Azawad Liberation Front", "FLA"], "killing seven civilians in a drone strike on a wedding in Tinzaouaten",
      ("armed_groups", "civilian", "russia"), None, mod="claimed", note="actor: army and Africa Corps; coordinates approximate"),
    U("killed", 7, TINZA, ["Azawad Liberation Front", "FLA"], "killing seven civilians in a drone strike on a wedding in Tinzaouaten",
      ("armed_groups", "civilian", "russia"), None, mod="claimed"),
], "Sahel (Mali)", "wire copy (AFP) on a syndication site")

# ================================================================ ev17-16 Myanmar
DEPAYIN = PL("Depayin", 22.68, 95.37, aliases=["Depayin Township", "Tabayin"])
BHAMO = PL("Bhamo", 24.25256, 97.23357, "Bhamo")
KYAUKPHYU = PL("Kyaukphyu", 19.43, 93.55, aliases=["Kyaukpyu"])
MYANMAR = PL("Myanmar", 21.0, 96.0, region=True, radius=800)
T16 = """MYANMAR NOW
News | Conflict | Sagaing
Junta air strike kills 19, including eight children, in Depayin Township
Resistance says it holds base outside Bhamo; regime says attack "repulsed"
22 January 2026
A junta air strike on a village in Sagaing Region's Depayin Township on Tuesday night killed 19 civilians, including eight children, according to a local People's Defence Force (PDF) and residents.
A Y-12 aircraft dropped two bombs on the village just after 10pm, said a member of the Depayin PDF, who asked to be identified only as Ko Zaw. "Most of the victims were sleeping. We pulled the children out of a collapsed house," he said.
In Kachin State, the Kachin Independence Army (KIA) said on Wednesday that its troops and allied PDF fighters had seized the base of the junta's Light Infantry Battalion 601 on the outskirts of Bhamo after an eight-day assault, taking 23 soldiers prisoner.
The junta-run Global New Light of Myanmar denied that the base had fallen. It said security forces had "repulsed" the attack and killed 42 "terrorists".
Local aid groups say about 15,000 Bhamo residents have fled the fighting, most of them to Myitkyina.
In Rakhine State, the Arakan Army (AA) said its fighters had overrun junta positions on the edge of Kyaukphyu, where China is building a deep-sea port. The regime dropped leaflets over the town warning residents to leave before "clearance operations" from the air.
Nationwide, the UN refugee agency estimates that 3.6 million people are internally displaced. The Assistance Association for Political Prisoners (AAPP) says the military has killed at least 7,695 civilians since the February 2021 coup.
[Photo] Villagers in Depayin Township bury victims of the air strike on Wednesday. (Supplied)
[Photo] Villagers in Depayin Township bury victims of the air strike on Wednesday. (Supplied)
Help us keep reporting: Support Myanmar Now
"""
MM = ("2026-01-20", "day", "text")
KIA = ["Kachin Independence Army", "KIA"]
DOC("ev17-16", "https://myanmar-now.org/en/news/junta-air-strike-kills-19-in-depayin-township/",
    "Junta air strike kills 19, including eight children, in Depayin Township", "2026-01-22", T16, [
    U("attack", None, DEPAYIN, ["People's Defence Force", "PDF", "Depayin PDF", "residents", "Ko Zaw"],
      ["Junta air strike kills 19, including eight children, in Depayin Township",
       "A junta air strike on a village in Sagaing Region's Depayin Township on Tuesday night",
       "the air strike on Wednesday"], ("resistance", "civilian", "myanmar_junta"), MM, mod="claimed",
      note="Depayin coordinates approximate"),
    U("killed", 19, DEPAYIN, ["People's Defence Force", "PDF", "residents"], ["Junta air strike kills 19, including eight children",
      "killed 19 civilians, including eight children"], ("resistance", "civilian", "myanmar_junta"), MM, mod="claimed"),
    U("killed", 8, DEPAYIN, ["People's Defence Force", "PDF", "residents"], ["Junta air strike kills 19, including eight children",
      "killed 19 civilians, including eight children"], ("resistance", "civilian", "myanmar_junta"), MM, mod="claimed", note="numeric subgroup"),
    U("territory", None, BHAMO, KIA, ["Resistance says it holds base outside Bhamo",
      "had seized the base of the junta's Light Infantry Battalion 601 on the outskirts of Bhamo",
      "denied that the base had fallen"], ("resistance", "myanmar_junta", "resistance"), ("2026-01-21", "day", "text"), mod="denied",
      note="KIA claim denied by the junta-run Global New Light of Myanmar."),
    U("captured", 23, BHAMO, KIA, "taking 23 soldiers prisoner", ("resistance", "myanmar_junta", "resistance"), ("2026-01-21", "day", "text"), mod="claimed"),
    U("killed", 42, BHAMO, ["Global New Light of Myanmar", "junta"], "killed 42 \"terrorists\"", ("myanmar_junta", "resistance", "myanmar_junta"),
      ("2026-01-21", "day", "text"), mod="claimed"),
    U("displaced", 15000, BHAMO, ["Local aid groups"], "about 15,000 Bhamo residents have fled the fighting",
      ("other", "civilian", None), ("2026-01-22", "day", "published"), scope="cumulative", mod="claimed"),
    U("territory", None, KYAUKPHYU, ["Arakan Army", "AA"], "its fighters had overrun junta positions on the edge of Kyaukphyu",
      ("resistance", "myanmar_junta", "resistance"), None, mod="claimed", note="coordinates approximate"),
    U("attack", None, KYAUKPHYU, ["regime", "junta"], "warning residents to leave before \"clearance operations\" from the air",
      ("myanmar_junta", "civilian", "myanmar_junta"), None, mod="warned"),
    U("displaced", 3600000, MYANMAR, ["UN refugee agency", "UNHCR"], "3.6 million people are internally displaced",
      ("other", "civilian", None), None, scope="cumulative", mod="claimed"),
    U("killed", 7695, MYANMAR, ["Assistance Association for Political Prisoners", "AAPP"], "the military has killed at least 7,695 civilians since the February 2021 coup",
      ("other", "civilian", "myanmar_junta"), None, scope="cumulative", mod="claimed"),
], "Myanmar", "local outlet story")

# ================================================================ ev17-17 DR Congo NGO bulletin
BYAMBWE = PL("Byambwe", -0.27, 29.17, aliases=["Lubero territory", "Lubero"])
BUTEMBO = PL("Butembo", 0.14164, 29.29117, "Butembo")
MWENGA = PL("Mwenga", -3.03, 28.43, aliases=["Mwenga territory"])
MINEMBWE = PL("Minembwe", -3.53, 28.90, aliases=["Hauts Plateaux"])
UVIRA = PL("Uvira", -3.39534, 29.13779, "Uvira")
EDRC = PL("eastern DRC", -1.5, 28.8, aliases=["eastern Democratic Republic of Congo", "North and South Kivu", "DRC"], region=True, radius=400)
BENILUB = PL("Beni and Lubero", 0.2, 29.3, aliases=["Beni", "Lubero", "Beni territory"], region=True, radius=80)
T17 = """Médecins Sans Frontières | DRC
North and South Kivu: emergency bulletin #7
3 February 2026 | Press release | Democratic Republic of Congo
Donate now
LUBERO / BUKAVU - MSF teams are responding to two emergencies at once in eastern DRC: a massacre in Lubero territory, North Kivu, and a new wave of displacement in South Kivu.
Massacre in Byambwe
On the night of 30 to 31 January, fighters of the Allied Democratic Forces (ADF) attacked the village of Byambwe during a funeral vigil, according to local civil society leaders, who counted 52 bodies. The general referral hospital in Butembo, supported by MSF, received 27 wounded, most of them with machete and gunshot injuries.
"We treated children as young as three," said Dr Aline Kavira, MSF's medical coordinator in North Kivu.
Civil society leaders also reported that the attackers abducted at least 14 people, mostly women, and burned around 20 homes. According to the UN, ADF attacks have killed more than 1,200 civilians in Beni and Lubero since January 2025.
Fighting in Mwenga
In South Kivu, fighters of the AFC/M23 took control of the town of Mwenga on 29 January after the Congolese army (FARDC) and allied Wazalendo fighters pulled out, according to local sources. An estimated 64,000 people have fled Mwenga and surrounding villages towards Kitutu and Kamituga, where MSF is running mobile clinics.
On the Hauts Plateaux, the Twirwaneho armed group said drone strikes on Minembwe killed five civilians on 1 February. The FARDC denied carrying out any drone strike in the area.
M23 spokesperson Lawrence Kanyuka warned on X that the movement would "march on Uvira" if attacks on "civilian populations" continued.
Across eastern DRC, 5.7 million people are internally displaced, according to OCHA.
MSF calls on all parties to respect medical facilities and to allow safe passage for the wounded.
Read more: Goma, one year on
Share:  Facebook  X  LinkedIn  Email
"""
CS = ["local civil society leaders", "civil society leaders", "civil society"]
DOC("ev17-17", "https://www.msf.org/north-and-south-kivu-emergency-bulletin-7",
    "North and South Kivu: emergency bulletin #7", "2026-02-03", T17, [
    U("attack", None, BYAMBWE, CS, ["a massacre in Lubero territory, North Kivu", "attacked the village of Byambwe during a funeral vigil"],
      ("other", "civilian", "armed_groups"), ("2026-01-31", "day", "text"), mod="claimed", note="Byambwe coordinates approximate"),
    U("killed", 52, BYAMBWE, CS, "who counted 52 bodies", ("other", "civilian", "armed_groups"), ("2026-01-31", "day", "text"), mod="claimed"),
    U("wounded", 27, BUTEMBO, None, "The general referral hospital in Butembo, supported by MSF, received 27 wounded",
      (None, "civilian", "armed_groups"), ("2026-01-31", "day", "text"), note="hospital in Butembo; wounded from the Byambwe attack"),
    U("abducted", 14, BYAMBWE, CS, "the attackers abducted at least 14 people, mostly women", ("other", "civilian", "armed_groups"),
      ("2026-01-31", "day", "text"), mod="claimed"),
    U("killed", 1200, BENILUB, ["UN"], "ADF attacks have killed more than 1,200 civilians in Beni and Lubero since January 2025",
      ("other", "civilian", "armed_groups"), ("2026-02-03", "day", "published"), scope="cumulative", mod="claimed"),
    U("territory", None, MWENGA, ["local sources"], ["took control of the town of Mwenga on 29 January",
      "after the Congolese army (FARDC) and allied Wazalendo fighters pulled out"], ("other", "drc_army", "m23"),
      ("2026-01-29", "day", "text"), mod="claimed", note="Mwenga coordinates approximate"),
    U("displaced", 64000, MWENGA, None, "An estimated 64,000 people have fled Mwenga and surrounding villages",
      (None, "civilian", "m23"), ("2026-02-03", "day", "published"), scope="cumulative"),
    U("attack", None, MINEMBWE, ["Twirwaneho"], ["drone strikes on Minembwe killed five civilians on 1 February",
      "The FARDC denied carrying out any drone strike in the area"], ("armed_groups", "civilian", "drc_army"),
      ("2026-02-01", "day", "text"), mod="denied", note="Twirwaneho claim; FARDC denial; coordinates approximate"),
    U("killed", 5, MINEMBWE, ["Twirwaneho"], "drone strikes on Minembwe killed five civilians on 1 February",
      ("armed_groups", "civilian", "drc_army"), ("2026-02-01", "day", "text"), mod="claimed"),
    U("territory", None, UVIRA, ["Lawrence Kanyuka", "Kanyuka", "M23"], "the movement would \"march on Uvira\"",
      ("m23", "drc_army", "m23"), None, mod="warned"),
    U("displaced", 5700000, EDRC, ["OCHA"], "Across eastern DRC, 5.7 million people are internally displaced",
      ("other", "civilian", None), None, scope="cumulative", mod="claimed"),
], "DR Congo", "NGO bulletin")

# ================================================================ ev17-18 Somalia wire
MOQOKORI = PL("Moqokori", 4.05, 45.55, aliases=["Moqokoori", "Moqakoori"])
MOGADISHU = PL("Mogadishu", 2.03711, 45.34375, "Mogadishu", ["Hodan"])
BUQ = PL("Buq Aqable", 4.10, 44.97, aliases=["Buqda Aqable", "Buq-Aqable"])
CALMISKAAD = PL("Cal Miskaad mountains", 10.6, 49.6, aliases=["Cal Miskaad", "Cal-Miskaad", "Bari region"], region=True, radius=80)
HIRAAN = PL("Hiraan and Middle Shabelle", 3.9, 45.5, aliases=["Hiraan", "Middle Shabelle"], region=True, radius=200)
BELEDWEYNE = PL("Beledweyne", 4.73583, 45.20361, "Beledweyne")
T18 = """Al-Shabaab retakes central Somali town as car bomb kills 6 in Mogadishu
By Abdi Sheikh and Omar Faruk
MOGADISHU, Oct 9 (AP) - Al-Shabaab fighters retook the town of Moqokori in central Somalia's Hiraan region on Wednesday after government troops and allied clan militias pulled out, residents said, in the latest setback for a government offensive launched in 2022.
"The soldiers left before dawn, and al-Shabaab entered the town by 9 a.m.," Hassan Nur, a shopkeeper, told The Associated Press by phone.
Information Minister Daud Aweys denied that the town had fallen, saying troops had "repositioned" and would "return shortly".
The militants' Radio Andalus said the group's fighters killed 23 soldiers in the fighting. The defence ministry said four soldiers died and that more than 40 militants were killed.
In the capital, a suicide car bomb exploded at a checkpoint in Mogadishu's Hodan district on Thursday morning, killing six people and wounding 14, police spokesman Abdifatah Aden Hassan said. Al-Shabaab claimed responsibility.
The U.S. Africa Command said it carried out an airstrike near Buq Aqable on Tuesday that killed three al-Shabaab operatives. It said no civilians were harmed.
In the northern Puntland region, security forces said they had captured 26 Islamic State fighters in the Cal Miskaad mountains during an operation backed by U.S. airstrikes.
The U.N. humanitarian office said about 52,000 people had been displaced by fighting in Hiraan and Middle Shabelle since August.
Al-Shabaab also warned residents of Beledweyne to stay away from government bases, saying they would be attacked "in the coming days".
Copyright 2025 The Associated Press. All Rights Reserved.
"""
SO = ("2025-10-08", "day", "text")
DOC("ev17-18", "https://apnews.com/article/somalia-al-shabaab-moqokori-mogadishu-car-bomb-2025",
    "Al-Shabaab retakes central Somali town as car bomb kills 6 in Mogadishu", "2025-10-09T13:10:00Z", T18, [
    U("territory", None, MOQOKORI, ["residents", "Hassan Nur"], ["Al-Shabaab retakes central Somali town",
      "Al-Shabaab fighters retook the town of Moqokori in central Somalia's Hiraan region on Wednesday",
      "Information Minister Daud Aweys denied that the town had fallen"], ("other", "other", "armed_groups"), SO, mod="denied",
      note="Residents' account denied by the information minister; coordinates approximate"),
    U("killed", 23, MOQOKORI, ["Radio Andalus", "al-Shabaab"], "the group's fighters killed 23 soldiers in the fighting",
      ("armed_groups", "other", "armed_groups"), SO, mod="claimed"),
    U("killed", 4, MOQOKORI, ["defence ministry"], "The defence ministry said four soldiers died", ("other", "other", "armed_groups"), SO, mod="claimed"),
    U("killed", 40, MOQOKORI, ["defence ministry"], "more than 40 militants were killed", ("other", "armed_groups", "other"), SO, mod="claimed"),
    U("attack", None, MOGADISHU, ["Abdifatah Aden Hassan", "police spokesman", "al-Shabaab"], ["car bomb kills 6 in Mogadishu",
      "a suicide car bomb exploded at a checkpoint in Mogadishu's Hodan district on Thursday morning"], ("other", None, "armed_groups"),
      ("2025-10-09", "day", "text"), mod="claimed"),
    U("killed", 6, MOGADISHU, ["Abdifatah Aden Hassan", "police spokesman"], ["car bomb kills 6 in Mogadishu", "killing six people and wounding 14"],
      ("other", None, "armed_groups"), ("2025-10-09", "day", "text"), mod="claimed"),
    U("wounded", 14, MOGADISHU, ["Abdifatah Aden Hassan", "police spokesman"], "killing six people and wounding 14",
      ("other", None, "armed_groups"), ("2025-10-09", "day", "text"), mod="claimed"),
    U("attack", None, BUQ, ["U.S. Africa Command", "AFRICOM"], "it carried out an airstrike near Buq Aqable on Tuesday",
      ("united_states", "armed_groups", "united_states"), ("2025-10-07", "day", "text"), mod="claimed", note="coordinates approximate"),
    U("killed", 3, BUQ, ["U.S. Africa Command", "AFRICOM"], "that killed three al-Shabaab operatives",
      ("united_states", "armed_groups", "united_states"), ("2025-10-07", "day", "text"), mod="claimed"),
    U("captured", 26, CALMISKAAD, ["Puntland security forces", "security forces"], "they had captured 26 Islamic State fighters in the Cal Miskaad mountains",
      ("other", "armed_groups", "other"), None, mod="claimed"),
    U("displaced", 52000, HIRAAN, ["U.N. humanitarian office", "OCHA"], "about 52,000 people had been displaced by fighting in Hiraan and Middle Shabelle since August",
      ("other", "civilian", None), ("2025-10-09", "day", "published"), scope="cumulative", mod="claimed"),
    U("attack", None, BELEDWEYNE, ["Al-Shabaab"], "saying they would be attacked \"in the coming days\"",
      ("armed_groups", "other", "armed_groups"), None, mod="warned"),
], "Somalia", "wire copy (AP)")

# ================================================================ ev17-19 Colombia
TIBU = PL("Tibú", 8.63895, -72.73583, "Tibu", ["Tibu"])
ELTARRA = PL("El Tarra", 8.57506, -73.09607, "El Tarra")
TEORAMA = PL("Teorama", 8.43685, -73.28691, "Teorama")
OCANA = PL("Ocaña", 8.23773, -73.35604, "Ocana", ["Ocana"])
CATATUMBO = PL("Catatumbo", 8.6, -73.0, aliases=["Catatumbo region", "Norte de Santander"], region=True, radius=80)
ARAUCA = PL("Arauca", 6.6, -71.0, aliases=["Arauca department", "Caño Limón-Coveñas pipeline"], region=True, radius=150)
T19 = """El Colombiano English Edition
Catatumbo: new ELN-dissident clashes displace 2,300 in five days
January 22, 2026 - 6:14 p.m.
Fighting between the ELN guerrilla and the 33rd Front of the FARC dissidents has forced at least 2,300 people from their homes in the Catatumbo region since Saturday, the Ombudsman's Office said on Thursday.
Most have reached the municipal seat of Tibú, where the mayor, Richard Claro, said seven bodies had been recovered in rural areas on Wednesday. "We do not know yet who they are, but they had been executed," Claro told local radio.
On Tuesday night an ELN drone dropped explosives on the police station in El Tarra, wounding three police officers, according to the National Police.
The ELN also kidnapped two soldiers who were on leave in Teorama, the army said. In a separate operation near Ocaña, troops captured 14 ELN fighters, the army's Second Division said in a statement.
Defence Minister Pedro Sánchez warned that the ELN could again attack the Caño Limón-Coveñas oil pipeline in Arauca and announced the deployment of 1,500 additional troops to the region.
A year ago, the ELN's offensive in Catatumbo killed more than 80 people and displaced over 56,000, in the worst humanitarian crisis the region had seen in decades.
Also read: Petro suspends talks with ELN again
Subscribe to our newsletter
"""
C = ("2026-01-21", "day", "text")
DOC("ev17-19", "https://www.elcolombiano.com/english/catatumbo-eln-dissident-clashes-displace-2300",
    "Catatumbo: new ELN-dissident clashes displace 2,300 in five days", "2026-01-22T18:14:00-05:00", T19, [
    U("displaced", 2300, CATATUMBO, ["Ombudsman's Office", "Ombudsman"], ["new ELN-dissident clashes displace 2,300 in five days",
      "has forced at least 2,300 people from their homes in the Catatumbo region since Saturday"], ("other", "civilian", "armed_groups"),
      ("2026-01-22", "day", "published"), scope="cumulative", mod="claimed"),
    U("killed", 7, TIBU, ["Richard Claro", "Claro", "mayor"], "seven bodies had been recovered in rural areas on Wednesday",
      ("other", None, "armed_groups"), C, mod="claimed"),
    U("attack", None, ELTARRA, ["National Police"], "an ELN drone dropped explosives on the police station in El Tarra",
      ("other", "other", "armed_groups"), ("2026-01-20", "day", "text"), mod="claimed"),
    U("wounded", 3, ELTARRA, ["National Police"], "wounding three police officers", ("other", "other", "armed_groups"),
      ("2026-01-20", "day", "text"), mod="claimed"),
    U("abducted", 2, TEORAMA, ["the army", "army"], "The ELN also kidnapped two soldiers who were on leave in Teorama",
      ("other", "other", "armed_groups"), None, mod="claimed"),
    U("captured", 14, OCANA, ["Second Division", "the army", "army"], "troops captured 14 ELN fighters",
      ("other", "armed_groups", "other"), None, mod="claimed"),
    U("attack", None, ARAUCA, ["Pedro Sánchez", "Sánchez", "Defence Minister"], "the ELN could again attack the Caño Limón-Coveñas oil pipeline in Arauca",
      ("other", "other", "armed_groups"), None, mod="warned"),
    U("killed", 80, CATATUMBO, None, "the ELN's offensive in Catatumbo killed more than 80 people and displaced over 56,000",
      (None, None, "armed_groups"), ("2025-01", "month", "text"), scope="cumulative"),
    U("displaced", 56000, CATATUMBO, None, "the ELN's offensive in Catatumbo killed more than 80 people and displaced over 56,000",
      (None, "civilian", "armed_groups"), ("2025-01", "month", "text"), scope="cumulative"),
], "Colombia", "local outlet (English edition)")

# ================================================================ ev17-20 Pakistan
BANNU = PL("Bannu", 32.98527, 70.60403, "Bannu")
DATTAKHEL = PL("Datta Khel", 32.90849, 69.74477, "Datta Khel", ["North Waziristan"])
BARMAL = PL("Barmal", 32.80, 69.30, aliases=["Barmal district", "Paktika"])
LAKKI = PL("Lakki Marwat", 32.60724, 70.91234, "Lakki", ["Lakki"])
KALAT = PL("Kalat", 29.02663, 66.59361, "Kalat")
BAJAUR = PL("Bajaur", 34.78, 71.52, aliases=["Mamund", "Bajaur district"], region=True, radius=40)
KP = PL("Khyber Pakhtunkhwa", 34.5, 72.0, aliases=["KP", "Khyber-Pakhtunkhwa"], region=True, radius=300)
PAK = PL("Pakistan", 30.0, 70.0, region=True, radius=800)
T20 = """DAWN.COM | Pakistan
Five policemen martyred as militants storm Bannu police station
Our Correspondent | Published March 5, 2026 | Updated about 2 hours ago
BANNU: Five policemen were martyred and four others injured when militants armed with heavy weapons stormed the Mandan police station in Bannu late on Wednesday night, police said.
District Police Officer Saleem Abbas Kulachi said the attackers used a quadcopter to drop explosives before storming the building. Three attackers were killed in the exchange of fire that lasted around two hours, he added.
In a separate development, the Inter-Services Public Relations (ISPR) said security forces killed 19 "khwarij" during an intelligence-based operation in the Datta Khel area of North Waziristan.
The banned Tehreek-i-Taliban Pakistan (TTP) claimed responsibility for an ambush on a military convoy in Lakki Marwat on Tuesday, saying its fighters had killed 12 soldiers. Officials said three soldiers were martyred in the attack.
Meanwhile, the Afghan Taliban government's spokesman Zabihullah Mujahid said Pakistani air strikes in the Barmal district of Paktika province had killed 10 civilians, including women and children. The Foreign Office in Islamabad rejected the allegation, saying no strike had been conducted "on Afghan soil".
In Balochistan, armed men blocked the highway near Kalat and abducted six passengers after checking their identity cards, Levies officials said.
More than 55,000 people have left the Mamund tehsil of Bajaur since the start of an operation there last month, the provincial disaster management authority said.
According to the Pakistan Institute for Conflict and Security Studies, 714 security personnel were killed in militant attacks in 2025, the deadliest year in a decade.
The TTP, in a statement, warned that it would target businesses run by the military across Khyber Pakhtunkhwa.
Related Stories
KP govt announces compensation for families of martyred policemen
Comments (31) | Closed
"""
PK = ("2026-03-04", "day", "text")
POLPK = ["police", "Saleem Abbas Kulachi", "District Police Officer"]
DOC("ev17-20", "https://www.dawn.com/news/1950341/five-policemen-martyred-as-militants-storm-bannu-police-station",
    "Five policemen martyred as militants storm Bannu police station", "2026-03-05T10:20:00+05:00", T20, [
    U("attack", None, BANNU, POLPK, ["militants storm Bannu police station", "stormed the Mandan police station in Bannu late on Wednesday night",
      "the attackers used a quadcopter to drop explosives before storming the building"], ("other", "other", "armed_groups"), PK, mod="claimed"),
    U("killed", 5, BANNU, POLPK, ["Five policemen martyred", "Five policemen were martyred and four others injured"], ("other", "other", "armed_groups"), PK, mod="claimed"),
    U("wounded", 4, BANNU, POLPK, "Five policemen were martyred and four others injured", ("other", "other", "armed_groups"), PK, mod="claimed"),
    U("killed", 3, BANNU, ["Saleem Abbas Kulachi", "District Police Officer", "Officials"], ["Three attackers were killed in the exchange of fire",
      "Officials said three soldiers were martyred in the attack"], ("other", "armed_groups", "other"), PK, mod="claimed",
      note="Same number for different events: three attackers in Bannu and three soldiers in Lakki Marwat; one unit."),
    U("killed", 19, DATTAKHEL, ["Inter-Services Public Relations", "ISPR"], "security forces killed 19 \"khwarij\"",
      ("other", "armed_groups", "other"), None, mod="claimed"),
    U("attack", None, LAKKI, ["Tehreek-i-Taliban Pakistan", "TTP", "Officials"], "an ambush on a military convoy in Lakki Marwat on Tuesday",
      ("armed_groups", "other", "armed_groups"), ("2026-03-03", "day", "text"), mod="claimed"),
    U("killed", 12, LAKKI, ["Tehreek-i-Taliban Pakistan", "TTP"], "its fighters had killed 12 soldiers", ("armed_groups", "other", "armed_groups"),
      ("2026-03-03", "day", "text"), mod="claimed"),
    U("attack", None, BARMAL, ["Zabihullah Mujahid", "Mujahid", "Afghan Taliban"], ["Pakistani air strikes in the Barmal district of Paktika province",
      "The Foreign Office in Islamabad rejected the allegation"], ("other", "civilian", "other"), None, mod="denied",
      note="Afghan Taliban claim; Pakistan denies. Both parties lack ids: other. Coordinates approximate."),
    U("killed", 10, BARMAL, ["Zabihullah Mujahid", "Mujahid", "Afghan Taliban"], "had killed 10 civilians, including women and children",
      ("other", "civilian", "other"), None, mod="claimed"),
    U("abducted", 6, KALAT, ["Levies officials", "Levies"], "armed men blocked the highway near Kalat and abducted six passengers",
      ("other", "civilian", "armed_groups"), None, mod="claimed"),
    U("displaced", 55000, BAJAUR, ["provincial disaster management authority"], "More than 55,000 people have left the Mamund tehsil of Bajaur",
      ("other", "civilian", None), ("2026-03-05", "day", "published"), scope="cumulative", mod="claimed"),
    U("killed", 714, PAK, ["Pakistan Institute for Conflict and Security Studies"], "714 security personnel were killed in militant attacks in 2025",
      ("other", "other", "armed_groups"), ("2025", "year", "text"), scope="cumulative", mod="claimed"),
    U("attack", None, KP, ["Tehreek-i-Taliban Pakistan", "TTP"], "it would target businesses run by the military across Khyber Pakhtunkhwa",
      ("armed_groups", "other", "armed_groups"), None, mod="warned"),
], "Pakistan", "national outlet story")
