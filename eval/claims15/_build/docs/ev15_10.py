from lib import G, M, R, U

ID = "ev15-10"
URL = "https://www.unocha.org/publications/report/sudan/sudan-kordofan-flash-update-no-04-10-december-2025"
TITLE = "Sudan: Kordofan Flash Update No. 04 (10 December 2025)"
PUBLISHED = "2025-12-10"

TEXT = """OCHA
United Nations Office for the Coordination of Humanitarian Affairs
Sudan: Kordofan Flash Update No. 04 (10 December 2025)
Format: Flash Update | Source: OCHA | Posted: 10 Dec 2025 | Originally published: 10 Dec 2025
Attachments: Download report (PDF | 412.6 KB)
HIGHLIGHTS
• More than 46,000 people have been displaced from localities across North Kordofan since 25 October, according to IOM DTM.
• A drone strike on a kindergarten and hospital in Kalogi, South Kordofan, on 4 December reportedly killed at least 38 people, including 22 children.
• The RSF said on 8 December that it had taken over the Heglig oil field on the border with South Sudan.
• Partners warn that fighting around El Obeid could displace up to 300,000 people.
SITUATION OVERVIEW
Hostilities have intensified across the three Kordofan states since the Rapid Support Forces (RSF) took control of El Fasher in North Darfur in late October. Since 25 October, the Office of the High Commissioner for Human Rights (OHCHR) has documented the killing of at least 269 civilians in North, South and West Kordofan.
West Kordofan: On 1 December, the RSF announced that it had taken control of Babanusa, including the headquarters of the Sudanese Armed Forces (SAF) 22nd Infantry Division. SAF has not commented on the status of the base. IOM DTM estimates that some 8,200 people were displaced from Babanusa town and surrounding villages between 28 November and 3 December, mostly towards El Meiram and Al Muglad.
On 8 December, the RSF said it had taken over the Heglig oil field. Local sources reported that SAF units and oil workers withdrew across the border into South Sudan before the RSF arrived.
South Kordofan: On 4 December, a drone strike hit a kindergarten and the nearby rural hospital in Kalogi locality, reportedly killing at least 38 people, including 22 children, according to the locality's health authorities. Paramedics responding to the first strike were reportedly hit by a second. The Secretary-General condemned the attack.
Kadugli and Dilling, which the RSF and the Sudan People's Liberation Movement-North (SPLM-N) have besieged for months, remain cut off from road supplies. An estimated 180,000 people in the two towns face critical shortages of food, fuel and medicine. On 5 December, two national staff of a humanitarian partner were abducted on the road between Dilling and Habila; their whereabouts remain unknown.
North Kordofan: Drone attacks on El Obeid on 6 December damaged the city's main power station, leaving large parts of the city without electricity or piped water. Humanitarian partners warn that an attack on the city could displace up to 300,000 people and cut the main supply route to Darfur and the Kordofan states.
HUMANITARIAN RESPONSE
Partners have pre-positioned supplies for 50,000 people in El Obeid and Kosti. The humanitarian community continues to call for safe and unimpeded access to Kadugli and Dilling.
FUNDING
As of 9 December, the 2025 Sudan Humanitarian Needs and Response Plan was 27.4 per cent funded, with US$1.15 billion received of the $4.2 billion required.
For further information, please contact: OCHA Sudan, Port Sudan office.
"""

NKO = R("North Kordofan", 13.8, 29.8, 250, ["North Kordofan state"])
KAL = M("Kalogi", 11.40, 29.93, ["Kalogi locality"])
HEG = M("Heglig", 10.0, 29.40, ["Heglig oil field"])
BAB = G("Babanusa", "SD", geoname="Babanūsah")
KAD = G("Kadugli", "SD")
DIL = G("Dilling", "SD")
SKO = R("South Kordofan", 11.2, 29.9, 200, ["South Kordofan state", "Kadugli", "Dilling"])
OBE = G("El Obeid", "SD")
KOR = R("Kordofan", 12.5, 29.5, 400, ["North, South and West Kordofan", "Kordofan states"])

