"""ev20-11 .. ev20-15: Syria, Myanmar, DR Congo, Mali, Nigeria."""
from common import P, R, U

ALEPPO = P("Aleppo", 36.20124, 37.16117, "Aleppo", ["Sheikh Maqsoud", "Ashrafieh", "Halab"])
DEIRHAFER = P("Deir Hafer", 36.1576, 37.7077, "Dayr Hafir", ["Dayr Hafir"])
MASKANAH = P("Maskanah", 35.96, 38.03, aliases=["Meskene"], approx=True)
TABQA = P("Tabqa", 35.83, 38.55, "Ath Thawrah", ["al-Tabqa", "Al-Thawrah"])
MOD_SY = ["Syrian defence ministry", "defence ministry", "ministry"]
SDF = ["Syrian Democratic Forces", "SDF"]

D11 = dict(
    id="ev20-11", conflict="Syria", form="local outlet report (government vs SDF, two claimants, denial as fabricated, background)",
    url="https://euphrateschronicle.example.org/en/aleppo-clashes-deir-hafer-2026-01-25",
    title="Clashes in Aleppo's Kurdish districts spread east as army enters Deir Hafer",
    published="2026-01-25",
    text="""Clashes in Aleppo's Kurdish districts spread east as army enters Deir Hafer
Euphrates Chronicle – Aleppo desk – 25/01/2026 – 6 min read
Government forces entered Deir Hafer on Saturday after fighters of the Kurdish-led Syrian Democratic Forces (SDF) pulled out of the town and withdrew east of the Euphrates, the Syrian defence ministry said.
The ministry said three soldiers were killed and 17 wounded when SDF drones hit army positions near Deir Hafer on Friday night. It also announced the capture of Maskanah, a town further south-east on the Aleppo–Raqqa road.
In Aleppo city, the health directorate said SDF shelling of the al-Midan and Syriac quarters had killed five civilians and wounded 22 since Thursday.
The SDF, for its part, accused government forces of pounding the Sheikh Maqsoud and Ashrafieh neighbourhoods with artillery, killing four civilians. It said its fighters had captured 14 government soldiers and shot down three Turkish-made drones, and dismissed the ministry's casualty figures as "fabricated".
A drone strike on a car near Tabqa killed two SDF fighters, the group said, blaming government forces.
About 45,000 people have fled Sheikh Maqsoud and Ashrafieh since fighting erupted on Tuesday, the Aleppo governorate said.
Sheikh Maqsoud has been run by Kurdish-led local councils since 2012, and an agreement signed in April last year was meant to fold its security forces into state institutions.
Share this article: Facebook · X · Telegram · WhatsApp""",
    sides=("other", "armed_groups", "other"),
    units=[
        U("territory", None, DEIRHAFER, MOD_SY, ["Government forces entered Deir Hafer on Saturday", "pulled out of the town and withdrew east of the Euphrates"], date="2026-01-24", basis="text",
          sides=("other", "armed_groups", "other"), note="SDF treated as armed_groups, Syrian government as other"),
        U("killed", 3, DEIRHAFER, MOD_SY, "three soldiers were killed and 17 wounded when SDF drones hit army positions near Deir Hafer on Friday night", date="2026-01-23", basis="text",
          sides=("other", "other", "armed_groups")),
        U("wounded", 17, DEIRHAFER, MOD_SY, "three soldiers were killed and 17 wounded", date="2026-01-23", basis="text", sides=("other", "other", "armed_groups")),
        U("attack", None, DEIRHAFER, MOD_SY, "SDF drones hit army positions near Deir Hafer on Friday night", date="2026-01-23", basis="text", sides=("other", "other", "armed_groups")),
        U("territory", None, MASKANAH, MOD_SY, "It also announced the capture of Maskanah", note="approximate coordinates"),
        U("killed", 5, ALEPPO, ["health directorate", "Aleppo health directorate"], "SDF shelling of the al-Midan and Syriac quarters had killed five civilians and wounded 22 since Thursday",
          date="2026-01-22", basis="text", sides=("other", "civilian", "armed_groups"), note="toll since Thursday; dated to its start"),
        U("wounded", 22, ALEPPO, ["health directorate", "Aleppo health directorate"], "killed five civilians and wounded 22 since Thursday", date="2026-01-22", basis="text",
          sides=("other", "civilian", "armed_groups")),
        U("attack", None, ALEPPO, ["health directorate", "SDF"], ["SDF shelling of the al-Midan and Syriac quarters", "pounding the Sheikh Maqsoud and Ashrafieh neighbourhoods with artillery"],
          sides=("other", "civilian", "armed_groups"), note="shelling in both directions inside Aleppo city: one unit (25 km rule)"),
        U("killed", 4, ALEPPO, SDF, "killing four civilians", sides=("armed_groups", "civilian", "other")),
        U("captured", 14, None, SDF, "its fighters had captured 14 government soldiers", sides=("armed_groups", "other", "armed_groups")),
        U("materiel_lost", 3, None, SDF, "shot down three Turkish-made drones", sides=("armed_groups", "other", "armed_groups"), note="item drone"),
        U("attack", None, TABQA, SDF, "A drone strike on a car near Tabqa killed two SDF fighters", sides=("armed_groups", "armed_groups", "other")),
        U("killed", 2, TABQA, SDF, "A drone strike on a car near Tabqa killed two SDF fighters", sides=("armed_groups", "armed_groups", "other")),
        U("displaced", 45000, ALEPPO, ["Aleppo governorate"], "About 45,000 people have fled Sheikh Maqsoud and Ashrafieh since fighting erupted on Tuesday", scope="cumulative",
          sides=("other", "civilian", None)),
    ],
)

