from common import P, U
DOCS = []

# ---------------------------------------------------------------- ev18-08 wire, Israel-Lebanon
BINTJ = P("Bint Jbeil", 33.1197, 35.4336)
NABAT = P("Nabatieh", 33.3772, 35.4836)
BAALBEK = P("Baalbek", 34.0058, 36.2181, ["Bekaa", "Bekaa valley"])
DAHIYEH = P("Beirut's southern suburbs", 33.85, 35.51, ["Dahiyeh", "Beirut", "southern suburbs"])
GALILEE = P("western Galilee", 33.0, 35.2, ["Galilee", "northern Israel"], True, 40)
LEB = P("Lebanon", 33.85, 35.86, ["Lebanon", "south Lebanon", "southern Lebanon"], True, 150)
t8 = """Israeli strikes kill four in south Lebanon as Katz warns of wider campaign
AFP | Published: Feb 03, 2026, 14:05 IST
Beirut: Israeli strikes on south and east Lebanon killed four people on Monday, Lebanon's health ministry said, as Israel's defence minister threatened to hit Beirut's southern suburbs if Hezbollah did not disarm.
A strike on a car in the southern town of Bint Jbeil killed two men, the ministry said in a statement, while another on a motorcycle near Nabatieh killed one person and wounded a passer-by.
In the Bekaa valley, an Israeli drone targeted a vehicle on the outskirts of Baalbek, killing its driver, the official National News Agency (NNA) reported.
The Israeli military said it had "eliminated" a Hezbollah commander in the Bint Jbeil strike who was responsible for rebuilding the group's weapons storage in the area, and that it had struck "terrorist infrastructure" near Nabatieh.
Earlier on Monday, the army said air defences had intercepted a drone that crossed into Israeli airspace from Lebanon over the western Galilee. Hezbollah denied having launched any drone, and said in a statement that it remained committed to the ceasefire.
"If Hezbollah does not disarm, we will act in Dahiyeh with full force," Defence Minister Israel Katz said during a visit to the northern border, referring to the Hezbollah stronghold south of the capital.
Despite a November 2024 ceasefire, Israel has kept up near-daily strikes on Lebanon and still holds five hilltop positions inside the country. More than 340 people have been killed by Israeli fire in Lebanon since the truce took effect, according to an AFP tally of health ministry figures.
The war between Israel and Hezbollah displaced more than 1.2 million people in Lebanon at its height, and some 64,000 remain unable to return to their border villages, according to the International Organization for Migration.
PTI adds: India has reiterated its support for UNIFIL.
Also Read | Lebanon cabinet to debate army plan for weapons north of the Litani
Catch all the latest news, breaking news events and world updates on our app."""
d8 = "2026-02-02"
LEBHM = ["Lebanon's health ministry", "health ministry", "ministry"]
DOCS.append(dict(id="ev18-08", url="https://www.hindustantimes.com/world-news/israeli-strikes-kill-four-in-south-lebanon-as-katz-warns-of-wider-campaign-101770107300000.html",
    title="Israeli strikes kill four in south Lebanon as Katz warns of wider campaign", published="2026-02-03T14:05:00+05:30", text=t8, units=[
    U("killed", 4, LEB, LEBHM, ["Israeli strikes kill four in south Lebanon as Katz warns of wider campaign", "Israeli strikes on south and east Lebanon killed four people on Monday"], d8, ("other", None, "israel")),
    U("attack", None, BINTJ, LEBHM + ["Israeli military"], ["A strike on a car in the southern town of Bint Jbeil", "in the Bint Jbeil strike"], d8, ("other", None, "israel")),
    U("killed", 2, BINTJ, LEBHM, "A strike on a car in the southern town of Bint Jbeil killed two men", d8, ("other", None, "israel")),
    U("killed", 1, None, LEBHM + ["National News Agency", "NNA", "Israeli military"], ["another on a motorcycle near Nabatieh killed one person", "killing its driver", "it had \"eliminated\" a Hezbollah commander"], d8, ("other", None, "israel"), opt=True,
      note="Three separate single deaths (Nabatieh, Baalbek, the commander); implicit or repeated 1."),
    U("attack", None, NABAT, LEBHM + ["Israeli military"], ["another on a motorcycle near Nabatieh", "it had struck \"terrorist infrastructure\" near Nabatieh"], d8, ("other", None, "israel")),
    U("wounded", 1, NABAT, LEBHM, "wounded a passer-by", d8, ("other", "civilian", "israel"), opt=True, note="Implicit count of one."),
    U("attack", None, BAALBEK, ["National News Agency", "NNA"], "an Israeli drone targeted a vehicle on the outskirts of Baalbek", d8, ("other", None, "israel")),
    U("materiel_lost", 1, GALILEE, ["Israeli military", "army"], ["air defences had intercepted a drone that crossed into Israeli airspace from Lebanon over the western Galilee", "Hezbollah denied having launched any drone"], d8, ("israel", "hezbollah", "israel"), mod="denied",
      note="Interception reported by Israel, launch denied by Hezbollah."),
    U("attack", None, DAHIYEH, ["Israel Katz", "Katz"], ["If Hezbollah does not disarm, we will act in Dahiyeh with full force", "threatened to hit Beirut's southern suburbs"], "2026-02-03", ("israel", "hezbollah", "israel"), basis="published", mod="warned"),
    U("killed", 340, LEB, ["AFP tally", "AFP"], "More than 340 people have been killed by Israeli fire in Lebanon since the truce took effect", "2026-02-03", ("other", None, "israel"), basis="published", scope="cumulative"),
    U("displaced", 1200000, LEB, None, "displaced more than 1.2 million people in Lebanon at its height", "2024", (None, "civilian", None), prec="year", basis="text", scope="cumulative", note="Background figure for the 2024 war."),
    U("displaced", 64000, LEB, ["International Organization for Migration"], "some 64,000 remain unable to return to their border villages", "2026-02-03", ("other", "civilian", None), basis="published", scope="cumulative"),
]))

