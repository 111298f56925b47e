from common import doc, U
doc("ev12-20", "https://www.example-wire.com/world/europe/ukraine-ternopil-strike-2025-11-19", "Russian missiles hit Ternopil apartment blocks, killing 25", "2025-11-19",
"Russia-Ukraine", "wire copy with dateline",
"massive overnight strike; Ternopil toll; interceptions; Kharkiv and Lviv region hits; launch counts",
"""
KYIV, Nov 19 (Wire) - Russian missiles slammed into two apartment blocks in the western city of Ternopil early on Wednesday, killing at least 25 people, including three children, and wounding 73, Ukrainian officials said, in one of the deadliest attacks on western Ukraine since the full-scale invasion.

Rescuers were still searching the rubble for 22 people reported missing, Interior Minister Ihor Klymenko said.

Ukraine's air force said Russia had launched 476 drones and 48 missiles of various types overnight, of which 442 drones and 41 missiles were shot down or suppressed by electronic warfare. Strikes were also recorded in the Lviv, Ivano-Frankivsk and Kharkiv regions; in Kharkiv, 46 people were wounded, including two children, regional governor Oleh Syniehubov said.

Russia's defence ministry said it had carried out a "massive strike" on energy and military-industrial facilities and that all designated targets had been hit. It says it does not target civilians.

Energy company DTEK said emergency power cuts would last up to 16 hours a day in some regions.

President Volodymyr Zelensky, speaking in Turkey, said the attack showed that pressure on Moscow was "insufficient".
""", [
U("attack",None,"ternopil",["Ukrainian officials"],["Russian missiles slammed into two apartment blocks in the western city of Ternopil"],s=("ukraine","civilian","russia")),
U("killed",25,"ternopil",["Ukrainian officials"],"killing at least 25 people, including three children",s=("ukraine","civilian","russia")),
U("killed",3,"ternopil",["Ukrainian officials"],"including three children",s=("ukraine","civilian","russia")),
U("wounded",73,"ternopil",["Ukrainian officials"],"and wounding 73",s=("ukraine","civilian","russia")),
U("missing",22,"ternopil",["Ihor Klymenko","Interior Minister Ihor Klymenko"],"searching the rubble for 22 people reported missing",s=("ukraine","civilian","russia")),
U("materiel_lost",442,"ukraine",["Ukraine's air force"],"of which 442 drones and 41 missiles were shot down",s=("ukraine","russia","ukraine"),note="launch counts 476/48 are not units"),
U("materiel_lost",41,"ukraine",["Ukraine's air force"],"442 drones and 41 missiles were shot down or suppressed",s=("ukraine","russia","ukraine")),
U("attack",None,"lvivobl",["Ukraine's air force"],"Strikes were also recorded in the Lviv, Ivano-Frankivsk and Kharkiv regions",s=("ukraine",None,"russia")),
U("attack",None,"ifobl",["Ukraine's air force"],"Strikes were also recorded in the Lviv, Ivano-Frankivsk and Kharkiv regions",s=("ukraine",None,"russia")),
U("attack",None,"kharkiv",["Ukraine's air force","Oleh Syniehubov"],["Strikes were also recorded in the Lviv, Ivano-Frankivsk and Kharkiv regions","in Kharkiv, 46 people were wounded"],s=("ukraine",None,"russia"),note="Kharkiv region and city: one unit (place Kharkiv; the region name core matches)"),
U("wounded",46,"kharkiv",["Oleh Syniehubov","regional governor Oleh Syniehubov"],"46 people were wounded, including two children",s=("ukraine","civilian","russia")),
U("wounded",2,"kharkiv",["Oleh Syniehubov"],"including two children",s=("ukraine","civilian","russia")),
U("attack",None,"ukraine",["Russia's defence ministry"],"it had carried out a \"massive strike\" on energy and military-industrial facilities",opt=True,s=("russia",None,"russia"),note="unnamed targets"),
])

