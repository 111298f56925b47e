from lib import G, A, R, U, PUB, text

ID = "ev16-05"
URL = "https://www.theguardian.com/world/live/2026/feb/12/russia-ukraine-war-live-prisoner-exchange-zaporizhzhia-strike"
TITLE = "Russia-Ukraine war live: 157 prisoners freed on each side in swap; four killed in Zaporizhzhia strike"
PUBLISHED = "2026-02-12T17:05:00Z"
CONFLICT = "Russia-Ukraine"
FORM = "live blog, newest entry first"

TEXT = text(
"Russia-Ukraine war live: 157 prisoners freed on each side in swap; four killed in Zaporizhzhia strike",
"Zelensky says 5,857 Ukrainians have now come home from Russian captivity; Moscow claims capture of Pokrovske in Dnipropetrovsk region",
"Live feed",
"Show key events only",
"Please turn on JavaScript to use this feature",
"Key events",
"2h ago — Ukraine and Russia exchange 157 prisoners each",
"4h ago — Four killed in Russian strike on Zaporizhzhia",
"Thu 12 Feb 2026 16.40 GMT",
"Ukraine and Russia exchange 157 prisoners each",
"Ukraine and Russia have each released 157 prisoners of war in an exchange brokered by the United Arab Emirates, Volodymyr Zelensky has said.",
"\"Our people are home,\" the Ukrainian president wrote on Telegram, posting pictures of men wrapped in blue-and-yellow flags. Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said the swap brings to 5,857 the number of Ukrainians returned from captivity since 2022.",
"Russia's defence ministry confirmed the exchange and said the freed Russian servicemen were being flown to Moscow for medical checks.",
"Updated at 16.52 GMT",
"Thu 12 Feb 2026 15.10 GMT",
"Russia's defence ministry has claimed its forces seized Pokrovske, a sizeable settlement in Ukraine's Dnipropetrovsk region, in what would be one of their deepest advances into the region. Ukraine's General Staff did not address the claim in its evening update, and the Guardian could not verify it.",
"Thu 12 Feb 2026 13.55 GMT",
"Four killed in Russian strike on Zaporizhzhia",
"A Russian missile strike on Zaporizhzhia has killed four people and injured 19, the regional governor said, adding that two of the injured were teenagers.",
"Images shared by emergency services show a gutted supermarket and burned-out cars in a parking lot in the city's Shevchenkivskyi district.",
"Thu 12 Feb 2026 12.30 GMT",
"Russian drones struck port infrastructure in the Odesa region overnight, wounding two dock workers and setting a grain silo ablaze, according to the regional military administration.",
"Thu 12 Feb 2026 11.05 GMT",
"In Russia's Belgorod region, governor Andrei Shestov said a Ukrainian drone killed a man driving a tractor near the village of Nikolskoye. He said 31 civilians had been killed in the region by Ukrainian attacks since the start of the year.",
"Thu 12 Feb 2026 09.45 GMT",
"Dmitry Medvedev, deputy chair of Russia's security council, has threatened a \"crushing response\" against \"decision-making centres in Kyiv\" if Ukrainian long-range strikes on Russian refineries continue.",
"It is not the first such threat from Medvedev, who regularly posts inflammatory statements on Telegram.",
"Thu 12 Feb 2026 08.30 GMT",
"Ukraine's General Staff said its drones hit the Ilsky oil refinery in Russia's Krasnodar region overnight, causing a large fire. The regional emergency headquarters confirmed that a fire broke out at \"an industrial facility\" in Ilsky after a drone attack and said no one was hurt.",
"Moscow's defence ministry reported that air defence units had intercepted and destroyed 85 Ukrainian drones over nine regions overnight.",
"Thu 12 Feb 2026 07.15 GMT",
"Welcome and opening summary",
"Hello and welcome to our live coverage of the Russia-Ukraine war. I'm Harriet Lowe and I'll be bringing you the latest over the next few hours.",
"Sign up to This is Europe: the most pressing stories and debates for Europeans, every Tuesday",
"Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.",
)

