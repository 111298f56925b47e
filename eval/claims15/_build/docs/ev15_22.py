from lib import G, M, R, U

ID = "ev15-22"
URL = "https://www.france24.com/en/live-news/20250717-israel-strikes-damascus-sweida-clashes-toll"
TITLE = "Israel strikes Damascus as Sweida clashes toll tops 350: monitor"
PUBLISHED = "2025-07-17T09:05:00+02:00"

TEXT = """Israel strikes Damascus as Sweida clashes toll tops 350: monitor
Issued on: 17/07/2025 - 09:05
3 min
DAMASCUS (AFP) - Israeli warplanes pounded the Syrian defence ministry headquarters in central Damascus and struck near the presidential palace on Wednesday, as Israel vowed to protect the Druze minority in the southern province of Sweida, where clashes have killed more than 350 people.
The Syrian health ministry said three people were killed and 34 wounded in the Damascus strikes. AFP correspondents saw smoke rising from the ministry compound near Umayyad Square, and part of its facade had collapsed.
The Israeli military said it had also struck "several" government tanks on the roads leading to Sweida city to stop them from reaching the area.
The Syrian Observatory for Human Rights, a Britain-based war monitor, said more than 350 people had been killed since clashes between Druze fighters and Bedouin tribes erupted on Sunday and government forces were deployed, including 27 Druze civilians it said were "summarily executed" by members of the defence and interior ministries.
The interior ministry denied that its personnel had carried out executions and said any "individual violations" would be investigated.
Late on Wednesday, government forces began withdrawing from Sweida city under a ceasefire announced by interim President Ahmed al-Sharaa, who said responsibility for security would pass to local Druze factions and clerics.
Israeli Defence Minister Israel Katz warned that "the painful blows have begun" and that Israel would keep striking government forces in southern Syria until they pulled out.
© 2025 AFP
"""

DAM = G("Damascus", "SY", aliases=["Umayyad Square"])
SWE = G("Sweida", "SY", geoname="As-Suwayda", aliases=["As-Suwayda", "Suwayda", "Sweida city"])
SSY = R("southern Syria", 32.8, 36.3, 80, ["Sweida", "Daraa"])

SOHR = ["Syrian Observatory for Human Rights", "Britain-based war monitor"]
D16 = ("2025-07-16", "day", "text")
UNITS = [
    U("attack", None, DAM, None,
      ["Israel strikes Damascus",
       "Israeli warplanes pounded the Syrian defence ministry headquarters in central Damascus and struck near the presidential palace on Wednesday"],
      D16, (None, "other", "israel"), note="Syrian transitional government: 'other'."),
    U("killed", 3, DAM, ["Syrian health ministry"],
      ["three people were killed and 34 wounded in the Damascus strikes"],
      D16, ("other", None, "israel"), mod="claimed"),
    U("wounded", 34, DAM, ["Syrian health ministry"],
      ["three people were killed and 34 wounded in the Damascus strikes"],
      D16, ("other", None, "israel"), mod="claimed"),
    U("materiel_lost", 3, SWE, ["The Israeli military", "Israeli military"],
      ["it had also struck \"several\" government tanks on the roads leading to Sweida city"],
      D16, ("israel", "other", "israel"), mod="claimed", note="vague 'several' -> 3; item tank."),
    U("attack", None, SWE, ["The Israeli military", "Israeli military"],
      ["struck \"several\" government tanks on the roads leading to Sweida city"],
      D16, ("israel", "other", "israel"), mod="claimed", opt=True,
      note="Strikes on the roads to the city; the clashes themselves are ground fighting."),
    U("killed", 350, SWE, SOHR,
      ["Sweida clashes toll tops 350", "where clashes have killed more than 350 people",
       "more than 350 people had been killed since clashes between Druze fighters and Bedouin tribes erupted on Sunday"],
      ("2025-07-17", "day", "published"), ("other", None, None), scope="cumulative", mod="claimed"),
    U("killed", 27, SWE, SOHR,
      ["including 27 Druze civilians it said were \"summarily executed\" by members of the defence and interior ministries",
       "The interior ministry denied that its personnel had carried out executions"],
      ("2025-07-17", "day", "published"), ("other", "civilian", "other"), scope="cumulative", mod="denied",
      note="SOHR figure, denied by the interior ministry."),
    U("territory", None, SWE, None,
      ["government forces began withdrawing from Sweida city under a ceasefire"],
      D16, (None, "other", "other"), note="Withdrawal of government forces."),
    U("attack", None, SSY, ["Israel Katz", "Israeli Defence Minister"],
      ["Israel would keep striking government forces in southern Syria until they pulled out"],
      ("2025-07-17", "day", "published"), ("israel", "other", "israel"), mod="warned"),
]
