from lib import pl, U

DOCS = []

# ---------------------------------------------------------------- ev19-15 Nigeria
D = "2025-11-28"
KN = pl("Kaura Namoda", 12.59390, 6.58695)
MAR = pl("Marte", 12.3656, 13.8297, approx=True)
KON = pl("Konduga", 11.6526, 13.4179, approx=True)
SAM = pl("Sambisa forest", 11.3, 13.45, region=True, r=60, approx=True, aliases=["Sambisa"])
MON = pl("Monguno", 12.67059, 13.61224)
DOCS.append(dict(
    id="ev19-15", conflict="Nigeria", form="wire copy (police and residents, army claim vs ISWAP/Amaq claim, market bombing)",
    url="https://wirestream.example.com/world/africa/nigeria-zamfara-abduction-2025-11-28", published=D,
    title="Gunmen abduct 43 in northwest Nigeria; army says 32 insurgents killed in Borno",
    text="""Gunmen abduct 43 in northwest Nigeria; army says 32 insurgents killed in Borno
KANO, Nigeria, Nov 28 (Wirestream) - Gunmen on motorcycles abducted 43 people from farming villages near Kaura Namoda in Nigeria's northwestern Zamfara state late on Wednesday, police said on Friday, in the latest mass kidnapping in the region.
Zamfara police spokesman Yazid Abubakar said three villagers were killed when they tried to flee. Residents said more than 50 people had been taken.
In the northeast, the army said troops had repelled an attack by Islamic State West Africa Province (ISWAP) fighters on a military base in Marte, Borno state, killing 32 insurgents. Two soldiers died in the fighting, army spokesman Lt. Col. Sani Uba said.
ISWAP, in a statement published by the Islamic State's Amaq news agency, claimed it had killed 17 Nigerian soldiers and burned two armoured vehicles.
A female suicide bomber blew herself up at a crowded fish market in Konduga on Thursday evening, killing five people and wounding 14, a local militia leader said.
The Nigerian Air Force said separately that air strikes on militant hideouts in the Sambisa forest had killed dozens of fighters.
About 5,000 people have fled the fighting around Marte to the garrison town of Monguno this week, according to aid workers.
Kidnappings for ransom have become a lucrative business for armed gangs, known locally as bandits, in Nigeria's northwest and north-central regions.
(Reporting by Ahmed Kingimi in Maiduguri and Garba Muhammad in Kaduna; Editing by Alexandra Hudson)"""
))
u = [
    U("abducted", 43, KN, ["police", "Yazid Abubakar", "Residents"], ["abducted 43 people from farming villages near Kaura Namoda", "Residents said more than 50 people had been taken", "Gunmen abduct 43 in northwest Nigeria"],
      ("other", "civilian", "armed_groups"), "2025-11-26", note="police 43 vs residents 50+: one event unit (place), both claimants"),
    U("killed", 3, KN, ["Yazid Abubakar", "Zamfara police spokesman", "police"], "three villagers were killed when they tried to flee", ("other", "civilian", "armed_groups"), "2025-11-26"),
    U("attack", None, MAR, ["army", "Sani Uba", "ISWAP", "Amaq"], ["troops had repelled an attack by Islamic State West Africa Province (ISWAP) fighters on a military base in Marte"], ("other", "other", "armed_groups"), D, basis="published"),
    U("killed", 32, MAR, ["army", "Sani Uba"], ["killing 32 insurgents", "army says 32 insurgents killed in Borno"], ("other", "armed_groups", "other"), D, basis="published"),
    U("killed", 2, MAR, ["Sani Uba", "army spokesman", "army"], "Two soldiers died in the fighting", ("other", "other", "armed_groups"), D, basis="published"),
    U("killed", 17, MAR, ["ISWAP", "Amaq", "Islamic State West Africa Province"], "claimed it had killed 17 Nigerian soldiers", ("armed_groups", "other", "armed_groups"), D, basis="published"),
    U("materiel_lost", 2, MAR, ["ISWAP", "Amaq", "Islamic State West Africa Province"], "burned two armoured vehicles", ("armed_groups", "other", "armed_groups"), D, basis="published"),
    U("killed", 5, KON, ["local militia leader"], "killing five people and wounding 14", ("other", "civilian", "armed_groups"), "2025-11-27"),
    U("wounded", 14, KON, ["local militia leader"], "killing five people and wounding 14", ("other", "civilian", "armed_groups"), "2025-11-27"),
    U("attack", None, KON, ["local militia leader"], "A female suicide bomber blew herself up at a crowded fish market in Konduga on Thursday evening", ("other", "civilian", "armed_groups"), "2025-11-27"),
    U("killed", 12, SAM, ["Nigerian Air Force"], "air strikes on militant hideouts in the Sambisa forest had killed dozens of fighters", ("other", "armed_groups", "other"), D, basis="published", note="'dozens' -> 12"),
    U("attack", None, SAM, ["Nigerian Air Force"], "air strikes on militant hideouts in the Sambisa forest", ("other", "armed_groups", "other"), D, basis="published"),
    U("displaced", 5000, MON, ["aid workers"], "About 5,000 people have fled the fighting around Marte to the garrison town of Monguno this week", ("other", "civilian", "armed_groups"), D, basis="published"),
]
DOCS[-1]["units"] = u

