from common import P, U
DOCS = []

# ---------------------------------------------------------------- ev18-11 Myanmar, local outlet
KANGYI = P("Kan Gyi", 22.70, 95.33, ["Tabayin", "Tabayin Township", "Depayin"])
KYAUKPHYU = P("Kyaukphyu", 19.4297, 93.5517)
MYAWADDY = P("Myawaddy", 16.6886, 98.5083, ["Myawaddy Township"])
SAGAING = P("Sagaing Region", 22.5, 95.0, ["Sagaing"], True, 200)
MM = P("Myanmar", 21.0, 96.0, ["Myanmar", "Burma"], True, 700)
t11 = """Myanmar Now
Independent news from Myanmar | ျမန်မာ | English
Junta airstrike on monastery kills 22 in Sagaing as AA claims gains near Kyaukphyu
By Myanmar Now | January 8, 2026
A military jet bombed a Buddhist monastery in Kan Gyi village, Tabayin Township, late on Tuesday, killing 22 people who had taken shelter there, a local resistance official and two residents told Myanmar Now. The monastery had been housing about 150 people displaced by earlier fighting, villagers said.
The dead included seven children and three monks, according to a member of the Tabayin People's Defence Force (PDF) who helped recover the bodies. At least 31 others were injured, some of them critically, and were being treated at a makeshift clinic in a nearby village.
Around 4,000 villagers from Kan Gyi and surrounding communities have since fled into the forest, fearing further strikes, the PDF member said. The junta has not commented on the attack, which came days after the second phase of the military's widely criticised election.
In Rakhine State, the Arakan Army (AA) said on Wednesday that it had overrun a junta battalion headquarters on the outskirts of Kyaukphyu, the town that hosts Chinese-backed oil and gas terminals. Junta spokesperson Major General Zaw Min Tun denied the report, telling state media that troops "remain in full control" of all positions around Kyaukphyu.
In Karen State, the Karen National Liberation Army (KNLA) said its fighters and allied resistance forces captured 19 junta soldiers, including a captain, after a two-day battle near Myawaddy on the Thai border.
The Assistance Association for Political Prisoners (AAPP) says the military has killed at least 7,600 civilians since it seized power in February 2021, while the UN refugee agency estimates that 3.6 million people are internally displaced across the country.
Share this article
Myanmar Now relies on readers like you. Support independent journalism.
Related: Election 'phase two' held amid airstrikes in Sagaing and Magway"""
d11 = "2026-01-06"
LOC = ["a local resistance official", "residents", "local resistance official", "Tabayin People's Defence Force", "PDF member", "PDF"]
DOCS.append(dict(id="ev18-11", url="https://myanmar-now.org/en/news/junta-airstrike-on-monastery-kills-22-in-sagaing/",
    title="Junta airstrike on monastery kills 22 in Sagaing as AA claims gains near Kyaukphyu", published="2026-01-08", text=t11, units=[
    U("attack", None, KANGYI, LOC, ["A military jet bombed a Buddhist monastery in Kan Gyi village, Tabayin Township, late on Tuesday", "Junta airstrike on monastery kills 22 in Sagaing"], d11, ("resistance", "civilian", "myanmar_junta"), note="Village coordinates approximate (Tabayin town)."),
    U("killed", 22, KANGYI, LOC, ["Junta airstrike on monastery kills 22 in Sagaing", "killing 22 people who had taken shelter there"], d11, ("resistance", "civilian", "myanmar_junta")),
    U("killed", 7, KANGYI, LOC, "The dead included seven children and three monks", d11, ("resistance", "civilian", "myanmar_junta")),
    U("killed", 3, KANGYI, LOC, "The dead included seven children and three monks", d11, ("resistance", "civilian", "myanmar_junta")),
    U("affected", 150, KANGYI, ["villagers"], "The monastery had been housing about 150 people displaced by earlier fighting", d11, ("other", "civilian", None)),
    U("wounded", 31, KANGYI, LOC, "At least 31 others were injured", d11, ("resistance", "civilian", "myanmar_junta")),
    U("displaced", 4000, KANGYI, LOC, "Around 4,000 villagers from Kan Gyi and surrounding communities have since fled into the forest", "2026-01-08", ("resistance", "civilian", "myanmar_junta"), basis="published"),
    U("territory", None, KYAUKPHYU, ["Arakan Army", "AA"], ["it had overrun a junta battalion headquarters on the outskirts of Kyaukphyu", "AA claims gains near Kyaukphyu", "Junta spokesperson Major General Zaw Min Tun denied the report"], "2026-01-07", ("resistance", "myanmar_junta", "resistance"), mod="denied",
      note="AA is coded resistance; the junta denies."),
    U("captured", 19, MYAWADDY, ["Karen National Liberation Army", "KNLA"], "captured 19 junta soldiers, including a captain", "2026-01-08", ("resistance", "myanmar_junta", "resistance"), basis="published", mod="claimed"),
    U("killed", 7600, MM, ["Assistance Association for Political Prisoners", "AAPP"], "the military has killed at least 7,600 civilians since it seized power in February 2021", "2026-01-08", ("other", "civilian", "myanmar_junta"), basis="published", scope="cumulative"),
    U("displaced", 3600000, MM, ["UN refugee agency"], "3.6 million people are internally displaced across the country", "2026-01-08", ("other", "civilian", None), basis="published", scope="cumulative"),
]))

