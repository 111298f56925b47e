from lib import G, M, R, U

ID = "ev15-12"
URL = "https://www.reuters.com/world/middle-east/israeli-strikes-gunfire-kill-41-gaza-including-19-seeking-aid-2025-08-17/"
TITLE = "Israeli strikes and gunfire kill 41 in Gaza, including 19 seeking aid, health officials say"
PUBLISHED = "2025-08-17T18:22:00Z"

TEXT = """Israeli strikes and gunfire kill 41 in Gaza, including 19 seeking aid, health officials say
By Samir Haddad and Noa Brenner
August 17, 2025 6:22 PM GMT+0 Updated 3 hours ago
Summary
Health officials say 19 killed near aid site in southern Gaza
Israeli military denies firing at civilians
Israel plans to move Gaza City residents south ahead of offensive
CAIRO/JERUSALEM, Aug 17 (Reuters) - Israeli strikes and gunfire killed at least 41 Palestinians across the Gaza Strip on Sunday, including 19 people who were waiting for food near a distribution site in southern Gaza, local health officials said.
Medics at Nasser Hospital in Khan Younis said the 19 were shot as crowds gathered before dawn on the road leading to a site run by the U.S.-backed Gaza Humanitarian Foundation west of Rafah. The Israeli military denied that its troops had fired at civilians near the site, saying they had fired warning shots at "suspects" who approached them.
In Gaza City, an air strike on a house in the Zeitoun neighbourhood killed 11 members of one family, medics said. The Israeli military said it had struck "a Hamas terrorist cell" in the area, without giving details. Israeli tanks also pushed deeper into the Sabra neighbourhood, residents said.
In the al-Mawasi area west of Khan Younis, where hundreds of thousands of displaced people live in tents, a strike on a tent killed three people, a woman and her two children, according to the Palestinian civil defence service.
The Israeli military said one of its soldiers was killed by a sniper in Khan Younis on Saturday.
Israel's security cabinet this month approved a plan to take control of Gaza City, and officials have said the military plans to move about one million residents of the city to the south before the offensive begins. The United Nations said about 24,000 people had already fled the eastern Zeitoun and Shejaia neighbourhoods this week.
The Gaza health ministry says 61,944 Palestinians have been killed and 155,886 wounded since the war began. It said on Sunday that two more people had died of malnutrition, bringing the number of such deaths to 251, including 108 children.
The war was triggered when Hamas-led militants attacked southern Israel on Oct. 7, 2023, killing some 1,200 people and taking 251 hostages into Gaza, according to Israeli tallies.
In Tel Aviv, tens of thousands of people protested on Saturday night to demand a ceasefire deal that would bring home the remaining hostages.
(Reporting by Samir Haddad in Cairo and Noa Brenner in Jerusalem; Editing by Clare Whitfield)
Our Standards: The Thomson Reuters Trust Principles.
"""

GAZA = R("Gaza Strip", 31.42, 34.38, 30, ["Gaza"])
RAF = G("Rafah", "PS", geoname="Rafaḩ", aliases=["Gaza Humanitarian Foundation site", "southern Gaza"])
GC = G("Gaza City", "PS", geoname="Gaza", aliases=["Gaza", "Zeitoun", "Sabra", "Shejaia"])
MAW = M("al-Mawasi", 31.35, 34.26, ["al-Mawasi area", "Mawasi"])
KY = G("Khan Younis", "PS", geoname="Khān Yūnis", aliases=["Khan Yunis"])
SISR = R("southern Israel", 31.4, 34.5, 40, ["Israel"])
TLV = G("Tel Aviv", "IL")

