from common import doc, U
doc("ev12-23", "https://www.example-ru-monitor.org/mod-briefing-2025-12-21", "Russian Defence Ministry daily briefing, 21 December 2025 (translated)", "2025-12-21",
"Russia-Ukraine", "translated ministry statement",
"Russian MoD claims: villages captured, Ukrainian losses, equipment destroyed, drones downed over Russian regions; Ukrainian rebuttal",
"""
[Unofficial translation of the briefing of the Ministry of Defence of the Russian Federation, 21 December 2025]

Units of the Vostok group of forces, as a result of decisive actions, liberated the settlement of Huliaipole in Zaporizhzhia region. Units of the Tsentr group of forces completed the destruction of the encircled enemy formations in Rodynske and took full control of it.

Over the past 24 hours the Armed Forces of Ukraine lost up to 1,315 servicemen in all directions. Destroyed were: a Leopard tank made in Germany, nine armoured fighting vehicles, 18 field artillery pieces and 13 vehicles. In the area of Kupiansk, 14 Ukrainian servicemen surrendered.

Operational-tactical aviation, attack drones, missile troops and artillery struck energy infrastructure facilities used in the interests of the AFU, as well as temporary deployment points in 148 areas.

Air defence means shot down three guided aerial bombs, two HIMARS rockets and 211 fixed-wing drones over the Belgorod, Bryansk, Kursk and Rostov regions, the Krasnodar territory and the Sea of Azov.

---

Ukraine's Southern Defence Forces spokesman Vladyslav Voloshyn said on national television that the Russian claim about Huliaipole was "false", that the town remained contested and that "our units are holding the line in the northern districts". The 1,315 figure could not be independently verified.
""", [
U("territory",None,"huliaipole",["Ministry of Defence of the Russian Federation","Russian Defence Ministry"],["liberated the settlement of Huliaipole in Zaporizhzhia region","the Russian claim about Huliaipole was \"false\""],w="2025-12-21",s=("russia","ukraine","russia"),note="Ukraine rejects; one unit"),
U("territory",None,"rodynske",["Ministry of Defence of the Russian Federation"],["completed the destruction of the encircled enemy formations in Rodynske and took full control of it"],w="2025-12-21",s=("russia","ukraine","russia")),
U("killed",1315,None,["Ministry of Defence of the Russian Federation"],["lost up to 1,315 servicemen in all directions","The 1,315 figure could not be independently verified"],w="2025-12-21",s=("russia","ukraine","russia"),note="'lost' servicemen coded killed, as the dev conventions do for losses"),
U("materiel_lost",1,None,["Ministry of Defence of the Russian Federation"],"a Leopard tank made in Germany",s=("russia","ukraine","russia")),
U("materiel_lost",9,None,["Ministry of Defence of the Russian Federation"],"nine armoured fighting vehicles",s=("russia","ukraine","russia")),
U("materiel_lost",18,None,["Ministry of Defence of the Russian Federation"],"18 field artillery pieces",s=("russia","ukraine","russia")),
U("materiel_lost",13,None,["Ministry of Defence of the Russian Federation"],"and 13 vehicles",s=("russia","ukraine","russia")),
U("captured",14,"kupiansk",["Ministry of Defence of the Russian Federation"],"In the area of Kupiansk, 14 Ukrainian servicemen surrendered",w="2025-12-21",s=("russia","ukraine","russia")),
U("materiel_lost",3,None,["Ministry of Defence of the Russian Federation"],"shot down three guided aerial bombs",s=("russia","ukraine","russia")),
U("materiel_lost",2,None,["Ministry of Defence of the Russian Federation"],"two HIMARS rockets",s=("russia","ukraine","russia")),
U("materiel_lost",211,None,["Ministry of Defence of the Russian Federation"],"211 fixed-wing drones over the Belgorod, Bryansk, Kursk and Rostov regions",s=("russia","ukraine","russia")),
U("attack",None,"ukraine",["Ministry of Defence of the Russian Federation"],"struck energy infrastructure facilities used in the interests of the AFU",opt=True,s=("russia","ukraine","russia"),note="unnamed; 148 areas is a count of targets, not a unit"),
])

