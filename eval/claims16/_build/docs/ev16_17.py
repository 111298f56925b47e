from lib import G, A, R, U, PUB, text

ID = "ev16-17"
URL = "https://www.sahelwatch.info/en/burkina-faso-djibo-army-communique-jnim-claim-2025-11-18"
TITLE = "Djibo attack: army says more than 60 'terrorists neutralised', JNIM claims it killed 85 soldiers"
PUBLISHED = "2025-11-18T12:00:00Z"
CONFLICT = "Sahel"
FORM = "regional news site reproducing an army communiqué and an armed-group claim"

TEXT = text(
"SAHEL WATCH — News and analysis from the central Sahel",
"Burkina Faso | Mali | Niger | Communiqués | Analysis",
"Djibo attack: army says more than 60 'terrorists neutralised', JNIM claims it killed 85 soldiers",
"18 November 2025 — Sahel Watch desk",
"Burkina Faso's armed forces and the al-Qaeda-linked Jama'at Nusrat al-Islam wal-Muslimin (JNIM) have given starkly different accounts of Sunday's attack on Djibo, the besieged capital of Soum province. We publish both texts below, followed by other developments of the week.",
"1. Communiqué of the Chief of General Staff of the Armed Forces (extract, our translation)",
"\"On Sunday 16 November 2025, at around 6 a.m., armed terrorist groups launched a complex attack against the positions of the military detachment and the Volunteers for the Defence of the Homeland (VDP) in Djibo. Our forces, supported by air assets, reacted vigorously. The provisional toll on the enemy side is more than 60 terrorists neutralised and 14 motorcycles destroyed. Unfortunately, eight of our brave soldiers and VDP fell with their arms in hand. The rumours spread on social networks about the fall of the Djibo detachment and the figures advanced by the terrorists are pure propaganda and are formally denied.\"",
"2. Claim by JNIM (az-Zallaqa media foundation, summary)",
"JNIM said its fighters \"stormed the military base in Djibo\", held it for several hours, killed 85 soldiers and VDP militiamen and took six soldiers prisoner. The group published photographs of weapons and of four armoured vehicles it said it had seized. The group also said it would keep up its siege of the town.",
"Sahel Watch could not independently verify either account. Communication networks in Djibo have been cut since Sunday. A local source told us that hundreds of residents had sought refuge in the town's main mosque during the fighting.",
"3. Mali: tanker convoy torched",
"In western Mali, JNIM fighters ambushed a convoy of fuel tankers near Diéma, in the Kayes region, on 15 November and set 40 of them on fire, a Malian security source said. The group, which has blockaded fuel deliveries to the capital since September, warned transport companies in an audio message that any tanker heading for Bamako \"will be burned with its driver\".",
"According to ACLED data, more than 6,500 people have been killed in political violence in Burkina Faso since January.",
"Share: WhatsApp | Facebook | X | Telegram",
"Sahel Watch depends on its readers. Support our work.",
)

DJIBO = G("Djibo", "BF")
DIEMA = G("Diéma", "ML")
BAMAKO = G("Bamako", "ML")
OUALLAM = G("Ouallam", "NE")
BURKINA = R("Burkina Faso", 12.3, -1.6, 350)
D = "2025-11-16"
ARMY = ["Chief of General Staff of the Armed Forces", "Burkina Faso's armed forces", "army"]
JNIM = ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "az-Zallaqa"]
UNITS = [
    U("attack", None, DJIBO, ARMY + JNIM,
      ["Djibo attack", "Sunday's attack on Djibo", "launched a complex attack against the positions of the military detachment and the Volunteers for the Defence of the Homeland (VDP) in Djibo",
       "its fighters \"stormed the military base in Djibo\""],
      D, "other/other/armed_groups", note="Burkina army: 'other'. Both sides confirm the attack."),
    U("killed", 60, DJIBO, ARMY,
      ["army says more than 60 'terrorists neutralised'", "more than 60 terrorists neutralised"], D, "other/armed_groups/other"),
    U("materiel_lost", 14, DJIBO, ARMY, ["14 motorcycles destroyed"], D, "other/armed_groups/other", note="item vehicle"),
    U("killed", 8, DJIBO, ARMY, ["eight of our brave soldiers and VDP fell with their arms in hand"], D, "other/other/armed_groups"),
    U("killed", 85, DJIBO, JNIM,
      ["JNIM claims it killed 85 soldiers", "killed 85 soldiers and VDP militiamen",
       "the figures advanced by the terrorists are pure propaganda and are formally denied"],
      D, "armed_groups/other/armed_groups", modality="denied"),
    U("territory", None, DJIBO, JNIM,
      ["held it for several hours", "The rumours spread on social networks about the fall of the Djibo detachment",
       "the besieged capital of Soum province", "it would keep up its siege of the town"],
      D, "armed_groups/other/armed_groups", modality="denied",
      note="JNIM's claim to have held the base is denied by the army; the siege of the town (outlet's voice and JNIM) shares the (territory, Djibo) unit."),
    U("captured", 6, DJIBO, JNIM, ["took six soldiers prisoner"], D, "armed_groups/other/armed_groups"),
    U("materiel_lost", 4, DJIBO, JNIM, ["four armoured vehicles it said it had seized"], D, "armed_groups/other/armed_groups",
      note="item armoured_vehicle"),
    U("affected", 100, DJIBO, ["A local source"],
      ["hundreds of residents had sought refuge in the town's main mosque during the fighting"], D, "other/civilian/-",
      note="vague 'hundreds' -> 100"),
    U("attack", None, DIEMA, ["Malian security source"],
      ["JNIM fighters ambushed a convoy of fuel tankers near Diéma, in the Kayes region, on 15 November"],
      "2025-11-15", "other/other/armed_groups"),
    U("materiel_lost", 40, DIEMA, ["Malian security source"], ["set 40 of them on fire"], "2025-11-15",
      "other/other/armed_groups", note="item fuel_tank"),
    U("attack", None, BAMAKO, ["JNIM", "The group"],
      ["any tanker heading for Bamako \"will be burned with its driver\""], PUB, "armed_groups/civilian/armed_groups",
      modality="warned"),
    U("territory", None, BAMAKO, None, ["The group, which has blockaded fuel deliveries to the capital since September"],
      "2025-09", "-/other/armed_groups", scope="cumulative", optional=True, note="fuel blockade of Bamako"),
    U("killed", 6500, BURKINA, ["ACLED", "ACLED data"],
      ["more than 6,500 people have been killed in political violence in Burkina Faso since January"],
      PUB, "other/-/-", scope="cumulative"),
]
