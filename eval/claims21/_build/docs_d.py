"""ev21-16 .. ev21-20: Syria, Ethiopia, Colombia, Pakistan, Mozambique."""
from common import D, U, pt, rg

DOCS = []

# ---------------------------------------------------------------- ev21-16 wire copy (Syria)
ALEPPO = pt("Aleppo", 36.20124, 37.16117, geoname="Aleppo", aliases=["Sheikh Maqsoud", "Ashrafieh"])
DEIR_HAFER = pt("Deir Hafer", 36.1569, 37.7078, geoname="Dayr Ḩāfir", aliases=["Dayr Hafir"])
QUNEITRA = pt("Quneitra", 33.12595, 35.82461, geoname="Al Qunayţirah")
SANA = ["state news agency", "agency"]
DOCS.append(D(
    "ev21-16", "Syria", "wire copy (dateline with abbreviated agency, audio-player residue, most-read list)",
    "https://www.orientwire.example.net/middle-east/syria/aleppo-clashes-deir-hafer-2026-01-10",
    "Clashes in Aleppo kill 11 as Syrian army says it has taken Deir Hafer from SDF",
    "2026-01-10T13:20:00+00:00",
    """
    Clashes in Aleppo kill 11 as Syrian army says it has taken Deir Hafer from SDF

    Orient Wire Service · Jan. 10, 2026 · 13:20 GMT

    ▷ Listen to this article · 5 min

    ALEPPO, Syria, Jan. 10 (OWS) — Fighting between Syrian government forces and the Kurdish-led Syrian Democratic Forces (SDF) in the Kurdish-majority Aleppo neighbourhoods of Sheikh Maqsoud and Ashrafieh killed at least 11 people on Friday, six of them civilians, the city's health directorate said.

    The SDF accused government-affiliated factions of shelling residential streets in Sheikh Maqsoud with mortars and heavy machine guns. The Defence Ministry said in a statement that its forces had "only responded to the sources of fire" and accused the SDF of sniping at checkpoints.

    Some 9,000 residents have fled the two neighbourhoods since Thursday, according to the governorate, many of them to relatives in other parts of the city.

    East of Aleppo, the ministry said the army had taken control of Deir Hafer after the SDF withdrew from the town overnight. An SDF spokesman, Rojhat Bozan, denied any withdrawal and said government drones had struck SDF positions near the town, killing three fighters.

    In southern Syria, Israeli troops raided the village of Beit Jinn, on the slopes of Mount Hermon, before dawn and detained four men, the state news agency reported. Hours later an Israeli drone struck a car on the outskirts of Quneitra, killing one person, according to the agency. The Israeli military said it had acted against "terror operatives" planning attacks on Israeli troops in the area.

    Hundreds of people rallied in Qamishli, the largest city in the SDF-run northeast, to protest against what they called the government's assault on Aleppo's Kurds.

    The fighting is the most serious between the two sides since they signed an agreement in March 2025 to integrate the SDF's institutions into the state by the end of that year. In Sweida province, clashes between Druze fighters and Bedouin tribes, and the government intervention that followed, killed more than 1,600 people in July 2025, according to the Levant Monitor for Human Rights.

    Syria, whose pre-war population was around 22 million, faces a reconstruction bill that donors put at well over $200 billion.

    Most read
    1. Damascus stock exchange marks first year of full trading
    2. Five killed in Idlib car bomb, civil defence says
    """,
    [
        U("killed", 11, ALEPPO, ["health directorate", "city's health directorate"],
          ["killed at least 11 people on Friday, six of them civilians", "Clashes in Aleppo kill 11"],
          ("other", None, None), date="2026-01-09",
          note="Syrian transitional government institutions and the SDF have no party id: 'other'."),
        U("killed", 6, ALEPPO, ["health directorate", "city's health directorate"], ["six of them civilians"],
          ("other", "civilian", None), date="2026-01-09", note="Numeric subgroup."),
        U("attack", None, ALEPPO, ["SDF", "Syrian Democratic Forces"],
          ["The SDF accused government-affiliated factions of shelling residential streets in Sheikh Maqsoud with mortars and heavy machine guns",
           'its forces had "only responded to the sources of fire"'],
          ("other", "civilian", "other"), date="2026-01-09",
          note="Sheikh Maqsoud is a district of Aleppo; the ministry's reply is a partial denial (same unit)."),
        U("displaced", 9000, ALEPPO, ["governorate", "Aleppo governorate"],
          ["Some 9,000 residents have fled the two neighbourhoods since Thursday"], ("other", "civilian", None),
          scope="cumulative", note="Place carried by 'the two neighbourhoods'."),
        U("territory", None, DEIR_HAFER, ["Defence Ministry", "ministry"],
          ["the ministry said the army had taken control of Deir Hafer after the SDF withdrew from the town overnight",
           "denied any withdrawal"],
          ("other", "other", "other"), date="2026-01-10", note="Denied by the SDF (same unit)."),
        U("killed", 3, DEIR_HAFER, ["Rojhat Bozan", "SDF"],
          ["government drones had struck SDF positions near the town, killing three fighters"],
          ("other", "other", "other"), note="Place carried by 'the town'."),
        U("attack", None, DEIR_HAFER, ["Rojhat Bozan", "SDF"],
          ["government drones had struck SDF positions near the town, killing three fighters"],
          ("other", "other", "other")),
        U("captured", 4, pt("Beit Jinn", 33.3284, 35.9214, aliases=["Mazraat Beit Jinn"]), SANA,
          ["Israeli troops raided the village of Beit Jinn, on the slopes of Mount Hermon, before dawn and detained four men"],
          ("other", "civilian", "israel"), date="2026-01-10", note="Detained by an armed force."),
        U("killed", 1, QUNEITRA, SANA,
          ["an Israeli drone struck a car on the outskirts of Quneitra, killing one person"],
          ("other", None, "israel"), date="2026-01-10"),
        U("attack", None, QUNEITRA, SANA + ["Israeli military"],
          ["an Israeli drone struck a car on the outskirts of Quneitra",
           'it had acted against "terror operatives" planning attacks on Israeli troops in the area'],
          ("other", None, "israel"), date="2026-01-10"),
        U("protest", 100, pt("Qamishli", 37.0521, 41.2314, geoname="Al Qāmishlī", aliases=["Al Qamishli"]), None,
          ["Hundreds of people rallied in Qamishli"], (None, None, None), note="'Hundreds' -> 100."),
        U("killed", 1600, rg("Sweida province", 32.7, 36.6, 50, aliases=["Sweida", "Suwayda"]),
          ["Levant Monitor for Human Rights"], ["killed more than 1,600 people in July 2025"],
          ("other", None, None), date="2025-07", prec="month", note="Background event."),
        U("killed", 5, rg("Idlib", 35.93, 36.63, 60, aliases=["Idlib province"]), ["civil defence"],
          ["Five killed in Idlib car bomb, civil defence says"], ("other", None, None), opt=True,
          note="Most-read teaser."),
    ],
))