# ---------------------------------------------------------------- ev19-16 Somalia
D = "2026-02-20"
MOG = pl("Mogadishu", 2.03711, 45.34375)
MOQ = pl("Moqokori", 4.05, 46.13, approx=True, aliases=["Moqokori town"])
CAL = pl("Cal Miskaad mountains", 10.9, 49.6, region=True, r=80, approx=True, aliases=["Cal Miskaad", "Al Miskaad", "Puntland"])
LSH = pl("Lower Shabelle", 1.9, 44.5, region=True, r=150, aliases=["Lower Shabelle region", "Shabeellaha Hoose"])
SOM = pl("Somalia", 5.2, 46.2, region=True, r=700)
DOCS.append(dict(
    id="ev19-16", conflict="Somalia", form="local outlet (car bomb, al-Shabaab claim, recapture, AFRICOM strike) with gallery residue",
    url="https://shabellepost.example.so/2026/02/20/mogadishu-car-bomb-checkpoint", published=D,
    title="Al-Shabaab car bomb kills 7 at Mogadishu checkpoint",
    text="""SHABELLE POST
Al-Shabaab car bomb kills 7 at Mogadishu checkpoint
+12 View gallery
A suicide car bomb exploded at a security checkpoint near the Daljirka Dahsoon monument in Mogadishu on Thursday, killing at least seven people and injuring 19, police spokesman Abdifatah Aden Hassan said.
Al-Shabaab claimed responsibility in a statement on its Andalus radio station, saying it had killed "more than 20 apostate soldiers".
Government forces backed by AUSSOM troops recaptured the town of Moqokori in Hiiraan region after a two-day battle, the defence ministry said, adding that 45 militants were killed.
The US Africa Command said it carried out an airstrike against ISIS-Somalia in the Cal Miskaad mountains of Puntland on February 17. Puntland security officials said six fighters died in the strike.
Outside Baidoa, a roadside bomb struck an army pickup on Wednesday, killing three soldiers, a military officer told the Shabelle Post.
Elders in Lower Shabelle said al-Shabaab fighters had abducted four clan elders who refused to pay the group's "zakat" levy.
Drought and insecurity displaced 82,000 people across Somalia in January, according to the UNHCR-led Protection and Return Monitoring Network.
Photo: Security forces at the site of the blast in Mogadishu on Thursday.
Photo: Security forces at the site of the blast in Mogadishu on Thursday.
Advertise with us | Contact | Download our app"""
))
u = [
    U("killed", 7, MOG, ["Abdifatah Aden Hassan", "police spokesman", "police"], ["killing at least seven people and injuring 19", "Al-Shabaab car bomb kills 7 at Mogadishu checkpoint"], ("other", None, "armed_groups"), "2026-02-19"),
    U("wounded", 19, MOG, ["Abdifatah Aden Hassan", "police spokesman", "police"], "killing at least seven people and injuring 19", ("other", None, "armed_groups"), "2026-02-19"),
    U("attack", None, MOG, ["Abdifatah Aden Hassan", "police spokesman", "Al-Shabaab"], ["A suicide car bomb exploded at a security checkpoint near the Daljirka Dahsoon monument in Mogadishu", "Al-Shabaab claimed responsibility"], ("other", "other", "armed_groups"), "2026-02-19"),
    U("killed", 20, MOG, ["Al-Shabaab", "Andalus radio"], "it had killed \"more than 20 apostate soldiers\"", ("armed_groups", "other", "armed_groups"), "2026-02-19"),
    U("territory", None, MOQ, ["defence ministry"], "recaptured the town of Moqokori in Hiiraan region", ("other", "armed_groups", "other"), D, basis="published"),
    U("killed", 45, MOQ, ["defence ministry"], "45 militants were killed", ("other", "armed_groups", "other"), D, basis="published"),
    U("attack", None, CAL, ["US Africa Command", "AFRICOM"], "it carried out an airstrike against ISIS-Somalia in the Cal Miskaad mountains of Puntland on February 17", ("united_states", "armed_groups", "united_states"), "2026-02-17"),
    U("killed", 6, CAL, ["Puntland security officials"], "six fighters died in the strike", ("other", "armed_groups", "united_states"), "2026-02-17"),
    U("killed", 3, pl("Baidoa", 3.11383, 43.64975), ["military officer", "a military officer"], "a roadside bomb struck an army pickup on Wednesday, killing three soldiers", ("other", "other", "armed_groups"), "2026-02-18"),
    U("attack", None, pl("Baidoa", 3.11383, 43.64975), ["military officer", "a military officer"], "Outside Baidoa, a roadside bomb struck an army pickup on Wednesday", ("other", "other", "armed_groups"), "2026-02-18"),
    U("abducted", 4, LSH, ["Elders in Lower Shabelle", "elders"], "al-Shabaab fighters had abducted four clan elders", ("other", "civilian", "armed_groups"), D, basis="published"),
    U("displaced", 82000, SOM, ["Protection and Return Monitoring Network", "UNHCR"], "Drought and insecurity displaced 82,000 people across Somalia in January", ("other", "civilian", None), "2026-01", prec="month", scope="cumulative"),
]
DOCS[-1]["units"] = u

