from lib import G, M, R, U

ID = "ev15-13"
URL = "https://westbankdispatch.ps/en/2025/10/25/olive-harvest-settler-attacks-turmus-ayya-mughayyir/"
TITLE = "Seven hurt as settlers storm olive groves in Turmus Ayya; youth shot dead in Qabatiya"
PUBLISHED = "2025-10-25T20:05:00+03:00"

TEXT = """West Bank Dispatch
Occupied Territories | Jerusalem | Gaza | Analysis | Arabic
This website uses cookies. By continuing you agree to our privacy policy. OK
Seven hurt as settlers storm olive groves in Turmus Ayya; youth shot dead in Qabatiya
25 October 2025 | Staff and agencies
+12 View gallery
Farmers inspect burned olive trees in al-Mughayyir, east of Ramallah, on 25 October 2025. (West Bank Dispatch)
RAMALLAH — Dozens of Israeli settlers, some of them masked and carrying clubs, stormed olive groves on the edge of Turmus Ayya on Friday and attacked families picking the harvest, wounding seven Palestinians, among them a 70-year-old woman, the Palestinian Red Crescent said.
Witnesses said Israeli soldiers arrived after about half an hour and fired tear gas at the farmers rather than at the settlers. The Israeli military said troops had been sent to the area "following a report of a confrontation" and that the incident was under review.
A few kilometres to the east, in al-Mughayyir, settlers torched three cars and part of a house overnight, the village council said. Farmers said around 150 olive trees had been burned or cut down since the start of the month.
In the northern West Bank, a 19-year-old man was shot dead by Israeli forces during a raid on Qabatiya, south of Jenin, the Palestinian health ministry in Ramallah said. The Israeli military said he had thrown an explosive device at troops. Separately, Israeli forces detained at least 25 people in overnight raids across Tubas and Tammun, according to the Palestinian Prisoners' Society.
The UN's humanitarian office OCHA says the first weeks of this year's harvest have been the most violent it has recorded. It counts at least 1,010 Palestinians killed in the West Bank, including East Jerusalem, by Israeli forces or settlers since October 2023. Over the same period, 44 Israelis, including members of the security forces, were killed in Palestinian attacks in the West Bank and Israel, according to OCHA.
Israeli forces have remained inside the Jenin, Tulkarm and Nur Shams refugee camps since launching the "Iron Wall" operation in January. About 32,000 residents of the three camps have been displaced since then, according to the UN agency for Palestinian refugees, UNRWA, and most have not been allowed to return.
On Saturday, hundreds of people marched through central Ramallah to denounce settler violence and call on the international community to act.
Read more: Inside Nur Shams, nine months after "Iron Wall"
Share: Facebook | X | WhatsApp | Email
Sign up for the West Bank Dispatch morning briefing
"""

TUR = M("Turmus Ayya", 32.033, 35.285)
MUG = G("al-Mughayyir", "PS", geoname="Al Mughayyir", near=(32.02, 35.35))
QAB = G("Qabatiya", "PS", geoname="Qabāţīyah")
TUB = G("Tubas", "PS", geoname="Ţūbās", aliases=["Tammun"])
JEN = M("Jenin camp", 32.461, 35.292, ["Jenin refugee camp", "Jenin"])
TUL = M("Tulkarm camp", 32.313, 35.034, ["Tulkarm refugee camp", "Tulkarm"])
NUR = M("Nur Shams camp", 32.314, 35.071, ["Nur Shams", "Nur Shams refugee camp"])
NWB = R("northern West Bank camps", 32.38, 35.15, 20, ["Jenin", "Tulkarm", "Nur Shams"])
WB = R("West Bank", 31.95, 35.25, 70, ["East Jerusalem", "the West Bank"])
RAM = G("Ramallah", "PS")

PRC = ["Palestinian Red Crescent"]
D24 = ("2025-10-24", "day", "text")
UNITS = [
    U("attack", None, TUR, PRC,
      ["Seven hurt as settlers storm olive groves in Turmus Ayya",
       "stormed olive groves on the edge of Turmus Ayya on Friday and attacked families picking the harvest"],
      D24, ("other", "civilian", "israel"), mod="claimed",
      note="Settlers are 'israel' per the world README. Coordinates approximate."),
    U("wounded", 7, TUR, PRC,
      ["Seven hurt as settlers storm olive groves in Turmus Ayya",
       "wounding seven Palestinians, among them a 70-year-old woman"],
      D24, ("other", "civilian", "israel"), mod="claimed"),
    U("attack", None, MUG, ["village council"],
      ["in al-Mughayyir, settlers torched three cars and part of a house overnight",
       "Farmers inspect burned olive trees in al-Mughayyir"],
      ("2025-10-25", "day", "text"), ("other", "civilian", "israel"), mod="claimed"),
    U("killed", 1, QAB, ["Palestinian health ministry", "Palestinian health ministry in Ramallah"],
      ["youth shot dead in Qabatiya",
       "a 19-year-old man was shot dead by Israeli forces during a raid on Qabatiya"],
      ("2025-10-25", "day", "published"), ("other", None, "israel"), mod="claimed",
      note="Ramallah ministry = Palestinian Authority: 'other'."),
    U("attack", None, QAB, ["Palestinian health ministry"],
      ["shot dead by Israeli forces during a raid on Qabatiya"],
      ("2025-10-25", "day", "published"), ("other", None, "israel"), mod="claimed", opt=True,
      note="Ground raid with gunfire; optional as an attack."),
    U("captured", 25, TUB, ["Palestinian Prisoners' Society"],
      ["Israeli forces detained at least 25 people in overnight raids across Tubas and Tammun"],
      ("2025-10-25", "day", "published"), ("other", None, "israel"), mod="claimed"),
    U("killed", 1010, WB, ["OCHA"],
      ["at least 1,010 Palestinians killed in the West Bank, including East Jerusalem, by Israeli forces or settlers since October 2023"],
      ("2025-10-25", "day", "published"), ("other", None, "israel"), scope="cumulative", mod="claimed"),
    U("killed", 44, WB, ["OCHA"],
      ["44 Israelis, including members of the security forces, were killed in Palestinian attacks in the West Bank and Israel"],
      ("2025-10-25", "day", "published"), ("other", "israel", None), scope="cumulative", mod="claimed"),
    U("territory", None, JEN, None,
      ["Israeli forces have remained inside the Jenin, Tulkarm and Nur Shams refugee camps"],
      ("2025-10-25", "day", "published"), (None, None, "israel"), note="Standing control since January."),
    U("territory", None, TUL, None,
      ["Israeli forces have remained inside the Jenin, Tulkarm and Nur Shams refugee camps"],
      ("2025-10-25", "day", "published"), (None, None, "israel")),
    U("territory", None, NUR, None,
      ["Israeli forces have remained inside the Jenin, Tulkarm and Nur Shams refugee camps"],
      ("2025-10-25", "day", "published"), (None, None, "israel")),
    U("displaced", 32000, NWB, ["UNRWA", "UN agency for Palestinian refugees"],
      ["About 32,000 residents of the three camps have been displaced since then"],
      ("2025-10-25", "day", "published"), ("other", "civilian", "israel"), scope="cumulative", mod="claimed"),
    U("protest", None, RAM, None,
      ["hundreds of people marched through central Ramallah to denounce settler violence"],
      ("2025-10-25", "day", "text"), (None, None, None)),
]
