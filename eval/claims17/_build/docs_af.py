from common import DOC, PL, U

# ================================================================ ev17-07 Sudan, OCHA flash update
BARA = PL("Bara", 13.7, 30.36667, "Barah", ["Barah"])
ELFASHER = PL("El Fasher", 13.62793, 25.34936, "El Fasher", ["Al Fashir", "El-Fasher"])
KADUGLI = PL("Kadugli", 11.01111, 29.71833, "Kadugli")
BABANUSA = PL("Babanusa", 11.33333, 27.8, "Babanusah", ["Babanusah"])
DILLING = PL("Dilling", 12.05, 29.65, "Dilling")
ELOBEID = PL("El Obeid", 13.18421, 30.21669, "El Obeid", ["Al Ubayyid", "El-Obeid"])
TAWILA = PL("Tawila", 13.50, 24.88, aliases=["Tawila"])
SUDAN = PL("Sudan", 15.0, 30.0, region=True, radius=900)
T07 = """OCHA Services | ReliefWeb
Sudan: Kordofan and Darfur - Flash Update No. 4 (18 November 2025)
Format: Situation Report | Source: OCHA | Posted: 18 Nov 2025 | Originally published: 18 Nov 2025
Download PDF (412.6 KB)
HIGHLIGHTS
An estimated 38,900 people were displaced from Bara and surrounding villages in North Kordofan between 10 and 16 November.
More than 106,000 people have fled El Fasher and its surroundings since the Rapid Support Forces (RSF) took control of the town on 26 October.
A drone strike on a market in Kadugli killed at least nine civilians and injured 22 on 15 November.
SITUATION OVERVIEW
Fighting between the Sudanese Armed Forces (SAF) and the RSF continues to intensify across the three Kordofan states. According to the International Organization for Migration's Displacement Tracking Matrix (IOM DTM), an estimated 38,900 people were displaced from Bara town and nearby villages between 10 and 16 November, most of them towards El Obeid and Um Rawaba.
In South Kordofan, local authorities reported that a drone strike hit the main market in Kadugli on 15 November, killing at least nine civilians and injuring 22 others. The town of Dilling, where an estimated 190,000 people are trapped by the siege of the Dilling-Kadugli road, has not received a commercial supply convoy since August.
In West Kordofan, the RSF said on 13 November that its fighters had overrun the headquarters of the SAF 22nd Infantry Division in Babanusa. SAF denied the claim, stating that the division "remains steadfast". OCHA is unable to verify control of the town.
Humanitarian partners warn that an assault on El Obeid, the capital of North Kordofan, could force up to 500,000 people from their homes. RSF commanders have publicly threatened to advance on the city.
DARFUR
Since the RSF takeover of El Fasher on 26 October, more than 106,000 people have fled the town and its surroundings, most of them towards Tawila, Kebkabiya and Mellit, IOM DTM reports. Survivors arriving in Tawila continue to describe killings, sexual violence and looting along the roads.
On 14 November, five national volunteers with a local emergency response room were abducted on the road between El Fasher and Tawila. Their whereabouts remain unknown.
NATIONWIDE
More than 9.6 million people remain internally displaced across Sudan, and over 4.2 million people have crossed into neighbouring countries since the conflict began in April 2023.
FUNDING
As of 17 November, the 2025 Sudan Humanitarian Needs and Response Plan is 27.4 per cent funded ($1.15 billion of $4.2 billion).
For further information, please contact: ochasudan@un.org
Share  |  Print  |  Subscribe to updates
"""
DOC("ev17-07", "https://reliefweb.int/report/sudan/sudan-kordofan-and-darfur-flash-update-no-4-18-november-2025",
    "Sudan: Kordofan and Darfur - Flash Update No. 4 (18 November 2025)", "2025-11-18", T07, [
    U("displaced", 38900, BARA, ["IOM DTM", "International Organization for Migration", "Displacement Tracking Matrix"],
      ["An estimated 38,900 people were displaced from Bara and surrounding villages",
       "an estimated 38,900 people were displaced from Bara town and nearby villages between 10 and 16 November"],
      ("other", "civilian", None), ("2025-11-16", "day", "text"), scope="cumulative", mod="claimed", note="total over 10-16 November"),
    U("displaced", 106000, ELFASHER, ["IOM DTM", "International Organization for Migration"], ["More than 106,000 people have fled El Fasher and its surroundings",
      "more than 106,000 people have fled the town and its surroundings"], ("other", "civilian", "rsf"),
      ("2025-11-18", "day", "published"), scope="cumulative", mod="claimed"),
    U("territory", None, ELFASHER, None, ["since the Rapid Support Forces (RSF) took control of the town on 26 October",
      "Since the RSF takeover of El Fasher on 26 October"], (None, "saf", "rsf"), ("2025-10-26", "day", "text"),
      note="Background event asserted in OCHA's voice."),
    U("attack", None, KADUGLI, ["local authorities"], ["A drone strike on a market in Kadugli killed at least nine civilians",
      "a drone strike hit the main market in Kadugli on 15 November"], ("other", "civilian", None), ("2025-11-15", "day", "text"), mod="claimed"),
    U("killed", 9, KADUGLI, ["local authorities"], ["killed at least nine civilians and injured 22 on 15 November",
      "killing at least nine civilians and injuring 22 others"], ("other", "civilian", None), ("2025-11-15", "day", "text"), mod="claimed"),
    U("wounded", 22, KADUGLI, ["local authorities"], ["killed at least nine civilians and injured 22 on 15 November",
      "killing at least nine civilians and injuring 22 others"], ("other", "civilian", None), ("2025-11-15", "day", "text"), mod="claimed"),
    U("affected", 190000, DILLING, None, "where an estimated 190,000 people are trapped by the siege of the Dilling-Kadugli road",
      (None, "civilian", "rsf"), None, scope="cumulative", note="besieged population"),
    U("territory", None, BABANUSA, ["RSF", "Rapid Support Forces"], ["its fighters had overrun the headquarters of the SAF 22nd Infantry Division in Babanusa",
      "SAF denied the claim"], ("rsf", "saf", "rsf"), ("2025-11-13", "day", "text"), mod="denied", note="RSF claim, SAF denial."),
    U("displaced", 500000, ELOBEID, ["Humanitarian partners"], "could force up to 500,000 people from their homes",
      ("other", "civilian", "rsf"), None, mod="warned"),
    U("territory", None, ELOBEID, ["RSF commanders"], "RSF commanders have publicly threatened to advance on the city",
      ("rsf", "saf", "rsf"), None, mod="warned"),
    U("abducted", 5, TAWILA, None, "five national volunteers with a local emergency response room were abducted on the road between El Fasher and Tawila",
      (None, "civilian", None), ("2025-11-14", "day", "text"), note="road between El Fasher and Tawila; place approximate (Tawila)"),
    U("displaced", 9600000, SUDAN, None, "More than 9.6 million people remain internally displaced across Sudan",
      (None, "civilian", None), None, scope="cumulative", mod="asserted"),
    U("displaced", 4200000, SUDAN, None, "over 4.2 million people have crossed into neighbouring countries since the conflict began in April 2023",
      (None, "civilian", None), None, scope="cumulative", mod="asserted"),
], "Sudan", "UN/OCHA flash update")

