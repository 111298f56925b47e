from common import doc, U
doc("ev12-11", "https://www.example-asia.org/analysis/myanmar-junta-counteroffensive-2025-12", "Myanmar's junta claws back the north before its election", "2025-12-14",
"Myanmar", "analysis piece with history paragraphs",
"junta retakes Kyaukme, Hsipaw; TNLA withdrawals; airstrike in Sagaing region; history 2021 coup and 1027 offensive",
"""
Myanmar's junta claws back the north before its election

Nearly five years after the coup, Myanmar's military is winning back ground it had looked certain to lose.

In the past three months the army has retaken Kyaukme and Hsipaw on the road to China, after the Ta'ang National Liberation Army (TNLA) pulled out of both under Chinese pressure. In October the Myanmar National Democratic Alliance Army handed Lashio, the largest town in northern Shan state, back to the junta in a Beijing-brokered deal; it had overrun the city's regional command in August 2024.

Airpower is doing much of the work. On 5 December a junta jet dropped two bombs on a village festival in Sagaing region's Tabayin township, killing at least 24 people, among them 9 children, and injuring around 47, according to a local resistance administrator. The military denied targeting civilians and said the dead were "terrorists" of the People's Defence Force. Two days later a strike hit a monastery in nearby Ye-U where about 150 displaced villagers were sheltering; monks said no one was killed.

Monitors say junta air strikes killed more than 1,700 civilians in 2025 alone. The Assistance Association for Political Prisoners puts the total number of people killed by the security forces since February 2021 at 7,600, and says some 22,000 remain in detention.

Some history: in late 2023, Operation 1027 by an alliance of ethnic armies swept the junta out of more than a dozen towns in northern Shan within weeks, and thousands of soldiers surrendered. Those defeats, more than the sanctions, pushed the generals toward China.

The election begins on 28 December. Opposition groups have called for a boycott and say voting cannot take place in roughly half the country's townships.
""", [
U("territory",None,"kyaukme",None,["the army has retaken Kyaukme and Hsipaw on the road to China","after the Ta'ang National Liberation Army (TNLA) pulled out of both"],w="2025-10",prec="month",s=(None,"resistance","myanmar_junta"),note="'past three months'"),
U("territory",None,"hsipaw",None,"the army has retaken Kyaukme and Hsipaw on the road to China",w="2025-10",prec="month",s=(None,"resistance","myanmar_junta"),note="Hsipaw approximate (not looked up in cities500)"),
U("territory",None,"lashio",None,["handed Lashio, the largest town in northern Shan state, back to the junta","it had overrun the city's regional command in August 2024"],w="2025-10",prec="month",s=(None,"resistance","myanmar_junta"),note="2024 capture is history in the same unit"),
U("attack",None,"sagaingreg",["a local resistance administrator"],"a junta jet dropped two bombs on a village festival in Sagaing region's Tabayin township",w="2025-12-05",s=("resistance","civilian","myanmar_junta"),note="Tabayin approximate via Sagaing region"),
U("killed",24,"sagaingreg",["a local resistance administrator"],"killing at least 24 people, among them 9 children",w="2025-12-05",s=("resistance","civilian","myanmar_junta")),
U("killed",9,"sagaingreg",["a local resistance administrator"],"among them 9 children",w="2025-12-05",s=("resistance","civilian","myanmar_junta")),
U("wounded",47,"sagaingreg",["a local resistance administrator"],"injuring around 47",w="2025-12-05",s=("resistance","civilian","myanmar_junta")),
U("attack",None,"yeu",["monks"],"a strike hit a monastery in nearby Ye-U",w="2025-12-07",s=("other","civilian","myanmar_junta"),note="Ye-U approximate coordinates"),
U("affected",150,"yeu",["monks"],"about 150 displaced villagers were sheltering",w="2025-12-07",s=("other","civilian","myanmar_junta")),
U("killed",1700,None,["Monitors"],"junta air strikes killed more than 1,700 civilians in 2025 alone",w="2025",prec="year",sc="cumulative",s=("other","civilian","myanmar_junta")),
U("killed",7600,None,["The Assistance Association for Political Prisoners","Assistance Association for Political Prisoners","AAPP"],"puts the total number of people killed by the security forces since February 2021 at 7,600",sc="cumulative",s=("other",None,"myanmar_junta")),
U("captured",22000,None,["The Assistance Association for Political Prisoners","Assistance Association for Political Prisoners"],"some 22,000 remain in detention",sc="cumulative",s=("other",None,"myanmar_junta")),
U("captured",1000,None,None,"thousands of soldiers surrendered",opt=True,w="2023",prec="year",s=(None,"myanmar_junta","resistance"),note="history; thousands -> optional 1000"),
U("territory",None,"northshan",None,"swept the junta out of more than a dozen towns in northern Shan",opt=True,w="2023",prec="year",s=(None,"myanmar_junta","resistance"),note="unnamed towns; history"),
])

