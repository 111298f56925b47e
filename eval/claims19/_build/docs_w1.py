from lib import pl, U

DOCS = []

# ---------------------------------------------------------------- ev19-06 Sudan
D = "2025-12-08"
BAB = pl("Babanusa", 11.33333, 27.81667)
DIL = pl("Dilling", 12.05, 29.65)
KAD = pl("Kadugli", 11.01111, 29.71833)
OBE = pl("El Obeid", 13.18421, 30.21669, aliases=["Al Ubayyid", "El-Obeid"])
TAW = pl("Tawila", 13.5, 24.9, approx=True)
NUH = pl("Al Nuhud", 12.7, 28.43, approx=True, aliases=["En Nahud", "Al-Nahud"])
DOCS.append(dict(
    id="ev19-06", conflict="Sudan", form="UN/OCHA flash update (highlights, situation overview, denial)",
    url="https://unocha-digest.example.org/sudan/kordofan-flash-update-4", published=D,
    title="Sudan: Kordofan Crisis - Flash Update No. 04 (8 December 2025)",
    text="""SUDAN: Kordofan Crisis
Flash Update No. 04
8 December 2025
This update is produced with humanitarian partners. It covers the period 1 to 7 December.
HIGHLIGHTS
• Some 1,870 people have been displaced from Babanusa town and nearby villages in West Kordofan since 1 December, according to IOM's Displacement Tracking Matrix.
• A drone struck the livestock market in Dilling, South Kordofan, on 4 December, reportedly killing 38 people, among them nine children, according to local authorities.
• Partners remain alarmed by reports that the Rapid Support Forces (RSF) and allied SPLM-N fighters have encircled Kadugli, where an estimated 73,000 people are cut off from supplies.
SITUATION OVERVIEW
On 1 December, the RSF announced that it had taken full control of Babanusa, including the headquarters of the Sudanese Armed Forces (SAF) 22nd Infantry Division. SAF rejected the announcement, stating that its troops still held the garrison.
In Kadugli, artillery fire on 6 December struck a neighbourhood close to the main hospital, killing five civilians and injuring 17, according to the state health ministry.
Between 1 and 6 December, WHO verified four attacks on health care in North and South Kordofan, in which 13 health workers and patients were killed.
In El Obeid, a drone attack on 5 December hit a fuel depot close to the airport. No casualties were reported. SAF attributed the attack to the RSF.
In North Darfur, the 12 displacement sites in Tawila now host more than 650,000 people who fled El Fasher and surrounding areas since April 2025, partners report.
On 3 December, seven humanitarian workers were detained by RSF fighters at a checkpoint near Al Nuhud. Two of them have since been released.
HUMANITARIAN RESPONSE
Food partners reached 3,400 households in El Obeid with emergency rations. The 2025 Sudan Humanitarian Needs and Response Plan is 27 per cent funded.
For further information, please contact the OCHA Sudan public information unit.
Download the PDF (1.2 MB)"""
))
u = [
    U("displaced", 1870, BAB, ["IOM's Displacement Tracking Matrix", "IOM", "Displacement Tracking Matrix"], "Some 1,870 people have been displaced from Babanusa town", ("other", "civilian", None), "2025-12-01", scope="cumulative"),
    U("killed", 38, DIL, "local authorities", "reportedly killing 38 people, among them nine children", ("other", "civilian", None), "2025-12-04"),
    U("killed", 9, DIL, "local authorities", "reportedly killing 38 people, among them nine children", ("other", "civilian", None), "2025-12-04"),
    U("attack", None, DIL, "local authorities", "A drone struck the livestock market in Dilling", ("other", "civilian", None), "2025-12-04"),
    U("territory", None, KAD, None, "the Rapid Support Forces (RSF) and allied SPLM-N fighters have encircled Kadugli", (None, "saf", "rsf"), D, basis="published",
      note="encirclement reported, OCHA voice"),
    U("affected", 73000, KAD, None, "an estimated 73,000 people are cut off from supplies", (None, "civilian", "rsf"), D, basis="published"),
    U("territory", None, BAB, ["RSF", "Rapid Support Forces"], ["the RSF announced that it had taken full control of Babanusa", "SAF rejected the announcement"],
      ("rsf", "saf", "rsf"), "2025-12-01", mod="denied", note="RSF claim, SAF denial"),
    U("killed", 13, None, "WHO", "13 health workers and patients were killed", ("other", "civilian", None), "2025-12", prec="month", note="four attacks, no single place"),
    U("killed", 5, KAD, ["state health ministry", "health ministry"], "killing five civilians and injuring 17", ("saf", "civilian", "rsf"), "2025-12-06"),
    U("wounded", 17, KAD, ["state health ministry", "health ministry"], "killing five civilians and injuring 17", ("saf", "civilian", "rsf"), "2025-12-06"),
    U("attack", None, KAD, ["state health ministry", "health ministry"], "In Kadugli, artillery fire on 6 December struck a neighbourhood close to the main hospital", ("saf", "civilian", "rsf"), "2025-12-06"),
    U("attack", None, OBE, None, "In El Obeid, a drone attack on 5 December hit a fuel depot close to the airport", (None, "saf", "rsf"), "2025-12-05",
      note="reported in OCHA voice; SAF attributes it to the RSF"),
    U("displaced", 650000, TAW, "partners", "now host more than 650,000 people who fled El Fasher and surrounding areas", ("other", "civilian", "rsf"), D, basis="published", scope="cumulative"),
    U("abducted", 7, NUH, None, "seven humanitarian workers were detained by RSF fighters at a checkpoint near Al Nuhud", (None, "other", "rsf"), "2025-12-03",
      note="aid workers held by RSF: abducted (captured optional below)"),
    U("captured", 7, NUH, None, "seven humanitarian workers were detained by RSF fighters", (None, "other", "rsf"), "2025-12-03", opt=True, note="same event read as detention"),
]
DOCS[-1]["units"] = u

