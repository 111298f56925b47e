from lib import G, A, R, U, PUB, text

ID = "ev16-04"
URL = "https://www.reuters.com/world/europe/russian-barrage-kills-seven-kyiv-strikes-western-ukraine-2026-03-09/"
TITLE = "Russian barrage kills seven in Kyiv, hits industrial sites in west Ukraine"
PUBLISHED = "2026-03-09T11:42:00Z"
CONFLICT = "Russia-Ukraine"
FORM = "wire copy (overnight strike, tolls, interceptions)"

TEXT = text(
"Russian barrage kills seven in Kyiv, hits industrial sites in west Ukraine",
"By Olena Marchuk and Daniel Price",
"March 9, 2026 11:42 AM GMT | Updated 2 hours ago",
"KYIV, March 9 (Reuters) - Russia pounded Kyiv and western Ukraine with hundreds of drones and dozens of missiles overnight, killing at least seven people in the capital, among them a 12-year-old girl, and wounding 38, Ukrainian officials said on Monday.",
"Rescue crews worked through the morning at a nine-storey apartment building in Kyiv's Sviatoshynskyi district, where a missile tore away two upper floors, Kyiv city military administration chief Serhiy Vlasenko said on Telegram. Thirteen of the wounded were taken to hospital.",
"Ukraine's air force said it had downed 568 of the 619 drones and 31 of the 44 missiles launched at the country, the bulk of them aimed at the capital and at gas and power facilities in the west.",
"In Lviv, about 70 km (45 miles) from the Polish border, a cruise missile slammed into an industrial park on the city's southern edge, killing one worker and injuring four, the regional governor's office said.",
"Poland said it had scrambled aircraft to secure its airspace during the attack, a routine step when Russia targets western Ukraine.",
"Elsewhere, Russian glide bombs killed two people and damaged a kindergarten in Zaporizhzhia, the regional governor said.",
"\"This was a deliberate blow against people's homes at night,\" President Volodymyr Zelenskiy wrote on X. He said Ukrainian intelligence had warned that Russia was preparing another massive strike on gas production sites in Poltava and Kharkiv regions in the coming days, and he again asked allies for more Patriot interceptors.",
"Russia's Defence Ministry said it had carried out a \"massive strike with high-precision long-range weapons\" against defence industry plants and energy facilities serving the Ukrainian army, and that all targets had been hit. It said it does not target civilians.",
"The ministry also said its air defences destroyed 112 Ukrainian drones over Russian regions overnight, including 34 heading for Moscow. Moscow's mayor said debris had fallen on a road in the Podolsk district without causing casualties.",
"Reuters could not independently verify the battlefield accounts of either side.",
"The United Nations human rights monitoring mission said last month that at least 14,800 civilians had been killed and more than 38,000 injured in Ukraine since Russia's full-scale invasion in February 2022.",
"(Reporting by Olena Marchuk in Kyiv and Daniel Price in London; additional reporting by Reuters bureaus; Editing by Paul Sanders)",
"Our Standards: The Thomson Reuters Trust Principles.",
"Read Next",
"Ukraine, Russia swap bodies of fallen soldiers",
)

KYIV = G("Kyiv", "UA", "12")
LVIV = G("Lviv", "UA", "15")
IF = G("Ivano-Frankivsk", "UA", "06")
ZAP = G("Zaporizhzhia", "UA", "26", geoname="Zaporizhzhya")
UKRAINE = R("Ukraine", 48.8, 31.2, 600, aliases=["western Ukraine"])
RUSSIA = R("Russian regions", 55.0, 37.6, 800, aliases=["Russia"])
MOSCOW = R("Moscow region", 55.6, 37.6, 120, aliases=["Moscow", "Podolsk"])
POLT_KHAR = R("Poltava and Kharkiv regions", 49.6, 35.5, 200, aliases=["Poltava region", "Kharkiv region", "Poltava", "Kharkiv"])

