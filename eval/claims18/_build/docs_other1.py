from common import P, U
DOCS = []

# ---------------------------------------------------------------- ev18-05 OCHA flash update (Sudan, Kordofan)
ELOBEID = P("El Obeid", 13.1833, 30.2167, ["Al Ubayyid", "El-Obeid"])
KADUGLI = P("Kadugli", 11.0167, 29.7167)
DILLING = P("Dilling", 12.05, 29.65)
BABANUSA = P("Babanusa", 11.3333, 27.8167)
NKORD = P("North Kordofan", 14.0, 30.0, ["North Kordofan State", "Kordofan"], True, 250)
KORD = P("Kordofan", 12.5, 29.5, ["Kordofan region", "Greater Kordofan"], True, 350)
SUDAN = P("Sudan", 15.5, 30.0, ["Sudan"], True, 900)
t5 = """Sudan: Kordofan Flash Update No. 4 (8 December 2025)
Format: Situation Report | Source: OCHA | Posted: 8 Dec 2025 | Originally published: 8 Dec 2025
Download PDF (412.3 KB)
HIGHLIGHTS
A drone strike on the main market in Dilling on 6 December killed at least 23 civilians, including 11 children, and injured 41 others.
Since 25 October, more than 41,000 people have been displaced across North Kordofan, according to IOM.
Humanitarian partners are alarmed at reports of a possible assault on El Obeid.
SITUATION OVERVIEW
Fighting in the Kordofan region continues to intensify, with devastating consequences for civilians. On 6 December, a drone struck the crowded main market in Dilling town, South Kordofan, killing at least 23 civilians and injuring 41 others, according to local health authorities. UNICEF said that 11 children were among the dead. The United Nations has not been able to independently verify who was responsible for the attack.
On 4 December, artillery shells hit the Kadugli Teaching Hospital, killing four health workers and damaging the maternity ward, the World Health Organization (WHO) reported. It is the third reported attack on health care in Kadugli in a month.
An estimated 120,000 people remain trapped in Kadugli and Dilling, which have been under siege for months, with supply routes cut and food prices spiralling.
In West Kordofan, about 7,500 people fled Babanusa between 29 November and 5 December amid clashes around the headquarters of the Sudanese Armed Forces' 22nd Infantry Division, the International Organization for Migration (IOM) Displacement Tracking Matrix reported. Most of the displaced moved towards Al Fula and El Muglad.
Since 25 October, more than 41,000 people have been displaced across North Kordofan, many of them arriving in El Obeid, IOM said. The Rapid Support Forces (RSF) have publicly threatened to advance on El Obeid, the state capital, and humanitarian partners warn that such an attack would trap hundreds of thousands of residents and displaced people.
Across Sudan, more than 12 million people have been forced from their homes since the war began in April 2023, including some 4 million who have fled to neighbouring countries.
HUMANITARIAN RESPONSE
WFP delivered food to 48,000 people in El Obeid in November. Partners appeal for safe access to Kadugli and Dilling.
For further information, please contact: OCHA Sudan, ochasudan@un.org
Related Content: Sudan: Humanitarian Update (November 2025) | Sudan: El Fasher Flash Update No. 9"""
d5 = "2025-12-08"
DOCS.append(dict(id="ev18-05", url="https://reliefweb.int/report/sudan/sudan-kordofan-flash-update-no-4-8-december-2025",
    title="Sudan: Kordofan Flash Update No. 4 (8 December 2025)", published="2025-12-08", text=t5, units=[
    U("killed", 23, DILLING, ["local health authorities", "OCHA"], ["A drone strike on the main market in Dilling on 6 December killed at least 23 civilians", "killing at least 23 civilians and injuring 41 others"], "2025-12-06", ("other", "civilian", None)),
    U("killed", 11, DILLING, ["UNICEF", "OCHA"], ["including 11 children", "UNICEF said that 11 children were among the dead"], "2025-12-06", ("other", "civilian", None)),
    U("wounded", 41, DILLING, ["local health authorities", "OCHA"], ["and injured 41 others", "killing at least 23 civilians and injuring 41 others"], "2025-12-06", ("other", "civilian", None)),
    U("attack", None, DILLING, ["local health authorities", "OCHA"], ["A drone strike on the main market in Dilling on 6 December", "a drone struck the crowded main market in Dilling town"], "2025-12-06", ("other", "civilian", None)),
    U("attack", None, KADUGLI, ["World Health Organization", "WHO"], "artillery shells hit the Kadugli Teaching Hospital", "2025-12-04", ("other", "civilian", None)),
    U("killed", 4, KADUGLI, ["World Health Organization", "WHO"], "killing four health workers and damaging the maternity ward", "2025-12-04", ("other", "civilian", None)),
    U("affected", 120000, KADUGLI, None, "An estimated 120,000 people remain trapped in Kadugli and Dilling", d5, (None, "civilian", None), basis="published", note="Trapped in two besieged towns about 115 km apart."),
    U("displaced", 7500, BABANUSA, ["International Organization for Migration", "IOM"], "about 7,500 people fled Babanusa between 29 November and 5 December", "2025-12-05", ("other", "civilian", None)),
    U("attack", None, BABANUSA, None, "clashes around the headquarters of the Sudanese Armed Forces' 22nd Infantry Division", "2025-12-05", (None, "saf", "rsf"), opt=True, note="Clashes, no named strike."),
    U("displaced", 41000, NKORD, ["IOM", "International Organization for Migration"], ["Since 25 October, more than 41,000 people have been displaced across North Kordofan, according to IOM.", "Since 25 October, more than 41,000 people have been displaced across North Kordofan, many of them arriving in El Obeid"], d5, ("other", "civilian", None), basis="published", scope="cumulative"),
    U("territory", None, ELOBEID, ["Rapid Support Forces", "RSF"], ["The Rapid Support Forces (RSF) have publicly threatened to advance on El Obeid", "reports of a possible assault on El Obeid"], d5, ("rsf", "saf", "rsf"), basis="published", mod="warned"),
    U("displaced", 12000000, SUDAN, None, "more than 12 million people have been forced from their homes since the war began in April 2023", d5, (None, "civilian", None), basis="published", scope="cumulative"),
    U("displaced", 4000000, SUDAN, None, "including some 4 million who have fled to neighbouring countries", d5, (None, "civilian", None), basis="published", scope="cumulative"),
]))