doc("ev12-12", "https://t.me/s/example_arakan_news/20931", "Arakan Army news channel: Kyaukphyu offensive update", "2025-11-02",
"Myanmar", "Telegram-style channel posts, newest first",
"Arakan Army claims on Kyaukphyu; junta airstrike on Sittwe-area hospital; captured soldiers; displaced; denial",
"""
📌 Arakan News Agency — channel

[02.11.2025 18:05]
BREAKING: AA troops stormed the Danyawaddy naval base perimeter near Kyaukphyu this afternoon. Fighting ongoing. More later.

[02.11.2025 11:40]
Junta navy ships shelled Kyauk Ta Lone, Ohn Chaw and Yan Baing villages of Kyaukphyu township overnight. 3 villagers dead, 8 hurt. About 6,000 residents have fled toward Ramree since Friday.

[01.11.2025 21:15]
The military council's airstrike hit the township hospital in Mrauk-U at 4pm. Hospital staff: 2 patients killed. Council spokesperson Zaw Min Tun said reports of a strike on a hospital were "fabricated by terrorist media".

[01.11.2025 09:02]
Arakan Army statement: since the start of the offensive on Kyaukphyu, our forces have captured 173 junta soldiers and seized 2 naval vessels. Total junta personnel killed: "more than 400".

[31.10.2025 19:30]
Reminder: AA now controls 14 of Rakhine's 17 townships. Sittwe, Kyaukphyu and Manaung remain in junta hands.

❤️ 2.1K  🔁 388  💬 96
""", [
U("attack",None,"kyaukphyu",["AA troops","Arakan News Agency","Arakan Army"],["AA troops stormed the Danyawaddy naval base perimeter near Kyaukphyu this afternoon","since the start of the offensive on Kyaukphyu","Junta navy ships shelled Kyauk Ta Lone, Ohn Chaw and Yan Baing villages of Kyaukphyu township overnight"],s=("resistance","myanmar_junta","resistance"),note="Arakan Army mapped to resistance (ethnic armed organisation); the navy shelling of three villages of Kyaukphyu township (junta actor) falls in the same (attack, Kyaukphyu) unit"),
U("territory",None,"kyaukphyu",["Arakan News Agency","Arakan Army"],["Sittwe, Kyaukphyu and Manaung remain in junta hands"],opt=True,w="2025-10-31",sc="cumulative",s=("resistance","myanmar_junta","myanmar_junta"),note="control statement; optional"),
U("killed",3,"kyaukphyu",["Arakan News Agency"],"3 villagers dead",s=("resistance","civilian","myanmar_junta")),
U("wounded",8,"kyaukphyu",["Arakan News Agency"],"8 hurt",s=("resistance","civilian","myanmar_junta")),
U("displaced",6000,"kyaukphyu",["Arakan News Agency"],"About 6,000 residents have fled toward Ramree since Friday",w="2025-10-31",sc="cumulative",s=("resistance","civilian","myanmar_junta")),
U("attack",None,"mrauku",["Arakan News Agency","Hospital staff"],["The military council's airstrike hit the township hospital in Mrauk-U at 4pm","reports of a strike on a hospital were \"fabricated by terrorist media\""],w="2025-11-01",s=("resistance","civilian","myanmar_junta"),note="junta spokesman denies; one unit"),
U("killed",2,"mrauku",["Hospital staff"],"2 patients killed",w="2025-11-01",s=("resistance","civilian","myanmar_junta"),note="hospital staff claimant side: coded resistance as relayed by the AA channel; other is defensible"),
U("captured",173,"kyaukphyu",["Arakan Army"],"our forces have captured 173 junta soldiers",w="2025-11-01",sc="cumulative",s=("resistance","myanmar_junta","resistance")),
U("materiel_lost",2,"kyaukphyu",["Arakan Army"],"seized 2 naval vessels",w="2025-11-01",sc="cumulative",s=("resistance","myanmar_junta","resistance")),
U("killed",400,"kyaukphyu",["Arakan Army"],"Total junta personnel killed: \"more than 400\"",w="2025-11-01",sc="cumulative",s=("resistance","myanmar_junta","resistance")),
U("territory",None,"rakhine",["Arakan News Agency","Arakan Army"],"AA now controls 14 of Rakhine's 17 townships",opt=True,w="2025-10-31",sc="cumulative",s=("resistance","myanmar_junta","resistance"),note="regional control share"),
])
