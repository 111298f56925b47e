from lib import G, M, R, U

ID = "ev15-23"
URL = "https://www.dawnview.pk/news/2025/10/13/pakistan-afghanistan-border-clashes-casualty-claims"
TITLE = "Pakistan says 23 soldiers killed in border clashes with Afghan Taliban, claims over 200 attackers dead"
PUBLISHED = "2025-10-13T08:40:00+05:00"

TEXT = """DawnView
Pakistan | World | Business | Opinion | E-paper
Pakistan says 23 soldiers killed in border clashes with Afghan Taliban, claims over 200 attackers dead
Our Correspondent | Published October 13, 2025 08:40am
ISLAMABAD / KABUL: Twenty-three Pakistani soldiers were martyred in overnight clashes with Afghan Taliban forces at several points along the border, the military's media wing said on Sunday, adding that more than 200 Taliban fighters and "affiliated terrorists" had been killed in retaliatory fire.
The Inter-Services Public Relations (ISPR) said the Afghan side had opened "unprovoked fire" on Pakistani posts from Angoor Adda to Chaman late on Saturday, and that Pakistani troops had destroyed several Taliban camps and posts in response.
In Kabul, Taliban chief spokesman Zabihullah Mujahid gave very different figures. He said 58 Pakistani soldiers had been killed and that nine Taliban fighters had died, and claimed that Afghan forces had captured 25 Pakistani border posts during the night. The ISPR rejected the claim, saying "not a single post" had been lost.
The Taliban have said the fighting was retaliation for Pakistani air strikes on Kabul on Thursday night, which Islamabad has neither confirmed nor denied. Pakistan accuses Kabul of sheltering fighters of the banned Tehreek-e-Taliban Pakistan (TTP).
The Taliban-appointed district chief of Spin Boldak, across from Chaman, told reporters that Pakistani mortar fire had hit a residential area of the town, killing 12 civilians. Thousands of residents of Chaman fled towards Quetta overnight, witnesses said.
The border crossings at Torkham and Chaman remained closed on Sunday.
Comments (14)
Sign in to comment
"""

BORD = R("Pakistan-Afghanistan border", 31.9, 68.5, 300, ["Durand Line", "border", "Angoor Adda", "Chaman"])
KAB = G("Kabul", "AF")
SPB = G("Spin Boldak", "AF", geoname="Spīn Bōldak")
CHA = G("Chaman", "PK")

ISPR = ["Inter-Services Public Relations", "ISPR", "the military's media wing"]
ZM = ["Zabihullah Mujahid", "Taliban chief spokesman", "Taliban"]
D = ("2025-10-12", "day", "text")
UNITS = [
    U("killed", 23, BORD, ISPR,
      ["Pakistan says 23 soldiers killed in border clashes with Afghan Taliban",
       "Twenty-three Pakistani soldiers were martyred in overnight clashes with Afghan Taliban forces"],
      D, ("other", "other", "other"), mod="claimed",
      note="Pakistani military and Afghan Taliban have no party id: 'other'."),
    U("killed", 200, BORD, ISPR,
      ["claims over 200 attackers dead",
       "more than 200 Taliban fighters and \"affiliated terrorists\" had been killed in retaliatory fire"],
      D, ("other", "other", "other"), mod="claimed"),
    U("killed", 58, BORD, ZM, ["He said 58 Pakistani soldiers had been killed"],
      D, ("other", "other", "other"), mod="claimed"),
    U("killed", 9, BORD, ZM, ["nine Taliban fighters had died"],
      D, ("other", "other", "other"), mod="claimed"),
    U("territory", None, BORD, ZM,
      ["claimed that Afghan forces had captured 25 Pakistani border posts during the night",
       "The ISPR rejected the claim, saying \"not a single post\" had been lost"],
      D, ("other", "other", "other"), mod="denied", note="Taliban claim, rejected by the ISPR."),
    U("attack", None, BORD, ISPR,
      ["the Afghan side had opened \"unprovoked fire\" on Pakistani posts from Angoor Adda to Chaman late on Saturday",
       "Pakistani troops had destroyed several Taliban camps and posts in response"],
      ("2025-10-11", "day", "text"), ("other", "other", "other"), mod="claimed", opt=True,
      note="Cross-border fire along a long stretch, no single place."),
    U("attack", None, KAB, ["The Taliban", "Taliban"],
      ["Pakistani air strikes on Kabul on Thursday night, which Islamabad has neither confirmed nor denied"],
      ("2025-10-09", "day", "text"), ("other", None, "other"), mod="claimed"),
    U("attack", None, SPB, ["The Taliban-appointed district chief of Spin Boldak", "district chief"],
      ["Pakistani mortar fire had hit a residential area of the town, killing 12 civilians"],
      D, ("other", "civilian", "other"), mod="claimed"),
    U("killed", 12, SPB, ["The Taliban-appointed district chief of Spin Boldak", "district chief"],
      ["Pakistani mortar fire had hit a residential area of the town, killing 12 civilians"],
      D, ("other", "civilian", "other"), mod="claimed"),
    U("displaced", 1000, CHA, ["witnesses"], ["Thousands of residents of Chaman fled towards Quetta overnight"],
      D, ("other", "civilian", None), mod="claimed", opt=True, note="Vague 'thousands'."),
]
