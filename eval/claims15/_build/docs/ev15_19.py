from lib import G, M, R, U

ID = "ev15-19"
URL = "https://www.myanmarfrontier.news/news/2025/07/14/airstrike-monastery-tabayin-sagaing/"
TITLE = "21 killed as junta jet bombs monastery sheltering displaced villagers in Sagaing"
PUBLISHED = "2025-07-14T11:20:00+06:30"

TEXT = """Myanmar Frontier News
Burmese | English
21 killed as junta jet bombs monastery sheltering displaced villagers in Sagaing
By Frontier News Desk | 14 July 2025
Villagers gather at the ruins of the monastery in Tabayin Township on Sunday. (Supplied)
A military jet bombed a Buddhist monastery where displaced villagers had taken refuge in Sagaing Region's Tabayin Township early on Sunday, killing 21 people, among them four children, and injuring about 30, a local resistance official and a rescue worker said.
The monastery in Ywa Thit village had been sheltering around 150 people who fled fighting in nearby villages last month, the rescue worker said, asking not to be named for security reasons.
Junta spokesman Major General Zaw Min Tun denied that the air force had carried out any strike in Tabayin Township that day, calling the reports "fabricated news" spread by People's Defence Force (PDF) supporters.
Elsewhere, the Arakan Army (AA) said on Saturday that its troops had captured the last military outpost on the mainland outside Kyaukphyu, the Rakhine State port town where China is building a deep-sea port. The junta has not commented. In the state capital Sittwe, which the AA has surrounded by land, an estimated 150,000 residents are cut off from road supplies, according to aid workers.
In northern Shan State, state-run media reported on Friday that troops had "regained full control" of Nawnghkio, a town the Ta'ang National Liberation Army (TNLA) seized last year. A TNLA spokesperson said the group had withdrawn "to avoid civilian casualties".
The UN refugee agency says more than 3.5 million people are now internally displaced across Myanmar. The Assistance Association for Political Prisoners (AAPP) says the military has killed at least 7,100 people since it seized power in February 2021.
Several resistance groups in Sagaing Region have warned that they will attack polling stations if the regime goes ahead with the election it plans to hold in December.
Related: Displaced families in Sagaing face monsoon without shelter
Donate to Myanmar Frontier News to support independent journalism.
"""

TAB = M("Tabayin", 22.70, 95.33, ["Tabayin Township", "Ywa Thit", "Depayin"])
KYP = M("Kyaukphyu", 19.43, 93.55)
SIT = G("Sittwe", "MM")
NAW = M("Nawnghkio", 22.32, 96.80, ["Naungcho"])
MM = R("Myanmar", 21.0, 96.0, 700)
SAG = R("Sagaing Region", 23.0, 95.3, 200, ["Sagaing"])

RES = ["a local resistance official and a rescue worker", "local resistance official", "rescue worker"]
D13 = ("2025-07-13", "day", "text")
UNITS = [
    U("attack", None, TAB, RES,
      ["junta jet bombs monastery sheltering displaced villagers in Sagaing",
       "A military jet bombed a Buddhist monastery where displaced villagers had taken refuge in Sagaing Region's Tabayin Township early on Sunday",
       "denied that the air force had carried out any strike in Tabayin Township that day",
       "Villagers gather at the ruins of the monastery in Tabayin Township on Sunday"],
      D13, ("resistance", "civilian", "myanmar_junta"), mod="denied",
      note="Denied outright by junta spokesman Zaw Min Tun. Coordinates approximate."),
    U("killed", 21, TAB, RES,
      ["21 killed as junta jet bombs monastery", "killing 21 people, among them four children, and injuring about 30"],
      D13, ("resistance", "civilian", "myanmar_junta"), mod="claimed"),
    U("killed", 4, TAB, RES, ["killing 21 people, among them four children"],
      D13, ("resistance", "civilian", "myanmar_junta"), mod="claimed", note="Children among the dead."),
    U("wounded", 30, TAB, RES, ["among them four children, and injuring about 30"],
      D13, ("resistance", "civilian", "myanmar_junta"), mod="claimed"),
    U("affected", 150, TAB, ["the rescue worker", "rescue worker"],
      ["The monastery in Ywa Thit village had been sheltering around 150 people"],
      D13, ("resistance", "civilian", "myanmar_junta"), mod="claimed", note="People sheltering at the target."),
    U("displaced", 150, TAB, ["the rescue worker", "rescue worker"],
      ["had been sheltering around 150 people who fled fighting in nearby villages last month"],
      ("2025-06", "month", "text"), ("resistance", "civilian", None), mod="claimed", opt=True,
      note="The same 150 as displaced people: optional second reading."),
    U("territory", None, KYP, ["Arakan Army", "AA"],
      ["its troops had captured the last military outpost on the mainland outside Kyaukphyu"],
      ("2025-07-12", "day", "text"), ("resistance", "myanmar_junta", "resistance"), mod="claimed",
      note="Coordinates approximate."),
    U("territory", None, SIT, None, ["the state capital Sittwe, which the AA has surrounded by land"],
      ("2025-07-14", "day", "published"), (None, "myanmar_junta", "resistance"), note="Encirclement."),
    U("affected", 150000, SIT, ["aid workers"],
      ["an estimated 150,000 residents are cut off from road supplies"],
      ("2025-07-14", "day", "published"), ("other", "civilian", "resistance"), mod="claimed"),
    U("territory", None, NAW, ["state-run media", "state media"],
      ["troops had \"regained full control\" of Nawnghkio",
       "the group had withdrawn \"to avoid civilian casualties\""],
      ("2025-07-11", "day", "text"), ("myanmar_junta", "resistance", "myanmar_junta"), mod="claimed",
      note="Junta claim; the TNLA confirms a withdrawal. Coordinates approximate."),
    U("displaced", 3500000, MM, ["The UN refugee agency", "UN refugee agency", "UNHCR"],
      ["more than 3.5 million people are now internally displaced across Myanmar"],
      ("2025-07-14", "day", "published"), ("other", "civilian", None), scope="cumulative", mod="claimed"),
    U("killed", 7100, MM, ["Assistance Association for Political Prisoners", "AAPP"],
      ["the military has killed at least 7,100 people since it seized power in February 2021"],
      ("2025-07-14", "day", "published"), ("other", None, "myanmar_junta"), scope="cumulative", mod="claimed"),
    U("attack", None, SAG, ["Several resistance groups in Sagaing Region", "resistance groups"],
      ["Several resistance groups in Sagaing Region have warned that they will attack polling stations"],
      ("2025-07-14", "day", "published"), ("resistance", "myanmar_junta", "resistance"), mod="warned"),
]