# ---------------------------------------------------------------- ev18-12 DR Congo, NGO bulletin
OICHA = P("Oicha", 0.7022, 29.5169)
WALIKALE = P("Walikale", -1.4167, 28.05)
PINGA = P("Pinga", -0.98, 28.69)
GOMA = P("Goma", -1.6792, 29.2228)
DRC = P("Democratic Republic of Congo", -2.5, 23.5, ["DRC", "DR Congo", "Congo"], True, 1000)
t12 = """Médecins Sans Frontières | Press release
DRC: MSF teams overwhelmed as violence surges in North Kivu
Kinshasa/Geneva, 10 February 2026
Skip to main content | Donate now
Médecins Sans Frontières (MSF) teams in North Kivu province, in eastern Democratic Republic of Congo, have received 85 people with gunshot and shrapnel wounds in Walikale since 30 January, as fighting between the M23/AFC armed group and the Congolese army and its allied Wazalendo militias draws closer to the town.
On 6 February, a shell landed in the compound of Walikale general referral hospital, where MSF supports the emergency room, injuring a nurse and two patients. "Nobody in the hospital is safe anymore," said Dr Aline Mukendi, MSF medical coordinator. An estimated 25,000 people have fled Walikale town in the past ten days, according to local authorities.
M23 spokesperson Lawrence Kanyuka said on social media on Sunday that the group had "liberated" Pinga, around 85 kilometres to the northeast. The Congolese army denied the claim, saying its troops and Wazalendo fighters were still in the town. Kanyuka also warned that the rebels would 'free' Walikale itself if army drones kept hitting their positions.
Further north, in Beni territory, fighters of the Allied Democratic Forces (ADF) attacked Oicha and surrounding villages overnight on 3 to 4 February, killing at least 43 civilians with machetes and guns, according to local civil society leaders. At least 20 people were abducted and 11 others are still missing. MSF teams at Oicha hospital treated 16 wounded survivors.
In Goma, MSF has treated more than 2,300 patients for violence-related injuries since January 2025.
Across the DRC, more than 7 million people are displaced, according to the UN refugee agency UNHCR, most of them in the eastern provinces.
MSF calls on all parties to respect medical facilities, patients and health workers.
Follow MSF on X | Sign up for our newsletter | Share this page"""
d12 = "2026-02-10"
MSF = ["Médecins Sans Frontières", "MSF"]
DOCS.append(dict(id="ev18-12", url="https://www.msf.org/drc-msf-teams-overwhelmed-violence-surges-north-kivu",
    title="DRC: MSF teams overwhelmed as violence surges in North Kivu", published="2026-02-10", text=t12, units=[
    U("wounded", 85, WALIKALE, MSF, "have received 85 people with gunshot and shrapnel wounds in Walikale since 30 January", d12, ("other", None, None), basis="published", scope="cumulative"),
    U("attack", None, WALIKALE, MSF, "a shell landed in the compound of Walikale general referral hospital", "2026-02-06", ("other", "civilian", None)),
    U("wounded", 3, WALIKALE, MSF, "injuring a nurse and two patients", "2026-02-06", ("other", "civilian", None), opt=True, note="Implicit count (a nurse and two patients)."),
    U("displaced", 25000, WALIKALE, ["local authorities"], "An estimated 25,000 people have fled Walikale town in the past ten days", d12, ("other", "civilian", None), basis="published", scope="cumulative"),
    U("territory", None, PINGA, ["Lawrence Kanyuka", "M23"], ["the group had \"liberated\" Pinga", "The Congolese army denied the claim"], "2026-02-08", ("m23", "drc_army", "m23"), mod="denied", note="Approximate coordinates."),
    U("territory", None, WALIKALE, ["Lawrence Kanyuka", "Kanyuka", "M23"], "the rebels would 'free' Walikale itself", "2026-02-08", ("m23", "drc_army", "m23"), mod="warned"),
    U("attack", None, OICHA, ["local civil society leaders"], "fighters of the Allied Democratic Forces (ADF) attacked Oicha and surrounding villages", "2026-02-04", ("other", "civilian", "armed_groups")),
    U("killed", 43, OICHA, ["local civil society leaders"], "killing at least 43 civilians with machetes and guns", "2026-02-04", ("other", "civilian", "armed_groups")),
    U("abducted", 20, OICHA, ["local civil society leaders"], "At least 20 people were abducted", "2026-02-04", ("other", "civilian", "armed_groups")),
    U("missing", 11, OICHA, ["local civil society leaders"], "11 others are still missing", "2026-02-10", ("other", "civilian", "armed_groups"), basis="published"),
    U("wounded", 16, OICHA, MSF, "MSF teams at Oicha hospital treated 16 wounded survivors", "2026-02-04", ("other", "civilian", "armed_groups")),
    U("wounded", 2300, GOMA, MSF, "MSF has treated more than 2,300 patients for violence-related injuries since January 2025", d12, ("other", None, None), basis="published", scope="cumulative"),
    U("displaced", 7000000, DRC, ["UNHCR", "UN refugee agency"], "more than 7 million people are displaced", d12, ("other", "civilian", None), basis="published", scope="cumulative"),
]))