# ---------------------------------------------------------------- ev18-06 translated RSF statement (Sudan)
UMSUM = P("Um Sumeima", 13.10, 29.90, ["Umm Sumeima"])
NYALA = P("Nyala", 12.05, 24.88, ["Nyala airport"])
t6 = """Sudan Tribune
Home | Politics | Economy | Opinion | Documents
RSF says it captured Um Sumeima west of El Obeid, army denies
November 16, 2025 (KHARTOUM) – The Rapid Support Forces (RSF) said on Saturday that they had seized the area of Um Sumeima, about 35 kilometres west of El Obeid, the capital of North Kordofan state, after heavy fighting with the Sudanese army and allied groups.
Sudan Tribune translated the RSF statement from Arabic. Its full text follows:
"In the name of God, the Most Gracious, the Most Merciful. Our heroic forces today liberated the area of Um Sumeima from the remnants of the Islamist brigades and the militias of the 1989 regime, after crushing their defences in a decisive battle. Our forces eliminated more than 300 of the enemy, captured 46 of them alive and seized 37 combat vehicles in good condition, as well as large amounts of ammunition. Our air defences also shot down two drones, one of them a Turkish-made Bayraktar.
We call on the citizens of El Obeid to stay away from the military headquarters and the positions of the militias, because our forces will target them wherever they are. We renew our commitment to protecting civilians and to opening safe corridors."
The Sudanese army, however, denied that Um Sumeima had fallen. In a statement, army spokesperson Brigadier General Nabil Abdallah said that the army and its allies had "repelled a desperate attack" on their positions there and killed dozens of rebel fighters.
The army also said its drones struck RSF positions at Nyala airport in South Darfur on Friday night, destroying three fuel tankers and an air-defence system. The RSF denied that the airport had been hit, describing the report as "lies to cover up the defeats in Kordofan."
Sudan Tribune could not independently verify either side's claims.
The war between the army and the RSF, which broke out in April 2023, has killed at least 40,000 people according to UN agencies, although aid groups say the real toll is likely to be far higher, and has displaced nearly 12 million.
Share this: Facebook | WhatsApp | Email
Related: Kordofan front: what is at stake in El Obeid"""
d6 = "2025-11-15"
DOCS.append(dict(id="ev18-06", url="https://sudantribune.com/article/305512/",
    title="RSF says it captured Um Sumeima west of El Obeid, army denies", published="2025-11-16", text=t6, units=[
    U("territory", None, UMSUM, ["Rapid Support Forces", "RSF"], ["RSF says it captured Um Sumeima west of El Obeid, army denies", "they had seized the area of Um Sumeima", "Our heroic forces today liberated the area of Um Sumeima", "denied that Um Sumeima had fallen"], d6, ("rsf", "saf", "rsf"), mod="denied", note="Approximate coordinates. Statement 'today' = Saturday 15 November (story dated Sunday)."),
    U("killed", 300, UMSUM, ["Rapid Support Forces", "RSF"], "Our forces eliminated more than 300 of the enemy", d6, ("rsf", "saf", "rsf"), mod="claimed"),
    U("captured", 46, UMSUM, ["Rapid Support Forces", "RSF"], "captured 46 of them alive", d6, ("rsf", "saf", "rsf"), mod="claimed"),
    U("materiel_lost", 37, UMSUM, ["Rapid Support Forces", "RSF"], "seized 37 combat vehicles in good condition", d6, ("rsf", "saf", "rsf"), mod="claimed"),
    U("materiel_lost", 2, UMSUM, ["Rapid Support Forces", "RSF"], "Our air defences also shot down two drones", d6, ("rsf", "saf", "rsf"), mod="claimed"),
    U("attack", None, UMSUM, ["Nabil Abdallah", "Sudanese army", "army"], "repelled a desperate attack", d6, ("saf", "saf", "rsf"), mod="claimed", note="Attack on army positions at Um Sumeima, per the army."),
    U("killed", 12, UMSUM, ["Nabil Abdallah", "Sudanese army", "army"], "killed dozens of rebel fighters", d6, ("saf", "rsf", "saf"), mod="claimed", note="'dozens' -> 12"),
    U("attack", None, ELOBEID, ["Rapid Support Forces", "RSF"], "because our forces will target them wherever they are", d6, ("rsf", "saf", "rsf"), mod="warned", note="Threat to target military sites in El Obeid."),
    U("attack", None, NYALA, ["Sudanese army", "army"], ["its drones struck RSF positions at Nyala airport", "The RSF denied that the airport had been hit"], "2025-11-14", ("saf", "rsf", "saf"), mod="denied"),
    U("materiel_lost", 3, NYALA, ["Sudanese army", "army"], "destroying three fuel tankers and an air-defence system", "2025-11-14", ("saf", "rsf", "saf"), mod="claimed"),
    U("killed", 40000, SUDAN, ["UN agencies"], "has killed at least 40,000 people according to UN agencies", d6, ("other", None, None), basis="published", scope="cumulative", note="Background running total."),
    U("displaced", 12000000, SUDAN, None, "has displaced nearly 12 million", d6, (None, "civilian", None), basis="published", scope="cumulative"),
]))
for u in DOCS[-1]["units"]:
    if u["when"]["date"] == d6 and u["category"] in ("killed", "displaced") and u["scope"] == "cumulative":
        u["when"]["date"] = "2025-11-16"