OCHA = ["OCHA"]
P = ("2025-12-10", "day", "published")
UNITS = [
    U("displaced", 46000, NKO, ["IOM DTM", "IOM"],
      ["More than 46,000 people have been displaced from localities across North Kordofan since 25 October"],
      P, ("other", "civilian", None), scope="cumulative", mod="claimed"),
    U("attack", None, KAL, ["locality's health authorities", "health authorities"],
      ["A drone strike on a kindergarten and hospital in Kalogi, South Kordofan, on 4 December",
       "a drone strike hit a kindergarten and the nearby rural hospital in Kalogi locality"],
      ("2025-12-04", "day", "text"), ("other", "civilian", None), mod="claimed",
      note="Actor not named. Coordinates approximate."),
    U("killed", 38, KAL, ["locality's health authorities", "health authorities"],
      ["reportedly killed at least 38 people, including 22 children",
       "reportedly killing at least 38 people, including 22 children"],
      ("2025-12-04", "day", "text"), ("other", "civilian", None), mod="claimed"),
    U("killed", 22, KAL, ["locality's health authorities", "health authorities"],
      ["reportedly killed at least 38 people, including 22 children",
       "reportedly killing at least 38 people, including 22 children"],
      ("2025-12-04", "day", "text"), ("other", "civilian", None), mod="claimed", note="Children among the dead."),
    U("territory", None, HEG, ["RSF", "Rapid Support Forces"],
      ["The RSF said on 8 December that it had taken over the Heglig oil field",
       "On 8 December, the RSF said it had taken over the Heglig oil field",
       "SAF units and oil workers withdrew across the border into South Sudan before the RSF arrived"],
      ("2025-12-08", "day", "text"), ("rsf", "saf", "rsf"), mod="claimed", note="Coordinates approximate."),
    U("displaced", 300000, OBE, ["Partners", "Humanitarian partners"],
      ["Partners warn that fighting around El Obeid could displace up to 300,000 people",
       "an attack on the city could displace up to 300,000 people"],
      P, ("other", "civilian", "rsf"), mod="warned"),
    U("territory", None, OBE, ["Humanitarian partners"],
      ["Humanitarian partners warn that an attack on the city could displace up to 300,000 people"],
      P, ("other", "saf", "rsf"), mod="warned", opt=True,
      note="Feared assault on El Obeid; hypothetical advance, optional."),
    U("territory", None, G("El Fasher", "SD", aliases=["El-Fasher", "Al Fashir"]), None,
      ["since the Rapid Support Forces (RSF) took control of El Fasher in North Darfur in late October"],
      ("2025-10", "month", "text"), (None, "saf", "rsf"), note="Background capture in OCHA's voice."),
    U("killed", 269, KOR, ["OHCHR", "Office of the High Commissioner for Human Rights"],
      ["has documented the killing of at least 269 civilians in North, South and West Kordofan"],
      P, ("other", "civilian", None), scope="cumulative", mod="claimed"),
    U("territory", None, BAB, ["RSF", "Rapid Support Forces"],
      ["the RSF announced that it had taken control of Babanusa"],
      ("2025-12-01", "day", "text"), ("rsf", "saf", "rsf"), mod="claimed"),
    U("displaced", 8200, BAB, ["IOM DTM", "IOM"],
      ["some 8,200 people were displaced from Babanusa town and surrounding villages between 28 November and 3 December"],
      ("2025-12-03", "day", "text"), ("other", "civilian", None), mod="claimed"),
    U("territory", None, KAD, None,
      ["Kadugli and Dilling, which the RSF and the Sudan People's Liberation Movement-North (SPLM-N) have besieged for months"],
      P, (None, "saf", "rsf"), note="Siege."),
    U("territory", None, DIL, None,
      ["Kadugli and Dilling, which the RSF and the Sudan People's Liberation Movement-North (SPLM-N) have besieged for months"],
      P, (None, "saf", "rsf"), note="Siege."),
    U("affected", 180000, SKO, None,
      ["An estimated 180,000 people in the two towns face critical shortages of food, fuel and medicine"],
      P, (None, "civilian", "rsf"), note="Besieged population of Kadugli and Dilling."),
    U("abducted", 2, DIL, None,
      ["two national staff of a humanitarian partner were abducted on the road between Dilling and Habila"],
      ("2025-12-05", "day", "text"), (None, "civilian", None), note="Abductors not named."),
    U("attack", None, OBE, None,
      ["Drone attacks on El Obeid on 6 December damaged the city's main power station"],
      ("2025-12-06", "day", "text"), (None, None, None), note="Actor not named."),
]
