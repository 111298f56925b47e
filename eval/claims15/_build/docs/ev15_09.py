from lib import G, M, R, U

ID = "ev15-09"
URL = "https://www.barrons.com/news/rsf-shelling-of-el-fasher-displacement-camp-kills-24-rescuers-say-4b7e21c0"
TITLE = "RSF shelling of El-Fasher displacement camp kills 24, rescuers say"
PUBLISHED = "2025-08-12T10:31:00Z"

TEXT = """RSF shelling of El-Fasher displacement camp kills 24, rescuers say
By AFP - Agence France Presse
Aug 12, 2025 10:31 AM
PORT SUDAN, Sudan (AFP) - Paramilitary shelling of a displacement camp on the edge of Sudan's besieged city of El-Fasher killed at least 24 people on Monday, including seven children, a local rescue group said.
The Emergency Response Room in Abu Shouk camp said shells fired by the Rapid Support Forces hit a market and a communal kitchen, wounding 31 others, many of them women waiting for food.
"Bodies are still under the collapsed shelters, and the wounded have nowhere to go," the group said in a statement, adding that the camp's only functioning clinic had run out of dressings.
The RSF, at war with the regular army since April 2023, denied shelling the camp and accused the army of staging the attack to "mislead the international community".
El-Fasher, the army's last major stronghold in Darfur, has been under RSF siege since May 2024. The army said its artillery and drones had repelled an RSF assault on the city's eastern and northern defences on Sunday, killing "dozens" of fighters and destroying 11 combat vehicles.
AFP was unable to independently verify the claims of either side, as access to the region is severely restricted and communications are largely cut.
The UN human rights office said last week that at least 89 civilians had been killed in El-Fasher and the surrounding camps since the start of August alone.
According to the UN children's agency UNICEF, an estimated 260,000 civilians, half of them children, remain trapped inside the city, where food prices have soared and many families survive on animal fodder.
In April, the RSF overran Zamzam camp, south of the city, in an assault that killed more than 400 people and forced some 400,000 to flee, according to the United Nations.
Most of those who fled went to the town of Tawila, around 60 kilometres (40 miles) to the west, where aid groups say more than 500,000 people are now sheltering in makeshift camps.
The war has killed tens of thousands of people, uprooted millions and created what the UN calls the world's largest hunger and displacement crisis.
bur-ab/jsa
Copyright AFP 2017-2025, All Rights Reserved
"""

ABU = M("Abu Shouk camp", 13.655, 25.33, ["Abu Shouk", "Abu Shouk camp"])
FAS = G("El-Fasher", "SD", geoname="El Fasher", aliases=["El Fasher", "el-Fasher", "Al Fashir"])
ZAM = M("Zamzam camp", 13.49, 25.31, ["Zamzam"])
TAW = M("Tawila", 13.52, 24.87)
SUD = R("Sudan", 15.5, 30.0, 900)

ERR = ["Emergency Response Room", "Emergency Response Room in Abu Shouk camp", "a local rescue group"]
M11 = ("2025-08-11", "day", "text")
UNITS = [
    U("attack", None, ABU, ERR,
      ["RSF shelling of El-Fasher displacement camp kills 24",
       "Paramilitary shelling of a displacement camp on the edge of Sudan's besieged city of El-Fasher",
       "shells fired by the Rapid Support Forces hit a market and a communal kitchen",
       "denied shelling the camp and accused the army of staging the attack"],
      M11, ("other", "civilian", "rsf"), mod="denied",
      note="Reported by the camp's Emergency Response Room, denied by the RSF. Coordinates approximate."),
    U("killed", 24, ABU, ERR,
      ["RSF shelling of El-Fasher displacement camp kills 24",
       "killed at least 24 people on Monday, including seven children"],
      M11, ("other", "civilian", "rsf"), mod="claimed"),
    U("killed", 7, ABU, ERR, ["killed at least 24 people on Monday, including seven children"],
      M11, ("other", "civilian", "rsf"), mod="claimed", note="Children among the dead."),
    U("wounded", 31, ABU, ERR, ["wounding 31 others, many of them women waiting for food"],
      M11, ("other", "civilian", "rsf"), mod="claimed"),
    U("territory", None, FAS, None,
      ["Sudan's besieged city of El-Fasher",
       "has been under RSF siege since May 2024",
       "repelled an RSF assault on the city's eastern and northern defences on Sunday"],
      ("2025-08-12", "day", "published"), (None, "saf", "rsf"),
      note="Siege (encirclement) in the outlet's voice; the army's repelled assault is evidence of the same unit."),
    U("killed", 12, FAS, ["The army", "Sudanese army"],
      ["killing \"dozens\" of fighters and destroying 11 combat vehicles"],
      ("2025-08-10", "day", "text"), ("saf", "rsf", "saf"), mod="claimed", note="vague 'dozens' -> 12."),
    U("materiel_lost", 11, FAS, ["The army", "Sudanese army"],
      ["killing \"dozens\" of fighters and destroying 11 combat vehicles"],
      ("2025-08-10", "day", "text"), ("saf", "rsf", "saf"), mod="claimed", note="item vehicle."),
    U("killed", 89, FAS, ["UN human rights office"],
      ["at least 89 civilians had been killed in El-Fasher and the surrounding camps since the start of August alone"],
      ("2025-08", "month", "text"), ("other", "civilian", None), scope="cumulative", mod="claimed"),
    U("affected", 260000, FAS, ["UNICEF", "UN children's agency"],
      ["an estimated 260,000 civilians, half of them children, remain trapped inside the city"],
      ("2025-08-12", "day", "published"), ("other", "civilian", "rsf"), mod="claimed"),
    U("territory", None, ZAM, ["United Nations"],
      ["In April, the RSF overran Zamzam camp, south of the city"],
      ("2025-04", "month", "text"), ("other", "civilian", "rsf"),
      mod="claimed", note="Background capture; the sentence ends 'according to the United Nations'. Coordinates approximate."),
    U("killed", 400, ZAM, ["United Nations"],
      ["in an assault that killed more than 400 people and forced some 400,000 to flee"],
      ("2025-04", "month", "text"), ("other", "civilian", "rsf"), mod="claimed"),
    U("displaced", 400000, ZAM, ["United Nations"],
      ["in an assault that killed more than 400 people and forced some 400,000 to flee"],
      ("2025-04", "month", "text"), ("other", "civilian", "rsf"), mod="claimed"),
    U("affected", 500000, TAW, ["aid groups"],
      ["more than 500,000 people are now sheltering in makeshift camps"],
      ("2025-08-12", "day", "published"), ("other", "civilian", None), mod="claimed",
      note="Sheltering displaced people. Coordinates approximate."),
    U("killed", 1000, SUD, None, ["The war has killed tens of thousands of people, uprooted millions"],
      ("2025-08-12", "day", "published"), (None, None, None), scope="cumulative", opt=True,
      note="Vague 'tens of thousands'."),
    U("displaced", 1000000, SUD, None, ["uprooted millions"],
      ("2025-08-12", "day", "published"), (None, None, None), scope="cumulative", opt=True, note="Vague 'millions'."),
]