MRAUKU = P("Mrauk-U", 20.59361, 93.19056, "Mrauk-U", ["Mrauk U", "Mrauk-U general hospital"])
KYAUKPHYU = P("Kyaukphyu", 19.42889, 93.54944, "Kyaukphyu", ["Kyaukpyu"])
THABEIK = P("Thabeikkyin", 22.88, 95.98, approx=True)
BHAMO = P("Bhamo", 24.25, 97.23333, "Bhamo")
DEPAYIN = P("Depayin", 22.72, 95.48, aliases=["Depayin township"], approx=True)
KYAUKTAW = P("Kyauktaw", 20.84, 92.98, approx=True)
MYANMAR = R("Myanmar", 21.0, 96.0, 700, ["Myanmar", "Burma"])
AA = ["Arakan Army", "AA"]

D12 = dict(
    id="ev20-12", conflict="Myanmar", form="exile outlet report (armed-group claims, junta denial, state media claim, video-player residue, gallery)",
    url="https://salweenweekly.example.org/news/2026/02/18/mrauk-u-hospital-airstrike",
    title="Junta airstrike on Mrauk-U hospital kills 31, Arakan Army says",
    published="2026-02-18",
    text="""Junta airstrike on Mrauk-U hospital kills 31, Arakan Army says
Salween Weekly | News | 18 February 2026
Video: 00:00 / 02:41 | Auto-play next | Captions off
A military airstrike on the general hospital in Mrauk-U, Rakhine State, late on Monday killed 31 people and wounded 68, according to the Arakan Army (AA)-run health department.
Patients, relatives and two nurses were among the dead, a hospital administrator told Salween Weekly by phone.
+9 View gallery
The junta's spokesman, Maj-Gen Zaw Lin Htet, dismissed reports of the strike as "fabricated by terrorists" and said the air force targeted only AA positions.
The AA, which controls 14 of Rakhine's 17 townships, said on Tuesday that its fighters had overrun a battalion base on the northern edge of Kyaukphyu and captured 46 junta soldiers.
Junta artillery shelled Kyauktaw town on Tuesday, wounding six residents, local aid workers said.
In the Sagaing Region, an airstrike on a village in Depayin township killed 11 people, including four children, resistance forces said.
State-run media reported that troops had "recaptured" Thabeikkyin in Mandalay Region, which the People's Defence Force had held since 2024.
The Kachin Independence Army said fighting continued around Bhamo, which its forces have encircled since late 2024.
More than 3.6 million people are displaced across Myanmar, according to the UN.
Support independent journalism: become a member from $5 a month.""",
    sides=("resistance", "civilian", "myanmar_junta"),
    units=[
        U("attack", None, MRAUKU, ["Arakan Army-run health department", "Arakan Army", "AA"], ["A military airstrike on the general hospital in Mrauk-U", "dismissed reports of the strike as \"fabricated by terrorists\""],
          date="2026-02-16", basis="text", note="junta denies: one unit, claimant the asserting side"),
        U("killed", 31, MRAUKU, ["Arakan Army-run health department", "Arakan Army"], ["killed 31 people and wounded 68", "Junta airstrike on Mrauk-U hospital kills 31, Arakan Army says"], date="2026-02-16", basis="text"),
        U("wounded", 68, MRAUKU, ["Arakan Army-run health department", "Arakan Army"], "killed 31 people and wounded 68", date="2026-02-16", basis="text"),
        U("killed", 2, MRAUKU, ["hospital administrator"], "two nurses were among the dead", opt=True, date="2026-02-16", basis="text", note="subset; optional"),
        U("territory", None, KYAUKPHYU, AA, "its fighters had overrun a battalion base on the northern edge of Kyaukphyu", date="2026-02-17", basis="text",
          sides=("resistance", "myanmar_junta", "resistance")),
        U("captured", 46, KYAUKPHYU, AA, "captured 46 junta soldiers", date="2026-02-17", basis="text", sides=("resistance", "myanmar_junta", "resistance")),
        U("territory", None, R("Rakhine State", 19.8, 93.9, 200, ["Rakhine"]), AA, "The AA, which controls 14 of Rakhine's 17 townships", opt=True,
          sides=("resistance", "myanmar_junta", "resistance"), note="regional control share; optional"),
        U("attack", None, KYAUKTAW, ["local aid workers"], "Junta artillery shelled Kyauktaw town on Tuesday", date="2026-02-17", basis="text", sides=("other", "civilian", "myanmar_junta"),
          note="approximate coordinates"),
        U("wounded", 6, KYAUKTAW, ["local aid workers"], "wounding six residents", date="2026-02-17", basis="text", sides=("other", "civilian", "myanmar_junta")),
        U("attack", None, DEPAYIN, ["resistance forces"], "an airstrike on a village in Depayin township", note="approximate coordinates"),
        U("killed", 11, DEPAYIN, ["resistance forces"], "killed 11 people, including four children"),
        U("killed", 4, DEPAYIN, ["resistance forces"], "including four children", note="subgroup stated as a number: required"),
        U("territory", None, THABEIK, ["State-run media"], "troops had \"recaptured\" Thabeikkyin in Mandalay Region", sides=("myanmar_junta", "resistance", "myanmar_junta"), note="approximate coordinates"),
        U("territory", None, BHAMO, ["Kachin Independence Army"], "fighting continued around Bhamo, which its forces have encircled since late 2024", sides=("resistance", "myanmar_junta", "resistance"),
          note="siege"),
        U("displaced", 3600000, MYANMAR, ["the UN", "UN"], "More than 3.6 million people are displaced across Myanmar", scope="cumulative", sides=("other", "civilian", None)),
    ],
)