doc("ev12-24", "https://www.example-review.org/analysis/2025/08/zaporizhzhia-front-three-years", "Analysis: On the Zaporizhzhia front, a war of drones and attrition", "2025-08-18",
"Russia-Ukraine", "analysis piece with history paragraphs",
"Zaporizhzhia city strike; Orikhiv; prisoner exchange; history 2022 occupation and 2023 counteroffensive; prediction",
"""
Analysis: On the Zaporizhzhia front, a war of drones and attrition

ZAPORIZHZHIA — The guided bombs came just after midday on Sunday. Two of them hit a car-repair shop and a residential street in the city's Komunarskyi district, killing five people and injuring more than 20, according to the regional military administration head, Ivan Fedorov. Zaporizhzhia, 35 km from the front, is now struck almost daily.

Further south-east, Orikhiv has been shelled to ruins. Of its pre-war population of 14,000, fewer than 1,000 remain, local officials say, and the town hall was destroyed in June.

Military analysts expect Russia to try to push towards the city from the south this autumn; if Orikhiv falls, one Ukrainian officer said, "Zaporizhzhia will be in artillery range for the first time".

History matters here. In the first days of the full-scale invasion in 2022, Russian forces seized Enerhodar and Europe's largest nuclear power station, as well as Melitopol and Berdiansk. The summer 2023 Ukrainian counteroffensive retook the village of Robotyne but failed to break through to the coast; Kyiv lost dozens of Western-supplied vehicles in the first week alone.

On Thursday, both sides exchanged 84 prisoners each in a deal mediated by the United Arab Emirates. Ukraine's coordination headquarters says more than 5,800 Ukrainians have been returned from captivity since 2022.

The Ukrainian government's Recovery Fund has pledged 2.3 billion hryvnias to rebuild damaged schools in the region.
""", [
U("attack",None,"zaporizhzhia",["Ivan Fedorov","the regional military administration head"],["The guided bombs came just after midday on Sunday","hit a car-repair shop and a residential street in the city's Komunarskyi district","is now struck almost daily"],w="2025-08-17",s=("ukraine","civilian","russia")),
U("killed",5,"zaporizhzhia",["Ivan Fedorov"],"killing five people and injuring more than 20",w="2025-08-17",s=("ukraine","civilian","russia")),
U("wounded",20,"zaporizhzhia",["Ivan Fedorov"],"injuring more than 20",w="2025-08-17",s=("ukraine","civilian","russia")),
U("attack",None,"orikhiv",None,["Orikhiv has been shelled to ruins","the town hall was destroyed in June"],sc="cumulative",s=(None,"civilian","russia")),
U("affected",1000,"orikhiv",["local officials"],"fewer than 1,000 remain",opt=True,sc="cumulative",s=("ukraine","civilian","russia"),note="civilians remaining in a shelled town; debatable as affected: optional"),
U("territory",None,"orikhiv",["one Ukrainian officer","Military analysts"],"if Orikhiv falls",opt=True,mod="warned",s=("ukraine","ukraine","russia"),note="conditional"),
U("territory",None,"enerhodar",None,"Russian forces seized Enerhodar and Europe's largest nuclear power station",opt=True,w="2022-03",prec="month",s=(None,"ukraine","russia"),note="history 2022"),
U("territory",None,"melitopol",None,"as well as Melitopol and Berdiansk",opt=True,w="2022-02",prec="month",s=(None,"ukraine","russia"),note="history 2022"),
U("territory",None,"berdiansk",None,"as well as Melitopol and Berdiansk",opt=True,w="2022-02",prec="month",s=(None,"ukraine","russia"),note="history 2022"),
U("territory",None,"robotyne",None,"retook the village of Robotyne",opt=True,w="2023-08",prec="month",s=(None,"russia","ukraine"),note="history 2023; approximate coordinates"),
U("materiel_lost",12,None,None,"Kyiv lost dozens of Western-supplied vehicles in the first week alone",opt=True,w="2023-06",prec="month",s=(None,"ukraine","russia"),note="history; dozens -> 12"),
U("captured",84,None,None,"both sides exchanged 84 prisoners each",w="2025-08-14",s=(None,None,None),note="prisoner exchange"),
U("captured",5800,None,["Ukraine's coordination headquarters","coordination headquarters"],"more than 5,800 Ukrainians have been returned from captivity since 2022",sc="cumulative",s=("ukraine","ukraine","russia")),
U("displaced",13000,"orikhiv",None,"fewer than 1,000 remain",opt=True,s=(None,"civilian","russia"),note="implicit: not a stated figure; optional") if False else None,
])

