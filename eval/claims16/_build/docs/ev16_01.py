from lib import G, A, R, U, PUB, text

ID = "ev16-01"
URL = "https://frontlinedesk.org/research/russian-offensive-campaign-assessment-january-17-2026"
TITLE = "Russian Offensive Campaign Assessment, January 17, 2026"
PUBLISHED = "2026-01-18T01:15:00Z"
CONFLICT = "Russia-Ukraine"
FORM = "think-tank daily assessment (Donetsk, south, strikes)"

TEXT = text(
"Skip to main content",
"This site uses cookies to understand how our research is read. Accept all | Manage settings",
"Russian Offensive Campaign Assessment, January 17, 2026",
"Frontline Analysis Desk — January 17, 2026, 8:15pm ET",
"Share | Post | Email | Print | Download the PDF",
"Click here to open the interactive map of the war in Ukraine. The map is refreshed every day together with the static maps in this report.",
"Key Takeaways:",
"Russian forces likely completed the capture of Rodynske, northeast of Pokrovsk, after Ukrainian units withdrew from the last defended blocks of the town on January 15.",
"Geolocated footage published on January 16 indicates that Russian troops advanced along Sobornosti Street in central Kostiantynivka.",
"The Russian Ministry of Defense (MoD) claimed the seizure of Zvanivka in the Siversk direction and of Ivanopillia south of Kostiantynivka. The Frontline Analysis Desk has not observed visual confirmation of either claim.",
"Ukrainian forces recently counterattacked near Shakhove and regained lost positions north of the village.",
"Russian forces launched 147 Shahed-type and decoy drones and nine Iskander-M ballistic missiles at Ukraine overnight on January 16 to 17, focusing on energy facilities in Kharkiv and Dnipro.",
"Russian Main Effort — Donetsk Oblast",
"Russian objective: Seize the remainder of Donetsk Oblast",
"Pokrovsk direction: Russian forces continued offensive operations west and north of Pokrovsk on January 16 and 17 but did not make confirmed advances.",
"The commander of a Ukrainian brigade operating in the area told a Ukrainian outlet on January 16 that his troops pulled out of Rodynske on January 15 after Russian infantry infiltrated the town from the east in groups of two or three. The Frontline Analysis Desk assesses that Russian forces seized Rodynske, given the reported withdrawal and geolocated footage that shows Russian servicemen raising a flag near the town's railway station.",
"Russian forces attacked near Hryshyne, Udachne, Kotlyne and Bilytske on January 16 and 17.",
"A Ukrainian drone unit operating in the Pokrovsk direction reported on January 17 that its pilots destroyed six Russian tanks, 11 armored vehicles and 23 motorcycles near Udachne over the past week.",
"Kostiantynivka direction: Russian forces recently advanced in central Kostiantynivka. Geolocated footage published on January 16 shows Russian servicemen moving along Sobornosti Street near the city market, indicating an advance of roughly 700 meters.",
"The Russian MoD claimed on January 17 that elements of the 8th Combined Arms Army had 'liberated' Ivanopillia. A spokesperson for a Ukrainian brigade in the area denied the claim, saying that Ukrainian troops still hold the village and had repelled Russian assault groups from its southern edge.",
"Dobropillia direction: Ukrainian forces recently counterattacked north of Shakhove. Geolocated footage published on January 15 shows Ukrainian troops clearing a treeline north of the village, and a Ukrainian brigade reported that its soldiers took four Russian servicemen prisoner during the operation.",
"Siversk direction: The Russian MoD claimed that Russian forces seized Zvanivka, southwest of Siversk. Geolocated footage published on January 13 shows Russian forces operating in the eastern part of the village, but the Frontline Analysis Desk assesses that Russian forces do not control the entire settlement.",
"Ukrainian Eastern Group of Forces spokesperson Maj. Viktor Tregubenko said on January 17 that Russian forces conducted 46 assaults in the Siversk direction in the past day, during which Ukrainian forces killed 38 and wounded 57 Russian soldiers.",
"Russian Supporting Effort — Southern Axis",
"Russian forces recently advanced on the southwestern outskirts of Huliaipole. Geolocated footage published on January 16 shows a Russian armored vehicle on Tsentralna Street in the southwestern part of the town.",
"Russian milbloggers claimed that Russian forces captured Zaliznychne, west of Huliaipole. The Ukrainian Southern Defense Forces rejected the claim as 'fiction' on January 17, and the Frontline Analysis Desk has not observed footage of Russian forces in the village.",
"Russian forces shelled Orikhiv, where the Zaporizhzhia Oblast Military Administration reported that a guided glide bomb killed a 64-year-old man.",
"Russian Air, Missile, and Drone Campaign",
"Russian forces conducted a combined strike against Ukraine overnight on January 16 to 17. The Ukrainian Air Force reported that Russian forces launched 147 drones, including roughly 90 Shaheds, and nine Iskander-M ballistic missiles from Kursk and Bryansk oblasts, and that Ukrainian forces downed 118 drones and four missiles. The Air Force added that 26 drones and five missiles struck 11 locations.",
"The Kharkiv Oblast Military Administration reported that Russian drones struck energy infrastructure in Kharkiv City's Kholodnohirskyi district and wounded four people. Dnipropetrovsk Oblast officials said that a ballistic missile strike damaged a thermal power plant in Dnipro and injured three workers.",
"Note: The Frontline Analysis Desk will publish its next assessment on January 18, 2026.",
"Related: Russian Offensive Campaign Assessment, January 16, 2026 | Read more",
"Sign up for the daily update — enter your email address",
"© 2026 Frontline Analysis Desk. All rights reserved.",
)