doc("ev12-21", "https://www.example-news.com/live/2025/nov/29/russia-ukraine-war-live", "Russia-Ukraine war live: Moscow claims Pokrovsk and Vovchansk; Kyiv says fighting continues", "2025-11-30",
"Russia-Ukraine", "live blog, newest first",
"Russian MoD capture claims (Pokrovsk, Vovchansk), Ukrainian denial; Myrnohrad encirclement; strikes on Kyiv, Novorossiysk; interception counts",
"""
Russia-Ukraine war live

Key events
· Russia claims capture of Pokrovsk and Vovchansk
· Ukraine's military says its troops still hold positions in both
· Two killed in overnight attack on Kyiv

23:58
Ukraine's General Staff has rejected the Russian claims. "The Pokrovsk operation is ongoing; the Defence Forces continue to hold positions in the northern part of the city," it said, adding that attempts to encircle Myrnohrad had been repelled. It called Moscow's statement on Vovchansk "another piece of disinformation".

22:40
Valery Gerasimov, the chief of Russia's general staff, told Vladimir Putin at a command post meeting that Russian troops had "liberated" Pokrovsk and Vovchansk, according to the Kremlin. Gerasimov said Ukrainian units in neighbouring Myrnohrad remained surrounded. The regional governor says around 1,200 civilians are still living in Pokrovsk, mostly elderly people who refused to leave.

18:15
A tanker was struck by a naval drone in the Black Sea near Novorossiysk, the Caspian Pipeline Consortium said. No one was hurt, it said, but mooring operations at its terminal were halted.

12:30
Russia's defence ministry says air defence units destroyed 33 Ukrainian drones overnight over the Bryansk, Belgorod and Kursk regions and over the Black Sea.

08:05
Kyiv's mayor Vitali Klitschko says two people were killed and 29 injured in a combined drone and missile attack on the capital overnight. Damage was reported in the Dniprovskyi and Desnianskyi districts.

07:00
Good morning and welcome to our coverage. Stay with us.
""", [
U("territory",None,"pokrovsk",["Valery Gerasimov","Russia","Russian defence ministry"],["Russian troops had \"liberated\" Pokrovsk and Vovchansk","Russia claims capture of Pokrovsk and Vovchansk","The Pokrovsk operation is ongoing"],w="2025-11-30",s=("russia","ukraine","russia"),note="Ukraine rejects; one unit with the asserting side as claimant"),
U("territory",None,"vovchansk",["Valery Gerasimov","Russia"],["Russian troops had \"liberated\" Pokrovsk and Vovchansk","It called Moscow's statement on Vovchansk \"another piece of disinformation\""],w="2025-11-30",s=("russia","ukraine","russia")),
U("territory",None,"myrnohrad",["Valery Gerasimov"],["Ukrainian units in neighbouring Myrnohrad remained surrounded","attempts to encircle Myrnohrad had been repelled"],w="2025-11-30",s=("russia","ukraine","russia"),note="Ukraine says encirclement attempts repelled"),
U("affected",1200,"pokrovsk",["The regional governor","regional governor"],"around 1,200 civilians are still living in Pokrovsk",opt=True,sc="cumulative",s=("ukraine","civilian",None),note="civilians remaining in a contested town; debatable as affected: optional"),
U("attack",None,"novorossiysk",["the Caspian Pipeline Consortium","Caspian Pipeline Consortium"],"A tanker was struck by a naval drone in the Black Sea near Novorossiysk",s=("other","other","ukraine"),note="actor not named in text; Ukraine inferred"),
U("attack",None,"blacksea",["the Caspian Pipeline Consortium"],"A tanker was struck by a naval drone in the Black Sea",opt=True,s=("other","other","ukraine"),note="sea region alternative to Novorossiysk"),
U("materiel_lost",33,None,["Russia's defence ministry"],"air defence units destroyed 33 Ukrainian drones overnight",s=("russia","ukraine","russia")),
U("attack",None,"bryansk",["Russia's defence ministry"],"over the Bryansk, Belgorod and Kursk regions",opt=True,s=("russia",None,"ukraine"),note="interceptions over regions; attack debatable"),
U("attack",None,"kyiv",["Vitali Klitschko","Kyiv's mayor Vitali Klitschko"],["a combined drone and missile attack on the capital overnight","Two killed in overnight attack on Kyiv"],s=("ukraine","civilian","russia")),
U("killed",2,"kyiv",["Vitali Klitschko"],["two people were killed and 29 injured","Two killed in overnight attack on Kyiv"],s=("ukraine","civilian","russia")),
U("wounded",29,"kyiv",["Vitali Klitschko"],"two people were killed and 29 injured",s=("ukraine","civilian","russia")),
])

