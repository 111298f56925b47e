from lib import G, M, R, U

ID = "ev15-21"
URL = "https://www.horndailynews.com/2025/12/04/mogadishu-training-camp-suicide-bombing-al-shabaab/"
TITLE = "Suicide bomber kills 11 recruits at Mogadishu training camp; al-Shabaab moves into Moqokori"
PUBLISHED = "2025-12-04T17:30:00+03:00"

TEXT = """Horn Daily News
Somalia | Ethiopia | Kenya | Djibouti | Opinion
Suicide bomber kills 11 recruits at Mogadishu training camp; al-Shabaab moves into Moqokori
December 4, 2025 | By Abdiqani Hassan
Ambulances outside the Damanyo military camp after the blast. Photo: HDN
MOGADISHU — A suicide bomber drove an explosives-laden car into the gate of the Damanyo military training camp in Mogadishu on Thursday morning, killing 11 recruits who were queuing to enter and wounding 23 others, a senior security official said.
"The attacker rammed the car into the line of young men," Major Abdirahman Nur told Horn Daily News. "Most of the victims were new recruits."
Al-Shabaab claimed responsibility through its Andalus radio station, saying it had killed "more than 40" soldiers. The group frequently inflates casualty figures.
In central Somalia, government forces and allied clan militias pulled out of Moqokori, a town in Hiiraan region, on Tuesday after several days of fighting, and al-Shabaab fighters moved in a few hours later, residents said. The government described the move as a "tactical repositioning".
The U.S. Africa Command (AFRICOM) said it carried out an airstrike against Islamic State fighters in the Golis Mountains, southeast of Bosaso in Puntland, on December 2. It said its initial assessment was that no civilians had been hurt.
The UN refugee agency says fighting has displaced about 120,000 people in Middle Shabelle and Hiiraan since the start of the year.
Share this article: Facebook | X | WhatsApp
Related: Puntland forces say ISIS cells pushed out of Cal Miskaad valley
"""

MOG = G("Mogadishu", "SO", aliases=["Damanyo military camp", "Damanyo"])
MOQ = M("Moqokori", 4.05, 45.07)
GOL = R("Golis Mountains", 10.9, 49.6, 80, ["Golis Mountains, southeast of Bosaso", "Puntland"])
MSH = R("Middle Shabelle and Hiiraan", 3.6, 45.5, 200, ["Middle Shabelle", "Hiiraan"])

SEC = ["a senior security official", "Abdirahman Nur", "security official"]
D = ("2025-12-04", "day", "text")
UNITS = [
    U("attack", None, MOG, SEC + ["Al-Shabaab"],
      ["Suicide bomber kills 11 recruits at Mogadishu training camp",
       "A suicide bomber drove an explosives-laden car into the gate of the Damanyo military training camp in Mogadishu on Thursday morning"],
      D, ("other", "other", "armed_groups"), mod="claimed",
      note="Somali army recruits: 'other'; al-Shabaab: armed_groups."),
    U("killed", 11, MOG, SEC,
      ["Suicide bomber kills 11 recruits", "killing 11 recruits who were queuing to enter and wounding 23 others"],
      D, ("other", "other", "armed_groups"), mod="claimed"),
    U("wounded", 23, MOG, SEC, ["killing 11 recruits who were queuing to enter and wounding 23 others"],
      D, ("other", "other", "armed_groups"), mod="claimed"),
    U("killed", 40, MOG, ["Al-Shabaab", "Andalus radio"],
      ["saying it had killed \"more than 40\" soldiers"],
      D, ("armed_groups", "other", "armed_groups"), mod="claimed"),
    U("territory", None, MOQ, ["residents"],
      ["al-Shabaab moves into Moqokori",
       "pulled out of Moqokori, a town in Hiiraan region, on Tuesday after several days of fighting, and al-Shabaab fighters moved in"],
      ("2025-12-02", "day", "text"), ("other", "other", "armed_groups"), mod="claimed",
      note="Government calls it a 'tactical repositioning' (not a denial). Coordinates approximate."),
    U("attack", None, GOL, ["U.S. Africa Command", "AFRICOM"],
      ["it carried out an airstrike against Islamic State fighters in the Golis Mountains, southeast of Bosaso in Puntland, on December 2"],
      ("2025-12-02", "day", "text"), ("united_states", "armed_groups", "united_states"), mod="claimed"),
    U("displaced", 120000, MSH, ["The UN refugee agency", "UN refugee agency", "UNHCR"],
      ["fighting has displaced about 120,000 people in Middle Shabelle and Hiiraan since the start of the year"],
      ("2025-12-04", "day", "published"), ("other", "civilian", None), scope="cumulative", mod="claimed"),
]