# ---------------------------------------------------------------- ev21-17 local outlet, translated (Ethiopia)
DEMBECHA = pt("Dembecha", 10.55, 37.4833, geoname="Dembech’a", aliases=["Dembech'a"])
FANO = ["Amhara Fano Popular Front", "Fano"]
ENDF = ["Ethiopian National Defence Force", "ENDF"]
AMHARA = rg("Amhara region", 11.5, 38.0, 250, aliases=["North Gondar", "Gojjam", "Amhara"])
DOCS.append(D(
    "ev21-17", "Ethiopia (Amhara)", "local outlet, translated (date in the dateline, share counter)",
    "https://abaypost.example.et/en/2026/09/24/dembecha-drone-strike",
    "Drone strike on minibus near Dembecha kills 14, residents say",
    "2026-09-24",
    """
    ABAY POST · English Service
    Translated from the Amharic original

    Drone strike on minibus near Dembecha kills 14, residents say

    Bahir Dar, September 24, 2026 (Abay Post) – A drone strike on a minibus travelling near the town of Dembecha in West Gojjam Zone killed 14 passengers and wounded nine on Tuesday, residents and a health worker told Abay Post.

    The minibus was heading to the weekly market in Dembecha when it was hit, a health worker at the town's hospital said by telephone. Among the dead were two children, he said, speaking on condition of anonymity. "We received the wounded late in the afternoon. Some of them had lost limbs."

    Neither the federal government nor the regional administration commented on the strike. The government has in the past denied targeting civilians in its campaign against the Fano militia.

    The Amhara Fano Popular Front said in a statement on Wednesday that its fighters had taken control of Debre Tabor, the capital of South Gondar Zone, on Monday after three days of fighting. Government spokesperson Meseret Alemu rejected the claim, saying that the town "is under the full control of the security forces".

    The Ethiopian National Defence Force (ENDF) said in a statement broadcast on state television that its units had killed 276 Fano "extremists" and captured 85 in operations in North Gondar and Gojjam over the past week.

    In Wag Hemra Zone, around 32,000 people have been displaced by fighting since July, according to zonal officials. Separately, gunmen abducted 23 passengers from two buses on the Bahir Dar–Gondar road near Werota on Sunday, police said.

    The Fano insurgency began in April 2023 after the federal government moved to dissolve regional special forces. It followed the 2020-2022 war in Tigray, in which hundreds of thousands of people are estimated to have died.

    Follow us on Telegram and Facebook · 1.2K shares
    """,
    [
        U("killed", 14, DEMBECHA, ["residents", "health worker"],
          ["killed 14 passengers and wounded nine on Tuesday", "Drone strike on minibus near Dembecha kills 14"],
          ("other", "civilian", None), date="2026-09-22"),
        U("wounded", 9, DEMBECHA, ["residents", "health worker"], ["killed 14 passengers and wounded nine on Tuesday"],
          ("other", "civilian", None), date="2026-09-22"),
        U("killed", 2, DEMBECHA, ["health worker"], ["Among the dead were two children"], ("other", "civilian", None),
          date="2026-09-22", note="Numeric subgroup."),
        U("attack", None, DEMBECHA, ["residents", "health worker"],
          ["A drone strike on a minibus travelling near the town of Dembecha",
           "The minibus was heading to the weekly market in Dembecha when it was hit"],
          ("other", "civilian", None), date="2026-09-22"),
        U("territory", None, pt("Debre Tabor", 11.85, 38.0167, geoname="Debre Tabor"), FANO,
          ["its fighters had taken control of Debre Tabor, the capital of South Gondar Zone, on Monday",
           'the town "is under the full control of the security forces"'],
          ("armed_groups", "other", "armed_groups"), date="2026-09-21", note="Denied by the government (same unit)."),
        U("killed", 276, AMHARA, ENDF, ['its units had killed 276 Fano "extremists" and captured 85'],
          ("other", "armed_groups", "other"), date="2026-09-24", note="Over the past week."),
        U("captured", 85, AMHARA, ENDF, ['its units had killed 276 Fano "extremists" and captured 85'],
          ("other", "armed_groups", "other"), date="2026-09-24"),
        U("displaced", 32000, rg("Wag Hemra Zone", 12.75, 39.0, 60, aliases=["Wag Hemra", "Sekota"]), ["zonal officials"],
          ["around 32,000 people have been displaced by fighting since July"], ("other", "civilian", None),
          scope="cumulative"),
        U("abducted", 23, pt("Werota", 11.9167, 37.7, geoname="Werota", aliases=["Woreta"]), ["police"],
          ["gunmen abducted 23 passengers from two buses on the Bahir Dar–Gondar road near Werota on Sunday"],
          ("other", "civilian", None), date="2026-09-20"),
        U("killed", 100000, rg("Tigray", 14.0, 39.0, 200, aliases=["Tigray region"]), None,
          ["hundreds of thousands of people are estimated to have died"], (None, None, None), opt=True,
          date="2022", prec="year", scope="cumulative", note="'Hundreds of thousands' has no agreed value."),
    ],
))