UKRAINE = R("Ukraine", 48.8, 31.2, 600, aliases=["across Ukraine"])
POKR = G("Pokrovske", "UA", "04", idx=0)
ZAP = G("Zaporizhzhia", "UA", "26", geoname="Zaporizhzhya")
ODESA_REG = R("Odesa region", 46.5, 30.5, 120, aliases=["Odesa", "Odesa oblast"])
NIKOLSKOYE = A("Nikolskoye", 50.57, 36.40, aliases=["Belgorod region"])
BELG_REG = R("Belgorod region", 50.7, 37.0, 130, aliases=["Belgorod"])
KYIV = G("Kyiv", "UA", "12")
ILSKY = A("Ilsky", 44.846, 38.565, aliases=["Krasnodar region", "Ilsky oil refinery"])
RUSSIA = R("Russia", 52.0, 38.0, 800, aliases=["nine regions"])

D = "2026-02-12"
UNITS = [
    U("captured", 157, UKRAINE, ["Volodymyr Zelensky", "Zelensky", "Russia's defence ministry"],
      ["157 prisoners freed on each side in swap",
       "Ukraine and Russia exchange 157 prisoners each",
       "Ukraine and Russia have each released 157 prisoners of war"],
      D, "ukraine/-/-", note="Prisoner exchange, acknowledged by both sides; key-events line and entry headline repeat it."),
    U("captured", 5857, UKRAINE, ["Coordination Headquarters for the Treatment of Prisoners of War", "Zelensky"],
      ["Zelensky says 5,857 Ukrainians have now come home from Russian captivity",
       "the swap brings to 5,857 the number of Ukrainians returned from captivity since 2022"],
      D, "ukraine/ukraine/russia", scope="cumulative"),
    U("territory", None, POKR, ["Russia's defence ministry"],
      ["Moscow claims capture of Pokrovske in Dnipropetrovsk region",
       "Russia's defence ministry has claimed its forces seized Pokrovske"],
      D, "russia/ukraine/russia"),
    U("attack", None, ZAP, ["regional governor"],
      ["four killed in Zaporizhzhia strike", "Four killed in Russian strike on Zaporizhzhia",
       "A Russian missile strike on Zaporizhzhia"],
      D, "ukraine/civilian/russia"),
    U("killed", 4, ZAP, ["regional governor"],
      ["four killed in Zaporizhzhia strike", "Four killed in Russian strike on Zaporizhzhia",
       "has killed four people and injured 19"],
      D, "ukraine/civilian/russia"),
    U("wounded", 19, ZAP, ["regional governor"], ["has killed four people and injured 19"], D, "ukraine/civilian/russia"),
    U("wounded", 2, ZAP, ["regional governor", "regional military administration"],
      ["two of the injured were teenagers", "wounding two dock workers"],
      D, "ukraine/civilian/russia",
      note="Two teenagers among the Zaporizhzhia injured and two dock workers in Odesa region share the (wounded, 2) unit."),
    U("attack", None, ODESA_REG, ["regional military administration"],
      ["Russian drones struck port infrastructure in the Odesa region overnight"], D, "ukraine/civilian/russia"),
    U("killed", 1, NIKOLSKOYE, ["Andrei Shestov", "governor"],
      ["a Ukrainian drone killed a man driving a tractor near the village of Nikolskoye"], D, "russia/civilian/ukraine"),
    U("attack", None, NIKOLSKOYE, ["Andrei Shestov", "governor"],
      ["a Ukrainian drone killed a man driving a tractor near the village of Nikolskoye"], D, "russia/civilian/ukraine",
      note="Several villages of that name in Belgorod region; place approximate."),
    U("killed", 31, BELG_REG, ["Andrei Shestov", "governor"],
      ["31 civilians had been killed in the region by Ukrainian attacks since the start of the year"],
      D, "russia/civilian/ukraine", scope="cumulative"),
    U("attack", None, KYIV, ["Dmitry Medvedev", "Medvedev"],
      ["has threatened a \"crushing response\" against \"decision-making centres in Kyiv\""],
      D, "russia/ukraine/russia", modality="warned"),
    U("attack", None, ILSKY, ["Ukraine's General Staff", "regional emergency headquarters"],
      ["its drones hit the Ilsky oil refinery in Russia's Krasnodar region overnight",
       "a fire broke out at \"an industrial facility\" in Ilsky after a drone attack"],
      D, "ukraine/russia/ukraine"),
    U("materiel_lost", 85, RUSSIA, ["Moscow's defence ministry", "Russian defence ministry"],
      ["intercepted and destroyed 85 Ukrainian drones over nine regions overnight"], D, "russia/ukraine/russia",
      note="item drone"),
]
