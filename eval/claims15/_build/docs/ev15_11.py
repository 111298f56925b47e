from lib import G, M, R, U

ID = "ev15-11"
URL = "https://www.sudanwatchdaily.net/en/2026/01/19/bara-rsf-claims-capture-army-says-attack-repelled/"
TITLE = "RSF claims Bara as army insists it repelled attack; volunteers abducted, doctors say"
PUBLISHED = "2026-01-19T16:40:00+03:00"

TEXT = """Sudan Watch Daily
English | عربي
Home › Kordofan › RSF claims Bara as army insists it repelled attack; volunteers abducted, doctors say
RSF claims Bara as army insists it repelled attack; volunteers abducted, doctors say
January 19, 2026 — Sudan Watch Daily staff
EL OBEID / NAIROBI — The Rapid Support Forces (RSF) said on Sunday that its fighters had "fully liberated" the town of Bara in North Kordofan after two days of fighting, but the Sudanese Armed Forces (SAF) insisted the assault had been repelled and that the town remained in army hands.
In a video statement, RSF spokesman Al-Fateh Qurashi said the paramilitary had seized the town's garrison and "cleansed" it of "the remnants of the Kizan militias", a reference to Islamist-aligned fighters who fight alongside the army. He said RSF air defences had shot down two army drones over Bara.
The army's spokesman, Brigadier Nabil Abdallah, rejected the claim as "lies spread by the rebel militia's media". In a statement, he said army units and allied forces had inflicted "hundreds" of casualties on the attackers, killing "hundreds of militiamen", destroying 47 combat vehicles and seizing 12 others intact. Army aircraft also bombed RSF positions to the north and west of Bara, he added.
Neither account could be verified. Residents reached by phone described heavy shelling on Saturday and said RSF vehicles were seen in the town's eastern market on Sunday morning.
The Sudan Doctors Network said at least 38 civilians, among them nine women, had been killed in Bara since Saturday, and accused the RSF of "executions in the streets". It said RSF fighters had abducted at least 16 volunteers from a communal kitchen run by the local Emergency Response Room.
An RSF commander, speaking to Sudan Watch Daily on condition of anonymity, denied that any volunteers had been detained. "Our forces do not target civilians," he said.
The same commander warned that El Obeid, the capital of North Kordofan, 60 kilometres to the south, would be "next", adding: "We are coming to El Obeid."
Overnight, RSF drones targeted El Obeid for the third time this month. The army said its air defences intercepted nine drones over the city and that no one was hurt.
The International Organization for Migration said about 17,500 people had fled Bara and nearby villages since Saturday, most of them towards El Obeid and Um Rawaba.
Bara has changed hands several times since the war began in April 2023. The army retook it in September after months under RSF control.
Share on: Facebook | WhatsApp | Telegram | X
Subscribe to our newsletter for daily updates from Sudan.
More from Kordofan: Kadugli residents ration water as siege tightens
"""

BARA = G("Bara", "SD", geoname="Bārah")
OBE = G("El Obeid", "SD")

RSF = ["Rapid Support Forces", "RSF", "Al-Fateh Qurashi", "RSF spokesman"]
SAF = ["Nabil Abdallah", "army", "Sudanese Armed Forces", "SAF"]
SDN = ["Sudan Doctors Network"]
D18 = ("2026-01-18", "day", "text")
D19 = ("2026-01-19", "day", "text")
P = ("2026-01-19", "day", "published")
UNITS = [
    U("territory", None, BARA, RSF,
      ["RSF claims Bara as army insists it repelled attack",
       "its fighters had \"fully liberated\" the town of Bara in North Kordofan after two days of fighting",
       "the paramilitary had seized the town's garrison",
       "the Sudanese Armed Forces (SAF) insisted the assault had been repelled and that the town remained in army hands",
       "rejected the claim as \"lies spread by the rebel militia's media\"",
       "The army retook it in September after months under RSF control",
       "said RSF vehicles were seen in the town's eastern market on Sunday morning"],
      D18, ("rsf", "saf", "rsf"), mod="denied",
      note="RSF capture claim, denied by the army; the background recapture in September is further evidence of the same (territory, Bara) unit."),
    U("materiel_lost", 2, BARA, RSF, ["RSF air defences had shot down two army drones over Bara"],
      D18, ("rsf", "saf", "rsf"), mod="claimed", note="item drone."),
    U("killed", 100, BARA, SAF, ["killing \"hundreds of militiamen\""],
      D18, ("saf", "rsf", "saf"), mod="claimed",
      note="vague 'hundreds' -> 100; the same word for 'casualties' in the sentence before is not a killed count."),
    U("materiel_lost", 47, BARA, SAF, ["destroying 47 combat vehicles and seizing 12 others intact"],
      D18, ("saf", "rsf", "saf"), mod="claimed", note="item vehicle."),
    U("materiel_lost", 12, BARA, SAF, ["destroying 47 combat vehicles and seizing 12 others intact"],
      D18, ("saf", "rsf", "saf"), mod="claimed", note="Captured intact; item vehicle."),
    U("attack", None, BARA, SAF + ["Residents"],
      ["Army aircraft also bombed RSF positions to the north and west of Bara",
       "Residents reached by phone described heavy shelling on Saturday"],
      D18, ("saf", "rsf", "saf"), mod="claimed",
      note="Army air strikes and the shelling residents describe: one (attack, Bara) unit."),
    U("killed", 38, BARA, SDN,
      ["at least 38 civilians, among them nine women, had been killed in Bara since Saturday"],
      P, ("other", "civilian", "rsf"), scope="cumulative", mod="claimed",
      note="Toll over two days of fighting."),
    U("killed", 9, BARA, SDN, ["at least 38 civilians, among them nine women"],
      P, ("other", "civilian", "rsf"), scope="cumulative", mod="claimed", note="Women among the dead."),
    U("abducted", 16, BARA, SDN,
      ["RSF fighters had abducted at least 16 volunteers from a communal kitchen",
       "volunteers abducted, doctors say",
       "denied that any volunteers had been detained"],
      P, ("other", "civilian", "rsf"), mod="denied", note="Denied by an RSF commander."),
    U("territory", None, OBE, ["An RSF commander", "RSF commander"],
      ["warned that El Obeid, the capital of North Kordofan, 60 kilometres to the south, would be \"next\"",
       "\"We are coming to El Obeid.\""],
      P, ("rsf", "saf", "rsf"), mod="warned"),
    U("attack", None, OBE, None,
      ["Overnight, RSF drones targeted El Obeid for the third time this month"],
      D19, (None, "saf", "rsf"), note="In the outlet's voice; the army adds the interceptions."),
    U("materiel_lost", 9, OBE, ["The army", "army"],
      ["its air defences intercepted nine drones over the city"],
      D19, ("saf", "rsf", "saf"), mod="claimed", note="Interceptions; item drone."),
    U("displaced", 17500, BARA, ["International Organization for Migration", "IOM"],
      ["about 17,500 people had fled Bara and nearby villages since Saturday"],
      P, ("other", "civilian", None), scope="cumulative", mod="claimed"),
]
