from lib import G, A, R, U, PUB, text

ID = "ev16-08"
URL = "https://www.reuters.com/world/europe/russian-drones-hit-danube-port-izmail-turkish-owned-ship-damaged-2026-01-05/"
TITLE = "Russian drones hit Danube port of Izmail, Turkish-owned ship damaged"
PUBLISHED = "2026-01-05T10:05:00Z"
CONFLICT = "Russia-Ukraine"
FORM = "wire copy (port strike, cumulative loss tallies from both sides)"

TEXT = text(
"Russian drones hit Danube port of Izmail, Turkish-owned ship damaged",
"By Anastasia Horbenko and Radu Mihailescu",
"January 5, 2026 10:05 AM GMT+2",
"IZMAIL, Ukraine/BUCHAREST, Jan 5 (Reuters) - Russian drones struck the Ukrainian Danube port of Izmail overnight, setting a Turkish-owned cargo ship on fire and wounding three of its crew, Ukraine's infrastructure ministry said on Monday.",
"The attack also damaged warehouses and a grain terminal in Reni, another Danube port about 45 km (28 miles) upstream, the Odesa regional administration said. It was the fourth attack on the Danube ports since Christmas.",
"Ukraine's air force said it shot down 64 of the 83 drones Russia launched overnight. Most of the remainder were aimed at the Odesa region.",
"Romania's defence ministry said it had scrambled two F-16 jets and that residents of the village of Plauru, just across the river from Izmail, had reported loud explosions. No drone fragments had been found on Romanian territory by Monday morning, the ministry said.",
"The Danube ports have become a key outlet for Ukrainian grain since the full-scale invasion, and Kyiv accuses Moscow of trying to choke its exports.",
"Ukraine's General Staff said in its daily update that Russia had lost 11,420 tanks, 23,710 armoured combat vehicles, 34,980 artillery systems and 432 warplanes since February 2022. It puts Russian personnel losses, killed and wounded combined, at about 1.2 million.",
"Russia does not publish figures for its own losses. Its defence ministry says Ukrainian forces have lost 675 aircraft and more than 26,000 tanks and other armoured vehicles since the start of what Moscow calls its special military operation.",
"Reuters cannot verify either side's figures.",
"(Reporting by Anastasia Horbenko in Kyiv and Radu Mihailescu in Bucharest; Editing by Helen Morris)",
"Recommended",
"EU ministers weigh new sanctions on Russian shadow fleet",
)

IZMAIL = G("Izmail", "UA", "17", geoname="Izmayil")
RENI = G("Reni", "UA", "17")
UKRAINE = R("Ukraine", 48.8, 31.2, 600)
D = "2026-01-05"
GS = ["Ukraine's General Staff"]
RU = ["Russia's defence ministry", "defence ministry"]
UNITS = [
    U("attack", None, IZMAIL, ["Ukraine's infrastructure ministry"],
      ["Russian drones hit Danube port of Izmail",
       "Russian drones struck the Ukrainian Danube port of Izmail overnight"],
      D, "ukraine/civilian/russia"),
    U("wounded", 3, IZMAIL, ["Ukraine's infrastructure ministry"], ["wounding three of its crew"], D, "ukraine/other/russia",
      note="foreign crew of a Turkish-owned ship"),
    U("attack", None, RENI, ["Odesa regional administration"],
      ["The attack also damaged warehouses and a grain terminal in Reni"], D, "ukraine/civilian/russia"),
    U("materiel_lost", 64, UKRAINE, ["Ukraine's air force"], ["it shot down 64 of the 83 drones Russia launched overnight"],
      D, "ukraine/russia/ukraine", note="item drone"),
    U("materiel_lost", 11420, UKRAINE, GS, ["Russia had lost 11,420 tanks"], D, "ukraine/russia/ukraine",
      scope="cumulative", note="item tank"),
    U("materiel_lost", 23710, UKRAINE, GS, ["23,710 armoured combat vehicles"], D, "ukraine/russia/ukraine",
      scope="cumulative", note="item armoured_vehicle"),
    U("materiel_lost", 34980, UKRAINE, GS, ["34,980 artillery systems"], D, "ukraine/russia/ukraine",
      scope="cumulative", note="item artillery"),
    U("materiel_lost", 432, UKRAINE, GS, ["432 warplanes since February 2022"], D, "ukraine/russia/ukraine",
      scope="cumulative", note="item aircraft"),
    U("killed", 1200000, UKRAINE, GS, ["Russian personnel losses, killed and wounded combined, at about 1.2 million"],
      D, "ukraine/russia/ukraine", scope="cumulative", optional=True,
      note="killed and wounded combined; no clean category"),
    U("materiel_lost", 675, UKRAINE, RU, ["Ukrainian forces have lost 675 aircraft"], D, "russia/ukraine/russia",
      scope="cumulative", note="item aircraft"),
    U("materiel_lost", 26000, UKRAINE, RU, ["more than 26,000 tanks and other armoured vehicles"], D, "russia/ukraine/russia",
      scope="cumulative", note="item armoured_vehicle"),
]
