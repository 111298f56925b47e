from lib import G, M, R, U

ID = "ev15-17"
URL = "https://www.reuters.com/world/africa/islamist-militants-overrun-nigerian-army-base-marte-2025-09-23/"
TITLE = "Islamist militants overrun Nigerian army base in Marte, kill 17 soldiers - sources"
PUBLISHED = "2025-09-23T13:47:00Z"

TEXT = """Islamist militants overrun Nigerian army base in Marte, kill 17 soldiers - sources
By Musa Abubakar
September 23, 2025 1:47 PM GMT+0 Updated 5 hours ago
MAIDUGURI, Nigeria, Sept 23 (Reuters) - Fighters from Islamic State West Africa Province (ISWAP) overran a military base in the town of Marte in northeast Nigeria's Borno state late on Sunday, killing 17 soldiers and forcing the rest to retreat, two military sources told Reuters.
The militants burned three armoured vehicles and carted away weapons and ammunition before withdrawing at dawn, one of the sources said, asking not to be named because he was not authorised to speak to the media.
The army disputed that account. In a statement, army spokesman Lieutenant Colonel Sani Uba said troops had "successfully repelled" an attack on Marte and that the base "remains firmly in our hands".
In a separate attack on Monday night, fighters from the Boko Haram faction known as JAS stormed Kirawa, a village near the border with Cameroon, killing 12 civilians and abducting 20 women and girls, a local vigilante leader said.
The army said on Tuesday that troops had "neutralised" 45 terrorists in clearance operations in the Sambisa forest over the past week, and that air strikes on militant hideouts on islands in Lake Chad had killed "scores" of ISWAP fighters. Reuters could not independently verify the figures.
Borno state governor Babagana Zulum warned last week that insurgents were regrouping around Lake Chad and could attack the garrison town of Monguno, which hosts tens of thousands of displaced people.
The insurgency, which began in 2009, has killed more than 40,000 people and displaced some 2.3 million in Nigeria's northeast, according to the United Nations.
(Reporting by Musa Abubakar; Writing by Chinedu Okafor; Editing by Mark Hollis)
Our Standards: The Thomson Reuters Trust Principles.
"""

MAR = G("Marte", "NG")
KIR = M("Kirawa", 11.10, 13.85)
SAM = R("Sambisa forest", 11.3, 13.5, 60, ["Sambisa"])
LCH = R("Lake Chad", 13.2, 14.0, 100, ["islands in Lake Chad"])
MON = G("Monguno", "NG")
NEN = R("northeast Nigeria", 11.8, 13.2, 300, ["Borno", "Nigeria's northeast"])

SRC = ["two military sources", "military sources"]
ARMY = ["army", "Sani Uba", "army spokesman"]
D21 = ("2025-09-21", "day", "text")
D22 = ("2025-09-22", "day", "text")
UNITS = [
    U("territory", None, MAR, SRC,
      ["Islamist militants overrun Nigerian army base in Marte",
       "overran a military base in the town of Marte in northeast Nigeria's Borno state late on Sunday",
       "troops had \"successfully repelled\" an attack on Marte and that the base \"remains firmly in our hands\""],
      D21, ("other", "other", "armed_groups"), mod="denied",
      note="Military sources' account, disputed by the army spokesman. Nigerian army: 'other'."),
    U("killed", 17, MAR, SRC,
      ["kill 17 soldiers - sources", "killing 17 soldiers and forcing the rest to retreat"],
      D21, ("other", "other", "armed_groups"), mod="claimed"),
    U("materiel_lost", 3, MAR, ["one of the sources", "military sources"],
      ["The militants burned three armoured vehicles"],
      D21, ("other", "other", "armed_groups"), mod="claimed", note="item armoured_vehicle."),
    U("attack", None, KIR, ["a local vigilante leader", "vigilante leader"],
      ["fighters from the Boko Haram faction known as JAS stormed Kirawa"],
      D22, ("other", "civilian", "armed_groups"), mod="claimed", note="Coordinates approximate."),
    U("killed", 12, KIR, ["a local vigilante leader", "vigilante leader"],
      ["killing 12 civilians and abducting 20 women and girls"],
      D22, ("other", "civilian", "armed_groups"), mod="claimed"),
    U("abducted", 20, KIR, ["a local vigilante leader", "vigilante leader"],
      ["killing 12 civilians and abducting 20 women and girls"],
      D22, ("other", "civilian", "armed_groups"), mod="claimed"),
    U("killed", 45, SAM, ARMY,
      ["troops had \"neutralised\" 45 terrorists in clearance operations in the Sambisa forest"],
      ("2025-09-23", "day", "text"), ("other", "armed_groups", "other"), mod="claimed",
      note="A week's operations, reported on Tuesday."),
    U("attack", None, LCH, ARMY,
      ["air strikes on militant hideouts on islands in Lake Chad had killed \"scores\" of ISWAP fighters"],
      ("2025-09-23", "day", "text"), ("other", "armed_groups", "other"), mod="claimed"),
    U("killed", 20, LCH, ARMY,
      ["had killed \"scores\" of ISWAP fighters"],
      ("2025-09-23", "day", "text"), ("other", "armed_groups", "other"), mod="claimed", opt=True,
      note="Vague 'scores' (20): optional. Not the same thing as the 20 abducted (different category)."),
    U("attack", None, MON, ["Babagana Zulum", "Borno state governor"],
      ["insurgents were regrouping around Lake Chad and could attack the garrison town of Monguno"],
      ("2025-09", "month", "text"), ("other", "other", "armed_groups"), mod="warned"),
    U("killed", 40000, NEN, ["United Nations"],
      ["has killed more than 40,000 people and displaced some 2.3 million in Nigeria's northeast"],
      ("2025-09-23", "day", "published"), ("other", None, "armed_groups"), scope="cumulative", mod="claimed"),
    U("displaced", 2300000, NEN, ["United Nations"],
      ["has killed more than 40,000 people and displaced some 2.3 million in Nigeria's northeast"],
      ("2025-09-23", "day", "published"), ("other", "civilian", "armed_groups"), scope="cumulative", mod="claimed"),
    U("displaced", 1000, MON, None, ["which hosts tens of thousands of displaced people"],
      ("2025-09-23", "day", "published"), (None, "civilian", None), scope="cumulative", opt=True,
      note="Vague 'tens of thousands'."),
]
