from lib import G, A, R, U, PUB, text

ID = "ev16-07"
URL = "https://khersonline.com.ua/en/news/2026/03/02/drone-hits-bus-korabelnyi-district"
TITLE = "Drone hits bus in Kherson's Korabelnyi district, two dead; riverside evacuations pass 1,900 this year"
PUBLISHED = "2026-03-02T19:10:00+02:00"
CONFLICT = "Russia-Ukraine"
FORM = "local outlet story (Kherson), with photo captions repeated"

TEXT = text(
"KHERSON ONLINE",
"News | Kherson | Region | Occupied territories | Opinion",
"Drone hits bus in Kherson's Korabelnyi district, two dead; riverside evacuations pass 1,900 this year",
"02 March 2026, 19:10 | Author: Iryna Shevchuk | 👁 4 312",
"Photo: the burned-out bus on Ushakova Avenue. Photo by the regional military administration",
"Photo: the burned-out bus on Ushakova Avenue. Photo by the regional military administration",
"A Russian FPV drone struck a municipal bus in Kherson's Korabelnyi district on Monday morning, killing the driver and a passenger and injuring five other people, the head of the Kherson regional military administration, Oleksandr Prykhodko, said.",
"According to Prykhodko, the drone was launched from the left bank of the Dnipro and hit the bus as it stopped near the shipyard. Two of the wounded are in serious condition.",
"It was the third attack on public transport in the city in a week. On Saturday a drone dropped explosives on a minibus in the Dniprovskyi district; nobody was hurt.",
"The suburbs also came under fire. In Antonivka, a drone dropped a grenade on a 71-year-old woman as she was walking to a shop, the village administration said. She was hospitalised with shrapnel wounds.",
"\"The enemy hunts for anything that moves on our streets — buses, ambulances, people with shopping bags,\" Prykhodko wrote on Telegram.",
"Read also: In Kherson, volunteers cover streets with anti-drone nets",
"According to the city military administration, Russian attacks have killed more than 1,000 civilians in Kherson since the city's liberation in November 2022.",
"Evacuation from the riverside continues. Since the beginning of the year, 1,940 residents, among them 210 children, have left the villages along the Dnipro, the regional administration said. Mandatory evacuation of families with children remains in force in 35 settlements.",
"Meanwhile, on the islands of the Dnipro delta, Ukrainian marines said they repelled a Russian landing attempt near Velykyi Potomkin island overnight, killing six Russian soldiers and sinking three boats.",
"On the occupied left bank, Russian-installed officials accused Ukrainian forces of killing three civilians in strikes on Oleshky and Hola Prystan. Those claims cannot be independently verified; the towns have been cut off from the outside world since the destruction of the Kakhovka dam in 2023.",
"Subscribe to our Telegram channel so as not to miss important news",
"Tags: Kherson, drones, evacuation, shelling",
"If you notice a mistake, select the text and press Ctrl+Enter",
)

KHERSON = G("Kherson", "UA", "08", aliases=["Korabelnyi district", "Dniprovskyi district"])
BILOZ = G("Bilozerka", "UA", "08")
STAN = G("Stanislav", "UA", "08")
ANTON = G("Antonivka", "UA", "08", idx=0)
RIVERSIDE = R("Dnipro riverside, Kherson region", 46.65, 32.8, 60, aliases=["Kherson region", "villages along the Dnipro", "the riverside"])
POTOMKIN = A("Velykyi Potomkin island", 46.52, 32.45, aliases=["Dnipro delta", "the islands of the Dnipro delta"])
OLESHKY = G("Oleshky", "UA", "08")
HOLA = G("Hola Prystan", "UA", "08")

D = "2026-03-02"
PR = ["Oleksandr Prykhodko", "Kherson regional military administration", "Prykhodko"]
UNITS = [
    U("attack", None, KHERSON, PR,
      ["Drone hits bus in Kherson's Korabelnyi district",
       "Photo: the burned-out bus on Ushakova Avenue",
       "A Russian FPV drone struck a municipal bus in Kherson's Korabelnyi district on Monday morning",
       "the drone was launched from the left bank of the Dnipro and hit the bus as it stopped near the shipyard"],
      D, "ukraine/civilian/russia",
      note="The Saturday minibus attack in the Dniprovskyi district is in the same city (same unit)."),
    U("killed", 2, KHERSON, PR,
      ["two dead", "killing the driver and a passenger"], D, "ukraine/civilian/russia",
      note="headline 'two dead'"),
    U("wounded", 5, KHERSON, PR, ["injuring five other people"], D, "ukraine/civilian/russia"),
    U("wounded", 2, KHERSON, PR, ["Two of the wounded are in serious condition."], D, "ukraine/civilian/russia",
      optional=True, note="severity subset"),
    U("attack", None, ANTON, ["the village administration"],
      ["In Antonivka, a drone dropped a grenade on a 71-year-old woman"], D, "ukraine/civilian/russia"),
    U("wounded", 1, ANTON, ["the village administration"],
      ["a drone dropped a grenade on a 71-year-old woman", "She was hospitalised with shrapnel wounds."],
      D, "ukraine/civilian/russia", note="one named victim: (wounded, 1)"),
    U("killed", 1000, KHERSON, ["city military administration"],
      ["Russian attacks have killed more than 1,000 civilians in Kherson since the city's liberation in November 2022"],
      PUB, "ukraine/civilian/russia", scope="cumulative"),
    U("displaced", 1940, RIVERSIDE, ["the regional administration"],
      ["Since the beginning of the year, 1,940 residents, among them 210 children, have left the villages along the Dnipro"],
      PUB, "ukraine/civilian/russia", scope="cumulative"),
    U("displaced", 1900, RIVERSIDE, None, ["riverside evacuations pass 1,900 this year"], PUB, "-/civilian/russia",
      scope="cumulative", optional=True, note="rounded headline figure (more_than 1,900)"),
    U("displaced", 210, RIVERSIDE, ["the regional administration"], ["among them 210 children"], PUB,
      "ukraine/civilian/russia", scope="cumulative"),
    U("attack", None, POTOMKIN, ["Ukrainian marines"],
      ["they repelled a Russian landing attempt near Velykyi Potomkin island overnight"], D, "ukraine/ukraine/russia"),
    U("killed", 6, POTOMKIN, ["Ukrainian marines"], ["killing six Russian soldiers and sinking three boats"], D, "ukraine/russia/ukraine"),
    U("materiel_lost", 3, POTOMKIN, ["Ukrainian marines"], ["sinking three boats"], D, "ukraine/russia/ukraine",
      note="item ship (boats)"),
    U("attack", None, A("Kakhovka dam", 46.778, 33.370, aliases=["Nova Kakhovka", "Kakhovka"]), None,
      ["the destruction of the Kakhovka dam in 2023"], "2023", "-/-/-", optional=True,
      note="background; no actor named"),
    U("killed", 3, OLESHKY, ["Russian-installed officials"],
      ["Russian-installed officials accused Ukrainian forces of killing three civilians in strikes on Oleshky and Hola Prystan"],
      PUB, "russia/civilian/ukraine"),
    U("attack", None, OLESHKY, ["Russian-installed officials"],
      ["killing three civilians in strikes on Oleshky and Hola Prystan"], PUB, "russia/civilian/ukraine"),
    U("attack", None, HOLA, ["Russian-installed officials"],
      ["killing three civilians in strikes on Oleshky and Hola Prystan"], PUB, "russia/civilian/ukraine"),
]