RODYNSKE = G("Rodynske", "UA", "05")
HRYSHYNE = G("Hryshyne", "UA", "05")
ZVIROVE = G("Zvirove", "UA", "05")
UDACHNE = G("Udachne", "UA", "05")
KOTLYNE = A("Kotlyne", 48.257, 37.045)
BILYTSKE = G("Bilytske", "UA", "05")
KOST = G("Kostiantynivka", "UA", "05")
IVANOP = G("Ivanopillia", "UA", "05")
PLESH = A("Pleshchiivka", 48.50, 37.74)
KURD = G("Kurdiumivka", "UA", "05")
DRUZH = G("Druzhkivka", "UA", "05")
SHAKH = G("Shakhove", "UA", "05")
ZOLOT = A("Zolotyi Kolodiaz", 48.52, 37.21)
ZVAN = G("Zvanivka", "UA", "05")
SIVERSK = G("Siversk", "UA", "05")
SEREB = G("Serebrianka", "UA", "05")
RIZN = G("Riznykivka", "UA", "05")
HULIA = G("Huliaipole", "UA", "26", geoname="Hulyaypole")
ZALIZ = G("Zaliznychne", "UA", "26")
STEPN = G("Stepnohirsk", "UA", "26")
ORIKHIV = G("Orikhiv", "UA", "26")
KHARKIV = G("Kharkiv", "UA", "07")
DNIPRO = G("Dnipro", "UA", "04")
NOVOSH = G("Novoshakhtinsk", "RU")
UKRAINE = R("Ukraine", 48.8, 31.2, 600, aliases=["Ukrainian airspace"])
POKROVSK_DIR = R("Pokrovsk direction", 48.28, 37.18, 30, aliases=["Pokrovsk", "Udachne"])
SIVERSK_DIR = R("Siversk direction", 48.86, 38.10, 25, aliases=["Siversk"])
ROSTOV = R("Rostov Oblast", 47.7, 40.8, 200, aliases=["Rostov", "Rostov region", "Novoshakhtinsk"])