# ================================================================ ev17-08 Sudan, wire
ATBARA = PL("Atbara", 17.70217, 33.98638, "Atbara")
KOSTI = PL("Kosti", 13.1629, 32.66347, "Kosti")
NYALA = PL("Nyala", 12.04888, 24.88069, "Nyala")
KAZGIL = PL("Kazgil", 12.93, 30.08, aliases=["Kazgeil", "Kazgail"])
SKORD = PL("South Kordofan", 11.2, 29.9, aliases=["South Kordofan state"], region=True, radius=200)
T08 = """Sudan army says RSF drones hit Atbara power station, Kosti airport
PORT SUDAN, March 5 (AFP) - Drones launched by the paramilitary Rapid Support Forces struck a power station in Atbara and the airport in the White Nile city of Kosti on Wednesday, Sudan's army said, cutting electricity to large parts of the north.
"The terrorist militia targeted civilian infrastructure in a desperate attempt to cover its defeats," army spokesman Brigadier General Nabil Abdallah said in a statement.
The army added that its forces had retaken Kazgil, a village about 40 kilometres south of El Obeid, "killing dozens of the rebels" and seizing 17 combat vehicles mounted with weapons.
The RSF denied losing the village. Its fighters "remain in their positions around Kazgil", the group said on Telegram, where it also claimed to have downed a Turkish-made Bayraktar drone over Nyala, the largest city in Darfur.
Neither account could be independently verified.
In South Kordofan, paramilitary shelling of residential districts of Dilling killed six civilians, two of them children, the Sudan Doctors Network said on Thursday. The medical group said the deaths brought to 143 the number of civilians killed in the state since January 1.
ALSO READ: Sudan's Burhan rejects truce plan, vows to fight on
The war between the army and the RSF, which erupted in April 2023, has killed tens of thousands of people and uprooted around 12 million, creating what the United Nations calls the world's largest displacement and hunger crisis.
str/ab/kir
(c) Agence France-Presse
"""
W8 = ("2026-03-04", "day", "text")
NABIL = ["Nabil Abdallah", "army spokesman", "Sudan's army", "army"]
DOC("ev17-08", "https://www.france24.com/en/live-news/20260305-sudan-army-says-rsf-drones-hit-atbara-power-station-kosti-airport",
    "Sudan army says RSF drones hit Atbara power station, Kosti airport", "2026-03-05T09:20:00Z", T08, [
    U("attack", None, ATBARA, NABIL, ["RSF drones hit Atbara power station", "struck a power station in Atbara and the airport in the White Nile city of Kosti on Wednesday"],
      ("saf", None, "rsf"), W8, mod="claimed"),
    U("attack", None, KOSTI, NABIL, ["Kosti airport", "struck a power station in Atbara and the airport in the White Nile city of Kosti on Wednesday"],
      ("saf", None, "rsf"), W8, mod="claimed"),
    U("territory", None, KAZGIL, NABIL, ["its forces had retaken Kazgil, a village about 40 kilometres south of El Obeid",
      "The RSF denied losing the village"], ("saf", "rsf", "saf"), W8, mod="denied", note="Army claim denied by the RSF."),
    U("killed", 12, KAZGIL, NABIL, "\"killing dozens of the rebels\"", ("saf", "rsf", "saf"), W8, mod="claimed", note="vague 'dozens' -> 12"),
    U("materiel_lost", 17, KAZGIL, NABIL, "seizing 17 combat vehicles mounted with weapons", ("saf", "rsf", "saf"), W8, mod="claimed", note="item vehicle (captured)"),
    U("materiel_lost", 1, NYALA, ["RSF", "Rapid Support Forces"], "claimed to have downed a Turkish-made Bayraktar drone over Nyala",
      ("rsf", "saf", "rsf"), W8, mod="claimed", note="item drone"),
    U("attack", None, DILLING, ["Sudan Doctors Network"], "paramilitary shelling of residential districts of Dilling killed six civilians",
      ("other", "civilian", "rsf"), None, mod="claimed"),
    U("killed", 6, DILLING, ["Sudan Doctors Network"], "paramilitary shelling of residential districts of Dilling killed six civilians",
      ("other", "civilian", "rsf"), None, mod="claimed"),
    U("killed", 2, DILLING, ["Sudan Doctors Network"], "two of them children", ("other", "civilian", "rsf"), None, mod="claimed", note="numeric subgroup"),
    U("killed", 143, SKORD, ["Sudan Doctors Network", "The medical group"], "brought to 143 the number of civilians killed in the state since January 1",
      ("other", "civilian", None), ("2026-03-05", "day", "published"), scope="cumulative", mod="claimed"),
    U("killed", 10000, SUDAN, None, "has killed tens of thousands of people and uprooted around 12 million",
      (None, None, None), ("2026-03-05", "day", "published"), scope="cumulative", opt=True, note="vague 'tens of thousands'"),
    U("displaced", 12000000, SUDAN, None, "has killed tens of thousands of people and uprooted around 12 million",
      (None, "civilian", None), ("2026-03-05", "day", "published"), scope="cumulative"),
], "Sudan", "wire copy (AFP) on a broadcaster site")