# ---------------------------------------------------------------- ev19-07 Gaza
D = "2026-01-11"
KY = pl("Khan Younis", 31.34018, 34.30627, aliases=["al-Mawasi", "Mawasi", "Khan Yunis"])
GC = pl("Gaza City", 31.50161, 34.46672, aliases=["Shujaiya", "Gaza"])
JAB = pl("Jabalia", 31.5272, 34.4831, aliases=["Jabaliya"])
RAF = pl("Rafah", 31.29722, 34.24357)
DEB = pl("Deir al-Balah", 31.41783, 34.35033, aliases=["Deir el-Balah"])
GAZ = pl("Gaza Strip", 31.42, 34.38, region=True, r=30, aliases=["Gaza"])
MoH = ["health ministry", "Gaza health ministry", "territory's health ministry"]
DOCS.append(dict(
    id="ev19-07", conflict="Gaza", form="wire copy with dateline (health ministry tolls, IDF statement, truce running totals)",
    url="https://presswire.example.com/middle-east/gaza-strikes-kill-13-2026-01-11", published=D,
    title="Israeli fire kills 13 in Gaza as truce toll passes 440",
    text="""Accept cookies? We and our partners use cookies to personalise content. [Accept] [Reject]
GAZA/CAIRO, Jan 11 (Press Wire) - Israeli strikes and gunfire killed at least 13 Palestinians across the Gaza Strip on Sunday, the territory's health ministry said, in one of the deadliest days since the October ceasefire.
Medics said an airstrike on a tent in al-Mawasi, west of Khan Younis, killed a father and his three children. Five people were shot dead near the so-called yellow line east of Gaza City's Shujaiya neighbourhood, they said.
Israeli tank shelling also struck the eastern edge of Deir al-Balah, wounding eight people, according to staff at Al-Aqsa Martyrs Hospital.
The Israeli military said troops had "eliminated terrorists who crossed the yellow line and approached the forces, posing an immediate threat" in northern Gaza, and that it had struck a Hamas operative in the south who was preparing an attack. It said one soldier was seriously wounded by sniper fire in Rafah.
Civil defence crews separately recovered the bodies of six people from beneath the rubble of a house in Jabalia, the agency said.
Hamas accused Israel of undermining the truce. According to the health ministry, 442 people have been killed and 1,190 wounded by Israeli fire since the ceasefire took effect on October 10, bringing the total since October 2023 to 71,386.
At least 14 people, several of them infants, have died of cold or in collapsing buildings since winter storms began, the ministry said.
Read more: Egypt to host 2,000 delegates at Gaza reconstruction conference
(Reporting by Nidal Saber in Gaza and Hadeel Ramzy in Cairo; Editing by Tom Whitfield)"""
))
HAM = ("hamas", None, "israel")
u = [
    U("killed", 13, GAZ, MoH, "killed at least 13 Palestinians across the Gaza Strip on Sunday", HAM, D),
    U("killed", 4, KY, "Medics", "killed a father and his three children", ("other", "civilian", "israel"), D, opt=True, note="implicit count 1+3"),
    U("killed", 3, KY, "Medics", "killed a father and his three children", ("other", "civilian", "israel"), D, note="three children: stated subgroup"),
    U("attack", None, KY, "Medics", "an airstrike on a tent in al-Mawasi, west of Khan Younis", ("other", "civilian", "israel"), D),
    U("killed", 5, GC, "Medics", "Five people were shot dead near the so-called yellow line east of Gaza City's Shujaiya neighbourhood", ("other", None, "israel"), D),
    U("attack", None, GC, "Medics", "Five people were shot dead near the so-called yellow line east of Gaza City's Shujaiya neighbourhood", ("other", None, "israel"), D, opt=True,
      note="gunfire, not a strike"),
    U("wounded", 8, DEB, ["Al-Aqsa Martyrs Hospital", "staff at Al-Aqsa Martyrs Hospital"], "wounding eight people", ("hamas", None, "israel"), D),
    U("attack", None, DEB, ["Al-Aqsa Martyrs Hospital", "staff at Al-Aqsa Martyrs Hospital"], "Israeli tank shelling also struck the eastern edge of Deir al-Balah", ("hamas", None, "israel"), D),
    U("wounded", 1, RAF, ["Israeli military", "The Israeli military"], "one soldier was seriously wounded by sniper fire in Rafah", ("israel", "israel", "hamas"), D),
    U("killed", 6, JAB, ["Civil defence", "civil defence crews"], "recovered the bodies of six people from beneath the rubble of a house in Jabalia", ("hamas", None, "israel"), D, basis="published"),
    U("killed", 442, GAZ, MoH, "442 people have been killed and 1,190 wounded by Israeli fire since the ceasefire took effect on October 10", HAM, D, scope="cumulative"),
    U("wounded", 1190, GAZ, MoH, "442 people have been killed and 1,190 wounded by Israeli fire since the ceasefire took effect on October 10", HAM, D, scope="cumulative"),
    U("killed", 71386, GAZ, MoH, "bringing the total since October 2023 to 71,386", HAM, D, scope="cumulative"),
    U("killed", 14, GAZ, "the ministry", "At least 14 people, several of them infants, have died of cold or in collapsing buildings", ("hamas", "civilian", None), D, opt=True, scope="cumulative",
      note="deaths from weather, not violence"),
]
DOCS[-1]["units"] = u

