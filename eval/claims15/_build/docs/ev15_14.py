from lib import G, M, R, U

ID = "ev15-14"
URL = "https://apnews.com/article/lebanon-israel-hezbollah-strikes-bint-jbeil-evacuation-warnings-3fd91a0c5e"
TITLE = "Israeli strikes kill 4 in southern Lebanon as military orders residents of 2 villages to leave"
PUBLISHED = "2025-11-20T15:48:00Z"

TEXT = """Israeli strikes kill 4 in southern Lebanon as military orders residents of 2 villages to leave
By FADI HAMADEH and NOUR ABI RACHED
Updated 3:48 PM GMT, November 20, 2025
BEIRUT (AP) — Israeli strikes killed four people in southern Lebanon on Thursday, including two in a drone strike on a car near the town of Bint Jbeil, Lebanon's Health Ministry said, as Israel's military told residents of two more villages to leave ahead of planned strikes.
A second strike hit a motorcycle on the outskirts of Nabatieh, killing one man and wounding three people who were walking nearby, the ministry said. The fourth victim died when a drone struck a house in the village of Yater.
The Israeli military said the car near Bint Jbeil had been carrying a commander of Hezbollah's elite Radwan force who was "working to rebuild terror infrastructure" close to the border. It did not say who was targeted in the other strikes.
Hours later, the military's Arabic-language spokesperson posted maps on X marking buildings in Tayr Debba and Aitaroun, and told people within 300 meters to leave immediately, saying the army would strike Hezbollah weapons depots there.
Israeli officials have also warned in recent days that the military could strike Beirut's southern suburbs, a Hezbollah stronghold, if the Lebanese army does not move faster to disarm the group south of the Litani River.
UN peacekeepers said an Israeli Merkava tank fired at a patrol near Kfar Kila on Wednesday, with rounds landing about five meters from the peacekeepers. No one was hurt. The Israeli military denied firing at the peacekeepers and said its troops had fired at "suspects" in the area after mistaking the patrol for them because of bad weather.
Under the U.S.-brokered ceasefire that ended the Israel-Hezbollah war in November 2024, Israeli troops were to withdraw from southern Lebanon, but they remain in five hilltop positions on the Lebanese side of the border.
Lebanon's Health Ministry says more than 330 people have been killed by Israeli fire since the ceasefire took effect. The 14-month war killed more than 4,000 people in Lebanon and displaced about 1.2 million at its peak.
Associated Press writer Daniel Aharoni in Jerusalem contributed to this report.
Copyright 2025 The Associated Press. All Rights Reserved.
"""

SLB = R("southern Lebanon", 33.25, 35.4, 40, ["south Lebanon", "Lebanon"])
BJ = G("Bint Jbeil", "LB", geoname="Bent Jbaïl")
NAB = G("Nabatieh", "LB", geoname="Nabatîyé et Tahta")
YAT = M("Yater", 33.148, 35.327)
TD = M("Tayr Debba", 33.29, 35.28)
AIT = M("Aitaroun", 33.117, 35.47)
BEI = G("Beirut", "LB", aliases=["Beirut's southern suburbs", "Dahiyeh"])
KK = G("Kfar Kila", "LB")
LEB = R("Lebanon", 33.9, 35.9, 120)

MOH = ["Lebanon's Health Ministry", "Health Ministry", "the ministry"]
D = ("2025-11-20", "day", "text")
UNITS = [
    U("killed", 4, SLB, MOH,
      ["Israeli strikes kill 4 in southern Lebanon",
       "Israeli strikes killed four people in southern Lebanon on Thursday"],
      D, ("other", None, "israel"), mod="claimed"),
    U("attack", None, BJ, MOH + ["The Israeli military"],
      ["a drone strike on a car near the town of Bint Jbeil",
       "the car near Bint Jbeil had been carrying a commander of Hezbollah's elite Radwan force"],
      D, ("other", "hezbollah", "israel"), mod="claimed"),
    U("killed", 2, BJ, MOH, ["including two in a drone strike on a car near the town of Bint Jbeil"],
      D, ("other", None, "israel"), mod="claimed"),
    U("attack", None, NAB, MOH,
      ["A second strike hit a motorcycle on the outskirts of Nabatieh"],
      D, ("other", None, "israel"), mod="claimed"),
    U("killed", 1, NAB, MOH,
      ["killing one man and wounding three people who were walking nearby",
       "The fourth victim died when a drone struck a house in the village of Yater"],
      D, ("other", None, "israel"), mod="claimed",
      note="One death in Nabatieh and one in Yater: a single (killed, 1) unit."),
    U("wounded", 3, NAB, MOH, ["killing one man and wounding three people who were walking nearby"],
      D, ("other", "civilian", "israel"), mod="claimed"),
    U("attack", None, YAT, MOH, ["a drone struck a house in the village of Yater"],
      D, ("other", None, "israel"), mod="claimed", note="Coordinates approximate."),
    U("attack", None, TD, ["The Israeli military", "military's Arabic-language spokesperson"],
      ["marking buildings in Tayr Debba and Aitaroun",
       "saying the army would strike Hezbollah weapons depots there"],
      D, ("israel", "hezbollah", "israel"), mod="warned", note="Evacuation warning before a strike. Coordinates approximate."),
    U("attack", None, AIT, ["The Israeli military", "military's Arabic-language spokesperson"],
      ["marking buildings in Tayr Debba and Aitaroun",
       "saying the army would strike Hezbollah weapons depots there"],
      D, ("israel", "hezbollah", "israel"), mod="warned", note="Coordinates approximate."),
    U("attack", None, BEI, ["Israeli officials"],
      ["the military could strike Beirut's southern suburbs, a Hezbollah stronghold"],
      ("2025-11-20", "day", "published"), ("israel", "hezbollah", "israel"), mod="warned"),
    U("attack", None, KK, ["UN peacekeepers"],
      ["an Israeli Merkava tank fired at a patrol near Kfar Kila on Wednesday",
       "The Israeli military denied firing at the peacekeepers"],
      ("2025-11-19", "day", "text"), ("other", "other", "israel"), mod="denied",
      note="UNIFIL report, denied by the Israeli military."),
    U("territory", None, SLB, None,
      ["they remain in five hilltop positions on the Lebanese side of the border"],
      ("2025-11-20", "day", "published"), (None, None, "israel"), note="Israeli troops holding positions inside southern Lebanon."),
    U("killed", 330, LEB, MOH,
      ["more than 330 people have been killed by Israeli fire since the ceasefire took effect"],
      ("2025-11-20", "day", "published"), ("other", None, "israel"), scope="cumulative", mod="claimed"),
    U("killed", 4000, LEB, None,
      ["The 14-month war killed more than 4,000 people in Lebanon"],
      ("2024-11", "month", "text"), (None, None, "israel"), scope="cumulative", note="Background toll of the 2023-24 war."),
    U("displaced", 1200000, LEB, None,
      ["displaced about 1.2 million at its peak"],
      ("2024-11", "month", "text"), (None, "civilian", None), scope="cumulative", note="Background."),
]