# ---------------------------------------------------------------- ev21-18 wire copy (Colombia)
JAMUNDI = pt("Jamundí", 3.2607, -76.535, geoname="Jamundí", aliases=["Jamundi"])
CATATUMBO = rg("Catatumbo", 8.6, -73.0, 70, aliases=["Catatumbo region", "Tibú", "Tibu"])
PLATEADO = pt("El Plateado", 2.27, -77.08, aliases=["Argelia"])
GUAVIARE = rg("Guaviare province", 2.3, -72.5, 120, aliases=["Guaviare"])
DOCS.append(D(
    "ev21-18", "Colombia", "wire copy (city dateline with month abbreviation)",
    "https://www.andeswire.example.com/americas/colombia-drone-attack-jamundi-2026-10-15",
    "Drone attack on Colombian police station kills two as Catatumbo fighting displaces thousands",
    "2026-10-15T18:02:00-05:00",
    """
    Drone attack on Colombian police station kills two as Catatumbo fighting displaces thousands

    Andes Wire · October 15, 2026 · 6:02 PM COT

    BOGOTA, Oct 15 (Andes Wire) - A drone loaded with explosives struck a police station in Jamundí, in southwestern Colombia, on Wednesday night, killing two officers and wounding five, the national police said on Thursday.

    Police blamed the Jaime Martínez front, a faction of FARC dissidents that rejected the 2016 peace deal and operates in the mountains between Valle del Cauca and Cauca provinces. The group did not comment.

    In the northeastern Catatumbo region, renewed fighting between the National Liberation Army (ELN) and FARC dissidents of the 33rd front has displaced 3,200 people this week, most of them to the town of Tibú, the ombudsman's office said. It is the worst outbreak since January 2025, when a similar offensive by the ELN killed more than 80 people and drove over 50,000 from their homes.

    In Cauca, residents of El Plateado, a hamlet in the Argelia municipality, surrounded a patrol and held 28 soldiers for two days before releasing them on Tuesday, the army said. Defence Minister Rodrigo Salcedo called it "a kidnapping disguised as a protest" organised by the dissidents.

    The ELN claimed responsibility for a bomb attack on the Caño Limón–Coveñas oil pipeline near Saravena, in Arauca province, on Monday, forcing the state oil company to suspend pumping. The pipeline, which carries up to 210,000 barrels per day, began operating in 1986.

    The army said a bombing raid on a dissident camp in the jungles of Guaviare province killed seven fighters on Sunday.

    So far this year, 68 social leaders and human rights defenders have been killed in Colombia, according to the Bogota-based Observatory for Peace and Rights.

    Colombia holds presidential elections in May, and security has become a central campaign issue.

    (Reporting by Lucía Ortega; Editing by Peter Hale)
    """,
    [
        U("killed", 2, JAMUNDI, ["national police", "police"],
          ["killing two officers and wounding five", "Drone attack on Colombian police station kills two"],
          ("other", "other", "armed_groups"), date="2026-10-14"),
        U("wounded", 5, JAMUNDI, ["national police", "police"], ["killing two officers and wounding five"],
          ("other", "other", "armed_groups"), date="2026-10-14"),
        U("attack", None, JAMUNDI, ["national police", "police"],
          ["A drone loaded with explosives struck a police station in Jamundí"],
          ("other", "other", "armed_groups"), date="2026-10-14"),
        U("displaced", 3200, CATATUMBO, ["ombudsman's office", "ombudsman"],
          ["has displaced 3,200 people this week, most of them to the town of Tibú"],
          ("other", "civilian", "armed_groups"), date="2026-10-15", note="This week."),
        U("killed", 80, CATATUMBO, None, ["a similar offensive by the ELN killed more than 80 people"],
          (None, None, "armed_groups"), date="2025-01", prec="month", note="Background event."),
        U("displaced", 50000, CATATUMBO, None, ["drove over 50,000 from their homes"],
          (None, "civilian", "armed_groups"), date="2025-01", prec="month", note="Background event."),
        U("abducted", 28, PLATEADO, ["army", "Rodrigo Salcedo"],
          ["held 28 soldiers for two days before releasing them on Tuesday", '"a kidnapping disguised as a protest"'],
          ("other", "other", "armed_groups"), date="2026-10-11",
          note="Soldiers held by a crowd, called a kidnapping by the minister. Coordinates approximate."),
        U("captured", 28, PLATEADO, ["army"], ["held 28 soldiers for two days before releasing them on Tuesday"],
          ("other", "other", "armed_groups"), opt=True, date="2026-10-11",
          note="Same episode read as soldiers detained; not by an armed force."),
        U("protest", None, PLATEADO, ["Rodrigo Salcedo"], ['"a kidnapping disguised as a protest"'],
          ("other", None, None), opt=True, date="2026-10-11", note="Debatable: the minister denies it was a protest."),
        U("attack", None, pt("Saravena", 6.9632, -71.8823, geoname="Saravena"), ["ELN", "National Liberation Army"],
          ["a bomb attack on the Caño Limón–Coveñas oil pipeline near Saravena"],
          ("armed_groups", "other", "armed_groups"), date="2026-10-12"),
        U("attack", None, GUAVIARE, ["army"], ["a bombing raid on a dissident camp in the jungles of Guaviare province"],
          ("other", "armed_groups", "other"), date="2026-10-11"),
        U("killed", 7, GUAVIARE, ["army"], ["killed seven fighters on Sunday"], ("other", "armed_groups", "other"),
          date="2026-10-11"),
        U("killed", 68, rg("Colombia", 4.6, -74.1, 600, aliases=["Colombia"]), ["Observatory for Peace and Rights"],
          ["68 social leaders and human rights defenders have been killed in Colombia"], ("other", "civilian", None),
          scope="cumulative", note="So far this year."),
    ],
))