# ---------------------------------------------------------------- ev19-08 West Bank
D = "2025-11-05"
TA = pl("Turmus Ayya", 32.0336, 35.2887, approx=True, aliases=["Turmusayya"])
BEITA = pl("Beita", 32.1425, 35.2858, approx=True)
QAB = pl("Qabatiya", 32.40944, 35.28083, aliases=["Qabatiyah"])
NAB = pl("Nablus", 32.22111, 35.25444)
JEN = pl("Jenin", 32.45943, 35.30086, aliases=["Tubas"])
JV = pl("Jordan Valley", 32.1, 35.52, region=True, r=50, approx=True, aliases=["northern Jordan Valley"])
WB = pl("West Bank", 31.95, 35.25, region=True, r=80, aliases=["occupied West Bank"])
NGO = ["Land and Rights Observatory", "the Observatory"]
DOCS.append(dict(
    id="ev19-08", conflict="West Bank", form="NGO press release (monthly figures, quotes from partners, donation appeal)",
    url="https://landrightsobservatory.example.org/press/october-harvest-report", published=D,
    title="Settler violence surges during olive harvest: 126 attacks documented in October",
    text="""PRESS RELEASE | For immediate release
Settler violence surges during olive harvest: 126 attacks documented in October
Ramallah, 5 November 2025 — The Land and Rights Observatory documented 126 settler attacks on Palestinian communities in the occupied West Bank during October, the highest monthly number since it began keeping records.
In Turmus Ayya, masked settlers stormed olive groves on 24 October, beating pickers and setting four cars alight. Nine Palestinians were injured, including a 70-year-old woman, our field researchers found.
In al-Mughayyir, settlers set fire to the village mosque on the night of 18 October, residents told us.
In Beita, Israeli forces fired tear gas and rubber-coated bullets at farmers trying to reach their land, wounding 14 people.
During raids in Jenin and Tubas, Israeli forces detained 38 Palestinians, five of them minors, the Palestinian Prisoners' Society said.
The Palestinian health ministry said a 17-year-old boy was shot dead by Israeli forces in Qabatiya on 29 October. The Israeli military said soldiers had fired at a suspect who threw an explosive device at them.
Three herding communities in the northern Jordan Valley, home to 112 people, were forced to leave their land in October after repeated raids by settlers.
Israeli forces demolished nine homes in Masafer Yatta on 21 October, displacing 47 people, among them 22 children.
On 1 November, hundreds of people marched through Nablus to protest against the attacks on farmers.
The Israeli police said it had arrested four Israeli civilians suspected of involvement in the Turmus Ayya attack.
"The harvest has become the most dangerous time of the year," said the Observatory's director, Samah Odeh.
Since January, the UN has recorded more than 1,180 settler attacks that caused casualties or damage to property.
Donate today: $25 pays for a first-aid kit for a farming family. Give now
Media contact: press@landrightsobservatory.example.org"""
))
u = [
    U("attack", 126, WB, NGO + ["the UN"], ["documented 126 settler attacks on Palestinian communities in the occupied West Bank during October", "the UN has recorded more than 1,180 settler attacks"], ("other", "civilian", "israel"), "2025-10", prec="month",
      opt=True, scope="cumulative", note="monthly count of attacks over a whole region; the UN's year total (1,180) is evidence of the same optional place unit"),
    U("attack", None, TA, None, "In Turmus Ayya, masked settlers stormed olive groves on 24 October", (None, "civilian", "israel"), "2025-10-24"),
    U("wounded", 9, TA, ["field researchers", "Land and Rights Observatory"], "Nine Palestinians were injured, including a 70-year-old woman", ("other", "civilian", "israel"), "2025-10-24",
      note="'our field researchers found' = the NGO's own finding; claimant accepted both ways"),
    U("attack", None, pl("al-Mughayyir", 32.0, 35.33, approx=True, aliases=["Al Mughayyir"]), ["residents"], "settlers set fire to the village mosque on the night of 18 October", ("other", "civilian", "israel"), "2025-10-18"),
    U("displaced", 47, pl("Masafer Yatta", 31.41, 35.14, approx=True, aliases=["Masafer Yata"]), None, "demolished nine homes in Masafer Yatta on 21 October, displacing 47 people", (None, "civilian", "israel"), "2025-10-21"),
    U("displaced", 22, pl("Masafer Yatta", 31.41, 35.14, approx=True, aliases=["Masafer Yata"]), None, "displacing 47 people, among them 22 children", (None, "civilian", "israel"), "2025-10-21"),
    U("wounded", 14, BEITA, None, "wounding 14 people", (None, "civilian", "israel"), "2025-10", prec="month", basis="text"),
    U("attack", None, BEITA, None, "In Beita, Israeli forces fired tear gas and rubber-coated bullets at farmers", (None, "civilian", "israel"), "2025-10", prec="month", opt=True,
      note="tear gas / rubber bullets"),
    U("captured", 38, JEN, ["Palestinian Prisoners' Society", "Prisoners' Society"], "Israeli forces detained 38 Palestinians, five of them minors", ("palestinian_authority", "civilian", "israel"), "2025-10", prec="month"),
    U("captured", 5, JEN, ["Palestinian Prisoners' Society", "Prisoners' Society"], "five of them minors", ("palestinian_authority", "civilian", "israel"), "2025-10", prec="month"),
    U("killed", 1, QAB, ["Palestinian health ministry", "health ministry"], "a 17-year-old boy was shot dead by Israeli forces in Qabatiya on 29 October", ("palestinian_authority", "civilian", "israel"), "2025-10-29"),
    U("displaced", 112, JV, None, "Three herding communities in the northern Jordan Valley, home to 112 people, were forced to leave their land", (None, "civilian", "israel"), "2025-10", prec="month"),
    U("protest", 100, NAB, None, "hundreds of people marched through Nablus to protest against the attacks", (None, None, None), "2025-11-01", note="'hundreds' -> 100"),
    U("captured", 4, TA, ["Israeli police"], "arrested four Israeli civilians suspected of involvement", ("israel", "israel", "israel"), D, basis="published", opt=True,
      note="arrest by a state's own police"),
]
DOCS[-1]["units"] = u