# ================================================================ ev17-09 Gaza live blog
MAWASI = PL("al-Mawasi", 31.355, 34.268, aliases=["Mawasi", "al-Mawasi, Khan Younis", "Khan Younis"])
BEITLAHIA = PL("Beit Lahiya", 31.5464, 34.49514, "Bayt Lahya", ["Beit Lahia", "Bayt Lahya"])
RAFAH = PL("Rafah", 31.29722, 34.24357, "Rafah")
GAZA = PL("Gaza City", 31.50161, 34.46672, "Gaza", ["Gaza", "Shujaiya", "Tuffah"])
GAZASTRIP = PL("Gaza Strip", 31.42, 34.38, aliases=["Gaza"], region=True, radius=25)
DEIRBALAH = PL("Deir el-Balah", 31.417, 34.351, aliases=["Deir al-Balah"])
DEIRISTIYA = PL("Deir Istiya", 32.13096, 35.13963, "Dayr Istiya", ["Dayr Istiya"])
JENIN = PL("Jenin refugee camp", 32.4617, 35.2939, "Janin", ["Jenin", "Jenin camp"])
T09 = """LIVE  Israel-Gaza live: Strike on al-Mawasi tent kills three as winter storm floods camps
Published On 22 Jan 2026  |  Last update 22 Jan 2026, 16:20 GMT
These were the updates on 22 January 2026:
16:05 GMT
Three killed in strike on tent in al-Mawasi
Gaza's Civil Defence says an Israeli strike on a tent sheltering a displaced family in al-Mawasi, west of Khan Younis, killed three people, including a child.
Our correspondent in Khan Younis says the tent was inside the area the Israeli army had designated a "humanitarian zone".
14:40 GMT
Israeli army says it killed man who 'crossed the yellow line'
The Israeli military says its troops "eliminated a terrorist who crossed the yellow line and approached the forces" near Beit Lahiya in northern Gaza, posing "an immediate threat".
Footage shared on social media shows a body being carried on a donkey cart to al-Shifa compound.
13:12 GMT
Health ministry: 466 killed since ceasefire began
Gaza's Ministry of Health says 466 Palestinians have been killed and 1,284 wounded by Israeli fire since the ceasefire took effect on October 10.
The overall toll since October 2023 has reached 71,540 killed and 171,320 wounded, the ministry said in its daily report.
11:30 GMT
Hamas denies firing on troops in Rafah
Hamas has denied Israeli accusations that its fighters opened fire on soldiers in eastern Rafah, calling the allegation "a pretext to continue the aggression".
The Israeli military said earlier that gunmen emerged from a tunnel shaft and fired at troops, who responded with an air strike.
09:15 GMT
'The water came in the night': storm floods tents
UNRWA says some 850,000 people are sheltering in flood-prone displacement sites across the Gaza Strip, after overnight rain turned camps in Deir el-Balah and Khan Younis into mud.
Caption: Palestinians wade through a flooded camp in Deir el-Balah. [Mahmoud Issa/Reuters]
08:20 GMT
Katz threatens to expand operations
Israeli Defence Minister Israel Katz has warned that the army will "expand its operations into Deir el-Balah and anywhere else necessary" if Hamas does not return the remaining hostages' bodies "immediately".
07:40 GMT
Shelling in eastern Gaza City
Residents say Israeli artillery shelled the Shujaiya and Tuffah neighbourhoods of eastern Gaza City overnight. No casualties were reported.
07:05 GMT
Settlers torch cars, mosque in occupied West Bank
Israeli settlers set fire to cars and part of a mosque in the village of Deir Istiya, near Salfit, overnight. The Palestinian Red Crescent said four people were treated for injuries, including smoke inhalation.
06:45 GMT
Twelve detained in raid on Jenin camp
Israeli forces raided the Jenin refugee camp before dawn and detained 12 people, according to the Palestinian Prisoners' Society.
Welcome to our live coverage. Follow us on WhatsApp for breaking updates.
Read more: What is the 'yellow line' dividing Gaza?
"""
J = ("2026-01-22", "day", "text")
DOC("ev17-09", "https://www.aljazeera.com/news/liveblog/2026/1/22/israel-gaza-live-strike-on-al-mawasi-tent-kills-three",
    "Israel-Gaza live: Strike on al-Mawasi tent kills three as winter storm floods camps", "2026-01-22T16:20:00Z", T09, [
    U("attack", None, MAWASI, ["Gaza's Civil Defence", "Civil Defence"], ["Strike on al-Mawasi tent kills three",
      "Three killed in strike on tent in al-Mawasi", "an Israeli strike on a tent sheltering a displaced family in al-Mawasi"],
      ("hamas", "civilian", "israel"), J, mod="claimed"),
    U("killed", 3, MAWASI, ["Gaza's Civil Defence", "Civil Defence"], ["Strike on al-Mawasi tent kills three",
      "Three killed in strike on tent in al-Mawasi", "killed three people, including a child"], ("hamas", "civilian", "israel"), J, mod="claimed"),
    U("attack", None, BEITLAHIA, ["Israeli military", "Israeli army"], "\"eliminated a terrorist who crossed the yellow line and approached the forces\" near Beit Lahiya",
      ("israel", None, "israel"), J, mod="claimed", opt=True, note="shooting of one man; attack category debatable"),
    U("killed", 1, BEITLAHIA, ["Israeli military", "Israeli army"], ["Israeli army says it killed man who 'crossed the yellow line'",
      "\"eliminated a terrorist who crossed the yellow line and approached the forces\" near Beit Lahiya"], ("israel", None, "israel"), J, mod="claimed"),
    U("killed", 466, GAZASTRIP, ["Gaza's Ministry of Health", "health ministry"], ["Health ministry: 466 killed since ceasefire began",
      "466 Palestinians have been killed and 1,284 wounded by Israeli fire since the ceasefire took effect on October 10"],
      ("hamas", None, "israel"), ("2026-01-22", "day", "published"), scope="cumulative", mod="claimed"),
    U("wounded", 1284, GAZASTRIP, ["Gaza's Ministry of Health", "health ministry"],
      "466 Palestinians have been killed and 1,284 wounded by Israeli fire since the ceasefire took effect on October 10",
      ("hamas", None, "israel"), ("2026-01-22", "day", "published"), scope="cumulative", mod="claimed"),
    U("killed", 71540, GAZASTRIP, ["Gaza's Ministry of Health", "health ministry"], "The overall toll since October 2023 has reached 71,540 killed and 171,320 wounded",
      ("hamas", None, "israel"), ("2026-01-22", "day", "published"), scope="cumulative", mod="claimed"),
    U("wounded", 171320, GAZASTRIP, ["Gaza's Ministry of Health", "health ministry"], "The overall toll since October 2023 has reached 71,540 killed and 171,320 wounded",
      ("hamas", None, "israel"), ("2026-01-22", "day", "published"), scope="cumulative", mod="claimed"),
    U("attack", None, RAFAH, ["Israeli military", "Israeli army"], ["Hamas denies firing on troops in Rafah",
      "Hamas has denied Israeli accusations that its fighters opened fire on soldiers in eastern Rafah",
      "gunmen emerged from a tunnel shaft and fired at troops"], ("israel", "israel", "hamas"), J, mod="denied",
      note="Israeli accusation, Hamas denial; the Israeli air strike in response is evidence of the same Rafah attack unit."),
    U("affected", 850000, GAZASTRIP, ["UNRWA"], "some 850,000 people are sheltering in flood-prone displacement sites across the Gaza Strip",
      ("other", "civilian", None), J, scope="cumulative", mod="claimed", note="sheltering population (stock figure)"),
    U("territory", None, DEIRBALAH, ["Israel Katz", "Katz", "Israeli Defence Minister"], ["Katz threatens to expand operations",
      "the army will \"expand its operations into Deir el-Balah and anywhere else necessary\""], ("israel", "hamas", "israel"), J, mod="warned"),
    U("attack", None, GAZA, ["Residents"], "Israeli artillery shelled the Shujaiya and Tuffah neighbourhoods of eastern Gaza City overnight",
      ("other", None, "israel"), J, mod="claimed"),
    U("attack", None, DEIRISTIYA, None, ["Settlers torch cars, mosque in occupied West Bank",
      "Israeli settlers set fire to cars and part of a mosque in the village of Deir Istiya"], (None, "civilian", "israel"), J),
    U("wounded", 4, DEIRISTIYA, ["Palestinian Red Crescent"], "four people were treated for injuries, including smoke inhalation",
      ("other", "civilian", "israel"), J, mod="claimed"),
    U("captured", 12, JENIN, ["Palestinian Prisoners' Society"], ["Twelve detained in raid on Jenin camp",
      "Israeli forces raided the Jenin refugee camp before dawn and detained 12 people"], ("other", None, "israel"), J, mod="claimed"),
], "Israel-Gaza / West Bank", "live blog")