# ---------------------------------------------------------------- ev18-13 Mali, army communique reported
SANDARE = P("Sandaré", 14.70, -10.30, ["Sandare", "Kayes region", "Kayes"])
WAGADOU = P("Wagadou forest", 15.2, -7.5, ["Wagadou"], True, 60)
MALI = P("Mali", 17.5, -4.0, ["Mali"], True, 800)
t13 = """Mali army says 31 'terrorists' killed in convoy ambush; JNIM claims 40 tankers burned
Bamako, 16 December 2025 (Sahel Intelligence) — The General Staff of the Malian Armed Forces (FAMa) said on Monday that its troops had repelled a "complex terrorist attack" on a fuel convoy near Sandaré, in the Kayes region, on Sunday 14 December.
"The vigorous reaction of FAMa units made it possible to neutralise 31 terrorists and to recover weapons and motorbikes," the General Staff said in a communiqué read on national television ORTM. Four soldiers were killed and nine wounded, and 12 tankers were set on fire by the assailants, according to the communiqué.
The al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM) gave a very different account. In a claim distributed through its az-Zallaqa media outlet, it said its fighters had destroyed 40 tankers, killed 20 soldiers and taken five others prisoner. The army dismissed the claim as "propaganda aimed at demoralising the population."
JNIM fighters also abducted three truck drivers during the ambush, a transporters' union official told Sahel Intelligence on condition of anonymity.
In a separate operation, the air force struck a JNIM base in the Wagadou forest on Monday, killing dozens of fighters, the army said. The figure could not be verified.
JNIM has blockaded fuel deliveries to Bamako and other cities since September, attacking convoys on the main roads from Senegal and Ivory Coast.
More than 3,000 people were killed in political violence in Mali between January and November, according to the monitoring group ACLED.
Newsletter: receive our Sahel security brief every Friday.
Related articles: Burkina Faso: army claims to have freed Djibo road; Niger: attack near Tillabéri"""
d13 = "2025-12-14"
FAMA = ["General Staff of the Malian Armed Forces", "FAMa", "General Staff", "army"]
JNIM = ["JNIM", "Group for the Support of Islam and Muslims", "az-Zallaqa"]
DOCS.append(dict(id="ev18-13", url="https://sahel-intelligence.com/2025/12/16/mali-army-31-terrorists-killed-convoy-ambush-jnim-claims/",
    title="Mali army says 31 'terrorists' killed in convoy ambush; JNIM claims 40 tankers burned", published="2025-12-16", text=t13, units=[
    U("attack", None, SANDARE, FAMA + JNIM, ["repelled a \"complex terrorist attack\" on a fuel convoy near Sandaré", "killed in convoy ambush"], d13, ("other", "other", "armed_groups"), note="Approximate coordinates."),
    U("killed", 31, SANDARE, FAMA, ["Mali army says 31 'terrorists' killed in convoy ambush", "neutralise 31 terrorists"], d13, ("other", "armed_groups", "other"), mod="claimed"),
    U("killed", 4, SANDARE, FAMA, "Four soldiers were killed and nine wounded", d13, ("other", "other", "armed_groups"), mod="claimed"),
    U("wounded", 9, SANDARE, FAMA, "Four soldiers were killed and nine wounded", d13, ("other", "other", "armed_groups"), mod="claimed"),
    U("materiel_lost", 12, SANDARE, FAMA, "12 tankers were set on fire by the assailants", d13, ("other", "other", "armed_groups"), mod="claimed"),
    U("materiel_lost", 40, SANDARE, JNIM, ["JNIM claims 40 tankers burned", "its fighters had destroyed 40 tankers"], d13, ("armed_groups", "other", "armed_groups"), mod="denied", note="Army dismisses JNIM's account."),
    U("killed", 20, SANDARE, JNIM, ["killed 20 soldiers", "The army dismissed the claim"], d13, ("armed_groups", "other", "armed_groups"), mod="denied"),
    U("captured", 5, SANDARE, JNIM, "taken five others prisoner", d13, ("armed_groups", "other", "armed_groups"), mod="denied"),
    U("abducted", 3, SANDARE, ["transporters' union official", "union official"], "JNIM fighters also abducted three truck drivers during the ambush", d13, ("other", "civilian", "armed_groups")),
    U("attack", None, WAGADOU, FAMA, "the air force struck a JNIM base in the Wagadou forest on Monday", "2025-12-15", ("other", "armed_groups", "other"), mod="claimed"),
    U("killed", 12, WAGADOU, FAMA, "killing dozens of fighters, the army said", "2025-12-15", ("other", "armed_groups", "other"), mod="claimed", note="'dozens' -> 12"),
    U("killed", 3000, MALI, ["ACLED"], "More than 3,000 people were killed in political violence in Mali between January and November", "2025-11", ("other", None, None), prec="month", scope="cumulative"),
]))

