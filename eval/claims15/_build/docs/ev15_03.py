from lib import G, M, R, U

ID = "ev15-03"
URL = "https://frontlineatlas.info/en/analytics/2026-02-10-north-and-lyman"
TITLE = "Map update, 10 February: Vovchansk claim disputed, Russians push into Lyman"
PUBLISHED = "2026-02-10T18:20:00+02:00"

TEXT = """FRONTLINE ATLAS
Map | Analytics | Losses | About | UA / EN
We use cookies to measure traffic. Accept | Settings
Map update, 10 February: Vovchansk claim disputed, Russians push into Lyman
Analytics · 10.02.2026 · 6 min read
Summary of changes over the past 48 hours: 3 areas marked as occupied, 1 area returned to Ukrainian control, 4 areas moved to the grey zone.
KHARKIV REGION
Vovchansk. On 9 February the Russian defence ministry announced that its "North" group had taken "full control" of Vovchansk. The Kharkiv operational-tactical group rejected the announcement as "another paper victory", saying Ukrainian units still hold the ruins of the aggregate plant and the southern bank of the Vovcha. Our map continues to show the southern part of Vovchansk as contested.
Further east, pro-Russian channels claim that Russian units have reached the outskirts of Velykyi Burluk. We see no confirmation. Local authorities say 480 residents, most of them elderly, have been evacuated from the Velykyi Burluk community over the past week.
In Kharkiv, a swarm of Shahed-type drones hit the Kholodnohirskyi district shortly after midnight on 10 February, wounding 14 people, among them a 7-year-old girl, regional governor Oleh Syniehubov said.
SUMY REGION
Ukrainian assault troops returned Kindrativka to Ukrainian control: video posted by a Ukrainian airborne brigade on 8 February shows soldiers raising a flag in the centre of the village, which Russian forces had held since the summer.
Yunakivka remains under Russian control. Ukrainian officials have warned that Russia is building up forces for a new push on Sumy city from this area.
Sumy itself came under attack again. A Russian drone struck a trolleybus in the city's Zarichnyi district on 9 February, killing four passengers and wounding 12, the regional military administration said.
LYMAN AND SIVERSK
Lyman. For the first time, we are marking Russian presence inside the town: geolocated footage shows a Russian group in the northern private-housing sector of Lyman, near the railway depot. The Russians also captured Zarichne, on the Zherebets river, which had been in the grey zone since January.
The Russian defence ministry additionally claimed the capture of Drobysheve, west of Lyman. This claim is not confirmed.
Around Siversk, which Russian forces captured in December, Russian troops advanced west towards Zvanivka.
ACROSS THE BORDER
A Ukrainian drone struck a car in Shebekino in Belgorod region on 9 February, killing the driver, Governor Vyacheslav Gladkov wrote on Telegram. Gladkov says 41 civilians have been killed in the region since the start of the year.
Russia's defence ministry said its air defences destroyed 37 Ukrainian drones over the Belgorod and Kursk regions overnight.
Methodology: an area is marked occupied only after geolocated footage or two independent confirmations. Claims by either side are listed but not mapped.
Support Frontline Atlas on Patreon
Related: Map update, 8 February: Russian infiltration near Kostiantynivka
"""

VOV = G("Vovchansk", "UA")
VBU = G("Velykyi Burluk", "UA")
KHA = G("Kharkiv", "UA", aliases=["Kholodnohirskyi district"])
KIN = G("Kindrativka", "UA")
YUN = G("Yunakivka", "UA")
SUM = G("Sumy", "UA", aliases=["Sumy city"])
LYM = G("Lyman", "UA", a1="05")
ZAR = G("Zarichne", "UA", a1="05", near=(49.02, 37.93))
DRO = G("Drobysheve", "UA")
SIV = G("Siversk", "UA")
ZVA = G("Zvanivka", "UA")
SHE = G("Shebekino", "RU")
BEL = R("Belgorod region", 50.7, 37.3, 120, ["Belgorod Oblast", "Belgorod"])
BKR = R("Belgorod and Kursk regions", 51.2, 36.6, 200, ["Belgorod", "Kursk", "Belgorod region", "Kursk region"])