# ---------------------------------------------------------------- ev19-09 Lebanon
D = "2026-02-03"
NABT = pl("Nabatieh", 33.37889, 35.48389, aliases=["Nabatiyeh", "Nabatieh al-Tahta"])
AITA = pl("Aita al-Shaab", 33.0956, 35.3339, approx=True, aliases=["Aita al-Chaab", "Ayta ash-Shab"])
BRI = pl("Brital", 33.9456, 36.1222, approx=True)
LEB = pl("Lebanon", 33.85, 35.86, region=True, r=150)
SLEB = pl("southern Lebanon", 33.25, 35.45, region=True, r=80, aliases=["south Lebanon", "Lebanon", "southern border villages"])
LMOH = ["Lebanon's health ministry", "health ministry", "ministry", "Lebanese health ministry"]
DOCS.append(dict(
    id="ev19-09", conflict="Israel–Lebanon", form="wire story on a regional news site (Lebanese health ministry, IDF claim, evacuation warning)",
    url="https://levantdaily.example.com/news/lebanon/israeli-strikes-kill-five-south", published=D,
    title="Israeli strikes kill five in south Lebanon as army orders evacuation in Bekaa town",
    text="""Israeli strikes kill five in south Lebanon as army orders evacuation in Bekaa town
BEIRUT, Feb 3 — Israeli strikes on southern Lebanon killed five people on Tuesday, Lebanon's health ministry said, as the Israeli army ordered residents of a town in the Bekaa valley to leave ahead of further raids.
In statements carried by the state-run National News Agency, the ministry said an "Israeli enemy" drone strike on a car in Nabatieh killed two people, and that a strike on a house in Aita al-Shaab killed three and wounded seven. A third strike, on a motorcycle in Bint Jbeil, wounded two men, the ministry added.
The Israeli military said it had killed a Hezbollah operative in the Nabatieh area who had been "working to rebuild the terrorist organisation's infrastructure."
Hours later, the army's Arabic-language spokesman, Lt. Col. Nadav Shoham, published a map of a building in Brital, near Baalbek, and warned residents to stay at least 300 metres away, saying the military would strike Hezbollah facilities there.
The ministry says more than 330 people have been killed by Israeli fire in Lebanon since the November 2024 ceasefire.
About 64,000 people remain displaced from southern border villages, according to the International Organization for Migration.
Hezbollah did not immediately comment. The group has said it will not discuss its weapons while Israeli troops remain at five hilltop posts inside Lebanon.
Photo: Smoke rises after a strike on the outskirts of Nabatieh. (AFP)
Photo: Smoke rises after a strike on the outskirts of Nabatieh. (AFP)
Most read: Lebanon's parliament approves 2026 budget of $5.6 billion"""
))
ISR_LB = ("other", None, "israel")
u = [
    U("killed", 5, SLEB, LMOH, "Israeli strikes on southern Lebanon killed five people on Tuesday", ISR_LB, D),
    U("killed", 2, NABT, LMOH, "drone strike on a car in Nabatieh killed two people", ISR_LB, D),
    U("attack", None, NABT, LMOH + ["Israeli military"], ["drone strike on a car in Nabatieh killed two people", "had killed a Hezbollah operative in the Nabatieh area"], ISR_LB, D),
    U("killed", 3, AITA, LMOH, "a strike on a house in Aita al-Shaab killed three and wounded seven", ISR_LB, D),
    U("wounded", 7, AITA, LMOH, "a strike on a house in Aita al-Shaab killed three and wounded seven", ISR_LB, D),
    U("attack", None, AITA, LMOH, "a strike on a house in Aita al-Shaab", ISR_LB, D),
    U("wounded", 2, pl("Bint Jbeil", 33.11944, 35.43333), LMOH, "A third strike, on a motorcycle in Bint Jbeil, wounded two men", ISR_LB, D),
    U("attack", None, pl("Bint Jbeil", 33.11944, 35.43333), LMOH, "A third strike, on a motorcycle in Bint Jbeil", ISR_LB, D),
    U("killed", 1, NABT, ["Israeli military", "The Israeli military"], "it had killed a Hezbollah operative in the Nabatieh area", ("israel", "hezbollah", "israel"), D),
    U("attack", None, BRI, ["Nadav Shoham", "Israeli army", "army's Arabic-language spokesman"], "the military would strike Hezbollah facilities there", ("israel", "hezbollah", "israel"), D, mod="warned",
      note="explicit threat against a named site; no other attack unit in Brital"),
    U("killed", 330, LEB, LMOH, "more than 330 people have been killed by Israeli fire in Lebanon since the November 2024 ceasefire", ISR_LB, D, scope="cumulative"),
    U("displaced", 64000, SLEB, ["International Organization for Migration", "IOM"], "About 64,000 people remain displaced from southern border villages", ("other", "civilian", "israel"), D, scope="cumulative"),
]
DOCS[-1]["units"] = u

