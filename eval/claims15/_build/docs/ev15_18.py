from lib import G, M, R, U

ID = "ev15-18"
URL = "https://sahelbrief.org/en/weekly/2025-11-14-diapaga-fuel-tankers-banibangou"
TITLE = "Sahel Weekly: JNIM strikes Diapaga, burns fuel convoy in western Mali; 22 killed in Niger"
PUBLISHED = "2025-11-14"

TEXT = """SAHEL BRIEF
Weekly security digest | Burkina Faso · Mali · Niger
Sahel Weekly: JNIM strikes Diapaga, burns fuel convoy in western Mali; 22 killed in Niger
Issue 212 · 14 November 2025
In this issue: Burkina Faso (East) · Mali (Kayes region) · Niger (Tillabéri)
BURKINA FASO
Jama'at Nusrat al-Islam wal-Muslimin (JNIM) fighters attacked the army base and the gendarmerie post in Diapaga, the main town of Tapoa province, early on Tuesday 11 November. In a claim published by its al-Zallaqa media arm, JNIM said it had killed "more than 50" soldiers and members of the Volunteers for the Defence of the Homeland (VDP) and seized weapons and vehicles. Videos shared by the group appear to show fighters moving freely through the town centre, and JNIM claimed it had taken control of Diapaga.
The army's general staff issued a communiqué on Wednesday saying the "terrorist incursion" had been repelled, that "dozens of terrorists were neutralised" and that the army "regrets the loss of six of its valiant soldiers". Government spokesman Pingdwendé Gilbert Ouédraogo denied that Diapaga had fallen, calling the JNIM videos "staged propaganda".
Our assessment: the group probably held parts of the town for several hours before withdrawing, a pattern seen in Djibo in May.
MALI
JNIM's blockade of fuel imports, declared in early September, continues to bite. On 9 November, fighters ambushed a convoy on the Kayes-Bamako highway near Diéma and set fire to around 40 fuel tankers, according to transporters' union officials. Drivers who escaped said the attackers let them go after checking their papers.
In a message circulated on 12 November, JNIM warned transport companies that tankers heading to Bamako would be "treated as targets". Schools in the capital remain closed because of fuel shortages.
Three foreign workers employed at a cement plant outside Kayes were abducted by gunmen on 7 November, a local official told Sahel Brief. No group has claimed responsibility.
NIGER
Gunmen on motorbikes killed 22 villagers in Banibangou department, near the border with Mali, on 10 November, Niger's interior ministry said. Local sources attributed the attack to the Islamic State Sahel Province, which is active in the area.
Sahel Brief is a free weekly digest. Forward it to a colleague or subscribe here.
Unsubscribe | Archive | Contact
"""

DIA = G("Diapaga", "BF")
DIE = G("Diéma", "ML", geoname="Diéma", aliases=["Diema", "Kayes-Bamako highway"])
BAM = G("Bamako", "ML")
KAY = G("Kayes", "ML")
BAN = M("Banibangou", 15.04, 2.70, ["Banibangou department"])

JNIM = ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin"]
BFA = ["army's general staff", "general staff", "army"]
D11 = ("2025-11-11", "day", "text")
UNITS = [
    U("attack", None, DIA, JNIM + BFA,
      ["JNIM strikes Diapaga",
       "fighters attacked the army base and the gendarmerie post in Diapaga, the main town of Tapoa province, early on Tuesday 11 November",
       "the \"terrorist incursion\" had been repelled"],
      D11, ("armed_groups", "other", "armed_groups"), mod="claimed",
      note="In the digest's own voice too; both sides confirm an attack took place."),
    U("killed", 50, DIA, JNIM,
      ["JNIM said it had killed \"more than 50\" soldiers and members of the Volunteers for the Defence of the Homeland (VDP)"],
      D11, ("armed_groups", "other", "armed_groups"), mod="claimed", note="Burkinabe army and VDP: 'other'."),
    U("territory", None, DIA, JNIM,
      ["JNIM claimed it had taken control of Diapaga",
       "Videos shared by the group appear to show fighters moving freely through the town centre",
       "denied that Diapaga had fallen, calling the JNIM videos \"staged propaganda\"",
       "the group probably held parts of the town for several hours before withdrawing"],
      D11, ("armed_groups", "other", "armed_groups"), mod="denied",
      note="JNIM claim, denied by the government spokesman; the digest's assessment is further evidence."),
    U("killed", 12, DIA, BFA, ["\"dozens of terrorists were neutralised\""],
      D11, ("other", "armed_groups", "other"), mod="claimed", note="vague 'dozens' -> 12."),
    U("killed", 6, DIA, BFA, ["the army \"regrets the loss of six of its valiant soldiers\""],
      D11, ("other", "other", "armed_groups"), mod="claimed"),
    U("territory", None, G("Djibo", "BF"), None, ["a pattern seen in Djibo in May"],
      ("2025-05", "month", "text"), (None, "other", "armed_groups"), opt=True,
      note="Allusive background (temporary hold of Djibo)."),
    U("territory", None, BAM, None,
      ["JNIM's blockade of fuel imports, declared in early September, continues to bite"],
      ("2025-09", "month", "text"), (None, "other", "armed_groups"), opt=True,
      note="Blockade of the capital's supply: arguable encirclement."),
    U("attack", None, DIE, ["transporters' union officials"],
      ["fighters ambushed a convoy on the Kayes-Bamako highway near Diéma",
       "burns fuel convoy in western Mali"],
      ("2025-11-09", "day", "text"), ("other", "civilian", "armed_groups"), mod="claimed"),
    U("materiel_lost", 40, DIE, ["transporters' union officials"],
      ["set fire to around 40 fuel tankers, according to transporters' union officials"],
      ("2025-11-09", "day", "text"), ("other", "civilian", "armed_groups"), mod="claimed", note="item fuel_tank."),
    U("attack", None, BAM, JNIM,
      ["JNIM warned transport companies that tankers heading to Bamako would be \"treated as targets\""],
      ("2025-11-12", "day", "text"), ("armed_groups", "civilian", "armed_groups"), mod="warned"),
    U("abducted", 3, KAY, ["a local official"],
      ["Three foreign workers employed at a cement plant outside Kayes were abducted by gunmen on 7 November"],
      ("2025-11-07", "day", "text"), ("other", "civilian", None), mod="claimed"),
    U("attack", None, BAN, ["Niger's interior ministry"],
      ["Gunmen on motorbikes killed 22 villagers in Banibangou department"],
      ("2025-11-10", "day", "text"), ("other", "civilian", "armed_groups"), mod="claimed", note="Coordinates approximate."),
    U("killed", 22, BAN, ["Niger's interior ministry"],
      ["22 killed in Niger", "Gunmen on motorbikes killed 22 villagers in Banibangou department"],
      ("2025-11-10", "day", "text"), ("other", "civilian", "armed_groups"), mod="claimed"),
]