LUBERO = P("Lubero", 0.15, 29.24, "Lubero", ["Lubero territory"])
BUTEMBO = P("Butembo", 0.14164, 29.29117, "Butembo")
MINEMBWE = P("Minembwe", -3.12, 28.65, approx=True)
KAMANYOLA = P("Kamanyola", -2.75, 29.0, approx=True)
SAVO = P("Plaine Savo", 1.85, 30.27, aliases=["Savo"], approx=True)
DRC = R("Democratic Republic of Congo", -2.88, 23.66, 1200, ["DR Congo", "DRC", "Congo"])
MONUSCO = ["MONUSCO", "UN mission"]

D13 = dict(
    id="ev20-13", conflict="DR Congo", form="UN mission press release (French-style dateline, quotes) with M23 claim and army rejection",
    url="https://un-mission-drc.example.int/en/press-releases/2026-03-10-lubero-attacks",
    title="Press release: UN mission condemns ADF massacre in Lubero, calls for protection of civilians",
    published="2026-03-10",
    text="""PRESS RELEASE
Goma/Kinshasa, 10 March 2026 – The UN mission in the Democratic Republic of the Congo (MONUSCO) condemns in the strongest terms the attacks carried out by the Allied Democratic Forces (ADF) against villages in Lubero territory, North Kivu, during the night of 7 to 8 March.
According to preliminary information gathered by the mission, ADF fighters killed at least 52 civilians, including nine women, and abducted dozens of others, among them children. Houses and a health centre were burned.
"These are heinous crimes," said Acting Head of Mission Pauline Ekwueme.
Some 2,400 civilians have sought shelter at the mission's temporary operating base in Lubero, where peacekeepers are providing protection. About 38,000 people have fled towards Butembo over the past week, according to humanitarian partners.
In Ituri, CODECO militiamen attacked the Plaine Savo displacement site on 6 March, killing seven people.
In South Kivu, the AFC/M23 spokesman claimed that army drones had bombed a market in Minembwe, killing six civilians. An FARDC spokesman rejected the accusation as "pure propaganda". Wazalendo fighters said they had retaken hills overlooking Kamanyola, a claim M23 dismissed.
More than 7 million people are internally displaced across the DRC, the largest number in Africa.
MONUSCO reminds all parties of their obligations under international humanitarian law.
Follow us: @UNMissionDRC_example | Photo library | Contacts""",
    sides=("other", "civilian", "armed_groups"),
    units=[
        U("killed", 52, LUBERO, MONUSCO, "ADF fighters killed at least 52 civilians, including nine women", date="2026-03-08", basis="text"),
        U("killed", 9, LUBERO, MONUSCO, "including nine women", date="2026-03-08", basis="text", note="subgroup stated as a number: required"),
        U("attack", None, LUBERO, MONUSCO, "the attacks carried out by the Allied Democratic Forces (ADF) against villages in Lubero territory", date="2026-03-08", basis="text"),
        U("abducted", 12, LUBERO, MONUSCO, "abducted dozens of others, among them children", date="2026-03-08", basis="text", note="vague 'dozens' -> 12"),
        U("affected", 2400, LUBERO, MONUSCO, "Some 2,400 civilians have sought shelter at the mission's temporary operating base in Lubero", scope="cumulative"),
        U("displaced", 38000, BUTEMBO, ["humanitarian partners"], "About 38,000 people have fled towards Butembo over the past week"),
        U("attack", None, SAVO, MONUSCO, "CODECO militiamen attacked the Plaine Savo displacement site on 6 March", date="2026-03-06", basis="text", note="approximate coordinates"),
        U("killed", 7, SAVO, MONUSCO, "killing seven people", date="2026-03-06", basis="text"),
        U("attack", None, MINEMBWE, ["AFC/M23 spokesman", "M23"], ["army drones had bombed a market in Minembwe", "rejected the accusation as \"pure propaganda\""],
          sides=("m23", "civilian", "drc_army"), note="FARDC rejects: one unit; approximate coordinates"),
        U("killed", 6, MINEMBWE, ["AFC/M23 spokesman", "M23"], "killing six civilians", sides=("m23", "civilian", "drc_army")),
        U("territory", None, KAMANYOLA, ["Wazalendo fighters", "Wazalendo"], "Wazalendo fighters said they had retaken hills overlooking Kamanyola", sides=("other", "m23", "other"),
          note="pro-government militia: other; M23 dismisses; approximate coordinates"),
        U("displaced", 7000000, DRC, MONUSCO, "More than 7 million people are internally displaced across the DRC", scope="cumulative", sides=("other", "civilian", None)),
    ],
)