# ================================================================ ev17-10 Israel-Lebanon wire
BINTJBEIL = PL("Bint Jbeil", 33.11864, 35.43344, "Bent Jbail", ["Bent Jbail"])
YATER = PL("Yater", 33.148, 35.332, aliases=["Yatar"])
BEKAA = PL("Bekaa Valley", 33.85, 36.0, aliases=["Bekaa", "the Bekaa"], region=True, radius=60)
METULA = PL("Metula", 33.27929, 35.5787, "Metula")
BEIRUT = PL("Beirut", 33.89332, 35.50157, "Beirut", ["Dahiyeh", "southern suburbs"])
LEBANON = PL("Lebanon", 33.9, 35.8, region=True, radius=120)
T10 = """Israeli strikes kill 4 in south Lebanon as Israel warns Beirut suburbs could be next
By BASSEM MROUE and TIA GOLDENBERG
Updated 6:41 PM GMT+2, February 26, 2026
BEIRUT (AP) - Israeli strikes on south Lebanon killed four people on Thursday, among them a member of Hezbollah's elite Radwan force, Lebanon's Health Ministry said, in some of the deadliest attacks since a U.S.-brokered ceasefire ended the war between Israel and Hezbollah in November 2024.
One strike hit a car on the outskirts of Bint Jbeil, while another flattened a two-storey house in the village of Yater, the ministry said in a statement.
The Israeli military said it had killed two Hezbollah operatives who were trying to "rebuild terrorist infrastructure" near Yater and that its jets had also struck a weapons depot in the Bekaa Valley in eastern Lebanon.
It also accused Hezbollah of firing a rocket toward the northern Israeli town of Metula late Wednesday, the first such incident in months. Hezbollah denied firing the rocket, saying in a statement that it "remains committed to the ceasefire agreement."
More than 335 people have been killed in Lebanon by Israeli fire since the ceasefire took hold, according to a tally by the Health Ministry.
Israeli Defense Minister Israel Katz warned that Israel would strike Beirut's southern suburbs "with full force" if the Lebanese government did not disarm Hezbollah. The southern suburbs, known as Dahiyeh, were pounded by Israeli jets during the 2024 war.
That war killed more than 4,000 people in Lebanon and displaced over 1.2 million, according to Lebanese authorities.
Israel still holds five hilltop positions inside Lebanon.
Goldenberg reported from Tel Aviv.
Read More
Lebanon's army says it has cleared most Hezbollah sites south of the Litani
"""
F = ("2026-02-26", "day", "text")
HM = ["Lebanon's Health Ministry", "Health Ministry", "Lebanese Health Ministry"]
IDF = ["Israeli military", "Israeli army"]
DOC("ev17-10", "https://apnews.com/article/lebanon-israel-strikes-hezbollah-beirut-katz-2026",
    "Israeli strikes kill 4 in south Lebanon as Israel warns Beirut suburbs could be next", "2026-02-26T16:41:00Z", T10, [
    U("killed", 4, PL("south Lebanon", 33.25, 35.4, aliases=["southern Lebanon", "Bint Jbeil", "Yater"], region=True, radius=40), HM,
      ["Israeli strikes kill 4 in south Lebanon", "Israeli strikes on south Lebanon killed four people on Thursday"],
      ("other", None, "israel"), F, mod="claimed"),
    U("attack", None, BINTJBEIL, HM, "One strike hit a car on the outskirts of Bint Jbeil", ("other", None, "israel"), F, mod="claimed"),
    U("attack", None, YATER, HM + IDF, ["another flattened a two-storey house in the village of Yater",
      "\"rebuild terrorist infrastructure\" near Yater"], ("other", None, "israel"), F, mod="claimed", note="Yater coordinates approximate; ~11 km from Bint Jbeil"),
    U("killed", 2, YATER, IDF, "it had killed two Hezbollah operatives", ("israel", "hezbollah", "israel"), F, mod="claimed"),
    U("attack", None, BEKAA, IDF, "its jets had also struck a weapons depot in the Bekaa Valley in eastern Lebanon",
      ("israel", "hezbollah", "israel"), F, mod="claimed"),
    U("attack", None, METULA, IDF, ["accused Hezbollah of firing a rocket toward the northern Israeli town of Metula late Wednesday",
      "Hezbollah denied firing the rocket"], ("israel", "israel", "hezbollah"), ("2026-02-25", "day", "text"), mod="denied"),
    U("killed", 335, LEBANON, HM, "More than 335 people have been killed in Lebanon by Israeli fire since the ceasefire took hold",
      ("other", None, "israel"), ("2026-02-26", "day", "published"), scope="cumulative", mod="claimed"),
    U("attack", None, BEIRUT, ["Israel Katz", "Katz", "Israeli Defense Minister"], ["Israel warns Beirut suburbs could be next",
      "Israel would strike Beirut's southern suburbs \"with full force\""], ("israel", "hezbollah", "israel"), F, mod="warned",
      note="The 2024 pounding of Dahiyeh is background evidence of the same place; the unit is the warning."),
    U("killed", 4000, LEBANON, ["Lebanese authorities"], "That war killed more than 4,000 people in Lebanon and displaced over 1.2 million",
      ("other", None, "israel"), ("2024", "year", "text"), scope="cumulative", mod="claimed"),
    U("displaced", 1200000, LEBANON, ["Lebanese authorities"], "That war killed more than 4,000 people in Lebanon and displaced over 1.2 million",
      ("other", "civilian", "israel"), ("2024", "year", "text"), scope="cumulative", mod="claimed"),
    U("territory", None, LEBANON, None, "Israel still holds five hilltop positions inside Lebanon", (None, None, "israel"), None,
      opt=True, note="unnamed positions"),
], "Israel-Lebanon", "wire copy (AP)")