# ---------------------------------------------------------------- ev19-17 Haiti
D = "2025-10-30"
CAB = pl("Cabaret", 18.73482, -72.41942)
PAP = pl("Port-au-Prince", 18.54349, -72.33881)
ART = pl("Artibonite", 19.2, -72.5, region=True, r=80, aliases=["Artibonite department"])
HTI = pl("Haiti", 18.97, -72.29, region=True, r=200)
OHC = ["UN human rights office", "OHCHR", "UN Integrated Office in Haiti", "BINUH"]
DOCS.append(dict(
    id="ev19-17", conflict="Haiti", form="UN human rights office press briefing note (quarterly totals, drone strikes, gang attack)",
    url="https://unrights-briefings.example.org/press/2025/10/haiti-quarterly-violence", published=D,
    title="Haiti: at least 1,247 killed in gang violence and security operations in third quarter",
    text="""Press briefing notes on Haiti
Spokesperson: Lena Marchetti
Location: Geneva | Date: 30 October 2025
Between 1 July and 30 September, at least 1,247 people were killed and 710 injured in gang violence and in operations against gangs in Haiti, according to figures gathered by the UN Integrated Office in Haiti (BINUH) and our office.
Drone strikes carried out by a task force working with the Prime Minister's office killed at least 320 people in the same period, mostly in Port-au-Prince, among them eight children who were not involved in any gang activity.
On 4 October, members of the Viv Ansanm gang coalition stormed the town of Cabaret, killing 16 residents and burning dozens of homes. Police said three officers were wounded while pushing the attackers back.
Gangs kidnapped at least 185 people during the quarter, 40 of them in the Artibonite department.
The national police said officers had regained control of Mirebalais on 12 October, killing 11 suspected gang members during the operation.
According to the International Organization for Migration, the number of people displaced inside Haiti has now reached 1.4 million.
We call on the authorities to ensure that the use of force complies with international human rights law.
ENDS
For more information and media requests, please contact the press office.
Tag and share - Twitter: @UNrights | Facebook: unitednationshumanrights"""
))
u = [
    U("killed", 1247, HTI, OHC, "at least 1,247 people were killed and 710 injured", ("other", None, None), "2025-09-30", scope="cumulative", note="quarterly total"),
    U("wounded", 710, HTI, OHC, "at least 1,247 people were killed and 710 injured", ("other", None, None), "2025-09-30", scope="cumulative"),
    U("killed", 320, PAP, OHC, "Drone strikes carried out by a task force working with the Prime Minister's office killed at least 320 people", ("other", None, "haiti_government"), "2025-09-30", scope="cumulative"),
    U("killed", 8, PAP, OHC, "among them eight children who were not involved in any gang activity", ("other", "civilian", "haiti_government"), "2025-09-30", scope="cumulative"),
    U("attack", None, PAP, OHC, "Drone strikes carried out by a task force working with the Prime Minister's office killed at least 320 people in the same period, mostly in Port-au-Prince", ("other", "gangs", "haiti_government"), "2025-09-30", scope="cumulative"),
    U("killed", 16, CAB, None, "stormed the town of Cabaret, killing 16 residents", (None, "civilian", "gangs"), "2025-10-04"),
    U("attack", None, CAB, None, "members of the Viv Ansanm gang coalition stormed the town of Cabaret", (None, "civilian", "gangs"), "2025-10-04"),
    U("wounded", 3, CAB, ["Police"], "three officers were wounded while pushing the attackers back", ("haiti_government", "haiti_government", "gangs"), "2025-10-04"),
    U("territory", None, pl("Mirebalais", 18.83333, -72.1), ["national police", "police"], "officers had regained control of Mirebalais on 12 October", ("haiti_government", "gangs", "haiti_government"), "2025-10-12"),
    U("killed", 11, pl("Mirebalais", 18.83333, -72.1), ["national police", "police"], "killing 11 suspected gang members during the operation", ("haiti_government", "gangs", "haiti_government"), "2025-10-12"),
    U("abducted", 40, ART, None, "40 of them in the Artibonite department", (None, "civilian", "gangs"), "2025-09-30", scope="cumulative"),
    U("abducted", 185, HTI, None, "Gangs kidnapped at least 185 people during the quarter", (None, "civilian", "gangs"), "2025-09-30", scope="cumulative", opt=True, note="countrywide count, no place"),
    U("displaced", 1400000, HTI, ["International Organization for Migration", "IOM"], "the number of people displaced inside Haiti has now reached 1.4 million", ("other", "civilian", "gangs"), D, basis="published", scope="cumulative"),
]
DOCS[-1]["units"] = u