doc("ev12-25", "https://t.me/s/example_sumy_ova/8820", "Sumy and Kherson regional administration posts (translated)", "2025-06-09",
"Russia-Ukraine", "Telegram-style official posts, newest first, plus a Russian reply",
"Sumy strikes; Kherson drone attacks on civilians; evacuation numbers; Russian claim on Yunakivka and denial",
"""
Sumy Regional Military Administration | Kherson Regional Military Administration — channel digest (translated)

🔴 09.06, 21:40 — Kherson RMA
Over the past day, Russian troops attacked Kherson and 26 settlements of the region with drones, artillery and guided bombs. 2 people were killed and 14 wounded. A drone dropped explosives on a minibus in the Korabelnyi district; the driver was hurt.

🔴 09.06, 14:12 — Sumy RMA
Guided aerial bombs hit the village of Yunakivka and the outskirts of Sumy. In Sumy a 55-year-old man died of his wounds in hospital.

🔴 09.06, 10:03 — Sumy RMA
Mandatory evacuation has been extended to 11 more villages. In total, 56,000 people have been evacuated from the border areas since the start of the year, including 9,000 children.

🔴 08.06, 19:30 — Sumy RMA
The enemy does not control Yunakivka. Statements by Russian propagandists are a lie. Our soldiers hold their positions.

↪ Forwarded from a Russian war correspondent channel, 08.06:
"Our guys have taken Yunakivka and are pressing on towards Sumy. The enemy lost a battalion."

👍 1.4K | 💬 comments closed
""", [
U("attack",None,"kherson",["Kherson RMA","Kherson Regional Military Administration"],["Russian troops attacked Kherson and 26 settlements of the region","A drone dropped explosives on a minibus in the Korabelnyi district"],s=("ukraine","civilian","russia"),note="26 settlements is a count of targets"),
U("killed",2,"kherson",["Kherson RMA"],"2 people were killed and 14 wounded",s=("ukraine","civilian","russia")),
U("wounded",14,"kherson",["Kherson RMA"],"2 people were killed and 14 wounded",s=("ukraine","civilian","russia")),
U("wounded",1,"kherson",["Kherson RMA"],"the driver was hurt",opt=True,s=("ukraine","civilian","russia"),note="subset of the 14"),
U("attack",None,"yunakivka",["Sumy RMA","Sumy Regional Military Administration"],"Guided aerial bombs hit the village of Yunakivka and the outskirts of Sumy",s=("ukraine",None,"russia"),note="Yunakivka approximate; ~25 km from Sumy"),
U("attack",None,"sumy",["Sumy RMA"],"Guided aerial bombs hit the village of Yunakivka and the outskirts of Sumy",s=("ukraine","civilian","russia")),
U("killed",1,"sumy",["Sumy RMA"],"a 55-year-old man died of his wounds in hospital",s=("ukraine","civilian","russia")),
U("displaced",56000,"sumyobl",["Sumy RMA"],"In total, 56,000 people have been evacuated from the border areas since the start of the year",sc="cumulative",s=("ukraine","civilian","russia")),
U("displaced",9000,"sumyobl",["Sumy RMA"],"including 9,000 children",sc="cumulative",s=("ukraine","civilian","russia")),
U("displaced",11,"sumyobl",["Sumy RMA"],"Mandatory evacuation has been extended to 11 more villages",opt=True,s=("ukraine","civilian","russia"),note="count of villages, not people; optional to tolerate"),
U("territory",None,"yunakivka",["a Russian war correspondent channel","Russian war correspondent"],["Our guys have taken Yunakivka and are pressing on towards Sumy","The enemy does not control Yunakivka"],w="2025-06-08",s=("russia","ukraine","russia"),note="Sumy RMA denies; one unit"),
U("territory",None,"sumy",["a Russian war correspondent channel"],"are pressing on towards Sumy",opt=True,mod="warned",w="2025-06-08",s=("russia","ukraine","russia")),
U("materiel_lost",1,"yunakivka",["a Russian war correspondent channel"],"The enemy lost a battalion",opt=True,w="2025-06-08",s=("russia","ukraine","russia"),note="unit lost; vague"),
])