# ---------------------------------------------------------------- ev18-07 live blog, Gaza / West Bank
MAWASI = P("al-Mawasi", 31.33, 34.25, ["Mawasi", "al-Mawasi"])
BEITLAHIA = P("Beit Lahia", 31.5464, 34.4951)
GAZACITY = P("Gaza City", 31.5017, 34.4668)
GAZA = P("Gaza Strip", 31.42, 34.36, ["Gaza", "Gaza Strip"], True, 30)
TURMUS = P("Turmus Ayya", 32.0353, 35.2869)
t7 = """LIVE: Israeli strikes kill five in Gaza as ceasefire talks stall
Live updates | Published On 12 Jan 2026 | Last update 12 Jan 2026, 18:30 GMT
Gaza's Government Media Office says at least 440 Palestinians have been killed since the ceasefire took effect in October.
This live page is now closed. You can follow our coverage of the Gaza ceasefire here.
18:05 GMT - Five killed in strike on tents in al-Mawasi
An Israeli drone strike on a tent encampment in al-Mawasi, west of Khan Younis, has killed five people, three of them children, civil defence spokesperson Mahmoud Basal told AFP.
Basal said rescuers were still searching the area for survivors. The Israeli military has not yet commented on the strike.
16:40 GMT - Israeli army says it killed gunmen near 'yellow line'
The Israeli military said troops killed two gunmen who crossed the so-called yellow line and approached soldiers in Beit Lahia, in the north of the Gaza Strip, "posing an immediate threat".
14:10 GMT - Gaza death toll rises
At least 71,412 Palestinians have been killed and 171,260 wounded in Israel's war on Gaza since October 2023, the Ministry of Health in Gaza said in its daily update.
The ministry said 440 of those had been killed since the ceasefire began on October 10, a figure the Israeli military disputes.
12:30 GMT - Settlers attack West Bank village
Israeli settlers set fire to four cars and a house in the village of Turmus Ayya, north of Ramallah, early on Monday. Six Palestinians were treated for injuries, including from tear gas, the Palestinian Red Crescent Society said.
Photos: residents inspect a torched car in Turmus Ayya. (AFP)
11:00 GMT - UNRWA: Most Gazans still displaced
About 1.9 million people, roughly 90 percent of Gaza's population, remain displaced, many living in damaged buildings or makeshift tents, UNRWA said.
09:15 GMT - Hospital courtyard hit, ministry says
The health ministry said an Israeli strike hit the courtyard of al-Ahli Arab Hospital in Gaza City overnight, wounding three people sheltering there. The Israeli military said it had not carried out any strike in the area of the hospital.
Keep reading
Winter storms flood tent camps across Gaza
Who will govern Gaza? The board of peace explained"""
d7 = "2026-01-12"
HAMAS = "hamas"
DOCS.append(dict(id="ev18-07", url="https://www.aljazeera.com/news/liveblog/2026/1/12/live-israeli-strikes-kill-five-in-gaza-as-ceasefire-talks-stall",
    title="LIVE: Israeli strikes kill five in Gaza as ceasefire talks stall", published="2026-01-12T18:30:00Z", text=t7, units=[
    U("killed", 5, MAWASI, ["Mahmoud Basal", "civil defence"], ["LIVE: Israeli strikes kill five in Gaza as ceasefire talks stall", "Five killed in strike on tents in al-Mawasi", "has killed five people, three of them children"], d7, (HAMAS, "civilian", "israel")),
    U("killed", 3, MAWASI, ["Mahmoud Basal", "civil defence"], "three of them children", d7, (HAMAS, "civilian", "israel"), note="Subgroup stated as a number."),
    U("attack", None, MAWASI, ["Mahmoud Basal", "civil defence"], ["An Israeli drone strike on a tent encampment in al-Mawasi", "Five killed in strike on tents in al-Mawasi"], d7, (HAMAS, "civilian", "israel"), note="Approximate coordinates (west of Khan Younis)."),
    U("killed", 2, BEITLAHIA, ["Israeli military"], "troops killed two gunmen who crossed the so-called yellow line", d7, ("israel", "hamas", "israel"), mod="claimed"),
    U("killed", 440, GAZA, ["Government Media Office", "Ministry of Health in Gaza", "ministry"], ["at least 440 Palestinians have been killed since the ceasefire took effect in October", "The ministry said 440 of those had been killed since the ceasefire began on October 10"], d7, (HAMAS, None, "israel"), basis="published", scope="cumulative"),
    U("killed", 71412, GAZA, ["Ministry of Health in Gaza"], "At least 71,412 Palestinians have been killed and 171,260 wounded", d7, (HAMAS, None, "israel"), basis="published", scope="cumulative"),
    U("wounded", 171260, GAZA, ["Ministry of Health in Gaza"], "At least 71,412 Palestinians have been killed and 171,260 wounded", d7, (HAMAS, None, "israel"), basis="published", scope="cumulative"),
    U("attack", None, TURMUS, None, ["Israeli settlers set fire to four cars and a house in the village of Turmus Ayya", "Settlers attack West Bank village"], d7, (None, "civilian", "israel"), note="Outlet's voice; the Red Crescent gives the injuries."),
    U("wounded", 6, TURMUS, ["Palestinian Red Crescent Society"], "Six Palestinians were treated for injuries", d7, ("other", "civilian", "israel")),
    U("displaced", 1900000, GAZA, ["UNRWA"], "About 1.9 million people, roughly 90 percent of Gaza's population, remain displaced", d7, ("other", "civilian", None), basis="published", scope="cumulative"),
    U("attack", None, GAZACITY, ["health ministry"], ["an Israeli strike hit the courtyard of al-Ahli Arab Hospital in Gaza City overnight", "The Israeli military said it had not carried out any strike in the area of the hospital"], d7, (HAMAS, "civilian", "israel"), mod="denied"),
    U("wounded", 3, GAZACITY, ["health ministry"], "wounding three people sheltering there", d7, (HAMAS, "civilian", "israel"), mod="denied", note="Part of the denied strike."),
]))