# ---------------------------------------------------------------- ev18-09 wire, Red Sea / Yemen
ADEN_G = P("Gulf of Aden", 12.5, 47.5, ["Gulf of Aden", "Aden"], True, 350)
EILAT = P("Eilat", 29.5577, 34.9519)
HODEIDAH = P("Hodeidah", 14.7978, 42.9545)
RASISA = P("Ras Isa", 15.2, 42.75, ["Ras Isa port"])
MARIB = P("Marib", 15.4629, 45.3253)
REDSEA = P("Red Sea", 20.0, 38.5, ["Red Sea"], True, 500)
t9 = """Houthis claim missile attack on tanker in Gulf of Aden; one crew member killed
DUBAI, United Arab Emirates (AP) — Yemen's Houthi rebels claimed responsibility Wednesday for a missile attack on a Liberian-flagged tanker in the Gulf of Aden that killed one of its crew, the first deadly assault on commercial shipping in months.
The vessel was hit on Tuesday about 90 nautical miles east of Aden, the British military's United Kingdom Maritime Trade Operations center said. One crew member, a Filipino national, was killed and two others were injured, according to the ship's manager, which said the tanker was still under way.
In a prerecorded video statement, Houthi military spokesman Brig. Gen. Yahya Saree said the rebels had targeted the ship "with a number of naval missiles" because its owner did business with Israeli ports. He also said the group had launched drones at the Israeli port city of Eilat. The Israeli military said two drones launched from Yemen were intercepted before reaching Israeli territory.
Saree warned that "all American and Israeli ships in the Red Sea and the Arabian Sea are legitimate targets" and urged shipping companies to stay away.
Hours later, U.S. Central Command said American forces had struck Houthi radar and missile sites in and around the port of Hodeidah. The Houthi-run health ministry said six people were killed and 15 wounded in a strike on the oil port of Ras Isa, north of Hodeidah; CENTCOM said it was aware of the reports and was assessing them.
The rebels also said they had shot down a U.S. MQ-9 Reaper drone over the central province of Marib. A Pentagon official, who spoke on condition of anonymity because they were not authorized to brief reporters, denied that any American aircraft had been lost.
From November 2023 until a ceasefire in 2025, the Houthis attacked more than 100 merchant ships with missiles and drones, sinking two vessels and killing four sailors.
Copyright 2026 The Associated Press. All rights reserved.
___
Associated Press writer Samy Magdy in Cairo contributed to this report."""
d9 = "2026-03-03"
HOU = ["Houthi", "Houthis", "Yahya Saree", "Saree", "rebels"]
DOCS.append(dict(id="ev18-09", url="https://apnews.com/article/yemen-houthis-tanker-gulf-of-aden-red-sea-3b1f0c6d9a2e",
    title="Houthis claim missile attack on tanker in Gulf of Aden; one crew member killed", published="2026-03-04", text=t9, units=[
    U("attack", None, ADEN_G, HOU + ["United Kingdom Maritime Trade Operations"], ["Houthis claim missile attack on tanker in Gulf of Aden", "a missile attack on a Liberian-flagged tanker in the Gulf of Aden", "The vessel was hit on Tuesday about 90 nautical miles east of Aden"], d9, ("houthis", "other", "houthis"), mod="claimed"),
    U("killed", 1, ADEN_G, ["ship's manager"], ["one crew member killed", "One crew member, a Filipino national, was killed"], d9, ("other", "civilian", "houthis")),
    U("wounded", 2, ADEN_G, ["ship's manager"], "two others were injured", d9, ("other", "civilian", "houthis")),
    U("attack", None, EILAT, HOU, "the group had launched drones at the Israeli port city of Eilat", d9, ("houthis", "israel", "houthis"), mod="claimed"),
    U("materiel_lost", 2, EILAT, ["Israeli military"], ["two drones launched from Yemen were intercepted", "sinking two vessels"], d9, ("israel", "houthis", "israel"), mod="claimed",
      note="Same number, two things: two Houthi drones intercepted and two ships sunk by the Houthis (background); one unit, the drones' place and sides."),
    U("attack", None, REDSEA, HOU, "all American and Israeli ships in the Red Sea and the Arabian Sea are legitimate targets", "2026-03-04", ("houthis", "other", "houthis"), basis="published", mod="warned"),
    U("attack", None, HODEIDAH, ["U.S. Central Command", "CENTCOM"], "American forces had struck Houthi radar and missile sites in and around the port of Hodeidah", d9, ("united_states", "houthis", "united_states"), mod="claimed"),
    U("attack", None, RASISA, ["Houthi-run health ministry"], "a strike on the oil port of Ras Isa", d9, ("houthis", None, "united_states"), mod="claimed", note="Approximate coordinates."),
    U("killed", 6, RASISA, ["Houthi-run health ministry"], "six people were killed and 15 wounded in a strike on the oil port of Ras Isa", d9, ("houthis", None, "united_states"), mod="claimed"),
    U("wounded", 15, RASISA, ["Houthi-run health ministry"], "six people were killed and 15 wounded in a strike on the oil port of Ras Isa", d9, ("houthis", None, "united_states"), mod="claimed"),
    U("attack", None, MARIB, HOU, ["they had shot down a U.S. MQ-9 Reaper drone over the central province of Marib", "denied that any American aircraft had been lost"], d9, ("houthis", "united_states", "houthis"), opt=True, note="Shoot-down, not a strike on a place; the materiel unit carries it."),
    U("materiel_lost", 1, MARIB, HOU, ["they had shot down a U.S. MQ-9 Reaper drone over the central province of Marib", "denied that any American aircraft had been lost"], d9, ("houthis", "united_states", "houthis"), mod="denied"),
    U("killed", 4, REDSEA, None, "killing four sailors", "2025", (None, "civilian", "houthis"), prec="year", scope="cumulative", note="Background running total for 2023-2025."),
]))

