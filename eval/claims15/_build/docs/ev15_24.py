from lib import G, M, R, U

ID = "ev15-24"
URL = "https://www.eastafricarightsmonitor.org/reports/2025/ethiopia-amhara-drone-strike-bichena-minibus"
TITLE = "Ethiopia: Drone strike on minibus near Bichena kills 14 as Amhara conflict grinds on"
PUBLISHED = "2025-06-05"

TEXT = """East Africa Rights Monitor
Reports | Countries | Take action | About
Ethiopia: Drone strike on minibus near Bichena kills 14 as Amhara conflict grinds on
Statement | 5 June 2025
(Nairobi) – An Ethiopian military drone struck a minibus carrying civilians on the road outside Bichena, in Amhara region's East Gojjam zone, on 1 June 2025, killing 14 passengers, among them three children, East Africa Rights Monitor said today.
Two survivors and three relatives of victims interviewed by telephone said there were no Fano militia fighters in or near the vehicle, which was travelling to the weekly market. One survivor said the drone "came back and struck again" as people tried to pull the wounded out.
The Ethiopian government has not commented on the strike. The government communications service has previously described drone operations in Amhara as targeting "extremist armed groups" only.
Since August 2023, East Africa Rights Monitor has documented at least 640 civilians killed in drone strikes in Amhara region. The true figure is likely much higher, as telecommunications in many areas remain cut off.
Abuses by Fano groups have also increased. On 27 May, gunmen abducted 22 passengers from a bus on the Gondar–Metema road and demanded ransom from their families, according to two relatives. A Fano commander in the area denied that his fighters were involved.
Separately, a Fano faction claimed on social media on 3 June that its fighters had captured Debre Tabor, the capital of South Gondar zone. Residents said fighting took place on the outskirts but that federal forces remained in control of the town centre.
The Ethiopian authorities should order an immediate halt to unlawful drone strikes, and Fano leaders should release all those held for ransom.
Share: Facebook | X | Email | Print
Subscribe to updates on Ethiopia
"""

BIC = G("Bichena", "ET")
AMH = R("Amhara region", 11.5, 38.0, 300, ["Amhara"])
GMR = R("Gondar-Metema road", 12.65, 36.9, 80, ["Gondar", "Metema"])
DTB = G("Debre Tabor", "ET")

EARM = ["East Africa Rights Monitor"]
D1 = ("2025-06-01", "day", "text")
UNITS = [
    U("attack", None, BIC, EARM,
      ["Drone strike on minibus near Bichena kills 14",
       "An Ethiopian military drone struck a minibus carrying civilians on the road outside Bichena"],
      D1, ("other", "civilian", "other"), mod="claimed",
      note="Ethiopian federal forces: 'other'."),
    U("killed", 14, BIC, EARM,
      ["Drone strike on minibus near Bichena kills 14", "killing 14 passengers, among them three children"],
      D1, ("other", "civilian", "other"), mod="claimed"),
    U("killed", 3, BIC, EARM, ["killing 14 passengers, among them three children"],
      D1, ("other", "civilian", "other"), mod="claimed", note="Children among the dead."),
    U("killed", 640, AMH, EARM,
      ["has documented at least 640 civilians killed in drone strikes in Amhara region"],
      ("2025-06-05", "day", "published"), ("other", "civilian", "other"), scope="cumulative", mod="claimed"),
    U("abducted", 22, GMR, ["two relatives", "relatives"],
      ["gunmen abducted 22 passengers from a bus on the Gondar–Metema road",
       "A Fano commander in the area denied that his fighters were involved"],
      ("2025-05-27", "day", "text"), ("other", "civilian", "armed_groups"), mod="claimed",
      note="The Fano commander denies his group's role, not the abduction: modality claimed."),
    U("territory", None, DTB, ["a Fano faction", "Fano"],
      ["a Fano faction claimed on social media on 3 June that its fighters had captured Debre Tabor",
       "federal forces remained in control of the town centre"],
      ("2025-06-03", "day", "text"), ("armed_groups", "other", "armed_groups"), mod="claimed",
      note="Fano claim; residents contradict it, but no party denies it, so the modality stays claimed."),
]