# ---------------------------------------------------------------- ev19-18 Ethiopia (Amhara)
D = "2026-03-25"
MOTA = pl("Mota", 11.08333, 37.86667)
SEK = pl("Sekota", 12.62816, 39.03317, aliases=["Sek'ot'a"])
NGO_ = pl("North Gondar", 13.0, 37.5, region=True, r=120, approx=True, aliases=["North Gondar zone", "Gondar"])
BDR = pl("Bahir Dar", 11.59364, 37.39077)
DMK = pl("Debre Markos", 10.35, 37.73333)
FANO = ["Amhara Fano National Force", "Fano", "AFNF"]
DOCS.append(dict(
    id="ev19-18", conflict="Ethiopia (Amhara)", form="regional news site (Fano claim and government denial, drone strike, army tally, protest)",
    url="https://hornobserver.example.com/ethiopia/amhara-fano-mota-claim", published=D,
    title="Fano says it seized Mota; government calls claim 'fabricated'",
    text="""Horn Observer | Ethiopia | Wednesday 25 March 2026
Fano says it seized Mota; government calls claim 'fabricated'
The Amhara Fano National Force said on Tuesday that it had taken control of Mota, a town in East Gojjam, after overnight fighting, killing "more than 80" federal soldiers and capturing 23.
The Government Communication Service said the claim was "fabricated" and that the town was calm and under the control of security forces.
Fano also said its fighters had ambushed a convoy on the road outside Debre Markos and destroyed six military trucks. The claim could not be independently verified.
The group further claimed to have shot down a government surveillance drone near Lalibela.
In Wag Hemra zone, a drone strike on a market in Sekota on Sunday killed 14 civilians and wounded dozens, a health worker told the Horn Observer on condition of anonymity.
The Ethiopian army's Northern Command said it had "eliminated" 134 extremists during operations in North Gondar zone over the past week.
The Ethiopian Human Rights Commission said security forces had detained at least 300 people in Bahir Dar in a wave of arrests this month.
On Monday, students at Bahir Dar University staged a protest against the arrests, witnesses said.
Internet and mobile data services remain cut in much of the Amhara region, making information hard to verify.
You might also like: Ethiopia's coffee exports hit record $2.6bn"""
))
u = [
    U("territory", None, MOTA, FANO, ["it had taken control of Mota, a town in East Gojjam", "the claim was \"fabricated\""], ("armed_groups", "other", "armed_groups"), "2026-03-24", mod="denied"),
    U("killed", 80, MOTA, FANO, "killing \"more than 80\" federal soldiers", ("armed_groups", "other", "armed_groups"), "2026-03-24"),
    U("captured", 23, MOTA, FANO, "killing \"more than 80\" federal soldiers and capturing 23", ("armed_groups", "other", "armed_groups"), "2026-03-24"),
    U("materiel_lost", 6, DMK, FANO, "destroyed six military trucks", ("armed_groups", "other", "armed_groups"), D, basis="published"),
    U("attack", None, DMK, FANO, "ambushed a convoy on the road outside Debre Markos", ("armed_groups", "other", "armed_groups"), D, basis="published", opt=True, note="ambush on a road"),
    U("materiel_lost", 1, pl("Lalibela", 12.0309, 39.0476), FANO, "shot down a government surveillance drone near Lalibela", ("armed_groups", "other", "armed_groups"), D, basis="published"),
    U("killed", 14, SEK, ["health worker", "a health worker"], "a drone strike on a market in Sekota on Sunday killed 14 civilians", ("other", "civilian", "other"), "2026-03-22"),
    U("wounded", 12, SEK, ["health worker", "a health worker"], "wounded dozens", ("other", "civilian", "other"), "2026-03-22", note="'dozens' -> 12"),
    U("attack", None, SEK, ["health worker", "a health worker"], "a drone strike on a market in Sekota on Sunday", ("other", "civilian", "other"), "2026-03-22"),
    U("killed", 134, NGO_, ["Northern Command", "Ethiopian army"], "it had \"eliminated\" 134 extremists", ("other", "armed_groups", "other"), D, basis="published", scope="cumulative"),
    U("captured", 300, BDR, ["Ethiopian Human Rights Commission", "EHRC"], "security forces had detained at least 300 people in Bahir Dar", ("other", "civilian", "other"), "2026-03", prec="month", opt=True,
      note="mass arrests by state forces"),
    U("protest", None, BDR, ["witnesses"], "students at Bahir Dar University staged a protest against the arrests", ("other", None, None), "2026-03-23"),
]
DOCS[-1]["units"] = u