# ---------------------------------------------------------------- ev19-10 Red Sea
D = "2026-03-12"
RS = pl("Red Sea", 15.0, 41.8, region=True, r=250, aliases=["southern Red Sea"])
MAR = pl("Marib", 15.46253, 45.32581, aliases=["Marib province", "Ma'rib"])
HOD = pl("Hodeidah", 14.79781, 42.95452, aliases=["Al Hudaydah", "Hodeida"])
SAN = pl("Sanaa", 15.35472, 44.20667, aliases=["Sana'a"])
BAM = pl("Bab el-Mandeb", 12.58, 43.33, region=True, r=60, aliases=["Bab al-Mandab"])
SAREE = ["Yahya Saree", "Houthi military spokesman", "Houthis"]
DOCS.append(dict(
    id="ev19-10", conflict="Yemen / Red Sea", form="maritime security bulletin / news story (UKMTO report, Houthi claim, CENTCOM, Israeli strikes, threat)",
    url="https://maritimewatch.example.net/2026/03/12/tanker-hit-red-sea-houthi-claim", published=D,
    title="Houthis claim missile strike on tanker in Red Sea; crew member missing",
    text="""MARITIME WATCH | Security | 12 March 2026 | 4 min read
Houthis claim missile strike on tanker in Red Sea; crew member missing
The UK Maritime Trade Operations centre (UKMTO) said on Wednesday it had received a report of an incident 52 nautical miles west of Hodeidah, where a merchant vessel was struck by an unknown projectile that started a fire on deck.
The crew of 21 abandoned ship and were picked up by a passing vessel, UKMTO said. One Filipino seafarer was unaccounted for, the ship's Athens-based manager told Maritime Watch.
Houthi military spokesman Yahya Saree said in a televised statement that the group's naval forces had targeted the Liberian-flagged tanker Aurora Crest with two anti-ship ballistic missiles and an explosive boat, "achieving a direct hit".
US Central Command said its forces had shot down three Houthi drones over the Red Sea and destroyed two unmanned surface vessels before they could reach shipping lanes.
Saree also claimed that Houthi air defences had downed an American MQ-9 Reaper drone over Marib province. A US defence official, speaking on condition of anonymity, denied that any aircraft had been lost.
Late on Tuesday, Israeli jets struck the port of Hodeidah and a power station on the outskirts of Sanaa. The Houthi-run health ministry said the strikes killed four people and wounded 39.
In a speech broadcast on Thursday evening, Houthi leader Abdul-Malik al-Houthi warned that any ship linked to Israel passing through the Bab el-Mandeb strait would be attacked.
Related: War-risk premiums for Red Sea transits climb to 1% of hull value
Video: 0:00 / 1:42 | Captions | Settings | Full screen"""
))
u = [
    U("attack", None, RS, ["UKMTO", "UK Maritime Trade Operations", "Yahya Saree", "Houthis"],
      ["a merchant vessel was struck by an unknown projectile that started a fire on deck", "had targeted the Liberian-flagged tanker Aurora Crest"], ("other", "other", "houthis"), "2026-03-11",
      note="52 nm west of Hodeidah; UKMTO report and Houthi claim are one unit"),
    U("affected", 21, RS, ["UKMTO"], "The crew of 21 abandoned ship", ("other", "other", "houthis"), "2026-03-11", opt=True, note="crew abandoning ship"),
    U("missing", 1, RS, ["ship's Athens-based manager", "ship's manager"], "One Filipino seafarer was unaccounted for", ("other", "other", "houthis"), "2026-03-11"),
    U("materiel_lost", 3, RS, ["US Central Command", "CENTCOM"], "shot down three Houthi drones over the Red Sea", ("united_states", "houthis", "united_states"), D, note="interception"),
    U("materiel_lost", 2, RS, ["US Central Command", "CENTCOM"], "destroyed two unmanned surface vessels", ("united_states", "houthis", "united_states"), D),
    U("materiel_lost", 1, MAR, SAREE, ["Houthi air defences had downed an American MQ-9 Reaper drone over Marib province", "denied that any aircraft had been lost"],
      ("houthis", "united_states", "houthis"), D, mod="denied", note="Houthi claim, US official denies"),
    U("attack", None, HOD, None, "Israeli jets struck the port of Hodeidah", (None, "houthis", "israel"), "2026-03-10", note="'late on Tuesday' in a Thursday-dated story -> 10 March"),
    U("attack", None, SAN, None, "a power station on the outskirts of Sanaa", (None, "houthis", "israel"), "2026-03-10"),
    U("killed", 4, HOD, ["Houthi-run health ministry", "health ministry"], "the strikes killed four people and wounded 39", ("houthis", None, "israel"), "2026-03-10", note="Hodeidah and Sanaa together"),
    U("wounded", 39, HOD, ["Houthi-run health ministry", "health ministry"], "the strikes killed four people and wounded 39", ("houthis", None, "israel"), "2026-03-10"),
    U("attack", None, BAM, ["Abdul-Malik al-Houthi", "Houthi leader"], "any ship linked to Israel passing through the Bab el-Mandeb strait would be attacked", ("houthis", "other", "houthis"), D, mod="warned",
      basis="published", note="threat"),
]
DOCS[-1]["units"] = u