# ---------------------------------------------------------------- ev21-19 wire copy (Pakistan)
MIR_ALI = pt("Mir Ali", 33.02, 70.28, aliases=["North Waziristan"])
ISPR = ["Inter-Services Public Relations", "ISPR", "military's media wing"]
BANNU = pt("Bannu", 32.9853, 70.604, geoname="Bannu")
TURBAT = pt("Turbat", 26.0012, 63.0485, geoname="Turbat")
BLA = ["Baloch Liberation Army", "BLA"]
BARMAL = pt("Barmal", 32.66, 69.30, aliases=["Barmal district", "Paktika"])
TALIBAN = ["Afghanistan's Taliban government", "Taliban government", "Taliban"]
DOCS.append(D(
    "ev21-19", "Pakistan", "wire copy (dateline, advertisement residue)",
    "https://www.southasiawire.example.com/pakistan/north-waziristan-17-militants-killed-2026-11-05",
    "Pakistan says 17 militants killed in North Waziristan raid; four soldiers die",
    "2026-11-05T11:00:00+05:00",
    """
    Pakistan says 17 militants killed in North Waziristan raid; four soldiers die

    South Asia Wire · Thursday, November 5, 2026

    PESHAWAR, Pakistan, Nov 5 (SAW) — Pakistani security forces killed 17 militants in an intelligence-based operation near Mir Ali in North Waziristan district on Wednesday, the military's media wing said, adding that four soldiers died in the exchange of fire.

    The Inter-Services Public Relations (ISPR) said the militants belonged to "Fitna al-Khawarij", the term the state uses for the Pakistani Taliban (TTP), and that weapons and ammunition were recovered.

    Late on Tuesday, militants attacked a police checkpoint on the outskirts of Bannu with rockets and automatic weapons, killing three policemen and wounding six, a district police officer said. The TTP claimed responsibility in a message to journalists.

    In Balochistan, the separatist Baloch Liberation Army (BLA) said its fighters had attacked a Frontier Corps camp in Turbat and killed 22 soldiers. A security official, speaking on condition of anonymity, said the attack was repulsed and that "a few" personnel were injured, dismissing the BLA figure as "pure fiction".

    Hundreds of relatives of missing persons staged a sit-in outside the Quetta Press Club on Wednesday, demanding information about people they say were forcibly disappeared by security agencies, among them a university student picked up by men in plain clothes in Panjgur last month.

    Across the border, Afghanistan's Taliban government said Pakistani air strikes in the Barmal district of Paktika province on Monday night killed nine civilians, including five children. Pakistan's Foreign Office said the strikes targeted "terrorist hideouts" and denied that civilians were hit.

    Militant violence killed 2,140 people in Pakistan in the first nine months of the year, the highest toll in a decade, according to the Islamabad-based Centre for Security Research.

    Khyber Pakhtunkhwa, a province of more than 40 million people bordering Afghanistan, has borne the brunt of the violence.

    Advertisement · Continue reading below
    """,
    [
        U("killed", 17, MIR_ALI, ISPR,
          ["Pakistani security forces killed 17 militants in an intelligence-based operation near Mir Ali",
           "Pakistan says 17 militants killed in North Waziristan raid"],
          ("other", "armed_groups", "other"), date="2026-11-04", note="Mir Ali coordinates approximate."),
        U("killed", 4, MIR_ALI, ISPR, ["four soldiers died in the exchange of fire", "four soldiers die"],
          ("other", "other", "armed_groups"), date="2026-11-04"),
        U("attack", None, BANNU, ["district police officer", "police", "TTP"],
          ["militants attacked a police checkpoint on the outskirts of Bannu with rockets and automatic weapons",
           "The TTP claimed responsibility in a message to journalists"],
          ("other", "other", "armed_groups"), date="2026-11-03"),
        U("killed", 3, BANNU, ["district police officer", "police"], ["killing three policemen and wounding six"],
          ("other", "other", "armed_groups"), date="2026-11-03"),
        U("wounded", 6, BANNU, ["district police officer", "police"], ["killing three policemen and wounding six"],
          ("other", "other", "armed_groups"), date="2026-11-03"),
        U("attack", None, TURBAT, BLA + ["security official"],
          ["its fighters had attacked a Frontier Corps camp in Turbat", "the attack was repulsed"],
          ("armed_groups", "other", "armed_groups")),
        U("killed", 22, TURBAT, BLA, ["attacked a Frontier Corps camp in Turbat and killed 22 soldiers",
                                      'dismissing the BLA figure as "pure fiction"'],
          ("armed_groups", "other", "armed_groups"), note="Denied by a security official (same unit)."),
        U("wounded", 3, TURBAT, ["security official"], ['"a few" personnel were injured'],
          ("other", "other", "armed_groups"), opt=True, note="'A few' has no agreed value; 3 as for 'several'."),
        U("protest", 100, pt("Quetta", 30.1841, 67.0014, geoname="Quetta", aliases=["Quetta Press Club"]), None,
          ["Hundreds of relatives of missing persons staged a sit-in outside the Quetta Press Club on Wednesday"],
          (None, None, None), date="2026-11-04", note="'Hundreds' -> 100."),
        U("abducted", 1, pt("Panjgur", 26.9719, 64.0946, geoname="Panjgur"), ["relatives of missing persons", "relatives"],
          ["a university student picked up by men in plain clothes in Panjgur last month"],
          ("other", "civilian", "other"), date="2026-10", prec="month", note="Enforced disappearance."),
        U("killed", 9, BARMAL, TALIBAN,
          ["Pakistani air strikes in the Barmal district of Paktika province on Monday night killed nine civilians, including five children"],
          ("other", "civilian", "other"), date="2026-11-02", note="Coordinates approximate."),
        U("killed", 5, BARMAL, TALIBAN, ["killed nine civilians, including five children"], ("other", "civilian", "other"),
          date="2026-11-02", note="Numeric subgroup."),
        U("attack", None, BARMAL, TALIBAN,
          ["Pakistani air strikes in the Barmal district of Paktika province on Monday night",
           'Pakistan\'s Foreign Office said the strikes targeted "terrorist hideouts" and denied that civilians were hit'],
          ("other", "civilian", "other"), date="2026-11-02", note="Pakistan confirms strikes, denies civilian harm."),
        U("killed", 2140, rg("Pakistan", 30.0, 70.0, 800, aliases=["Pakistan"]), ["Centre for Security Research"],
          ["Militant violence killed 2,140 people in Pakistan in the first nine months of the year"],
          ("other", None, "armed_groups"), date="2026-09", prec="month", scope="cumulative",
          note="Period total January-September."),
    ],
))

