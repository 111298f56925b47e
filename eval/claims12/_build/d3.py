from common import doc, U
doc("ev12-09", "https://www.example-wire.com/world/middle-east/red-sea-ship-attack-2025-07-09", "Houthis sink second ship in a week; crew members missing in Red Sea", "2025-07-09",
"Yemen/Red Sea", "wire copy with dateline",
"Houthi attack on bulk carrier in the Red Sea; crew killed/missing/rescued; US/Israeli strikes on Hodeidah and Ras Isa; background 2023-24 campaign",
"""
DUBAI, July 9 (Wire) - Yemen's Houthis said on Wednesday they had sunk the Liberian-flagged bulk carrier Eternity C in the Red Sea, the second merchant ship lost to the group's attacks in a week, and the European Union's naval mission said at least four crew members had been killed.

The ship was attacked with sea drones, rocket-propelled grenades and missiles over two days about 50 nautical miles south-west of Hodeidah. Six of the 25 people on board were rescued from the water on Tuesday, a private security firm said, while 15 remain unaccounted for. The EU mission Aspides said some crew may have been taken by the Houthis; the group said it had "rescued" several sailors and moved them to a secure location.

Days earlier, the Greek-operated Magic Seas was struck off the Yemeni coast and sank after its 22 crew abandoned ship.

Israel responded on Monday with strikes on the ports of Hodeidah, Ras Isa and Salif and on the Ras Kanatib power station. The Houthi-run health ministry said no casualties had been recorded at the ports.

Between November 2023 and January 2025 the group attacked more than 100 merchant ships, sank two and seized a third, the Galaxy Leader, whose 25 crew were held for 14 months before being released.

Shipping through the Suez Canal remains roughly half its 2023 level, and war-risk insurance premiums have climbed to about 1% of a vessel's value.
""", [
U("materiel_lost",1,"redsea",["Yemen's Houthis","Houthis"],["they had sunk the Liberian-flagged bulk carrier Eternity C in the Red Sea","the Greek-operated Magic Seas was struck off the Yemeni coast and sank"],s=("houthis","other","houthis"),note="merchant ships; both sinkings share (materiel_lost,1)"),
U("attack",None,"redsea",["Yemen's Houthis"],["The ship was attacked with sea drones, rocket-propelled grenades and missiles over two days about 50 nautical miles south-west of Hodeidah","the Greek-operated Magic Seas was struck off the Yemeni coast"],w="2025-07-08",s=("houthis","other","houthis")),
U("killed",4,"redsea",["the European Union's naval mission","EU mission Aspides","Aspides"],"at least four crew members had been killed",s=("other","civilian","houthis")),
U("missing",15,"redsea",["a private security firm"],"15 remain unaccounted for",s=("other","civilian","houthis")),
U("abducted",None,"redsea",["The EU mission Aspides","Aspides"],["some crew may have been taken by the Houthis","it had \"rescued\" several sailors and moved them to a secure location"],opt=True,s=("other","civilian","houthis"),note="possible abduction; hedged"),
U("attack",None,"hodeidah",None,["Israel responded on Monday with strikes on the ports of Hodeidah, Ras Isa and Salif","on the Ras Kanatib power station"],w="2025-07-07",s=(None,"houthis","israel"),note="Ras Kanatib power station, near Hodeidah, in the same unit; Salif (about 60 km north) is inside the Ras Isa radius"),
U("attack",None,"rasisa",None,"strikes on the ports of Hodeidah, Ras Isa and Salif",w="2025-07-07",s=(None,"houthis","israel")),
U("killed",0,"hodeidah",["The Houthi-run health ministry"],"no casualties had been recorded at the ports",opt=True,w="2025-07-07",s=("houthis",None,"israel"),note="zero casualties; optional"),
U("materiel_lost",2,"redsea",None,"sank two and seized a third",opt=True,w="2023-11",prec="month",sc="cumulative",s=(None,"other","houthis"),note="history 2023-25"),
U("captured",25,"redsea",None,"whose 25 crew were held for 14 months before being released",opt=True,w="2023-11",prec="month",s=(None,"civilian","houthis"),note="history; Galaxy Leader crew"),
])

doc("ev12-10", "https://www.example-monitor.net/yemen/houthi-statement-saree-2025-04-20", "Houthi military spokesman: two MQ-9 drones downed; US strikes on Ras Isa kill 74", "2025-04-20",
"Yemen/Red Sea", "translated armed-group statement with US reply",
"Houthi claims: MQ-9 shootdowns, carrier attack, casualties in US strikes on Ras Isa and Sanaa; US CENTCOM reply and denial",
"""
[Translation of a statement read on al-Masirah TV by Houthi military spokesman Yahya Saree, 19 April 2025]

In the name of God. Our air defences, by the grace of God, shot down an American MQ-9 aircraft over the skies of Hajjah governorate while it was carrying out hostile missions, the 19th such aircraft downed since the start of the battle of the promised conquest. Our naval forces targeted the aircraft carrier Harry Truman and its accompanying warships in the northern Red Sea with a number of cruise missiles and drones.

The criminal American aggression on the port of Ras Isa on Thursday night led to the martyrdom of 74 citizens and the injury of 171 others, most of them port workers and paramedics, according to the Ministry of Health. Raids also targeted the Bani al-Harith district of the capital Sanaa, killing 12 people, among them women.

---

Response from US Central Command (CENTCOM), via X, 19 April 2025:
"US forces took action to eliminate this source of fuel for the Iran-backed Houthi terrorists." CENTCOM said the strikes on Ras Isa were not intended to harm the people of Yemen, and a US defence official said there had been "no hits" on the Truman or any ship in its group. The Pentagon has not commented on the loss of any MQ-9.

Since 15 March, US forces have struck more than 800 targets in Yemen, according to CENTCOM.
""", [
U("materiel_lost",1,"redsea",["Yahya Saree","Houthi military spokesman Yahya Saree","Houthis"],"shot down an American MQ-9 aircraft over the skies of Hajjah governorate",w="2025-04-19",s=("houthis","united_states","houthis"),note="Hajjah governorate approximated by the Red Sea region place (radius 500 km)"),
U("materiel_lost",19,"redsea",["Yahya Saree"],"the 19th such aircraft downed since the start",sc="cumulative",s=("houthis","united_states","houthis"),note="running total of MQ-9s"),
U("attack",None,"redsea",["Yahya Saree"],["targeted the aircraft carrier Harry Truman and its accompanying warships in the northern Red Sea","there had been \"no hits\" on the Truman or any ship in its group"],s=("houthis","united_states","houthis"),note="US official denies hits; one unit"),
U("attack",None,"rasisa",["Yahya Saree","Ministry of Health","CENTCOM"],["The criminal American aggression on the port of Ras Isa on Thursday night","the strikes on Ras Isa were not intended to harm the people of Yemen"],w="2025-04-17",s=("houthis","civilian","united_states")),
U("killed",74,"rasisa",["Yahya Saree","Ministry of Health"],"led to the martyrdom of 74 citizens",w="2025-04-17",s=("houthis","civilian","united_states")),
U("wounded",171,"rasisa",["Yahya Saree","Ministry of Health"],"the injury of 171 others",w="2025-04-17",s=("houthis","civilian","united_states")),
U("attack",None,"sanaa",["Yahya Saree"],"Raids also targeted the Bani al-Harith district of the capital Sanaa",w="2025-04-17",s=("houthis","civilian","united_states")),
U("killed",12,"sanaa",["Yahya Saree"],"killing 12 people, among them women",w="2025-04-17",s=("houthis","civilian","united_states")),
])
