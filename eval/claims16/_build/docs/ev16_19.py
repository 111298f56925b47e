from lib import G, A, R, U, PUB, text

ID = "ev16-19"
URL = "https://www.reuters.com/world/africa/m23-rebels-say-they-seized-congos-baraka-army-denies-2026-01-27/"
TITLE = "M23 rebels say they seized Congo's Baraka; ADF attack kills 34 in North Kivu"
PUBLISHED = "2026-01-27T17:40:00Z"
CONFLICT = "DR Congo"
FORM = "wire copy (M23 claim and army denial, ADF massacre, displacement)"

TEXT = text(
"M23 rebels say they seized Congo's Baraka; ADF attack kills 34 in North Kivu",
"By Sophie Mbala and Jean-Pierre Kasongo",
"January 27, 2026 5:40 PM GMT",
"GOMA, Congo (Reuters) — Rwanda-backed M23 rebels said on Tuesday they had captured Baraka, a port town on Lake Tanganyika about 80 km (50 miles) south of Uvira, extending their push down the lake shore after taking Uvira in December.",
"\"Our forces liberated Baraka this morning after the FARDC and their Wazalendo allies fled,\" AFC/M23 spokesman Jean-Claude Bisimwa wrote on X.",
"Congo's army spokesman, General Patrick Mukendi, denied the town had fallen, telling Reuters that troops \"remain in their positions\" and that the rebels had been pushed back to the town's northern entrance after clashes that killed \"dozens\" of M23 fighters.",
"Two residents reached by phone said rebel fighters were patrolling the town centre on Tuesday afternoon. Reuters could not independently confirm who controlled Baraka.",
"The U.N. refugee agency said some 62,000 people have fled into Burundi and Tanzania from South Kivu province since the start of December, many of them crossing Lake Tanganyika in overcrowded boats.",
"In North Kivu, fighters from the Allied Democratic Forces (ADF), an Islamic State-affiliated group, killed 34 civilians in overnight attacks on two villages in Lubero territory, a local civil society leader, Kambale Musavuli, said. The attackers hacked victims with machetes, torched houses and abducted dozens of people, he said.",
"The army said it had launched an operation with Ugandan troops to track down the attackers.",
"In a speech to supporters in Goma last week, AFC coordinator Corneille Tshibasu vowed that the rebels would keep advancing \"until Kinshasa\" unless President Felix Tshisekedi agrees to direct talks.",
"Eastern Congo's conflict has displaced more than 7 million people, according to the United Nations, and a peace deal signed in Washington last year has done little to halt the fighting.",
"(Reporting by Sophie Mbala in Goma and Jean-Pierre Kasongo in Kinshasa; Writing by Tom Hale; Editing by Anna Clarke)",
"Read Next",
"Burundi closes border crossings as refugees arrive from South Kivu",
)

BARAKA = A("Baraka", -4.105, 29.094)
UVIRA = G("Uvira", "CD")
SOUTH_KIVU = R("South Kivu province", -3.2, 28.5, 200, aliases=["South Kivu", "Burundi", "Tanzania"])
LUBERO = R("Lubero territory", -0.2, 29.0, 60, aliases=["Lubero", "North Kivu"])
KINSHASA = G("Kinshasa", "CD")
EAST_CD = R("eastern Congo", -1.5, 28.8, 400, aliases=["Congo", "eastern Congo"])
D = "2026-01-27"
M23 = ["M23", "AFC/M23", "Jean-Claude Bisimwa"]
FARDC = ["Patrick Mukendi", "Congo's army spokesman", "army"]
UNITS = [
    U("territory", None, BARAKA, M23 + ["Two residents", "residents"],
      ["M23 rebels say they seized Congo's Baraka",
       "they had captured Baraka, a port town on Lake Tanganyika",
       "\"Our forces liberated Baraka this morning after the FARDC and their Wazalendo allies fled,\"",
       "denied the town had fallen",
       "Two residents reached by phone said rebel fighters were patrolling the town centre on Tuesday afternoon"],
      D, "m23/drc_army/m23", modality="denied"),
    U("attack", None, BARAKA, FARDC, ["the rebels had been pushed back to the town's northern entrance after clashes"],
      D, "drc_army/drc_army/m23", optional=True, note="clashes at the town's entrance: fighting without a directed assault"),
    U("killed", 12, BARAKA, FARDC, ["clashes that killed \"dozens\" of M23 fighters"], D, "drc_army/m23/drc_army",
      note="vague 'dozens' -> 12"),
    U("territory", None, UVIRA, None, ["after taking Uvira in December"], "2025-12", "-/drc_army/m23", note="background event"),
    U("displaced", 62000, SOUTH_KIVU, ["U.N. refugee agency", "UNHCR"],
      ["some 62,000 people have fled into Burundi and Tanzania from South Kivu province since the start of December"],
      D, "other/civilian/m23", scope="cumulative"),
    U("attack", None, LUBERO, ["Kambale Musavuli", "local civil society leader"],
      ["ADF attack kills 34 in North Kivu", "killed 34 civilians in overnight attacks on two villages in Lubero territory"],
      D, "other/civilian/armed_groups", note="ADF: armed_groups"),
    U("killed", 34, LUBERO, ["Kambale Musavuli", "local civil society leader"],
      ["ADF attack kills 34 in North Kivu", "killed 34 civilians in overnight attacks on two villages in Lubero territory"],
      D, "other/civilian/armed_groups"),
    U("abducted", 12, LUBERO, ["Kambale Musavuli", "local civil society leader"], ["abducted dozens of people"], D,
      "other/civilian/armed_groups", note="vague 'dozens' -> 12"),
    U("territory", None, KINSHASA, ["Corneille Tshibasu", "AFC coordinator"],
      ["the rebels would keep advancing \"until Kinshasa\""], "2026-01", "m23/drc_army/m23", modality="warned"),
    U("displaced", 7000000, EAST_CD, ["United Nations"], ["Eastern Congo's conflict has displaced more than 7 million people"],
      D, "other/civilian/-", scope="cumulative"),
]