DIEMA = P("Diéma", 14.5419, -9.1893, "Diéma", ["Diema"])
LERE = P("Léré", 15.7167, -4.9167, "Léré", ["Lere"])
LOULOUNI = P("Loulouni", 10.9, -5.6, approx=True)
MBERA = P("Mbera", 15.65, -5.75, aliases=["Mbera camp"], approx=True)
MALI = R("Mali", 17.5, -4.0, 800, ["Mali"])
JNIM = ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin"]
ARMY = ["Malian army", "the army", "Malian Armed Forces"]

D14 = dict(
    id="ev20-14", conflict="Sahel (Mali)", form="regional wire, dateline 'BAMAKO (SWS) –', armed-group claim vs army figures",
    url="https://sahelwire.example.com/en/mali-jnim-fuel-convoy-diema-2025-11-25",
    title="Mali: JNIM says it destroyed 40 fuel tankers near Diéma; army gives lower toll",
    published="2025-11-25",
    text="""Mali: JNIM says it destroyed 40 fuel tankers near Diéma; army gives lower toll
BAMAKO (SWS) – The al-Qaeda-linked Jama'at Nusrat al-Islam wal-Muslimin (JNIM) said on Monday its fighters had ambushed a fuel convoy near Diéma, in the Kayes region, destroying 40 tankers and killing 20 soldiers of the escort.
The army, in a statement read on state television, said four soldiers were killed and 11 wounded in a "cowardly terrorist attack" on Sunday, and that "several assailants" were neutralised. It did not say how many tankers were lost.
Drivers' union officials said at least 15 drivers had been abducted by the attackers.
JNIM has blockaded fuel imports to Bamako since September, and has destroyed more than 100 tankers on the main supply roads, according to the drivers' union.
In the Timbuktu region, a drone strike by the army on a weekly market near Léré killed nine civilians, local elected officials said; the army said it had "neutralised terrorists" in the area.
Some 2,300 people fled villages around Léré to Mauritania's Mbera camp in November, a UN refugee agency spokesperson said.
Earlier this month, JNIM fighters stormed Loulouni near the Ivorian border and briefly seized the gendarmerie post.
Schools in Bamako reopened on Monday after a two-week closure caused by the fuel shortage.
More Sahel news | Newsletter | Contact the desk""",
    sides=("armed_groups", "other", "armed_groups"),
    units=[
        U("materiel_lost", 40, DIEMA, JNIM, ["destroying 40 tankers", "JNIM says it destroyed 40 fuel tankers near Diéma"], date="2025-11-23", basis="text", note="item fuel_tank; attack on Sunday per army"),
        U("killed", 20, DIEMA, JNIM, "killing 20 soldiers of the escort", date="2025-11-23", basis="text"),
        U("attack", None, DIEMA, JNIM + ["The army"], ["ambushed a fuel convoy near Diéma", "a \"cowardly terrorist attack\" on Sunday"], date="2025-11-23", basis="text"),
        U("killed", 4, DIEMA, ARMY, "four soldiers were killed and 11 wounded", date="2025-11-23", basis="text", sides=("other", "other", "armed_groups")),
        U("wounded", 11, DIEMA, ARMY, "four soldiers were killed and 11 wounded", date="2025-11-23", basis="text", sides=("other", "other", "armed_groups")),
        U("killed", 3, DIEMA, ARMY, "\"several assailants\" were neutralised", date="2025-11-23", basis="text", sides=("other", "armed_groups", "other"), note="vague 'several' -> 3"),
        U("abducted", 15, DIEMA, ["Drivers' union officials", "drivers' union"], "at least 15 drivers had been abducted by the attackers", date="2025-11-23", basis="text", sides=("other", "civilian", "armed_groups")),
        U("materiel_lost", 100, MALI, ["drivers' union"], "has destroyed more than 100 tankers on the main supply roads", scope="cumulative", note="item fuel_tank"),
        U("attack", None, LERE, ["local elected officials"], "a drone strike by the army on a weekly market near Léré", sides=("other", "civilian", "other")),
        U("killed", 9, LERE, ["local elected officials"], "killed nine civilians", sides=("other", "civilian", "other")),
        U("displaced", 2300, LERE, ["UN refugee agency spokesperson", "UN refugee agency"], "Some 2,300 people fled villages around Léré to Mauritania's Mbera camp in November",
          date="2025-11", prec="month", basis="text", scope="cumulative", sides=("other", "civilian", None)),
        U("territory", None, LOULOUNI, None, "JNIM fighters stormed Loulouni near the Ivorian border and briefly seized the gendarmerie post", date="2025-11", prec="month", basis="text",
          sides=(None, "other", "armed_groups"), note="approximate coordinates"),
    ],
)

