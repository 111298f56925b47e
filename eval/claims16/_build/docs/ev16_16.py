from lib import G, A, R, U, PUB, text

ID = "ev16-16"
URL = "https://www.premiumtimesng.com/news/headlines/iswap-overruns-marte-base-bandits-abduct-31-zamfara.html"
TITLE = "ISWAP attacks Marte military base as army denies losing town; bandits abduct 31 in Zamfara"
PUBLISHED = "2025-10-27T08:15:00+01:00"
CONFLICT = "Nigeria"
FORM = "local outlet story (Borno and the northwest), with ads and newsletter prompt"

TEXT = text(
"PREMIUM TIMES",
"Headlines | Security | Politics | Business | Investigations",
"ISWAP attacks Marte military base as army denies losing town; bandits abduct 31 in Zamfara",
"By Ibrahim Garba and Hauwa Sani | October 27, 2025 | 8:15 am",
"Fighters of the Islamic State West Africa Province (ISWAP) attacked the military base in Marte, Borno State, late Saturday, engaging troops in a gun battle that lasted several hours, security sources and residents told PREMIUM TIMES.",
"Two military sources said at least 12 soldiers were killed and that the insurgents briefly took control of the base and the town before troops pulled back towards Dikwa. One of them said the attackers came in about 30 gun trucks and burnt an armoured personnel carrier.",
"The army, however, denied that the base had fallen. In a statement on Sunday, its spokesperson, Lt. Col. Sani Uba Kabir, described the reports as \"fake news\" and said troops \"repelled\" the attack, neutralised 41 terrorists and recovered two gun trucks and 17 AK-47 rifles.",
"ISWAP, in a claim carried by its Amaq news agency, said its fighters killed \"more than 20\" soldiers and seized weapons and ammunition.",
"ADVERTISEMENT",
"Residents of Marte fled on foot and in donkey carts. The Borno State Emergency Management Agency (SEMA) said 3,100 people had arrived in Dikwa by Sunday evening.",
"Marte has been attacked repeatedly since 2015 and was briefly seized by ISWAP in 2021.",
"Zamfara: 31 abducted, three killed",
"In the northwest, bandits abducted 31 people, mostly women and children, in a night raid on Kucheri village in Tsafe Local Government Area of Zamfara State, the police said on Sunday. Three villagers were killed when they tried to resist, police spokesperson Mohammed Shehu Dauda said.",
"Nearly 16 years of the Boko Haram and ISWAP insurgency have killed more than 40,000 people and displaced about two million in the northeast, according to the United Nations.",
"Subscribe to our newsletter to get the latest news delivered to your inbox every morning",
"Support PREMIUM TIMES' journalism of integrity and credibility",
"TEXT AD: Affordable solar kits for your home — order today",
"Related Posts",
"Troops neutralise bandits in Kaduna forest — DHQ",
)

MARTE = G("Marte", "NG")
TSAFE = G("Tsafe", "NG", aliases=["Kucheri", "Kucheri village", "Zamfara"])
FASKARI = G("Faskari", "NG")
NE_NIGERIA = R("northeast Nigeria", 11.8, 13.0, 250, aliases=["northeast", "Borno State", "Borno"])
D = "2025-10-25"
SRC = ["military sources", "security sources", "Two military sources"]
ARMY = ["Sani Uba Kabir", "The army", "army spokesperson"]
UNITS = [
    U("attack", None, MARTE, ["security sources and residents", "security sources", "The army"],
      ["ISWAP attacks Marte military base",
       "Fighters of the Islamic State West Africa Province (ISWAP) attacked the military base in Marte, Borno State, late Saturday",
       "troops \"repelled\" the attack",
       "Marte has been attacked repeatedly since 2015"],
      D, "other/other/armed_groups",
      note="Nigerian army: state force without an id, 'other'. The outlet's 'attacked repeatedly since 2015' shares the unit."),
    U("territory", None, MARTE, SRC,
      ["army denies losing town",
       "the insurgents briefly took control of the base and the town before troops pulled back towards Dikwa",
       "The army, however, denied that the base had fallen.",
       "was briefly seized by ISWAP in 2021"],
      D, "other/other/armed_groups", modality="denied",
      note="The 2021 seizure (background, outlet's voice) shares the (territory, Marte) unit."),
    U("killed", 12, MARTE, SRC, ["at least 12 soldiers were killed"], D, "other/other/armed_groups"),
    U("materiel_lost", 1, MARTE, SRC, ["burnt an armoured personnel carrier"], D, "other/other/armed_groups",
      note="one vehicle; item armoured_vehicle"),
    U("killed", 41, MARTE, ARMY, ["neutralised 41 terrorists"], "2025-10-26", "other/armed_groups/other"),
    U("materiel_lost", 2, MARTE, ARMY, ["recovered two gun trucks and 17 AK-47 rifles"], "2025-10-26", "other/armed_groups/other",
      note="captured gun trucks; item vehicle"),
    U("materiel_lost", 17, MARTE, ARMY, ["17 AK-47 rifles"], "2025-10-26", "other/armed_groups/other", optional=True,
      note="small arms recovered; item other"),
    U("killed", 20, MARTE, ["ISWAP", "Amaq news agency", "Amaq"], ["its fighters killed \"more than 20\" soldiers"],
      D, "armed_groups/other/armed_groups"),
    U("displaced", 3100, MARTE, ["Borno State Emergency Management Agency", "SEMA"],
      ["3,100 people had arrived in Dikwa by Sunday evening"], "2025-10-26", "other/civilian/armed_groups"),
    U("abducted", 31, TSAFE, ["the police", "Mohammed Shehu Dauda"],
      ["bandits abduct 31 in Zamfara", "Zamfara: 31 abducted, three killed",
       "bandits abducted 31 people, mostly women and children, in a night raid on Kucheri village"],
      "2025-10-26", "other/civilian/armed_groups"),
    U("attack", None, TSAFE, ["the police", "Mohammed Shehu Dauda"], ["in a night raid on Kucheri village in Tsafe Local Government Area"],
      "2025-10-26", "other/civilian/armed_groups"),
    U("killed", 3, TSAFE, ["Mohammed Shehu Dauda", "police spokesperson"],
      ["Zamfara: 31 abducted, three killed", "Three villagers were killed when they tried to resist"],
      "2025-10-26", "other/civilian/armed_groups"),
    U("killed", 40000, NE_NIGERIA, ["United Nations"], ["have killed more than 40,000 people and displaced about two million in the northeast"],
      PUB, "other/-/armed_groups", scope="cumulative"),
    U("displaced", 2000000, NE_NIGERIA, ["United Nations"], ["displaced about two million in the northeast"],
      PUB, "other/civilian/armed_groups", scope="cumulative"),
]
