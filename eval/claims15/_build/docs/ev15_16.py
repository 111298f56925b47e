from lib import G, M, R, U

ID = "ev15-16"
URL = "https://apnews.com/article/haiti-gangs-cabaret-attack-viv-ansanm-drone-strikes-5e8a0d17c2"
TITLE = "Gangs kill 14 and seize police station in Haitian town as thousands flee"
PUBLISHED = "2025-10-07T22:15:00Z"

TEXT = """Gangs kill 14 and seize police station in Haitian town as thousands flee
By JEAN-MARC DORSAINVIL and MARISOL ORTEGA
Updated 10:15 PM GMT, October 7, 2025
Share
PORT-AU-PRINCE, Haiti (AP) — Gang members stormed the town of Cabaret north of Haiti's capital before dawn on Monday, killing at least 14 people and setting fire to dozens of homes, the town's mayor said.
Members of the Viv Ansanm gang coalition overran the local police station and were in control of most of Cabaret by midday, mayor Jean-Robert Sylvain told The Associated Press by phone. Police officers had withdrawn days earlier after running out of ammunition, he said.
"They went house to house," Sylvain said. "People ran into the hills with nothing."
More than 3,500 people have fled Cabaret and surrounding communities since Monday, according to the International Organization for Migration, which says the number of people displaced by gang violence across Haiti has reached a record 1.4 million.
The attack is the latest in a campaign by gangs to expand beyond Port-au-Prince, where they control an estimated 90% of the capital, into the Artibonite and Centre regions.
On Saturday, a drone strike hit a house in the capital's Bel Air neighborhood, killing eight people, among them suspected gang members, residents said. The strikes are carried out by a task force working with Haiti's transitional government and a private security contractor. The UN human rights office said last week that drone operations have killed at least 559 people since March, including 11 children.
According to the UN, at least 4,864 people were killed in gang-related violence in Haiti between October 2024 and June 2025.
In August, gang members kidnapped eight people, including an Irish missionary and a 3-year-old child, from an orphanage in Kenscoff, a mountain town south of the capital. They have not been released.
In the hillside suburb of Pétion-Ville, dozens of residents blocked streets with burning tires on Tuesday to protest what they called the government's failure to stop the gangs. Gang leader Jimmy "Barbecue" Chérizier said in a video posted on social media on Monday night that his coalition would "soon" march on Pétion-Ville.
Haiti's transitional presidential council did not respond to requests for comment.
___
Ortega reported from San Juan, Puerto Rico.
Follow AP's coverage of Latin America and the Caribbean at https://apnews.com/hub/latin-america
"""

CAB = G("Cabaret", "HT")
HT = R("Haiti", 19.0, -72.5, 200)
PAP = G("Port-au-Prince", "HT", aliases=["Bel Air"])
KEN = G("Kenscoff", "HT")
PV = M("Pétion-Ville", 18.512, -72.285, ["Petion-Ville", "Petionville"])

MAY = ["Jean-Robert Sylvain", "mayor", "the town's mayor"]
D6 = ("2025-10-06", "day", "text")
UNITS = [
    U("attack", None, CAB, MAY,
      ["Gang members stormed the town of Cabaret north of Haiti's capital before dawn on Monday"],
      D6, ("haiti_government", "civilian", "gangs"), mod="claimed"),
    U("killed", 14, CAB, MAY,
      ["Gangs kill 14 and seize police station in Haitian town", "killing at least 14 people and setting fire to dozens of homes"],
      D6, ("haiti_government", "civilian", "gangs"), mod="claimed"),
    U("territory", None, CAB, MAY,
      ["seize police station in Haitian town",
       "overran the local police station and were in control of most of Cabaret by midday",
       "Police officers had withdrawn days earlier after running out of ammunition"],
      D6, ("haiti_government", "haiti_government", "gangs"), mod="claimed"),
    U("displaced", 3500, CAB, ["International Organization for Migration", "IOM"],
      ["More than 3,500 people have fled Cabaret and surrounding communities since Monday"],
      ("2025-10-07", "day", "published"), ("other", "civilian", "gangs"), scope="cumulative", mod="claimed"),
    U("displaced", 1000, CAB, None, ["Gangs kill 14 and seize police station in Haitian town as thousands flee"],
      ("2025-10-07", "day", "published"), (None, "civilian", "gangs"), opt=True,
      note="Headline; vague 'thousands' (no agreed value): optional. The body gives 3,500."),
    U("displaced", 1400000, HT, ["International Organization for Migration", "IOM"],
      ["the number of people displaced by gang violence across Haiti has reached a record 1.4 million"],
      ("2025-10-07", "day", "published"), ("other", "civilian", "gangs"), scope="cumulative", mod="claimed"),
    U("territory", None, PAP, None,
      ["where they control an estimated 90% of the capital"],
      ("2025-10-07", "day", "published"), (None, "haiti_government", "gangs"), opt=True,
      note="Control share of a city: optional."),
    U("attack", None, PAP, ["residents"],
      ["a drone strike hit a house in the capital's Bel Air neighborhood"],
      ("2025-10-04", "day", "text"), ("other", "gangs", "haiti_government"), mod="claimed",
      note="Task force working with the transitional government: haiti_government."),
    U("killed", 8, PAP, ["residents"],
      ["killing eight people, among them suspected gang members, residents said"],
      ("2025-10-04", "day", "text"), ("other", "gangs", "haiti_government"), mod="claimed",
      note="Eight kidnapped in Kenscoff is a different category."),
    U("killed", 559, HT, ["UN human rights office"],
      ["drone operations have killed at least 559 people since March, including 11 children"],
      ("2025-10-07", "day", "published"), ("other", None, "haiti_government"), scope="cumulative", mod="claimed"),
    U("killed", 11, HT, ["UN human rights office"],
      ["drone operations have killed at least 559 people since March, including 11 children"],
      ("2025-10-07", "day", "published"), ("other", "civilian", "haiti_government"), scope="cumulative", mod="claimed"),
    U("killed", 4864, HT, ["UN", "the UN"],
      ["at least 4,864 people were killed in gang-related violence in Haiti between October 2024 and June 2025"],
      ("2025-06", "month", "text"), ("other", None, "gangs"), scope="cumulative", mod="claimed"),
    U("abducted", 8, KEN, None,
      ["gang members kidnapped eight people, including an Irish missionary and a 3-year-old child, from an orphanage in Kenscoff"],
      ("2025-08", "month", "text"), (None, "civilian", "gangs")),
    U("protest", None, PV, None,
      ["dozens of residents blocked streets with burning tires on Tuesday to protest"],
      ("2025-10-07", "day", "text"), (None, None, None), note="Coordinates approximate."),
    U("territory", None, PV, ["Jimmy \"Barbecue\" Chérizier", "Jimmy Chérizier", "Chérizier", "Barbecue"],
      ["his coalition would \"soon\" march on Pétion-Ville"],
      ("2025-10-07", "day", "published"), ("gangs", "haiti_government", "gangs"), mod="warned"),
]
