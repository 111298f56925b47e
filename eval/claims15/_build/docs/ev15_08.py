from lib import G, M, R, U

ID = "ev15-08"
URL = "https://www.ukrnewsline.net/en/war/russian-losses-january-30-2026"
TITLE = "Russian losses in Ukraine: 1,230 troops, 37 artillery systems over past day - General Staff"
PUBLISHED = "2026-01-30T09:15:00+02:00"

TEXT = """UkrNewsLine
Home / War / Russian losses in Ukraine: 1,230 troops, 37 artillery systems over past day - General Staff
Russian losses in Ukraine: 1,230 troops, 37 artillery systems over past day - General Staff
30.01.2026 09:15
1,204 views
Russia's losses in the war against Ukraine have reached about 1,231,540 personnel since February 24, 2022, including 1,230 over the past day, the General Staff of the Armed Forces of Ukraine said on Facebook.
The total combat losses of the enemy from 24.02.22 to 30.01.26 are estimated at:
personnel - about 1,231,540 (+1,230) persons,
tanks - 11,512 (+3),
armoured combat vehicles - 23,904 (+5),
artillery systems - 35,377 (+37),
multiple launch rocket systems - 1,585 (+1),
air defence systems - 1,264,
aircraft - 434,
helicopters - 347,
operational-tactical UAVs - 101,206 (+413),
cruise missiles - 4,126,
warships/boats - 28,
submarines - 2,
motor vehicles and fuel tanks - 71,944 (+96),
special equipment - 4,031 (+4).
The data are being updated.
According to the General Staff, 163 combat engagements took place over the past day, the heaviest in the Pokrovsk and Huliaipole sectors. Ukraine's Defence Forces also struck the Ilsky oil refinery in Russia's Krasnodar Krai overnight, the General Staff said, recording a fire in the area of the primary processing unit.
As UkrNewsLine reported earlier, Russia's defence ministry in its morning briefing claimed that its air defences had shot down 211 fixed-wing drones over the past day. The ministry also claimed that its troops had "liberated" Kurylivka in Kharkiv region and Zarichne in Donetsk region, and put Ukraine's losses over the day at up to 1,335 servicemen. Such figures cannot be independently verified.
Photo: General Staff of the Armed Forces of Ukraine
Read also
Zelensky: Ukraine will receive new air defence systems by spring
Follow UkrNewsLine on Telegram and Google News
"""

KRA = G("Ilsky", "RU", geoname="Il’skiy", aliases=["Ilsky oil refinery", "Il'skiy"])
KUR = G("Kurylivka", "UA", a1="07")
ZAR = G("Zarichne", "UA", a1="05", near=(49.02, 37.93))

GS = ["General Staff of the Armed Forces of Ukraine", "General Staff"]
MOD = ["Russia's defence ministry", "the ministry"]
WAR = ("2026-01-30", "day", "published")
DAY = ("2026-01-29", "day", "text")
S = ("ukraine", "russia", "ukraine")


def cum(v, ev, item):
    return U("materiel_lost", v, None, GS, ev, WAR, S, scope="cumulative", mod="claimed",
             note=f"Running total since 24 February 2022; item {item}.")


def day(v, ev, item):
    return U("materiel_lost", v, None, GS, ev, DAY, S, mod="claimed",
             note=f"Past day's losses; item {item}.")


UNITS = [
    U("killed", 1231540, None, GS,
      ["Russia's losses in the war against Ukraine have reached about 1,231,540 personnel",
       "personnel - about 1,231,540 (+1,230) persons"],
      WAR, S, scope="cumulative", mod="claimed", opt=True,
      note="General Staff 'personnel losses' combine killed, wounded and captured."),
    U("killed", 1230, None, GS,
      ["Russian losses in Ukraine: 1,230 troops, 37 artillery systems over past day",
       "including 1,230 over the past day"],
      DAY, S, mod="claimed", opt=True, note="Personnel losses, not only killed."),
    cum(11512, ["tanks - 11,512 (+3)"], "tank"),
    day(3, ["tanks - 11,512 (+3)"], "tank"),
    cum(23904, ["armoured combat vehicles - 23,904 (+5)"], "armoured_vehicle"),
    day(5, ["armoured combat vehicles - 23,904 (+5)"], "armoured_vehicle"),
    cum(35377, ["artillery systems - 35,377 (+37)"], "artillery"),
    day(37, ["artillery systems - 35,377 (+37)", "1,230 troops, 37 artillery systems over past day"], "artillery"),
    cum(1585, ["multiple launch rocket systems - 1,585 (+1)"], "mlrs"),
    day(1, ["multiple launch rocket systems - 1,585 (+1)"], "mlrs"),
    cum(1264, ["air defence systems - 1,264"], "air_defence"),
    cum(434, ["aircraft - 434"], "aircraft"),
    cum(347, ["helicopters - 347"], "helicopter"),
    cum(101206, ["operational-tactical UAVs - 101,206 (+413)"], "drone"),
    day(413, ["operational-tactical UAVs - 101,206 (+413)"], "drone"),
    cum(4126, ["cruise missiles - 4,126"], "missile"),
    cum(28, ["warships/boats - 28"], "ship"),
    cum(2, ["submarines - 2"], "ship"),
    cum(71944, ["motor vehicles and fuel tanks - 71,944 (+96)"], "vehicle"),
    day(96, ["motor vehicles and fuel tanks - 71,944 (+96)"], "vehicle"),
    cum(4031, ["special equipment - 4,031 (+4)"], "other"),
    day(4, ["special equipment - 4,031 (+4)"], "other"),
    U("attack", None, KRA, GS,
      ["struck the Ilsky oil refinery in Russia's Krasnodar Krai overnight"],
      ("2026-01-30", "day", "text"), ("ukraine", "russia", "ukraine"), mod="claimed"),
    U("materiel_lost", 211, None, MOD,
      ["its air defences had shot down 211 fixed-wing drones over the past day"],
      DAY, ("russia", "ukraine", "russia"), mod="claimed", note="Interceptions; item drone."),
    U("territory", None, KUR, MOD,
      ["its troops had \"liberated\" Kurylivka in Kharkiv region and Zarichne in Donetsk region"],
      WAR, ("russia", "ukraine", "russia"), mod="claimed"),
    U("territory", None, ZAR, MOD,
      ["its troops had \"liberated\" Kurylivka in Kharkiv region and Zarichne in Donetsk region"],
      WAR, ("russia", "ukraine", "russia"), mod="claimed"),
    U("killed", 1335, None, MOD,
      ["put Ukraine's losses over the day at up to 1,335 servicemen"],
      DAY, ("russia", "ukraine", "russia"), mod="claimed", opt=True, note="'Losses', not only killed."),
]