# ---------------------------------------------------------------- ev19-19 Pakistan
D = "2026-01-28"
NWZ = pl("North Waziristan", 32.95, 70.0, region=True, r=80, aliases=["North Waziristan district", "Bannu"])
KUL = pl("Kulachi", 31.9297, 70.4594, approx=True, aliases=["Dera Ismail Khan"])
KAL = pl("Kalat", 29.02663, 66.59361)
KECH = pl("Kech", 26.0, 63.0, region=True, r=80, approx=True, aliases=["Kech district", "Turbat"])
PAK = pl("Paktika", 32.5, 68.8, region=True, r=120, aliases=["Paktika province"])
QUE = pl("Quetta", 30.18414, 67.00141)
DOCS.append(dict(
    id="ev19-19", conflict="Pakistan (Khyber Pakhtunkhwa, Balochistan, Afghan border)", form="national daily (military media statement, police, BLA claim, Taliban accusation, protest)",
    url="https://thefrontierdaily.example.pk/news/security-forces-kill-19-militants", published=D,
    title="Security forces kill 19 militants in KP operations, says ISPR",
    text="""The Frontier Daily | National | January 28, 2026
Security forces kill 19 militants in KP operations, says ISPR
RAWALPINDI: Security forces killed 19 militants in intelligence-based operations in North Waziristan and Bannu districts, the military's media wing said on Wednesday, adding that four soldiers were martyred in an exchange of fire.
The Inter-Services Public Relations (ISPR) described the militants as "khwarij" of the banned Tehreek-e-Taliban Pakistan and said weapons and explosives were recovered.
In Dera Ismail Khan, militants attacked a police station in Kulachi tehsil with quadcopters and heavy weapons overnight, wounding three policemen, district police said.
In neighbouring Lakki Marwat, a soldier was injured when militants fired on a checkpost, police added.
In Balochistan, gunmen opened fire on a passenger coach near Kalat on Tuesday, killing six people, including two women, officials said. The banned Balochistan Liberation Army claimed responsibility, saying it had targeted "security personnel travelling in civilian guise".
Five employees of a mobile phone company were abducted by armed men in Kech district, Levies officials said.
Across the border, the Afghan Taliban government's spokesman accused Pakistan of carrying out air strikes in Paktika province that killed 10 civilians. There was no immediate comment from Islamabad.
In Quetta, hundreds of people rallied outside the press club against enforced disappearances. The Baloch Yakjehti Committee said at least 12 people had been forcibly disappeared in the city this month.
Comments (14) | Most read | Newsletter: Get the day's headlines in your inbox"""
))
u = [
    U("killed", 19, NWZ, ["ISPR", "Inter-Services Public Relations", "military's media wing"], ["Security forces killed 19 militants in intelligence-based operations", "Security forces kill 19 militants in KP operations"], ("other", "armed_groups", "other"), D, basis="published"),
    U("killed", 4, NWZ, ["ISPR", "Inter-Services Public Relations", "military's media wing"], "four soldiers were martyred in an exchange of fire", ("other", "other", "armed_groups"), D, basis="published"),
    U("attack", None, KUL, ["district police", "police"], "militants attacked a police station in Kulachi tehsil with quadcopters and heavy weapons overnight", ("other", "other", "armed_groups"), D),
    U("wounded", 3, KUL, ["district police", "police"], "wounding three policemen", ("other", "other", "armed_groups"), D),
    U("wounded", 1, pl("Lakki Marwat", 32.60724, 70.91234), ["police"], "a soldier was injured when militants fired on a checkpost", ("other", "other", "armed_groups"), D, basis="published"),
    U("attack", None, pl("Lakki Marwat", 32.60724, 70.91234), ["police"], "militants fired on a checkpost", ("other", "other", "armed_groups"), D, basis="published"),
    U("killed", 6, KAL, ["officials"], "killing six people, including two women", ("other", "civilian", "armed_groups"), "2026-01-27"),
    U("killed", 2, KAL, ["officials"], "killing six people, including two women", ("other", "civilian", "armed_groups"), "2026-01-27", note="stated subgroup"),
    U("attack", None, KAL, ["officials", "Balochistan Liberation Army"], ["gunmen opened fire on a passenger coach near Kalat on Tuesday", "The banned Balochistan Liberation Army claimed responsibility"], ("other", "civilian", "armed_groups"), "2026-01-27"),
    U("abducted", 5, KECH, ["Levies officials"], "Five employees of a mobile phone company were abducted by armed men in Kech district", ("other", "civilian", "armed_groups"), D, basis="published"),
    U("attack", None, PAK, ["Afghan Taliban government's spokesman", "Taliban spokesman"], "accused Pakistan of carrying out air strikes in Paktika province", ("other", "civilian", "other"), D, basis="published"),
    U("killed", 10, PAK, ["Afghan Taliban government's spokesman", "Taliban spokesman"], "air strikes in Paktika province that killed 10 civilians", ("other", "civilian", "other"), D, basis="published"),
    U("protest", 100, QUE, None, "hundreds of people rallied outside the press club against enforced disappearances", (None, None, None), D, basis="published", note="'hundreds' -> 100"),
    U("abducted", 12, QUE, ["Baloch Yakjehti Committee"], "at least 12 people had been forcibly disappeared in the city this month", ("other", "civilian", "other"), "2026-01", prec="month", scope="cumulative"),
]
DOCS[-1]["units"] = u