D = "2026-03-09"
UA_CL = ["Ukrainian officials", "Serhiy Vlasenko", "Kyiv city military administration"]
UNITS = [
    U("attack", None, KYIV, UA_CL,
      ["Russian barrage kills seven in Kyiv",
       "Russia pounded Kyiv and western Ukraine with hundreds of drones and dozens of missiles overnight",
       "a nine-storey apartment building in Kyiv's Sviatoshynskyi district, where a missile tore away two upper floors"],
      D, "ukraine/civilian/russia",
      note="Russia's MoD confirms a massive strike but says it hit only military-linked targets."),
    U("killed", 7, KYIV, ["Ukrainian officials"],
      ["Russian barrage kills seven in Kyiv", "killing at least seven people in the capital"],
      D, "ukraine/civilian/russia", note="headline and lead"),
    U("killed", 1, KYIV, ["Ukrainian officials", "regional governor's office"],
      ["among them a 12-year-old girl", "killing one worker and injuring four"],
      D, "ukraine/civilian/russia",
      note="A named child among the Kyiv seven and one worker killed in Lviv share the (killed, 1) unit."),
    U("wounded", 38, KYIV, ["Ukrainian officials"], ["wounding 38"], D, "ukraine/civilian/russia"),
    U("wounded", 13, KYIV, ["Serhiy Vlasenko"], ["Thirteen of the wounded were taken to hospital."],
      D, "ukraine/civilian/russia", optional=True, note="hospitalised subset of the 38"),
    U("materiel_lost", 568, UKRAINE, ["Ukraine's air force"],
      ["it had downed 568 of the 619 drones"], D, "ukraine/russia/ukraine", note="item drone"),
    U("materiel_lost", 31, UKRAINE, ["Ukraine's air force"],
      ["31 of the 44 missiles launched at the country"], D, "ukraine/russia/ukraine", note="item missile"),
    U("attack", None, LVIV, ["regional governor's office"],
      ["In Lviv, about 70 km (45 miles) from the Polish border, a cruise missile slammed into an industrial park",
       "hits industrial sites in west Ukraine"],
      D, "ukraine/civilian/russia"),
    U("wounded", 4, LVIV, ["regional governor's office"], ["killing one worker and injuring four"], D, "ukraine/civilian/russia"),
    U("attack", None, ZAP, ["regional governor"],
      ["Russian glide bombs killed two people and damaged a kindergarten in Zaporizhzhia"], D, "ukraine/civilian/russia"),
    U("killed", 2, ZAP, ["regional governor"],
      ["Russian glide bombs killed two people"], D, "ukraine/civilian/russia"),
    U("attack", None, POLT_KHAR, ["Volodymyr Zelenskiy", "Zelenskiy", "Ukrainian intelligence"],
      ["Russia was preparing another massive strike on gas production sites in Poltava and Kharkiv regions in the coming days"],
      D, "ukraine/ukraine/russia", modality="warned"),
    U("materiel_lost", 112, RUSSIA, ["Russia's Defence Ministry", "The ministry"],
      ["its air defences destroyed 112 Ukrainian drones over Russian regions overnight"],
      D, "russia/ukraine/russia", note="item drone"),
    U("materiel_lost", 34, MOSCOW, ["Russia's Defence Ministry", "The ministry"],
      ["including 34 heading for Moscow"], D, "russia/ukraine/russia", note="item drone; subgroup of the 112 stated as a number"),
    U("killed", 14800, UKRAINE, ["United Nations human rights monitoring mission", "U.N. human rights monitoring mission"],
      ["at least 14,800 civilians had been killed and more than 38,000 injured in Ukraine"],
      "2026-02", "other/civilian/russia", scope="cumulative"),
    U("wounded", 38000, UKRAINE, ["United Nations human rights monitoring mission", "U.N. human rights monitoring mission"],
      ["more than 38,000 injured in Ukraine since Russia's full-scale invasion in February 2022"],
      "2026-02", "other/civilian/russia", scope="cumulative"),
]