# ================================================================ ev17-11 Yemen / Red Sea
HODEIDAH = PL("Hodeidah", 14.79781, 42.95452, aliases=["Hodeidah port", "Al Hudaydah", "Hudaydah"])
RASISA = PL("Ras Isa", 15.21, 42.66, aliases=["Ras Isa fuel terminal", "Ras Issa"])
BENGURION = PL("Ben Gurion Airport", 32.0114, 34.8867, aliases=["Ben Gurion", "Lod"])
EILAT = PL("Eilat", 29.55805, 34.94821, "Eilat", ["port of Eilat"])
GULFADEN = PL("Gulf of Aden", 12.5, 47.5, aliases=["Aden"], region=True, radius=350)
REDSEA = PL("Red Sea", 20.0, 38.5, region=True, radius=700)
BABMANDEB = PL("Bab el-Mandeb", 12.6, 43.35, aliases=["Bab al-Mandab", "Bab el-Mandeb Strait"], region=True, radius=40)
T11 = """Israel strikes Yemen's Hodeidah port after Houthi missile fire; ship hit in Gulf of Aden
September 16, 2025 | 15:47
Listen to this article  5 min
Israeli warplanes struck the Houthi-held port of Hodeidah on Tuesday, hitting docks and fuel storage tanks, the Israeli military said, calling the raid a response to repeated missile and drone attacks on Israel.
The Houthi-run health ministry said six people were killed and 38 wounded in the strikes on Hodeidah and on the nearby Ras Isa fuel terminal.
Hours earlier, Houthi military spokesman Yahya Saree said in a televised address that the group had fired a "Palestine-2" hypersonic missile at Ben Gurion Airport near Tel Aviv. The Israeli military said the missile had been intercepted and that sirens sounded in central Israel. Saree also claimed a drone attack on the port of Eilat, which Israel did not confirm.
At sea, the UK Maritime Trade Operations (UKMTO) centre said a Liberian-flagged bulk carrier was struck by an unknown projectile 85 nautical miles southeast of Aden in the Gulf of Aden, causing a small fire that the crew extinguished. No injuries were reported.
Saree warned that vessels of "all companies dealing with the ports of the Israeli enemy" would be targeted in the Bab el-Mandeb, "regardless of their flag".
The Houthis have attacked more than 100 merchant ships in the Red Sea since November 2023, saying they act in solidarity with Palestinians in Gaza. In July, they sank the Magic Seas and the Eternity C, killing at least four crew members; the group is believed to still hold 11 seafarers from the Eternity C.
Related
Who are the Houthis and why are they attacking ships?
Tags: Yemen, Houthis, Israel, Red Sea
"""
S = ("2025-09-16", "day", "text")
SAREE = ["Yahya Saree", "Saree", "Houthi military spokesman"]
DOC("ev17-11", "https://www.timesofisrael.com/israel-strikes-yemens-hodeidah-port-after-houthi-missile-fire-ship-hit-in-gulf-of-aden/",
    "Israel strikes Yemen's Hodeidah port after Houthi missile fire; ship hit in Gulf of Aden", "2025-09-16T15:47:00+03:00", T11, [
    U("attack", None, HODEIDAH, ["Israeli military", "Houthi-run health ministry"], ["Israel strikes Yemen's Hodeidah port",
      "Israeli warplanes struck the Houthi-held port of Hodeidah on Tuesday", "in the strikes on Hodeidah and on the nearby Ras Isa fuel terminal"],
      ("israel", "houthis", "israel"), S, mod="claimed"),
    U("attack", None, RASISA, ["Houthi-run health ministry", "health ministry"], "in the strikes on Hodeidah and on the nearby Ras Isa fuel terminal",
      ("houthis", "houthis", "israel"), S, mod="claimed", note="Ras Isa coordinates approximate"),
    U("killed", 6, HODEIDAH, ["Houthi-run health ministry", "health ministry"], "six people were killed and 38 wounded",
      ("houthis", None, "israel"), S, mod="claimed"),
    U("wounded", 38, HODEIDAH, ["Houthi-run health ministry", "health ministry"], "six people were killed and 38 wounded",
      ("houthis", None, "israel"), S, mod="claimed"),
    U("attack", None, BENGURION, SAREE, "had fired a \"Palestine-2\" hypersonic missile at Ben Gurion Airport near Tel Aviv",
      ("houthis", "israel", "houthis"), S, mod="claimed"),
    U("materiel_lost", 1, BENGURION, ["Israeli military"], "The Israeli military said the missile had been intercepted",
      ("israel", "houthis", "israel"), S, mod="claimed", note="interception, item missile"),
    U("attack", None, EILAT, SAREE, "Saree also claimed a drone attack on the port of Eilat", ("houthis", "israel", "houthis"), S, mod="claimed"),
    U("attack", None, GULFADEN, ["UK Maritime Trade Operations", "UKMTO"], ["ship hit in Gulf of Aden",
      "a Liberian-flagged bulk carrier was struck by an unknown projectile 85 nautical miles southeast of Aden in the Gulf of Aden"],
      ("other", "other", None), S, mod="claimed"),
    U("attack", None, BABMANDEB, SAREE, "would be targeted in the Bab el-Mandeb", ("houthis", "other", "houthis"), S, mod="warned"),
    U("attack", None, REDSEA, None, "The Houthis have attacked more than 100 merchant ships in the Red Sea since November 2023",
      (None, "other", "houthis"), ("2025-09-16", "day", "published"), scope="cumulative"),
    U("materiel_lost", 2, REDSEA, None, "they sank the Magic Seas and the Eternity C", (None, "other", "houthis"),
      ("2025-07", "month", "text"), note="two ships sunk; implicit count from two names", opt=True),
    U("killed", 4, REDSEA, None, "killing at least four crew members", (None, "civilian", "houthis"), ("2025-07", "month", "text")),
    U("captured", 11, REDSEA, None, "the group is believed to still hold 11 seafarers from the Eternity C", (None, "civilian", "houthis"),
      ("2025-09-16", "day", "published"), scope="cumulative"),
], "Yemen / Red Sea", "news site story")