MARU = P("Maru", 12.3333, 6.4, "Maru")
DAMBOA = P("Damboa", 11.15534, 12.75638, "Damboa")
BOKKOS = P("Bokkos", 9.3, 8.9833, "Bokkos")
MANGU = P("Mangu", 9.5167, 9.1, "Mangu")
NWNIG = R("north-west Nigeria", 12.0, 6.5, 300, ["northwest Nigeria", "North West"])
POLICE_ZM = ["Zamfara State Police Command", "police"]

D15 = dict(
    id="ev20-15", conflict="Nigeria", form="police statement quoted by a local outlet, army and ISWAP claims, NGO tally",
    url="https://northernherald.example.ng/news/zamfara-maru-abduction-damboa-attack",
    title="Gunmen abduct 38 in Zamfara; army says 17 insurgents killed in Damboa",
    published="2026-01-30",
    text="""Gunmen abduct 38 in Zamfara; army says 17 insurgents killed in Damboa
By our correspondents, Gusau and Maiduguri | Friday, January 30, 2026 | Comments (27)
The Zamfara State Police Command has confirmed that gunmen attacked a village in Maru Local Government Area on Wednesday night, killing five residents and abducting 38 others, mostly women and children.
In a statement, the command's spokesperson, SP Ibrahim Dankwambo, said tactical teams had been deployed "to rescue the victims unhurt" and that six suspected collaborators had been arrested.
In Borno State, the army said troops repelled an attack by ISWAP fighters on a military base in Damboa in the early hours of Thursday, neutralising 17 insurgents. Two soldiers paid the supreme price, the army said.
The group's propaganda channel claimed that 14 soldiers were killed and three armoured vehicles set ablaze.
In Plateau State, gunmen killed eight people in an overnight raid on a farming settlement in Bokkos, a local government chairman said. About 4,000 residents have fled to Mangu and other towns, he added.
A rights group, the Sahel Civic Watch, says at least 1,100 people were abducted in north-west Nigeria in 2025.
Advertisement
Join our WhatsApp channel for breaking news""",
    sides=("other", "civilian", "armed_groups"),
    units=[
        U("attack", None, MARU, POLICE_ZM, "gunmen attacked a village in Maru Local Government Area on Wednesday night", date="2026-01-28", basis="text"),
        U("killed", 5, MARU, POLICE_ZM, "killing five residents and abducting 38 others", date="2026-01-28", basis="text"),
        U("abducted", 38, MARU, POLICE_ZM, ["abducting 38 others, mostly women and children", "Gunmen abduct 38 in Zamfara"], date="2026-01-28", basis="text"),
        U("captured", 6, MARU, ["SP Ibrahim Dankwambo", "Zamfara State Police Command"], "six suspected collaborators had been arrested", opt=True, sides=("other", "other", "other"),
          note="arrest by the state's own police; optional"),
        U("attack", None, DAMBOA, ["the army", "Nigerian army"], "troops repelled an attack by ISWAP fighters on a military base in Damboa", date="2026-01-29", basis="text", sides=("other", "other", "armed_groups")),
        U("killed", 17, DAMBOA, ["the army", "Nigerian army"], ["neutralising 17 insurgents", "army says 17 insurgents killed in Damboa"], date="2026-01-29", basis="text", sides=("other", "armed_groups", "other")),
        U("killed", 2, DAMBOA, ["the army", "Nigerian army"], "Two soldiers paid the supreme price", date="2026-01-29", basis="text", sides=("other", "other", "armed_groups")),
        U("killed", 14, DAMBOA, ["The group's propaganda channel", "ISWAP"], "claimed that 14 soldiers were killed", date="2026-01-29", basis="text", sides=("armed_groups", "other", "armed_groups")),
        U("materiel_lost", 3, DAMBOA, ["The group's propaganda channel", "ISWAP"], "three armoured vehicles set ablaze", date="2026-01-29", basis="text", sides=("armed_groups", "other", "armed_groups"),
          note="item armoured_vehicle"),
        U("killed", 8, BOKKOS, ["local government chairman"], "gunmen killed eight people in an overnight raid on a farming settlement in Bokkos", date="2026-01-30", basis="text"),
        U("attack", None, BOKKOS, ["local government chairman"], "an overnight raid on a farming settlement in Bokkos", date="2026-01-30", basis="text"),
        U("displaced", 4000, MANGU, ["local government chairman"], "About 4,000 residents have fled to Mangu and other towns", sides=("other", "civilian", None)),
        U("abducted", 1100, NWNIG, ["Sahel Civic Watch"], "at least 1,100 people were abducted in north-west Nigeria in 2025", date="2025", prec="year", basis="text", scope="cumulative"),
    ],
)

DOCS = [D11, D12, D13, D14, D15]
