from lib import G, M, R, U

ID = "ev15-15"
URL = "https://www.maritimesecurityreview.com/news/red-sea-bulk-carrier-aegean-dawn-sinks-after-houthi-attack"
TITLE = "Bulk carrier sinks in Red Sea after Houthi attack; three crew dead, 11 missing"
PUBLISHED = "2025-07-10T12:00:00+01:00"

TEXT = """MARITIME SECURITY REVIEW
Home > News > Red Sea
Bulk carrier sinks in Red Sea after Houthi attack; three crew dead, 11 missing
10 July 2025 · 5 min read · By Sarah Lindqvist
The Aegean Dawn listing heavily in a still image from video released by the Houthis' Al-Masirah TV. (Al-Masirah via MSR)
The Aegean Dawn listing heavily in a still image from video released by the Houthis' Al-Masirah TV. (Al-Masirah via MSR)
The Liberian-flagged bulk carrier Aegean Dawn sank in the Red Sea on Tuesday, a day after Houthi forces attacked it with drones, rocket-propelled grenades and an explosive-laden boat about 50 nautical miles southwest of Hodeidah, according to the UK Maritime Trade Operations (UKMTO) centre.
The ship's Athens-based manager said three crew members were killed in the attack and 11 remain missing. Six seafarers were pulled from the water by a passing merchant vessel and taken to Djibouti.
The Houthis' military spokesman, Yahya Saree, claimed the attack in a televised statement, saying the group had targeted the ship because vessels owned by the same company had called at ports in "occupied Palestine".
The U.S. embassy in Yemen accused the Houthis of kidnapping at least four of the crew and taking them ashore. A Houthi official denied holding any crew, telling Al-Masirah that survivors had been "rescued for humanitarian reasons" and were receiving medical care.
Separately, UKMTO said a Panama-flagged container ship reported an explosion in the water close to its hull in the Gulf of Aden on Wednesday. The vessel was undamaged and continued to its next port of call.
Saree warned that the Houthis would target "any ship belonging to any company that deals with the ports of the Zionist enemy" in the Red Sea and the Arabian Sea, regardless of its flag.
Israeli strikes on ports
The attack came a day after Israeli aircraft struck the Houthi-held ports of Hodeidah, Ras Isa and Salif and a power station on the Red Sea coast. The Houthi-run health ministry said two people were killed and nine wounded. The Israeli military said two missiles launched from Yemen towards Israel on Monday had been intercepted.
Ras Isa was also hit in April by U.S. strikes that killed 80 people, according to the Houthi-run health ministry, during a U.S. air campaign that ended with an Omani-brokered truce in May.
Before this week, the Houthis had sunk four ships and killed at least nine seafarers since they began attacking merchant shipping in November 2023 in what they describe as solidarity with Palestinians in Gaza.
Advertisement
Related: War-risk premiums for Red Sea transits climb again
Newsletter: Get MSR's daily security briefing in your inbox
"""

RED = R("Red Sea", 14.5, 42.3, 250, ["southwest of Hodeidah"])
GOA = R("Gulf of Aden", 12.5, 47.0, 300)
ARS = R("Arabian Sea", 15.0, 62.0, 900)
HOD = G("Hodeidah", "YE", geoname="Al Ḩudaydah", aliases=["Al Hudaydah"])
RAS = M("Ras Isa", 15.21, 42.65, ["Ras Isa port", "Ras Issa"])
SAL = G("Salif", "YE", geoname="Aş Şalīf", aliases=["As Salif"])
ISR = R("Israel", 31.5, 34.9, 150)