# ---------------------------------------------------------------- ev18-14 Nigeria, local outlet
DAMBOA = P("Damboa", 11.1553, 12.7564)
KONDUGA = P("Konduga", 11.6536, 13.4179)
MAIDUGURI = P("Maiduguri", 11.8464, 13.1603)
KATARI = P("Katari", 10.33, 7.60, ["Abuja-Kaduna highway", "Kaduna"])
NENG = P("north-east Nigeria", 11.5, 12.5, ["Borno", "northeast Nigeria", "Nigeria"], True, 300)
NIG = P("Nigeria", 9.08, 8.68, ["Nigeria"], True, 600)
t14 = """Daily Trust
Borno: ISWAP attacks Damboa base, suicide bomber kills six in Konduga
By Hamza Idris, Maiduguri | Thu, 29 Jan 2026 6:02:11 WAT
Listen to this article | Share
Soldiers on patrol in Damboa, Borno State (File photo)
Soldiers on patrol in Damboa, Borno State (File photo)
Fighters of the Islamic State West Africa Province (ISWAP) on Tuesday night launched a coordinated attack on a military base in Damboa, Borno State, killing at least nine soldiers, military sources told Daily Trust.
One of the sources, an officer who asked not to be named because he was not authorised to speak to the press, said the insurgents arrived in more than 20 gun trucks and fought troops for nearly three hours before reinforcements and fighter jets arrived.
ISWAP, in a statement published by its Amaq news agency, claimed that its fighters had overrun the base and seized four gun trucks. But the Director of Army Public Relations, Major General Sani Uba, denied that the base was overrun, saying the "terrorists were decisively repelled" and that more than 50 of them were neutralised.
In a separate incident on Wednesday, a female suicide bomber detonated explosives at a crowded market in Konduga, killing six people and injuring 21 others, the spokesman of the Borno State Police Command, ASP Nahum Daso, said.
About 5,000 residents of communities around Damboa have since fled to Maiduguri, according to the Borno State Emergency Management Agency (SEMA).
Meanwhile, in Kaduna State, bandits abducted 25 passengers from two buses near Katari on the Abuja–Kaduna highway on Monday, police said.
Amnesty International says at least 10,000 people have been killed by armed groups and security forces across Nigeria since President Bola Tinubu took office in May 2023. More than 2.3 million people remain displaced in the north-east, according to the UN refugee agency.
ADVERTISEMENT
Don't miss out: Join the Daily Trust WhatsApp channel
RELATED: Troops rescue 12 kidnapped farmers in Zamfara"""
NIGARMY = ["Sani Uba", "Director of Army Public Relations", "army"]
DOCS.append(dict(id="ev18-14", url="https://dailytrust.com/borno-iswap-attacks-damboa-base-suicide-bomber-kills-six-in-konduga/",
    title="Borno: ISWAP attacks Damboa base, suicide bomber kills six in Konduga", published="2026-01-29T06:02:11+01:00", text=t14, units=[
    U("attack", None, DAMBOA, ["military sources"], ["ISWAP attacks Damboa base", "launched a coordinated attack on a military base in Damboa, Borno State"], "2026-01-27", ("other", "other", "armed_groups")),
    U("killed", 9, DAMBOA, ["military sources"], "killing at least nine soldiers, military sources told Daily Trust", "2026-01-27", ("other", "other", "armed_groups")),
    U("territory", None, DAMBOA, ["ISWAP", "Amaq"], ["claimed that its fighters had overrun the base", "denied that the base was overrun"], "2026-01-27", ("armed_groups", "other", "armed_groups"), mod="denied"),
    U("materiel_lost", 4, DAMBOA, ["ISWAP", "Amaq"], "seized four gun trucks", "2026-01-27", ("armed_groups", "other", "armed_groups"), mod="claimed"),
    U("killed", 50, DAMBOA, NIGARMY, "more than 50 of them were neutralised", "2026-01-27", ("other", "armed_groups", "other"), mod="claimed"),
    U("attack", None, KONDUGA, ["Nahum Daso", "Borno State Police Command"], ["a female suicide bomber detonated explosives at a crowded market in Konduga", "suicide bomber kills six in Konduga"], "2026-01-28", ("other", "civilian", "armed_groups")),
    U("killed", 6, KONDUGA, ["Nahum Daso", "Borno State Police Command"], ["suicide bomber kills six in Konduga", "killing six people and injuring 21 others"], "2026-01-28", ("other", "civilian", "armed_groups")),
    U("wounded", 21, KONDUGA, ["Nahum Daso", "Borno State Police Command"], "killing six people and injuring 21 others", "2026-01-28", ("other", "civilian", "armed_groups")),
    U("displaced", 5000, DAMBOA, ["Borno State Emergency Management Agency", "SEMA"], "About 5,000 residents of communities around Damboa have since fled to Maiduguri", "2026-01-29", ("other", "civilian", "armed_groups"), basis="published"),
    U("abducted", 25, KATARI, ["police"], "bandits abducted 25 passengers from two buses near Katari on the Abuja–Kaduna highway on Monday", "2026-01-26", ("other", "civilian", "armed_groups"), note="Approximate coordinates."),
    U("killed", 10000, NIG, ["Amnesty International"], "at least 10,000 people have been killed by armed groups and security forces across Nigeria", "2026-01-29", ("other", None, None), basis="published", scope="cumulative"),
    U("displaced", 2300000, NENG, ["UN refugee agency"], "More than 2.3 million people remain displaced in the north-east", "2026-01-29", ("other", "civilian", None), basis="published", scope="cumulative"),
]))
