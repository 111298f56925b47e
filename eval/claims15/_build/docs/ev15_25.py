from lib import G, M, R, U

ID = "ev15-25"
URL = "https://www.middleeastwire.com/live/2026/01/21/gaza-ceasefire-lebanon-yemen-live-updates"
TITLE = "Middle East live: Israeli strike kills three in Khan Younis; Houthis detain more UN staff"
PUBLISHED = "2026-01-21T19:05:00+02:00"

TEXT = """MIDDLE EAST WIRE | LIVE
Middle East live: Israeli strike kills three in Khan Younis; Houthis detain more UN staff
Live updates · Last updated 21 January 2026, 19:05
Refresh for latest · Newest first
18:40
Three killed in Khan Younis strike, civil defence says
An Israeli strike on a group of people east of Khan Younis killed three Palestinians this afternoon, Gaza's civil defence agency said. The Israeli military said its troops had fired at "terrorists" who had crossed the so-called yellow line and "posed an immediate threat".
Share this update
17:10
Gaza toll since ceasefire rises to 466
Gaza's health ministry said 466 people have been killed by Israeli fire since the ceasefire took effect on 10 October, bringing the overall death toll since the start of the war to 71,552.
15:30
Lebanon: one killed in strike on car near Tyre
A drone strike on a car on the road between Tyre and the village of Qlayleh killed one person, Lebanon's state news agency NNA reported. The Israeli military said it had targeted a Hezbollah operative.
13:00
West Bank: 14 detained in Nablus raid
Israeli forces detained 14 Palestinians during a pre-dawn raid on the old city of Nablus, the Palestinian Prisoners' Society said. The Israeli military said the operation targeted "wanted suspects".
11:20
Houthis detain five more UN staff in Sanaa
Houthi authorities detained five more United Nations employees in Sanaa on Tuesday, the UN said, bringing the number of UN personnel held by the group to 59. UN Secretary-General António Guterres called for their immediate release.
09:00
Good morning, and welcome to our live coverage. The ceasefire in Gaza is in its 104th day. Catch up on yesterday's developments here.
Advertisement
Get our Middle East briefing every morning. Sign up
"""

KY = G("Khan Younis", "PS", geoname="Khān Yūnis", aliases=["Khan Yunis"])
GAZA = R("Gaza Strip", 31.42, 34.38, 30, ["Gaza"])
TYR = G("Tyre", "LB", aliases=["Qlayleh"])
NAB = G("Nablus", "PS")
SAN = G("Sanaa", "YE")

CD = ["Gaza's civil defence agency", "civil defence"]
MOH = ["Gaza's health ministry", "health ministry"]
D = ("2026-01-21", "day", "text")
UNITS = [
    U("attack", None, KY, CD + ["The Israeli military"],
      ["Israeli strike kills three in Khan Younis",
       "Three killed in Khan Younis strike, civil defence says",
       "An Israeli strike on a group of people east of Khan Younis killed three Palestinians this afternoon"],
      D, ("hamas", None, "israel"), mod="claimed"),
    U("killed", 3, KY, CD,
      ["Israeli strike kills three in Khan Younis", "Three killed in Khan Younis strike, civil defence says",
       "east of Khan Younis killed three Palestinians this afternoon"],
      D, ("hamas", None, "israel"), mod="claimed"),
    U("killed", 466, GAZA, MOH,
      ["Gaza toll since ceasefire rises to 466",
       "466 people have been killed by Israeli fire since the ceasefire took effect on 10 October"],
      ("2026-01-21", "day", "published"), ("hamas", None, "israel"), scope="cumulative", mod="claimed"),
    U("killed", 71552, GAZA, MOH,
      ["bringing the overall death toll since the start of the war to 71,552"],
      ("2026-01-21", "day", "published"), ("hamas", None, "israel"), scope="cumulative", mod="claimed"),
    U("attack", None, TYR, ["Lebanon's state news agency NNA", "NNA", "The Israeli military"],
      ["one killed in strike on car near Tyre",
       "A drone strike on a car on the road between Tyre and the village of Qlayleh killed one person"],
      D, ("other", "hezbollah", "israel"), mod="claimed"),
    U("killed", 1, TYR, ["Lebanon's state news agency NNA", "NNA"],
      ["one killed in strike on car near Tyre", "killed one person, Lebanon's state news agency NNA reported"],
      D, ("other", None, "israel"), mod="claimed"),
    U("captured", 14, NAB, ["Palestinian Prisoners' Society"],
      ["West Bank: 14 detained in Nablus raid",
       "Israeli forces detained 14 Palestinians during a pre-dawn raid on the old city of Nablus"],
      D, ("other", None, "israel"), mod="claimed"),
    U("abducted", 5, SAN, ["the UN", "UN"],
      ["Houthis detain five more UN staff in Sanaa",
       "Houthi authorities detained five more United Nations employees in Sanaa on Tuesday",
       "bringing the number of UN personnel held by the group to 59"],
      ("2026-01-20", "day", "text"), ("other", "other", "houthis"), mod="claimed",
      note="Detention of UN staff by the Houthis; the running total (59) is evidence of the same (abducted, Sanaa) unit."),
]