# ---------------------------------------------------------------- ev18-10 Haiti, local outlet
CABARET = P("Cabaret", 18.7345, -72.4194)
CITESOL = P("Cité Soleil", 18.5833, -72.3333, ["Cite Soleil"])
SAINTMARC = P("Saint-Marc", 19.1081, -72.6938, ["Saint Marc"])
KENSCOFF = P("Kenscoff", 18.4483, -72.2869)
HAITI = P("Haiti", 19.0, -72.5, ["Haiti"], True, 200)
t10 = """THE HAITIAN TIMES
Subscribe | Donate | Sign in
Gangs kill 17 in Cabaret as thousands flee; drone strike in Cité Soleil draws anger
By Jean-Marc Pierre | December 2, 2025
Residents flee Cabaret on foot on Monday, Dec. 1. Photo by Jean-Marc Pierre for The Haitian Times
Residents flee Cabaret on foot on Monday, Dec. 1. Photo by Jean-Marc Pierre for The Haitian Times
CABARET — Armed men from the Viv Ansanm gang coalition stormed several neighborhoods of this commune north of Port-au-Prince before dawn Sunday, setting homes on fire and shooting at residents who tried to escape. At least 17 people were killed and nine wounded, Cabaret's mayor, Ronald Jean-Baptiste, told The Haitian Times.
"They came from the hills and went door to door," said a mother of three who asked not to be named for fear of reprisals. "We left with nothing."
More than 3,200 people have fled Cabaret since Sunday, most of them toward Arcahaie, according to the International Organization for Migration (IOM).
In Port-au-Prince, anger grew after an explosive-laden drone operated by a government task force struck a house in Cité Soleil on Monday. Residents said eight children were among those killed. The Haitian National Police said the strike had targeted a gang meeting and rejected what it called "false claims" that children had died. Hundreds of residents marched through Cité Soleil on Monday evening to denounce the strike, some carrying small coffins.
Jimmy "Barbecue" Chérizier, the Viv Ansanm leader, said in a video posted on social media that his men would "take Saint-Marc" if the drone strikes did not stop.
Separately, gunmen abducted a Catholic priest, Father Jean-Robert Désir, as he left a chapel in Kenscoff on Saturday, the Archdiocese of Port-au-Prince said in a statement.
Read also: Inside the fight for Kenscoff's farmland
The United Nations Integrated Office in Haiti (BINUH) has recorded at least 1,247 people killed and 710 injured in gang violence between July and September alone. Nearly 1.4 million Haitians are now displaced, according to IOM, the highest figure ever recorded in the country.
Stay informed: Get The Haitian Times newsletter in your inbox every morning.
Jean-Marc Pierre is a reporter for The Haitian Times based in Port-au-Prince."""
DOCS.append(dict(id="ev18-10", url="https://haitiantimes.com/2025/12/02/gangs-kill-17-in-cabaret-drone-strike-cite-soleil/",
    title="Gangs kill 17 in Cabaret as thousands flee; drone strike in Cité Soleil draws anger", published="2025-12-02", text=t10, units=[
    U("killed", 17, CABARET, ["Ronald Jean-Baptiste", "Cabaret's mayor", "mayor"], ["Gangs kill 17 in Cabaret as thousands flee", "At least 17 people were killed and nine wounded"], "2025-11-30", ("other", "civilian", "gangs")),
    U("wounded", 9, CABARET, ["Ronald Jean-Baptiste", "Cabaret's mayor", "mayor"], "At least 17 people were killed and nine wounded", "2025-11-30", ("other", "civilian", "gangs")),
    U("attack", None, CABARET, None, "Armed men from the Viv Ansanm gang coalition stormed several neighborhoods of this commune", "2025-11-30", (None, "civilian", "gangs")),
    U("displaced", 3200, CABARET, ["International Organization for Migration", "IOM"], ["More than 3,200 people have fled Cabaret since Sunday", "Residents flee Cabaret on foot on Monday"], "2025-12-02", ("other", "civilian", "gangs"), basis="published", scope="cumulative"),
    U("displaced", 1000, CABARET, None, "Gangs kill 17 in Cabaret as thousands flee", "2025-12-02", (None, "civilian", "gangs"), basis="published", opt=True, note="'thousands' has no agreed value."),
    U("attack", None, CITESOL, ["Haitian National Police", "Residents"], ["an explosive-laden drone operated by a government task force struck a house in Cité Soleil on Monday", "drone strike in Cité Soleil draws anger"], "2025-12-01", ("haiti_government", "gangs", "haiti_government")),
    U("killed", 8, CITESOL, ["Residents"], ["Residents said eight children were among those killed", "rejected what it called \"false claims\" that children had died"], "2025-12-01", ("other", "civilian", "haiti_government"), mod="denied",
      note="Residents' figure, denied by the police; residents as claimant coded other."),
    U("protest", None, CITESOL, None, "Hundreds of residents marched through Cité Soleil on Monday evening to denounce the strike", "2025-12-01", (None, None, None)),
    U("territory", None, SAINTMARC, ["Jimmy \"Barbecue\" Chérizier", "Chérizier", "Viv Ansanm"], "his men would \"take Saint-Marc\"", "2025-12-02", ("gangs", "haiti_government", "gangs"), basis="published", mod="warned"),
    U("abducted", 1, KENSCOFF, ["Archdiocese of Port-au-Prince", "Archdiocese"], "gunmen abducted a Catholic priest, Father Jean-Robert Désir, as he left a chapel in Kenscoff on Saturday", "2025-11-29", ("other", "civilian", "gangs")),
    U("killed", 1247, HAITI, ["United Nations Integrated Office in Haiti", "BINUH"], "at least 1,247 people killed and 710 injured in gang violence between July and September alone", "2025-09", ("other", None, "gangs"), prec="month", scope="cumulative"),
    U("wounded", 710, HAITI, ["United Nations Integrated Office in Haiti", "BINUH"], "at least 1,247 people killed and 710 injured in gang violence between July and September alone", "2025-09", ("other", None, "gangs"), prec="month", scope="cumulative"),
    U("displaced", 1400000, HAITI, ["IOM", "International Organization for Migration"], "Nearly 1.4 million Haitians are now displaced", "2025-12-02", ("other", "civilian", "gangs"), basis="published", scope="cumulative"),
]))