# ---------------------------------------------------------------- ev21-20 local outlet (Mozambique)
MUCOJO = pt("Mucojo", -12.07, 40.47, aliases=["Macomia district"])
CABO = rg("Cabo Delgado", -12.5, 39.9, 150, aliases=["Cabo Delgado province", "Macomia", "Ancuabe", "Chiúre"])
MOCIMBOA = pt("Mocímboa da Praia", -11.3517, 40.3516, geoname="Mocímboa da Praia", aliases=["Mocimboa da Praia"])
MONITORS = ["conflict monitors"]
DOCS.append(D(
    "ev21-20", "Mozambique (Cabo Delgado)", "local outlet (English edition, dateline under byline)",
    "https://rovumaherald.example.co.mz/en/2026/11/26/mucojo-farmers-killed",
    "Insurgents kill six farmers near Mucojo as violence spreads south",
    "2026-11-26",
    """
    ROVUMA HERALD | Cabo Delgado news in English
    Thursday 26 November 2026

    Insurgents kill six farmers near Mucojo as violence spreads south

    By Ernesto Matsinhe, Pemba

    Insurgents killed six farmers in their fields outside Mucojo, on the coast of Macomia district, on Monday morning, local sources told the Rovuma Herald. Three survivors with machete wounds were taken to the provincial hospital in Pemba.

    "They tied their hands and used machetes," said a community leader from the village, who asked not to be named. "We found the bodies only in the afternoon."

    The killings came two days after fighters burned houses and a chapel in villages around Ancuabe town, further south.

    More than 14,000 people have fled their homes in Macomia, Ancuabe and Chiúre districts in the past week, according to the International Organization for Migration's displacement tracking unit, most of them to Pemba and Metuge.

    In a claim published on its Telegram channels, Islamic State said its fighters had killed 15 "Christians" in Chiúre district during the week. The claim could not be verified.

    On Wednesday, the defence ministry said Mozambican troops, supported by the Rwandan contingent, had killed 11 insurgents in clashes in Muidumbe district. It did not give details of its own casualties.

    Separately, a parent told the Herald that insurgents abducted nine children from a village near Meluco on 18 November. The children, aged between 10 and 15, are believed to be used as fighters or porters.

    The insurgency, which began in October 2017 with an attack on police stations in Mocímboa da Praia, has killed more than 6,000 people, according to conflict monitors, and at its height displaced over a million. Insurgents held Mocímboa da Praia for a year until Rwandan and Mozambican troops retook it in August 2021.

    Cabo Delgado is home to a liquefied natural gas project worth about $20 billion whose construction was halted for several years.

    Tips? Write to news@rovumaherald.example.co.mz | Like us on Facebook
    """,
    [
        U("killed", 6, MUCOJO, ["local sources"],
          ["Insurgents killed six farmers in their fields outside Mucojo", "Insurgents kill six farmers near Mucojo"],
          ("other", "civilian", "armed_groups"), date="2026-11-23", note="Coordinates approximate."),
        U("wounded", 3, MUCOJO, ["local sources"],
          ["Three survivors with machete wounds were taken to the provincial hospital in Pemba"],
          ("other", "civilian", "armed_groups"), date="2026-11-23", note="Place is the attack site, not Pemba."),
        U("attack", None, MUCOJO, ["local sources"], ["Insurgents killed six farmers in their fields outside Mucojo"],
          ("other", "civilian", "armed_groups"), date="2026-11-23"),
        U("attack", None, pt("Ancuabe", -12.97, 39.86, aliases=["Ancuabe town"]), None,
          ["fighters burned houses and a chapel in villages around Ancuabe town"], (None, "civilian", "armed_groups"),
          date="2026-11-21", note="'Two days after' relative to Monday. Coordinates approximate."),
        U("displaced", 14000, CABO, ["International Organization for Migration", "IOM"],
          ["More than 14,000 people have fled their homes in Macomia, Ancuabe and Chiúre districts in the past week"],
          ("other", "civilian", "armed_groups"), date="2026-11-26", note="In the past week."),
        U("killed", 15, pt("Chiúre", -13.3825, 39.7817, geoname="Chiúre", aliases=["Chiure", "Chiúre district"]),
          ["Islamic State"], ['its fighters had killed 15 "Christians" in Chiúre district during the week'],
          ("armed_groups", "civilian", "armed_groups"), date="2026-11-26", note="Unverified jihadist claim."),
        U("killed", 11, pt("Muidumbe", -11.8, 39.85, aliases=["Muidumbe district"]), ["defence ministry"],
          ["had killed 11 insurgents in clashes in Muidumbe district"], ("other", "armed_groups", "other"),
          date="2026-11-25", note="Coordinates approximate."),
        U("abducted", 9, pt("Meluco", -12.53, 39.64), ["a parent", "parent"],
          ["insurgents abducted nine children from a village near Meluco on 18 November"],
          ("other", "civilian", "armed_groups"), date="2026-11-18", note="Coordinates approximate."),
        U("attack", None, MOCIMBOA, None, ["began in October 2017 with an attack on police stations in Mocímboa da Praia"],
          (None, "other", "armed_groups"), date="2017-10", prec="month", note="Background event."),
        U("territory", None, MOCIMBOA, None,
          ["Insurgents held Mocímboa da Praia for a year until Rwandan and Mozambican troops retook it in August 2021"],
          (None, "armed_groups", "other"), date="2021-08", prec="month", note="Background event."),
        U("killed", 6000, CABO, MONITORS, ["has killed more than 6,000 people, according to conflict monitors"],
          ("other", None, "armed_groups"), scope="cumulative"),
        U("displaced", 1000000, CABO, MONITORS, ["at its height displaced over a million"],
          ("other", "civilian", "armed_groups"), scope="cumulative", note="'Over a million' -> 1,000,000."),
    ],
))