H = ["local health officials", "health officials"]
D = ("2025-08-17", "day", "text")
UNITS = [
    U("killed", 41, GAZA, H,
      ["Israeli strikes and gunfire kill 41 in Gaza",
       "Israeli strikes and gunfire killed at least 41 Palestinians across the Gaza Strip on Sunday"],
      D, ("hamas", None, "israel"), mod="claimed"),
    U("killed", 19, RAF, H + ["Medics at Nasser Hospital"],
      ["including 19 seeking aid, health officials say",
       "Health officials say 19 killed near aid site in southern Gaza",
       "including 19 people who were waiting for food near a distribution site in southern Gaza",
       "the 19 were shot as crowds gathered before dawn",
       "Israeli military denies firing at civilians"],
      D, ("hamas", "civilian", "israel"), mod="denied",
      note="Denied by the Israeli military (warning shots at 'suspects')."),
    U("attack", None, RAF, ["Medics at Nasser Hospital", "medics"],
      ["the 19 were shot as crowds gathered before dawn on the road leading to a site run by the U.S.-backed Gaza Humanitarian Foundation west of Rafah",
       "The Israeli military denied that its troops had fired at civilians near the site"],
      D, ("hamas", "civilian", "israel"), mod="denied", note="Shooting of aid seekers, denied by the Israeli military."),
    U("attack", None, GC, ["medics", "Israeli military"],
      ["In Gaza City, an air strike on a house in the Zeitoun neighbourhood killed 11 members of one family",
       "The Israeli military said it had struck \"a Hamas terrorist cell\" in the area"],
      D, ("hamas", "civilian", "israel"), mod="claimed"),
    U("killed", 11, GC, ["medics"],
      ["an air strike on a house in the Zeitoun neighbourhood killed 11 members of one family"],
      D, ("hamas", "civilian", "israel"), mod="claimed"),
    U("territory", None, GC, ["residents"],
      ["Israeli tanks also pushed deeper into the Sabra neighbourhood, residents said",
       "a plan to take control of Gaza City"],
      D, ("other", "hamas", "israel"), mod="claimed", note="Advance into a Gaza City neighbourhood."),
    U("attack", None, MAW, ["Palestinian civil defence service", "civil defence"],
      ["In the al-Mawasi area west of Khan Younis", "a strike on a tent killed three people, a woman and her two children"],
      D, ("hamas", "civilian", "israel"), mod="claimed", note="Coordinates approximate."),
    U("displaced", 100000, MAW, None,
      ["where hundreds of thousands of displaced people live in tents"],
      ("2025-08-17", "day", "published"), (None, "civilian", None), scope="cumulative", opt=True,
      note="Vague 'hundreds of thousands' (no agreed value): optional."),
    U("killed", 3, MAW, ["Palestinian civil defence service", "civil defence"],
      ["a strike on a tent killed three people, a woman and her two children"],
      D, ("hamas", "civilian", "israel"), mod="claimed"),
    U("killed", 1, KY, ["The Israeli military", "Israeli military"],
      ["one of its soldiers was killed by a sniper in Khan Younis on Saturday"],
      ("2025-08-16", "day", "text"), ("israel", "israel", None), mod="claimed",
      note="The sniper's side is not stated."),
    U("displaced", 1000000, GC, ["officials", "Israeli officials"],
      ["the military plans to move about one million residents of the city to the south before the offensive begins",
       "Israel plans to move Gaza City residents south ahead of offensive"],
      ("2025-08-17", "day", "published"), ("israel", "civilian", "israel"), mod="warned"),
    U("displaced", 24000, GC, ["The United Nations", "United Nations"],
      ["about 24,000 people had already fled the eastern Zeitoun and Shejaia neighbourhoods this week"],
      ("2025-08-17", "day", "published"), ("other", "civilian", "israel"), scope="cumulative", mod="claimed"),
    U("killed", 61944, GAZA, ["The Gaza health ministry", "Gaza health ministry"],
      ["The Gaza health ministry says 61,944 Palestinians have been killed and 155,886 wounded since the war began"],
      ("2025-08-17", "day", "published"), ("hamas", None, "israel"), scope="cumulative", mod="claimed"),
    U("wounded", 155886, GAZA, ["The Gaza health ministry", "Gaza health ministry"],
      ["61,944 Palestinians have been killed and 155,886 wounded since the war began"],
      ("2025-08-17", "day", "published"), ("hamas", None, "israel"), scope="cumulative", mod="claimed"),
    U("killed", 2, GAZA, ["Gaza health ministry"], ["two more people had died of malnutrition"],
      D, ("hamas", "civilian", None), mod="claimed", opt=True, note="Malnutrition deaths: optional."),
    U("killed", 251, GAZA, ["Gaza health ministry"], ["bringing the number of such deaths to 251, including 108 children"],
      ("2025-08-17", "day", "published"), ("hamas", "civilian", None), scope="cumulative", mod="claimed", opt=True,
      note="Malnutrition deaths: optional. 251 hostages (abducted) is a different category."),
    U("killed", 108, GAZA, ["Gaza health ministry"], ["bringing the number of such deaths to 251, including 108 children"],
      ("2025-08-17", "day", "published"), ("hamas", "civilian", None), scope="cumulative", mod="claimed", opt=True),
    U("killed", 1200, SISR, ["Israeli tallies"],
      ["Hamas-led militants attacked southern Israel on Oct. 7, 2023, killing some 1,200 people and taking 251 hostages into Gaza"],
      ("2023-10-07", "day", "text"), ("israel", "israel", "hamas"), mod="claimed", note="Background."),
    U("abducted", 251, SISR, ["Israeli tallies"],
      ["killing some 1,200 people and taking 251 hostages into Gaza"],
      ("2023-10-07", "day", "text"), ("israel", "israel", "hamas"), mod="claimed", note="Background."),
    U("attack", None, SISR, ["Israeli tallies"],
      ["Hamas-led militants attacked southern Israel on Oct. 7, 2023"],
      ("2023-10-07", "day", "text"), ("israel", "israel", "hamas"), mod="claimed", opt=True, note="Background attack on a region."),
    U("protest", None, TLV, None,
      ["In Tel Aviv, tens of thousands of people protested on Saturday night to demand a ceasefire deal"],
      ("2025-08-16", "day", "text"), (None, None, None)),
]