UNITS = [
    U("territory", None, VOV, ["Russian defence ministry", "Russia's defence ministry"],
      ["Vovchansk claim disputed",
       "its \"North\" group had taken \"full control\" of Vovchansk",
       "Our map continues to show the southern part of Vovchansk as contested"],
      ("2026-02-09", "day", "text"), ("russia", "ukraine", "russia"), mod="denied",
      note="Russian MoD claim rejected by the Kharkiv operational-tactical group."),
    U("territory", None, VBU, ["pro-Russian channels"],
      ["pro-Russian channels claim that Russian units have reached the outskirts of Velykyi Burluk"],
      ("2026-02-10", "day", "published"), ("russia", "ukraine", "russia"), mod="claimed"),
    U("displaced", 480, VBU, ["Local authorities"],
      ["480 residents, most of them elderly, have been evacuated from the Velykyi Burluk community over the past week"],
      ("2026-02-10", "day", "published"), ("ukraine", "civilian", None), mod="claimed",
      note="A week's evacuations; event scope."),
    U("attack", None, KHA, ["Oleh Syniehubov"],
      ["a swarm of Shahed-type drones hit the Kholodnohirskyi district shortly after midnight on 10 February"],
      ("2026-02-10", "day", "text"), ("ukraine", "civilian", "russia"), mod="claimed",
      note="A district of Kharkiv: the city unit."),
    U("wounded", 14, KHA, ["Oleh Syniehubov"], ["wounding 14 people, among them a 7-year-old girl"],
      ("2026-02-10", "day", "text"), ("ukraine", "civilian", "russia"), mod="claimed"),
    U("territory", None, KIN, None,
      ["Ukrainian assault troops returned Kindrativka to Ukrainian control"],
      ("2026-02-08", "day", "text"), (None, "russia", "ukraine"),
      note="Stated in the outlet's own voice on the strength of the brigade's video."),
    U("territory", None, YUN, None, ["Yunakivka remains under Russian control"],
      ("2026-02-10", "day", "published"), (None, "ukraine", "russia"),
      note="Standing control."),
    U("territory", None, SUM, ["Ukrainian officials"],
      ["Russia is building up forces for a new push on Sumy city from this area"],
      ("2026-02-10", "day", "published"), ("ukraine", "ukraine", "russia"), mod="warned"),
    U("attack", None, SUM, ["regional military administration", "Sumy regional military administration"],
      ["A Russian drone struck a trolleybus in the city's Zarichnyi district on 9 February",
       "Sumy itself came under attack again"],
      ("2026-02-09", "day", "text"), ("ukraine", "civilian", "russia"), mod="claimed"),
    U("killed", 4, SUM, ["regional military administration", "Sumy regional military administration"],
      ["killing four passengers and wounding 12"],
      ("2026-02-09", "day", "text"), ("ukraine", "civilian", "russia"), mod="claimed"),
    U("wounded", 12, SUM, ["regional military administration", "Sumy regional military administration"],
      ["killing four passengers and wounding 12"],
      ("2026-02-09", "day", "text"), ("ukraine", "civilian", "russia"), mod="claimed"),
    U("territory", None, LYM, None,
      ["Russians push into Lyman",
       "geolocated footage shows a Russian group in the northern private-housing sector of Lyman"],
      ("2026-02-10", "day", "published"), (None, "ukraine", "russia")),
    U("territory", None, ZAR, None, ["The Russians also captured Zarichne, on the Zherebets river"],
      ("2026-02-10", "day", "published"), (None, "ukraine", "russia")),
    U("territory", None, DRO, ["Russian defence ministry"],
      ["The Russian defence ministry additionally claimed the capture of Drobysheve"],
      ("2026-02-10", "day", "published"), ("russia", "ukraine", "russia"), mod="claimed"),
    U("territory", None, SIV, None, ["Around Siversk, which Russian forces captured in December"],
      ("2025-12", "month", "text"), (None, "ukraine", "russia"), note="Background capture."),
    U("territory", None, ZVA, None, ["Russian troops advanced west towards Zvanivka"],
      ("2026-02-10", "day", "published"), (None, "ukraine", "russia")),
    U("attack", None, SHE, ["Vyacheslav Gladkov"],
      ["A Ukrainian drone struck a car in Shebekino in Belgorod region on 9 February"],
      ("2026-02-09", "day", "text"), ("russia", "civilian", "ukraine"), mod="claimed"),
    U("killed", 1, SHE, ["Vyacheslav Gladkov"], ["killing the driver, Governor Vyacheslav Gladkov wrote on Telegram"],
      ("2026-02-09", "day", "text"), ("russia", "civilian", "ukraine"), mod="claimed",
      opt=True, note="Implicit count (the driver)."),
    U("killed", 41, BEL, ["Vyacheslav Gladkov", "Gladkov"],
      ["Gladkov says 41 civilians have been killed in the region since the start of the year"],
      ("2026-02-10", "day", "published"), ("russia", "civilian", "ukraine"), scope="cumulative", mod="claimed"),
    U("materiel_lost", 37, BKR, ["Russia's defence ministry"],
      ["its air defences destroyed 37 Ukrainian drones over the Belgorod and Kursk regions overnight"],
      ("2026-02-10", "day", "text"), ("russia", "ukraine", "russia"), mod="claimed",
      note="Interceptions, item drone."),
]