doc("ev12-22", "https://www.example-ua.gov/en/news/general-staff-losses-2025-10-01", "Total combat losses of the enemy as of 1 October 2025", "2025-10-01",
"Russia-Ukraine", "ministry loss list (General Staff of the Armed Forces of Ukraine)",
"cumulative Russian losses list; daily increments; off-topic counters",
"""
General Staff of the Armed Forces of Ukraine
The total combat losses of the enemy from 24.02.2022 to 01.10.2025 are approximately:

personnel — about 1,112,560 (+960) persons
tanks — 11,236 (+3)
armoured combat vehicles — 23,306 (+2)
artillery systems — 33,400 (+26)
MLRS — 1,513 (+1)
air defence means — 1,223
aircraft — 427
helicopters — 346
operational-tactical UAVs — 64,010 (+370)
cruise missiles — 3,749
ships / boats — 28
submarines — 1
vehicles and fuel tanks — 62,919 (+61)
special equipment — 3,968

The data are being updated.

Combat clashes over the past day: 167. The most intense fighting was in the Pokrovsk direction, where the enemy attacked 48 times.

Views: 214,807 | Print | Share
""", [
U("killed",1112560,"ukraine",["General Staff of the Armed Forces of Ukraine","General Staff"],"personnel — about 1,112,560 (+960) persons",opt=True,sc="cumulative",s=("ukraine","russia","ukraine"),note="'personnel losses' mix killed and wounded: optional killed"),
U("killed",960,"ukraine",["General Staff"],"(+960) persons",opt=True,s=("ukraine","russia","ukraine"),note="daily increment of personnel losses"),
U("materiel_lost",11236,"ukraine",["General Staff"],"tanks — 11,236 (+3)",sc="cumulative",s=("ukraine","russia","ukraine")),
U("materiel_lost",3,"ukraine",["General Staff"],"tanks — 11,236 (+3)",opt=True,s=("ukraine","russia","ukraine"),note="daily increment"),
U("materiel_lost",23306,"ukraine",["General Staff"],"armoured combat vehicles — 23,306 (+2)",sc="cumulative",s=("ukraine","russia","ukraine")),
U("materiel_lost",2,"ukraine",["General Staff"],"armoured combat vehicles — 23,306 (+2)",opt=True,s=("ukraine","russia","ukraine"),note="daily increment"),
U("materiel_lost",33400,"ukraine",["General Staff"],"artillery systems — 33,400 (+26)",sc="cumulative",s=("ukraine","russia","ukraine")),
U("materiel_lost",26,"ukraine",["General Staff"],"artillery systems — 33,400 (+26)",opt=True,s=("ukraine","russia","ukraine"),note="daily increment"),
U("materiel_lost",1513,"ukraine",["General Staff"],"MLRS — 1,513 (+1)",sc="cumulative",s=("ukraine","russia","ukraine")),
U("materiel_lost",1,"ukraine",["General Staff"],["MLRS — 1,513 (+1)","submarines — 1"],opt=True,s=("ukraine","russia","ukraine"),note="daily MLRS increment and the submarine total share value 1"),
U("materiel_lost",1223,"ukraine",["General Staff"],"air defence means — 1,223",sc="cumulative",s=("ukraine","russia","ukraine")),
U("materiel_lost",427,"ukraine",["General Staff"],"aircraft — 427",sc="cumulative",s=("ukraine","russia","ukraine")),
U("materiel_lost",346,"ukraine",["General Staff"],"helicopters — 346",sc="cumulative",s=("ukraine","russia","ukraine")),
U("materiel_lost",64010,"ukraine",["General Staff"],"operational-tactical UAVs — 64,010 (+370)",sc="cumulative",s=("ukraine","russia","ukraine")),
U("materiel_lost",370,"ukraine",["General Staff"],"operational-tactical UAVs — 64,010 (+370)",opt=True,s=("ukraine","russia","ukraine"),note="daily increment"),
U("materiel_lost",3749,"ukraine",["General Staff"],"cruise missiles — 3,749",sc="cumulative",s=("ukraine","russia","ukraine")),
U("materiel_lost",28,"ukraine",["General Staff"],"ships / boats — 28",sc="cumulative",s=("ukraine","russia","ukraine")),
U("materiel_lost",62919,"ukraine",["General Staff"],"vehicles and fuel tanks — 62,919 (+61)",sc="cumulative",s=("ukraine","russia","ukraine")),
U("materiel_lost",61,"ukraine",["General Staff"],"vehicles and fuel tanks — 62,919 (+61)",opt=True,s=("ukraine","russia","ukraine"),note="daily increment"),
U("materiel_lost",3968,"ukraine",["General Staff"],"special equipment — 3,968",sc="cumulative",s=("ukraine","russia","ukraine")),
U("attack",None,"pokrovsk",["General Staff"],"the Pokrovsk direction, where the enemy attacked 48 times",opt=True,s=("ukraine","ukraine","russia"),note="ground assaults in a direction; 48 is a count of attacks, not a unit"),
])