D7 = ("2025-07-07", "day", "text")
D8 = ("2025-07-08", "day", "text")
D6 = ("2025-07-06", "day", "text")
MGR = ["The ship's Athens-based manager", "ship's manager", "manager"]
UNITS = [
    U("attack", None, RED, ["UKMTO", "UK Maritime Trade Operations", "Yahya Saree"],
      ["Bulk carrier sinks in Red Sea after Houthi attack",
       "a day after Houthi forces attacked it with drones, rocket-propelled grenades and an explosive-laden boat about 50 nautical miles southwest of Hodeidah",
       "Yahya Saree, claimed the attack in a televised statement"],
      D7, ("other", "other", "houthis"), mod="claimed"),
    U("materiel_lost", 1, RED, ["UKMTO", "UK Maritime Trade Operations"],
      ["Bulk carrier sinks in Red Sea after Houthi attack",
       "The Liberian-flagged bulk carrier Aegean Dawn sank in the Red Sea on Tuesday"],
      D8, ("other", "other", "houthis"), mod="claimed", note="item ship (a merchant vessel sunk)."),
    U("killed", 3, RED, MGR,
      ["three crew dead, 11 missing", "three crew members were killed in the attack and 11 remain missing"],
      D7, ("other", "civilian", "houthis"), mod="claimed"),
    U("missing", 11, RED, MGR,
      ["three crew dead, 11 missing", "three crew members were killed in the attack and 11 remain missing"],
      D7, ("other", "civilian", "houthis"), mod="claimed"),
    U("abducted", 4, RED, ["The U.S. embassy in Yemen", "U.S. embassy"],
      ["accused the Houthis of kidnapping at least four of the crew and taking them ashore",
       "A Houthi official denied holding any crew"],
      D8, ("united_states", "civilian", "houthis"), mod="denied", note="Denied by a Houthi official."),
    U("attack", None, GOA, ["UKMTO"],
      ["a Panama-flagged container ship reported an explosion in the water close to its hull in the Gulf of Aden on Wednesday"],
      ("2025-07-09", "day", "text"), ("other", "other", None), mod="claimed", opt=True,
      note="Known only through an explosion near the hull."),
    U("attack", None, ARS, ["Yahya Saree", "Saree"],
      ["Saree warned that the Houthis would target \"any ship belonging to any company that deals with the ports of the Zionist enemy\" in the Red Sea and the Arabian Sea"],
      ("2025-07-10", "day", "published"), ("houthis", "other", "houthis"), mod="warned",
      note="Threat; the Red Sea half of it falls in the asserted Red Sea unit."),
    U("attack", None, HOD, None,
      ["Israeli aircraft struck the Houthi-held ports of Hodeidah, Ras Isa and Salif"],
      D6, (None, "houthis", "israel")),
    U("attack", None, RAS, None,
      ["Israeli aircraft struck the Houthi-held ports of Hodeidah, Ras Isa and Salif",
       "Ras Isa was also hit in April by U.S. strikes that killed 80 people"],
      D6, (None, "houthis", "israel"),
      note="The July strike and the April U.S. strike on Ras Isa collapse into one (attack, Ras Isa) unit. Coordinates approximate."),
    U("attack", None, SAL, None,
      ["Israeli aircraft struck the Houthi-held ports of Hodeidah, Ras Isa and Salif"],
      D6, (None, "houthis", "israel")),
    U("killed", 2, HOD, ["Houthi-run health ministry"], ["two people were killed and nine wounded"],
      D6, ("houthis", None, "israel"), mod="claimed", note="Toll of the port strikes as a whole."),
    U("wounded", 9, HOD, ["Houthi-run health ministry"], ["two people were killed and nine wounded"],
      D6, ("houthis", None, "israel"), mod="claimed"),
    U("materiel_lost", 2, ISR, ["The Israeli military", "Israeli military"],
      ["two missiles launched from Yemen towards Israel on Monday had been intercepted"],
      D7, ("israel", "houthis", "israel"), mod="claimed", note="Interceptions; item missile."),
    U("killed", 80, RAS, ["Houthi-run health ministry"],
      ["Ras Isa was also hit in April by U.S. strikes that killed 80 people"],
      ("2025-04", "month", "text"), ("houthis", None, "united_states"), mod="claimed", note="Background."),
    U("materiel_lost", 4, RED, None,
      ["the Houthis had sunk four ships and killed at least nine seafarers since they began attacking merchant shipping in November 2023"],
      ("2025-07-10", "day", "published"), (None, "other", "houthis"), scope="cumulative", note="item ship."),
    U("killed", 9, RED, None,
      ["the Houthis had sunk four ships and killed at least nine seafarers"],
      ("2025-07-10", "day", "published"), (None, "civilian", "houthis"), scope="cumulative"),
]
