from lib import G, A, R, U, PUB, text

ID = "ev16-15"
URL = "https://apnews.com/article/haiti-gangs-cabaret-attack-viv-ansanm-2026-02-16"
TITLE = "Gangs storm Haitian town of Cabaret, killing 14 and kidnapping a priest and two nuns"
PUBLISHED = "2026-02-16T21:30:00Z"
CONFLICT = "Haiti"
FORM = "AP wire copy (gang attack, kidnapping, police claims, running totals)"

TEXT = text(
"Gangs storm Haitian town of Cabaret, killing 14 and kidnapping a priest and two nuns",
"By JEAN-ROBERT PIERRE and MARÍA DEL CARMEN OSPINA | Updated 9:30 PM UTC, February 16, 2026",
"Share",
"PORT-AU-PRINCE, Haiti (AP) — Gunmen from Haiti's Viv Ansanm gang coalition stormed the town of Cabaret north of the capital overnight, killing at least 14 people and torching dozens of homes, local officials said Monday.",
"Residents said the attackers broke into the Sainte-Thérèse parish and kidnapped a priest and two nuns, who have not been heard from since. The Haitian Conference of Religious called for their immediate release.",
"\"They came from the hills at 2 a.m. and started shooting at everything,\" said Marie-Ange Dorvil, a 52-year-old vendor who fled with her three grandchildren. \"We left the bodies in the street.\"",
"The U.N. International Organization for Migration said some 2,300 people had fled Cabaret for Arcahaie and other nearby towns by Monday afternoon.",
"Police spokesman Inspector Frantz Delva said officers and members of the U.N.-backed Gang Suppression Force killed nine gang members during a counteroffensive and had regained control of the town center by midday.",
"A gang leader known as \"Ti Bwa\" responded in a video posted on social media, threatening to \"burn Pétion-Ville\" if the operations continue. Pétion-Ville, an upscale suburb of the capital, has been largely spared by the gangs, which control about 90% of Port-au-Prince.",
"Separately, a local human rights group said a drone strike carried out by a government task force in Cité Soleil on Saturday killed five people, two of them children. The government did not comment.",
"The gangs have expanded beyond the capital over the past year, overrunning Mirebalais in March 2025 and attacking towns in the Artibonite region.",
"More than 5,900 people were killed in gang-related violence in Haiti last year and at least 1,300 were kidnapped, according to the U.N. human rights office. Some 1.4 million people have been driven from their homes, the IOM says.",
"Associated Press writer Jean-Robert Pierre reported from Port-au-Prince.",
"Most read",
"Haiti's transitional council names new prime minister",
)

CABARET = G("Cabaret", "HT", "11")
KENSCOFF = G("Kenscoff", "HT", "11", aliases=["Furcy"])
PETIONVILLE = A("Pétion-Ville", 18.512, -72.285, aliases=["Petion-Ville", "Petionville"])
CITE_SOLEIL = A("Cité Soleil", 18.58, -72.33, aliases=["Cite Soleil"])
MIREBALAIS = G("Mirebalais", "HT")
PAP = G("Port-au-Prince", "HT", "11")
HAITI = R("Haiti", 18.95, -72.65, 200)
D = "2026-02-16"
LOCAL = ["local officials"]
POL = ["Frantz Delva", "Police spokesman", "police"]
UNITS = [
    U("attack", None, CABARET, LOCAL,
      ["Gangs storm Haitian town of Cabaret",
       "Gunmen from Haiti's Viv Ansanm gang coalition stormed the town of Cabaret north of the capital overnight"],
      D, "haiti_government/civilian/gangs"),
    U("killed", 14, CABARET, LOCAL, ["killing 14", "killing at least 14 people and torching dozens of homes"],
      D, "haiti_government/civilian/gangs"),
    U("abducted", 3, CABARET, ["Residents"],
      ["kidnapping a priest and two nuns", "kidnapped a priest and two nuns"], D, "other/civilian/gangs",
      note="implicit count: a priest and two nuns"),
    U("displaced", 3, CABARET, ["Marie-Ange Dorvil"], ["fled with her three grandchildren"], D, "other/civilian/gangs",
      optional=True, note="anecdotal"),
    U("displaced", 2300, CABARET, ["International Organization for Migration", "IOM"],
      ["some 2,300 people had fled Cabaret for Arcahaie and other nearby towns"], D, "other/civilian/gangs"),
    U("killed", 9, CABARET, POL, ["killed nine gang members during a counteroffensive"], D, "haiti_government/gangs/haiti_government"),
    U("territory", None, CABARET, POL, ["had regained control of the town center by midday"], D, "haiti_government/gangs/haiti_government"),
    U("attack", None, PETIONVILLE, ["Ti Bwa", "gang leader"],
      ["threatening to \"burn Pétion-Ville\" if the operations continue"], D, "gangs/civilian/gangs", modality="warned"),
    U("territory", None, PAP, None, ["which control about 90% of Port-au-Prince"], PUB, "-/haiti_government/gangs",
      optional=True, note="control share of the capital"),
    U("attack", None, CITE_SOLEIL, ["local human rights group"],
      ["a drone strike carried out by a government task force in Cité Soleil on Saturday"], "2026-02-14",
      "other/civilian/haiti_government"),
    U("killed", 5, CITE_SOLEIL, ["local human rights group"], ["killed five people, two of them children"], "2026-02-14",
      "other/civilian/haiti_government"),
    U("killed", 2, CITE_SOLEIL, ["local human rights group"], ["two of them children"], "2026-02-14",
      "other/civilian/haiti_government"),
    U("territory", None, MIREBALAIS, None, ["overrunning Mirebalais in March 2025"], "2025-03", "-/haiti_government/gangs",
      note="background event"),
    U("attack", None, R("Artibonite region", 19.2, -72.5, 60, aliases=["Artibonite"]), None,
      ["attacking towns in the Artibonite region"], "2025", "-/civilian/gangs", optional=True,
      note="background, unnamed towns"),
    U("killed", 5900, HAITI, ["U.N. human rights office"],
      ["More than 5,900 people were killed in gang-related violence in Haiti last year"], "2025", "other/civilian/gangs",
      scope="cumulative"),
    U("abducted", 1300, HAITI, ["U.N. human rights office"], ["at least 1,300 were kidnapped"], "2025", "other/civilian/gangs",
      scope="cumulative"),
    U("displaced", 1400000, HAITI, ["IOM", "International Organization for Migration"],
      ["Some 1.4 million people have been driven from their homes, the IOM says."], D, "other/civilian/gangs",
      scope="cumulative"),
]