# ================================================================ ev17-12 Haiti local outlet
KENSCOFF = PL("Kenscoff", 18.44773, -72.28398, "Kenscoff", ["Furcy"])
PETIONVILLE = PL("Pétion-Ville", 18.5125, -72.28528, "Petionville", ["Petion-Ville", "Pétionville", "Petionville"])
PRDA = PL("Petite-Rivière-de-l'Artibonite", 19.13, -72.48, aliases=["Petite-Riviere-de-l'Artibonite", "Petite Rivière", "Petite-Rivière"])
MIREB = PL("Mirebalais", 18.83455, -72.1048, "Mirebalais")
HAITI = PL("Haiti", 18.9, -72.7, region=True, radius=200)
T12 = """Accept cookies? We use cookies to personalise content. [Accept] [Refuse]
LOOP HAITI  |  Actualités  |  Sécurité  |  Politique  |  Sport
Gangs torch homes in Kenscoff; 8 residents killed, thousands flee to Pétion-Ville
By Widlore Mérancourt  |  Published: 14 January 2026, 7:55 AM
+7 View gallery
Armed men from the Viv Ansanm gang coalition stormed the Furcy area of Kenscoff on Sunday, setting fire to at least 30 houses and killing eight residents, the commune's interim mayor, Massillon Jean, said on Tuesday.
"They came at dawn, they burned and they shot at anyone who ran," said a farmer from the area, who asked not to be named for fear of reprisals.
The gang members also kidnapped two nuns and a teacher from an orphanage near Furcy, according to the Conférence haïtienne des religieux.
Around 4,100 people have fled Kenscoff since the weekend and are sheltering in schools and churches in Pétion-Ville, the civil protection directorate said.
On Monday, hundreds of Pétion-Ville residents protested outside the town hall, demanding that the police and the Gang Suppression Force deploy to the hills above the town. In a video posted on social networks, gang leader Jimmy "Barbecue" Chérizier threatened to "take Pétion-Ville" if the operations against his men continued.
Drone strike in the Artibonite
In the Artibonite, the police's task force carried out a drone strike on a gang hideout in Petite-Rivière-de-l'Artibonite, killing 11 suspected gang members, police spokesman Michel-Ange Louis-Jeune said. The claim could not be independently confirmed.
Gangs overran Mirebalais in March 2025, freeing more than 500 inmates from the town's prison, and have since extended their grip across the Centre department.
According to the International Organization for Migration (IOM), more than 1.4 million Haitians are now displaced by violence, up from 1.3 million in June. The UN human rights office says at least 4,864 people were killed in gang-related violence between October 2024 and June 2025.
Photo: Residents of Kenscoff arriving in Pétion-Ville on Monday. (Loop Haiti)
Photo: Residents of Kenscoff arriving in Pétion-Ville on Monday. (Loop Haiti)
SHARE THIS ARTICLE  Facebook  WhatsApp  X
Sign up for the Loop Haiti newsletter
"""
K = ("2026-01-11", "day", "text")
MJ = ["Massillon Jean", "interim mayor", "commune's interim mayor"]
DOC("ev17-12", "https://haiti.loopnews.com/content/gangs-torch-homes-kenscoff-8-residents-killed",
    "Gangs torch homes in Kenscoff; 8 residents killed, thousands flee to Pétion-Ville", "2026-01-14T07:55:00-05:00", T12, [
    U("attack", None, KENSCOFF, MJ, ["Gangs torch homes in Kenscoff", "stormed the Furcy area of Kenscoff on Sunday, setting fire to at least 30 houses"],
      ("other", "civilian", "gangs"), K, mod="claimed"),
    U("killed", 8, KENSCOFF, MJ, ["8 residents killed", "killing eight residents"], ("other", "civilian", "gangs"), K, mod="claimed"),
    U("abducted", 3, KENSCOFF, ["Conférence haïtienne des religieux"], "The gang members also kidnapped two nuns and a teacher from an orphanage near Furcy",
      ("other", "civilian", "gangs"), K, mod="claimed"),
    U("displaced", 4100, KENSCOFF, ["civil protection directorate", "civil protection"], ["thousands flee to Pétion-Ville",
      "Around 4,100 people have fled Kenscoff since the weekend"], ("other", "civilian", "gangs"), ("2026-01-14", "day", "published"),
      scope="cumulative", mod="claimed"),
    U("displaced", 1000, KENSCOFF, None, "thousands flee to Pétion-Ville", (None, "civilian", "gangs"), ("2026-01-14", "day", "published"),
      opt=True, note="vague 'thousands'"),
    U("affected", 4100, PETIONVILLE, ["civil protection directorate", "civil protection"], "are sheltering in schools and churches in Pétion-Ville",
      ("other", "civilian", None), None, mod="claimed", opt=True, note="same people as the displaced 4,100"),
    U("protest", None, PETIONVILLE, None, "hundreds of Pétion-Ville residents protested outside the town hall",
      (None, None, None), ("2026-01-12", "day", "text")),
    U("territory", None, PETIONVILLE, ["Jimmy \"Barbecue\" Chérizier", "Chérizier", "Barbecue"], "threatened to \"take Pétion-Ville\"",
      ("gangs", "haiti_government", "gangs"), None, mod="warned"),
    U("attack", None, PRDA, ["Michel-Ange Louis-Jeune", "Louis-Jeune", "police spokesman"],
      "carried out a drone strike on a gang hideout in Petite-Rivière-de-l'Artibonite", ("haiti_government", "gangs", "haiti_government"), None, mod="claimed"),
    U("killed", 11, PRDA, ["Michel-Ange Louis-Jeune", "Louis-Jeune", "police spokesman"], "killing 11 suspected gang members",
      ("haiti_government", "gangs", "haiti_government"), None, mod="claimed"),
    U("territory", None, MIREB, None, "Gangs overran Mirebalais in March 2025", (None, "haiti_government", "gangs"), ("2025-03", "month", "text")),
    U("displaced", 1400000, HAITI, ["International Organization for Migration", "IOM"], "more than 1.4 million Haitians are now displaced by violence",
      ("other", "civilian", "gangs"), ("2026-01-14", "day", "published"), scope="cumulative", mod="claimed"),
    U("displaced", 1300000, HAITI, ["International Organization for Migration", "IOM"], "up from 1.3 million in June",
      ("other", "civilian", "gangs"), ("2025-06", "month", "text"), scope="cumulative", mod="claimed"),
    U("killed", 4864, HAITI, ["UN human rights office"], "at least 4,864 people were killed in gang-related violence between October 2024 and June 2025",
      ("other", None, "gangs"), ("2025-06", "month", "text"), scope="cumulative", mod="claimed"),
], "Haiti", "local outlet story")
