from lib import G, A, R, U, PUB, text

ID = "ev16-12"
URL = "https://english.wafa-news.net/2025/11/08/settlers-torch-homes-kafr-malik-raid-tammun"
TITLE = "Settlers torch homes and cars in Kafr Malik; teen killed, 18 detained in Tammun raid"
PUBLISHED = "2025-11-08T20:45:00+02:00"
CONFLICT = "West Bank"
FORM = "local outlet story with share bar and related links"

TEXT = text(
"Home / Occupied Territories / West Bank",
"Settlers torch homes and cars in Kafr Malik; teen killed, 18 detained in Tammun raid",
"8 November 2025 | 20:45",
"Share: f  X  in  ✉",
"RAMALLAH — Israeli settlers set fire to two homes and five vehicles in the village of Kafr Malik, northeast of Ramallah, before dawn on Saturday, local sources said, in the latest of a string of attacks during the olive harvest.",
"The Palestine Red Crescent Society said its crews treated four residents for injuries sustained when settlers beat them with clubs and threw stones. Witnesses said Israeli soldiers who arrived at the scene fired tear gas at villagers rather than at the assailants.",
"The Israeli army said soldiers had \"dispersed a violent confrontation between Israeli civilians and Palestinians\" and that the incident had been handed to the police.",
"Later in the day, settlers attacked farmers picking olives on the outskirts of Turmus Ayya, according to the village council, and uprooted dozens of trees.",
"In the south, residents of Masafer Yatta said settlers abducted a 19-year-old shepherd, tied him to a tree and released him hours later near the Avigayil outpost.",
"Raid in Tammun",
"In the northern West Bank, Israeli forces raided the town of Tammun and nearby Tubas overnight. A 17-year-old boy was killed by Israeli fire during the raid in Tammun, the Palestinian Health Ministry in Ramallah said.",
"The Palestinian Prisoners' Society said troops detained 18 people in the two towns, including a journalist, bringing to more than 20,000 the number of Palestinians arrested in the West Bank since October 2023.",
"The Israeli military said it had \"neutralised\" an armed suspect in Tammun and arrested \"wanted individuals\". It did not respond to a request for comment on the teenager's death.",
"Camps still empty",
"Jenin refugee camp remains largely deserted. According to UNRWA, Israel's \"Iron Wall\" operation launched in January has forced about 32,000 people out of the Jenin, Tulkarm and Nur Shams camps; most have not been allowed to return.",
"The UN humanitarian office OCHA says Israeli forces and settlers have killed more than 1,040 Palestinians in the West Bank, including East Jerusalem, since 7 October 2023.",
"Hundreds rally in Ramallah",
"Hundreds of people marched in central Ramallah on Saturday evening to protest against settler violence and demand international protection for villages during the harvest season.",
"Related",
"• Olive harvest under attack: a village-by-village map",
"• Settlers set up new outpost near Sinjil",
"Read more",
)

KAFR_MALIK = G("Kafr Malik", "PS")
TURMUS = A("Turmus Ayya", 32.036, 35.289)
MASAFER = A("Masafer Yatta", 31.39, 35.15, aliases=["Avigayil", "Yatta"])
TAMMUN = G("Tammun", "PS")
TUBAS = G("Tubas", "PS")
HEBRON = G("Hebron", "PS")
JENIN_CAMPS = R("Jenin, Tulkarm and Nur Shams camps", 32.39, 35.15, 30,
                aliases=["Jenin refugee camp", "Jenin", "Tulkarm", "Nur Shams"])
WB = R("West Bank", 31.95, 35.25, 80, aliases=["West Bank, including East Jerusalem"])
RAMALLAH = G("Ramallah", "PS")
D = "2025-11-08"
UNITS = [
    U("attack", None, KAFR_MALIK, ["local sources"],
      ["Settlers torch homes and cars in Kafr Malik",
       "Israeli settlers set fire to two homes and five vehicles in the village of Kafr Malik"],
      D, "other/civilian/israel", note="Settlers: side israel per world README"),
    U("wounded", 4, KAFR_MALIK, ["Palestine Red Crescent Society"],
      ["its crews treated four residents for injuries"], D, "other/civilian/israel"),
    U("attack", None, TURMUS, ["the village council"],
      ["settlers attacked farmers picking olives on the outskirts of Turmus Ayya"], D, "other/civilian/israel",
      note="Within 25 km of Kafr Malik."),
    U("abducted", 1, MASAFER, ["residents of Masafer Yatta"],
      ["settlers abducted a 19-year-old shepherd"], D, "other/civilian/israel"),
    U("attack", None, TAMMUN, None,
      ["Israeli forces raided the town of Tammun and nearby Tubas overnight", "18 detained in Tammun raid"],
      D, "-/-/israel"),
    U("attack", None, TUBAS, None, ["Israeli forces raided the town of Tammun and nearby Tubas overnight"], D, "-/-/israel",
      note="Tubas is within 25 km of Tammun."),
    U("killed", 1, TAMMUN, ["Palestinian Health Ministry", "The Israeli military"],
      ["teen killed", "A 17-year-old boy was killed by Israeli fire during the raid in Tammun",
       "it had \"neutralised\" an armed suspect in Tammun"],
      D, "other/civilian/israel",
      note="Israeli military says it 'neutralised' an armed suspect: same death, different framing."),
    U("captured", 18, TAMMUN, ["Palestinian Prisoners' Society"],
      ["18 detained in Tammun raid", "troops detained 18 people in the two towns"], D, "other/-/israel",
      note="The Israeli military's 'arrested \"wanted individuals\"' gives no number."),
    U("captured", 20000, WB, ["Palestinian Prisoners' Society"],
      ["bringing to more than 20,000 the number of Palestinians arrested in the West Bank since October 2023"],
      D, "other/-/israel", scope="cumulative"),
    U("displaced", 32000, JENIN_CAMPS, ["UNRWA"],
      ["Israel's \"Iron Wall\" operation launched in January has forced about 32,000 people out of the Jenin, Tulkarm and Nur Shams camps"],
      "2025-01", "other/civilian/israel", scope="cumulative"),
    U("killed", 1040, WB, ["OCHA", "UN humanitarian office OCHA"],
      ["Israeli forces and settlers have killed more than 1,040 Palestinians in the West Bank"],
      D, "other/-/israel", scope="cumulative"),
    U("protest", 100, RAMALLAH, None,
      ["Hundreds rally in Ramallah", "Hundreds of people marched in central Ramallah on Saturday evening to protest against settler violence"],
      D, "-/-/-", note="vague 'hundreds' -> 100"),
]