# ---------------------------------------------------------------- ev19-20 Mozambique
D = "2026-04-14"
ANC = pl("Ancuabe", -12.97, 39.85, approx=True, aliases=["Ancuabe district"])
MOC = pl("Mocimboa da Praia", -11.34861, 40.35222, aliases=["Mocímboa da Praia"])
CHI = pl("Chiure", -13.43, 39.33, approx=True, aliases=["Chiúre"])
MAC = pl("Macomia", -12.2475, 40.12, approx=True)
CD = pl("Cabo Delgado", -12.3, 39.7, region=True, r=200, aliases=["Cabo Delgado province"])
OCUA = pl("Ocua", -13.45, 39.62, approx=True)
DOCS.append(dict(
    id="ev19-20", conflict="Mozambique (Cabo Delgado)", form="NGO emergency update with donation appeal (local authorities, IOM, IS claim, HRW figure)",
    url="https://medaid-frontline.example.org/news/cabo-delgado-ancuabe-attacks-april-2026", published=D,
    title="Cabo Delgado: 22,340 people flee as attacks spread through Ancuabe",
    text="""EMERGENCY UPDATE — Mozambique
Cabo Delgado: 22,340 people flee as attacks spread through Ancuabe
14 April 2026
Our teams in Cabo Delgado are responding to a new wave of displacement after insurgents attacked at least five villages in Ancuabe district over the past ten days. Local authorities said six farmers were beheaded and four other people wounded.
According to the International Organization for Migration, 22,340 people have fled their homes in Ancuabe since 3 April, many of them walking for days to reach Metuge and Pemba.
Mozambique's defence minister said on Sunday that Rwandan and Mozambican forces had killed nine insurgents in an operation near Mocimboa da Praia.
A military source said insurgents had attacked an army position at Mbau on Friday, killing three soldiers.
The Islamic State claimed through its Amaq agency that its fighters had burned a church and several houses in Chiure district.
Fishermen in Macomia said insurgents had seized two boats off the coast and abducted eight people last week.
Human Rights Watch said insurgents had abducted at least 120 children in Cabo Delgado since the start of the year, some of them to be used as fighters.
The Catholic mission in Ocua is sheltering around 3,000 people, our coordinator said.
"Families arrive exhausted and with nothing," said our emergency coordinator in Pemba.
DONATE: €40 can provide emergency shelter kits for two families. Donate now
Share this page | Sign up for updates"""
))
u = [
    U("killed", 6, ANC, ["Local authorities"], "six farmers were beheaded and four other people wounded", ("other", "civilian", "armed_groups"), D, basis="published"),
    U("wounded", 4, ANC, ["Local authorities"], "six farmers were beheaded and four other people wounded", ("other", "civilian", "armed_groups"), D, basis="published"),
    U("attack", None, ANC, None, "insurgents attacked at least five villages in Ancuabe district over the past ten days", (None, "civilian", "armed_groups"), D, basis="published"),
    U("displaced", 22340, ANC, ["International Organization for Migration", "IOM"], ["22,340 people have fled their homes in Ancuabe since 3 April", "22,340 people flee as attacks spread through Ancuabe"], ("other", "civilian", "armed_groups"), D, basis="published", scope="cumulative"),
    U("killed", 9, MOC, ["defence minister", "Mozambique's defence minister"], "Rwandan and Mozambican forces had killed nine insurgents", ("other", "armed_groups", "other"), "2026-04-12"),
    U("attack", None, pl("Mbau", -11.55, 39.95, approx=True), ["military source", "A military source"], "insurgents had attacked an army position at Mbau on Friday", ("other", "other", "armed_groups"), "2026-04-10"),
    U("killed", 3, pl("Mbau", -11.55, 39.95, approx=True), ["military source", "A military source"], "insurgents had attacked an army position at Mbau on Friday, killing three soldiers", ("other", "other", "armed_groups"), "2026-04-10"),
    U("attack", None, CHI, ["Islamic State", "Amaq"], "its fighters had burned a church and several houses in Chiure district", ("armed_groups", "civilian", "armed_groups"), D, basis="published"),
    U("abducted", 8, MAC, ["Fishermen in Macomia", "fishermen"], "insurgents had seized two boats off the coast and abducted eight people last week", ("other", "civilian", "armed_groups"), "2026-04", prec="month"),
    U("abducted", 120, CD, ["Human Rights Watch", "HRW"], "insurgents had abducted at least 120 children in Cabo Delgado since the start of the year", ("other", "civilian", "armed_groups"), "2026", prec="year", scope="cumulative"),
    U("affected", 3000, OCUA, ["our coordinator", "coordinator"], "The Catholic mission in Ocua is sheltering around 3,000 people", ("other", "civilian", None), D, basis="published"),
]
DOCS[-1]["units"] = u