D = "2026-01-17"
UNITS = [
    U("territory", None, RODYNSKE, None,
      ["the capture of Rodynske, northeast of Pokrovsk",
       "his troops pulled out of Rodynske on January 15",
       "Russian forces seized Rodynske"],
      "2026-01-15", "-/ukraine/russia",
      note="Outlet's assessment; a Ukrainian brigade commander also reports the withdrawal."),
    U("territory", None, KOST, None,
      ["Russian troops advanced along Sobornosti Street in central Kostiantynivka",
       "Russian forces recently advanced in central Kostiantynivka"],
      "2026-01-16", "-/ukraine/russia", note="Footage published January 16: the advance happened on or before it."),
    U("territory", None, IVANOP, ["Russian Ministry of Defense", "Russian MoD"],
      ["the seizure of Zvanivka in the Siversk direction and of Ivanopillia south of Kostiantynivka",
       "elements of the 8th Combined Arms Army had 'liberated' Ivanopillia",
       "A spokesperson for a Ukrainian brigade in the area denied the claim"],
      D, "russia/ukraine/russia", modality="denied",
      note="Russian MoD claim denied by a Ukrainian brigade spokesperson."),
    U("attack", None, IVANOP, ["spokesperson for a Ukrainian brigade", "Ukrainian brigade"],
      ["had repelled Russian assault groups from its southern edge"], D, "ukraine/ukraine/russia"),
    U("attack", None, G("Pokrovsk", "UA", "05"), None,
      ["Russian forces continued offensive operations west and north of Pokrovsk on January 16 and 17"],
      D, "-/ukraine/russia", optional=True, note="offensive operations around a city, no specific assault"),
    U("territory", None, ZVAN, ["Russian Ministry of Defense", "Russian MoD"],
      ["the seizure of Zvanivka in the Siversk direction",
       "The Russian MoD claimed that Russian forces seized Zvanivka, southwest of Siversk"],
      D, "russia/ukraine/russia",
      note="The outlet's own finding (partial presence) is folded into this unit; the capture itself is the MoD claim."),
    U("territory", None, SHAKH, None,
      ["Ukrainian forces recently counterattacked near Shakhove and regained lost positions north of the village",
       "Ukrainian forces recently counterattacked north of Shakhove"],
      "2026-01-15", "-/russia/ukraine"),
    U("territory", None, HULIA, None,
      ["Russian forces recently advanced on the southwestern outskirts of Huliaipole"],
      "2026-01-16", "-/ukraine/russia"),
    U("territory", None, ZALIZ, "Russian milbloggers",
      ["Russian milbloggers claimed that Russian forces captured Zaliznychne, west of Huliaipole",
       "The Ukrainian Southern Defense Forces rejected the claim as 'fiction' on January 17"],
      D, "russia/ukraine/russia", modality="denied",
      note="Zaliznychne lies within 25 km of Huliaipole; separate place in the text."),
    U("attack", None, HRYSHYNE, None,
      ["Russian forces attacked near Hryshyne, Udachne, Kotlyne and Bilytske"], D, "-/ukraine/russia"),
    U("attack", None, UDACHNE, None,
      ["Russian forces attacked near Hryshyne, Udachne, Kotlyne and Bilytske"], D, "-/ukraine/russia"),
    U("attack", None, KOTLYNE, None,
      ["Russian forces attacked near Hryshyne, Udachne, Kotlyne and Bilytske"], D, "-/ukraine/russia"),
    U("attack", None, BILYTSKE, None,
      ["Russian forces attacked near Hryshyne, Udachne, Kotlyne and Bilytske"], D, "-/ukraine/russia"),
    U("materiel_lost", 6, POKROVSK_DIR, ["Ukrainian drone unit"],
      ["its pilots destroyed six Russian tanks"], "2026-01-17", "ukraine/russia/ukraine",
      note="item tank; tally over the past week"),
    U("materiel_lost", 11, POKROVSK_DIR, ["Ukrainian drone unit"],
      ["11 armored vehicles"], "2026-01-17", "ukraine/russia/ukraine", note="item armoured_vehicle"),
    U("materiel_lost", 23, POKROVSK_DIR, ["Ukrainian drone unit"],
      ["23 motorcycles near Udachne over the past week"], "2026-01-17", "ukraine/russia/ukraine",
      note="item vehicle"),
    U("captured", 4, SHAKH, ["Ukrainian brigade"],
      ["its soldiers took four Russian servicemen prisoner during the operation"],
      "2026-01-15", "ukraine/russia/ukraine"),
    U("attack", 46, SIVERSK_DIR, ["Viktor Tregubenko", "Ukrainian Eastern Group of Forces"],
      ["Russian forces conducted 46 assaults in the Siversk direction in the past day"], D, "ukraine/ukraine/russia"),
    U("killed", 38, SIVERSK_DIR, ["Viktor Tregubenko", "Ukrainian Eastern Group of Forces"],
      ["Ukrainian forces killed 38 and wounded 57 Russian soldiers"], D, "ukraine/russia/ukraine"),
    U("wounded", 57, SIVERSK_DIR, ["Viktor Tregubenko", "Ukrainian Eastern Group of Forces"],
      ["Ukrainian forces killed 38 and wounded 57 Russian soldiers"], D, "ukraine/russia/ukraine"),
    U("attack", None, ORIKHIV, None,
      ["shelled Orikhiv, where the Zaporizhzhia Oblast Military Administration reported that a guided glide bomb killed a 64-year-old man"],
      D, "-/civilian/russia", note="Shelling in the outlet's voice; the glide-bomb death is the administration's report."),
    U("killed", 1, ORIKHIV, ["Zaporizhzhia Oblast Military Administration"],
      ["a guided glide bomb killed a 64-year-old man"], D, "ukraine/civilian/russia"),
    U("materiel_lost", 118, UKRAINE, ["Ukrainian Air Force"],
      ["Ukrainian forces downed 118 drones and four missiles"], D, "ukraine/russia/ukraine", note="item drone"),
    U("materiel_lost", 4, UKRAINE, ["Ukrainian Air Force"],
      ["Ukrainian forces downed 118 drones and four missiles"], D, "ukraine/russia/ukraine", note="item missile"),
    U("attack", None, KHARKIV, ["Kharkiv Oblast Military Administration"],
      ["focusing on energy facilities in Kharkiv and Dnipro",
       "Russian drones struck energy infrastructure in Kharkiv City's Kholodnohirskyi district"],
      D, "ukraine/civilian/russia"),
    U("wounded", 4, KHARKIV, ["Kharkiv Oblast Military Administration"],
      ["wounded four people"], D, "ukraine/civilian/russia"),
    U("attack", None, DNIPRO, ["Dnipropetrovsk Oblast officials"],
      ["focusing on energy facilities in Kharkiv and Dnipro",
       "a ballistic missile strike damaged a thermal power plant in Dnipro"],
      D, "ukraine/civilian/russia"),
    U("wounded", 3, DNIPRO, ["Dnipropetrovsk Oblast officials"],
      ["injured three workers"], D, "ukraine/civilian/russia"),
]
