from lib import G, M, R, U

ID = "ev15-05"
URL = "https://www.reuters.com/world/europe/russian-missile-strike-dnipro-kills-four-ukrainian-drones-hit-novorossiysk-2025-10-17/"
TITLE = "Russian missile kills four in Dnipro as Ukrainian drones hit Novorossiysk oil terminal"
PUBLISHED = "2025-10-17T14:05:00Z"

TEXT = """Russian missile kills four in Dnipro as Ukrainian drones hit Novorossiysk oil terminal
By Dmytro Savchuk and Helen Marsh
October 17, 2025 2:05 PM GMT+0 Updated 2 hours ago
Summary
Ballistic missile hits bus depot in Dnipro, 37 hurt
Drones damage tanker, terminal at Russia's Novorossiysk
Moscow says it shot down 86 Ukrainian drones
KYIV, Oct 17 (Reuters) - A Russian ballistic missile slammed into a bus depot in the central Ukrainian city of Dnipro on Friday morning, killing four people and wounding 37, six of them children, regional governor Serhiy Lysak said.
Photographs posted by emergency services showed burned-out buses and a crater several metres wide next to a row of apartment blocks. Lysak said the missile, a ballistic Iskander-M, struck as drivers were arriving for the morning shift.
Russia's defence ministry said its forces had hit "a temporary deployment point of Ukrainian armed forces units" in Dnipro. It did not mention civilian casualties.
Overnight, Ukrainian naval and aerial drones attacked the Black Sea port of Novorossiysk, damaging a tanker moored at the Sheskharis oil terminal and a loading berth, the regional emergency headquarters said. Two crew members of the tanker were injured.
A source in Ukraine's SBU security service told Reuters that the operation targeted the terminal's loading infrastructure, which handles around 2% of global oil supply. Reuters could not independently verify that figure.
Russia's defence ministry said air defence units destroyed 86 Ukrainian drones over Russian regions and the Black Sea overnight, including 17 over the sea itself. Ukraine's air force, for its part, said it shot down 112 of the 135 Russian drones launched at Ukraine.
In the southern city of Kherson, Russian shelling killed a 64-year-old man and wounded three other people, Governor Oleksandr Prokudin said.
On the front line, Russia's defence ministry said its forces had taken control of Bohuslavka in the Kharkiv region, a village near the town of Borova. Ukraine's military did not comment on the claim.
Reuters could not independently verify the battlefield reports.
(Reporting by Dmytro Savchuk in Kyiv and Helen Marsh in Melbourne; Editing by Paul Grantham)
Our Standards: The Thomson Reuters Trust Principles.
"""

DNI = G("Dnipro", "UA")
NOV = G("Novorossiysk", "RU", aliases=["Sheskharis oil terminal", "Sheskharis"])
BSEA = R("Black Sea", 43.5, 34.0, 400, ["the Black Sea", "the sea"])
UA = R("Ukraine", 49.0, 31.5, 600)
KHE = G("Kherson", "UA")
BOH = G("Bohuslavka", "UA")

D = ("2025-10-17", "day", "text")
UNITS = [
    U("attack", None, DNI, ["Serhiy Lysak", "Russia's defence ministry"],
      ["A Russian ballistic missile slammed into a bus depot in the central Ukrainian city of Dnipro on Friday morning",
       "Russian missile kills four in Dnipro",
       "Ballistic missile hits bus depot in Dnipro, 37 hurt",
       "its forces had hit \"a temporary deployment point of Ukrainian armed forces units\" in Dnipro"],
      D, ("ukraine", "civilian", "russia"), mod="claimed",
      note="Lead attributed to Lysak; the Russian MoD confirms a strike on Dnipro (on a military target)."),
    U("killed", 4, DNI, ["Serhiy Lysak"],
      ["Russian missile kills four in Dnipro", "killing four people and wounding 37, six of them children"],
      D, ("ukraine", "civilian", "russia"), mod="claimed"),
    U("wounded", 37, DNI, ["Serhiy Lysak"],
      ["Ballistic missile hits bus depot in Dnipro, 37 hurt",
       "killing four people and wounding 37, six of them children"],
      D, ("ukraine", "civilian", "russia"), mod="claimed"),
    U("wounded", 6, DNI, ["Serhiy Lysak"], ["wounding 37, six of them children"],
      D, ("ukraine", "civilian", "russia"), mod="claimed", note="Children among the wounded."),
    U("attack", None, NOV, ["regional emergency headquarters", "SBU", "A source in Ukraine's SBU security service"],
      ["Drones damage tanker, terminal at Russia's Novorossiysk",
       "Ukrainian naval and aerial drones attacked the Black Sea port of Novorossiysk",
       "Ukrainian drones hit Novorossiysk oil terminal",
       "the operation targeted the terminal's loading infrastructure"],
      D, ("russia", "russia", "ukraine"), mod="claimed",
      note="Lead attributed to the regional emergency headquarters; an SBU source also describes it."),
    U("wounded", 2, NOV, ["regional emergency headquarters"],
      ["Two crew members of the tanker were injured"],
      D, ("russia", "civilian", "ukraine"), mod="claimed"),
    U("materiel_lost", 86, BSEA, ["Russia's defence ministry"],
      ["Moscow says it shot down 86 Ukrainian drones",
       "air defence units destroyed 86 Ukrainian drones over Russian regions and the Black Sea overnight"],
      D, ("russia", "ukraine", "russia"), mod="claimed", note="Interceptions over Russia and the sea; place approximate."),
    U("materiel_lost", 17, BSEA, ["Russia's defence ministry"],
      ["including 17 over the sea itself"],
      D, ("russia", "ukraine", "russia"), mod="claimed"),
    U("materiel_lost", 112, UA, ["Ukraine's air force"],
      ["it shot down 112 of the 135 Russian drones launched at Ukraine"],
      D, ("ukraine", "russia", "ukraine"), mod="claimed"),
    U("attack", None, KHE, ["Oleksandr Prokudin"],
      ["In the southern city of Kherson, Russian shelling killed a 64-year-old man"],
      D, ("ukraine", "civilian", "russia"), mod="claimed"),
    U("killed", 1, KHE, ["Oleksandr Prokudin"],
      ["Russian shelling killed a 64-year-old man and wounded three other people"],
      D, ("ukraine", "civilian", "russia"), mod="claimed"),
    U("wounded", 3, KHE, ["Oleksandr Prokudin"],
      ["Russian shelling killed a 64-year-old man and wounded three other people"],
      D, ("ukraine", "civilian", "russia"), mod="claimed"),
    U("territory", None, BOH, ["Russia's defence ministry"],
      ["Russia's defence ministry said its forces had taken control of Bohuslavka in the Kharkiv region"],
      ("2025-10-17", "day", "published"), ("russia", "ukraine", "russia"), mod="claimed"),
]
