"""ev14-21 .. ev14-25: Russia-Ukraine."""
from lib import P, U
from docs_a import doc

# ---------------------------------------------------------------- places
Sumy = P("Sumy", 50.91741, 34.79906, geoname="Sumy", aliases=["Kovpakivskyi district"])
SumyReg = P("Sumy region", 51.0, 34.6, aliases=["Sumy oblast"], region=True, radius=100)
Bilopillia = P("Bilopillia", 51.14747, 34.31079, geoname="Bilopillia", aliases=["Bilopillya"])
Krasnopillia = P("Krasnopillia", 50.77389, 35.25633, geoname="Krasnopillya", aliases=["Krasnopillya"])
VPysarivka = P("Velyka Pysarivka", 50.42335, 35.48299, geoname="Velyka Pysarivka")
SumyBorder = P("Sumy border zone", 51.1, 34.8, aliases=["Sumy region", "Sumy oblast"], region=True, radius=100)

Pokrovsk = P("Pokrovsk", 48.28014, 37.17706, geoname="Pokrovsk", aliases=["Krasnoarmeysk", "Krasnoarmiisk"])
Vovchansk = P("Vovchansk", 50.29078, 36.94108, geoname="Vovchansk", aliases=["Volchansk"])
Uspenivka = P("Uspenivka", 47.77803, 36.40512, geoname="Uspenivka", aliases=["Uspenovka"])
Rodynske = P("Rodynske", 48.35415, 37.20641, geoname="Rodynske", aliases=["Rodinskoye", "Belitskoye", "Bilytske"])

Myrnohrad = P("Myrnohrad", 48.3099, 37.26513, geoname="Myrnohrad", aliases=["Dimitrov"])
Huliaipole = P("Huliaipole", 47.66685, 36.25576, geoname="Hulyaypole", aliases=["Hulyaypole", "Gulyaipole"])
Siversk = P("Siversk", 48.86476, 38.09683, geoname="Siversk")
Kostiantynivka = P("Kostiantynivka", 48.52728, 37.70594, geoname="Kostyantynivka", aliases=["Kostyantynivka"])
Novoshakhtinsk = P("Novoshakhtinsk", 47.76037, 39.93335, geoname="Novoshakhtinsk", aliases=["Rostov region"])
Ukraine = P("Ukraine", 49.0, 32.0, aliases=["Ukraine"], region=True, radius=700)
Avdiivka = P("Avdiivka", 48.14019, 37.75008, geoname="Avdiyivka", aliases=["Avdiyivka"])
Bakhmut = P("Bakhmut", 48.59419, 37.99886, geoname="Bakhmut")

Ternopil = P("Ternopil", 49.55404, 25.59067, geoname="Ternopil")
LvivReg = P("Lviv region", 49.83826, 24.02324, geoname="Lviv", aliases=["Lviv"], region=True, radius=100)
IFReg = P("Ivano-Frankivsk region", 48.92312, 24.71248, geoname="Ivano-Frankivsk", aliases=["Ivano-Frankivsk"], region=True, radius=100)
Kyiv = P("Kyiv", 50.45466, 30.5238, geoname="Kyiv", aliases=["Maidan Nezalezhnosti"])
RussiaW = P("western Russia", 53.0, 36.0, aliases=["Russia"], region=True, radius=500)
BryanskReg = P("Bryansk region", 53.27096, 34.32143, geoname="Bryansk", aliases=["Bryansk"], region=True, radius=120)
Novorossiysk = P("Novorossiysk", 44.73188, 37.76176, geoname="Novorossiysk", aliases=["port of Novorossiysk", "Krasnodar region"])

Kherson = P("Kherson", 46.63695, 32.61458, geoname="Kherson", aliases=["Dniprovskyi district", "Antonivka", "Bilozerka"])
Beryslav = P("Beryslav", 46.83851, 33.42664, geoname="Beryslav")
KhersonReg = P("Kherson region", 46.75, 33.0, aliases=["Kherson region", "Kherson"], region=True, radius=100)
Oleshky = P("Oleshky", 46.62553, 32.72426, geoname="Oleshky", aliases=["Aleshki"])
Mykolaiv = P("Mykolaiv", 46.97625, 31.99296, geoname="Mykolayiv", aliases=["Mykolayiv"])

# ---------------------------------------------------------------- ev14-21 Sumy RMA, translated Telegram posts (own voice)
doc(21, "https://frontline-digest.example.org/telegram/sumy-rma/2025-10-21",
    "Sumy Regional Military Administration: Telegram posts of 21 October 2025 (translated)", "2025-10-21T19:50:00+03:00", """
Sumy Regional Military Administration - Telegram channel (translated from Ukrainian)

[21.10.2025 19:42]
Update on the consequences of the enemy strike on Sumy.
As of now, 2 people have been killed and 14 injured, including 3 children. One of the dead is a 71-year-old woman who was in her flat at the time of the attack. Rescuers are still clearing the rubble of the five-storey building in the Kovpakivskyi district; according to preliminary information, one more person may be under the debris.
Eternal memory to the dead. Our condolences to their families.

[21.10.2025 13:15]
⚠️ The enemy attacked Sumy with guided aerial bombs. A five-storey residential building, a school and a petrol station were damaged. Information about casualties is being clarified.

[21.10.2025 08:30]
Over the past day, the Russians carried out 97 attacks on 38 settlements of Sumy region.
Shelling and drone attacks were recorded in the Bilopillia, Krasnopillia and Velyka Pysarivka communities.
In Bilopillia, an FPV drone hit a private car; the driver, a 44-year-old man, was wounded.
In Velyka Pysarivka community, a 62-year-old man was killed by an artillery strike.

[20.10.2025 18:05]
Evacuation continues. Since the beginning of the year, 13,480 people have been evacuated from the 20-kilometre border zone of Sumy region.
If you live in the border zone and need help to leave, call the hotline 0 800 330 150.

Subscribe to the channel so you don't miss important information.
[Translation: Frontline Digest. Original posts in Ukrainian.]
""", [
    U("killed", 2, Sumy, None, "As of now, 2 people have been killed and 14 injured, including 3 children",
      "2025-10-21", "-/civilian/russia", note="Own-voice posts of the regional administration."),
    U("wounded", 14, Sumy, None, "2 people have been killed and 14 injured, including 3 children", "2025-10-21",
      "-/civilian/russia"),
    U("wounded", 3, Sumy, None, "14 injured, including 3 children", "2025-10-21", "-/civilian/russia"),
    U("missing", 1, Sumy, None, "one more person may be under the debris", "2025-10-21", "-/civilian/russia",
      opt=True, note="Possible, not confirmed."),
    U("attack", None, Sumy, None,
      ["The enemy attacked Sumy with guided aerial bombs", "Update on the consequences of the enemy strike on Sumy"],
      "2025-10-21", "-/civilian/russia"),
    U("attack", None, SumyReg, None, "the Russians carried out 97 attacks on 38 settlements of Sumy region",
      "2025-10-21", "-/-/russia", opt=True, scope="cumulative", note="Count of attacks over a region in a day."),
    U("attack", None, Bilopillia, None,
      ["Shelling and drone attacks were recorded in the Bilopillia, Krasnopillia and Velyka Pysarivka communities",
       "In Bilopillia, an FPV drone hit a private car"],
      "2025-10-21", "-/civilian/russia", basis="published"),
    U("attack", None, Krasnopillia, None,
      "Shelling and drone attacks were recorded in the Bilopillia, Krasnopillia and Velyka Pysarivka communities",
      "2025-10-21", "-/-/russia", basis="published"),
    U("attack", None, VPysarivka, None,
      ["Shelling and drone attacks were recorded in the Bilopillia, Krasnopillia and Velyka Pysarivka communities",
       "a 62-year-old man was killed by an artillery strike"],
      "2025-10-21", "-/civilian/russia", basis="published"),
    U("wounded", 1, Bilopillia, None, "the driver, a 44-year-old man, was wounded", "2025-10-21", "-/civilian/russia",
      basis="published", note="One definite person."),
    U("killed", 1, VPysarivka, None,
      ["a 62-year-old man was killed by an artillery strike", "One of the dead is a 71-year-old woman"],
      "2025-10-21", "-/civilian/russia", basis="published",
      note="The woman in Sumy is one of the two dead there; her mention joins the single-death unit."),
    U("displaced", 13480, SumyBorder, None,
      "Since the beginning of the year, 13,480 people have been evacuated from the 20-kilometre border zone of Sumy region",
      "2025-10-20", "-/civilian/russia", scope="cumulative"),
])

# ---------------------------------------------------------------- ev14-22 Russian MoD summary (own voice)
doc(22, "https://mil.example.ru/en/news/2025-12-01-summary",
    "Summary of the Ministry of Defence of the Russian Federation (1 December 2025)", "2025-12-01T12:05:00+03:00", """
Ministry of Defence of the Russian Federation
Press release | 1 December 2025, 12:05

Summary of the Ministry of Defence of the Russian Federation on the progress of the special military operation (as of 1 December 2025)

As a result of offensive operations, units of the Tsentr group of forces have completed the liberation of the city of Krasnoarmeysk, an important transport hub of the Donetsk People's Republic.

Units of the Sever group of forces have fully liberated the town of Volchansk in the Kharkov region.

Units of the Vostok group of forces, continuing their advance deep into the enemy's defences, liberated the settlement of Uspenovka in the Zaporozhye region.

Over the past day, units of the Tsentr group of forces inflicted fire damage on formations of three mechanised brigades of the Armed Forces of Ukraine near the settlements of Rodinskoye and Belitskoye of the Donetsk People's Republic. The enemy lost up to 455 servicemen, two tanks and three armoured combat vehicles.

Air defence means shot down 168 fixed-wing unmanned aerial vehicles over the past day.

In total, since the beginning of the special military operation, the following have been destroyed: 670 aircraft, 104,520 unmanned aerial vehicles, 26,251 tanks and other armoured combat vehicles, and 31,530 field artillery guns and mortars.
""", [
    U("territory", None, Pokrovsk, None,
      "units of the Tsentr group of forces have completed the liberation of the city of Krasnoarmeysk",
      "2025-12-01", "-/ukraine/russia", basis="published", note="Own-voice MoD summary; Krasnoarmeysk = Pokrovsk."),
    U("territory", None, Vovchansk, None,
      "Units of the Sever group of forces have fully liberated the town of Volchansk in the Kharkov region",
      "2025-12-01", "-/ukraine/russia", basis="published"),
    U("territory", None, Uspenivka, None, "liberated the settlement of Uspenovka in the Zaporozhye region",
      "2025-12-01", "-/ukraine/russia", basis="published"),
    U("attack", None, Rodynske, None,
      "inflicted fire damage on formations of three mechanised brigades of the Armed Forces of Ukraine near the settlements of Rodinskoye and Belitskoye",
      "2025-12-01", "-/ukraine/russia", basis="published", note="Belitskoye (Bilytske) lies 6 km away: one unit."),
    U("killed", 455, Rodynske, None, "The enemy lost up to 455 servicemen", "2025-12-01", "-/ukraine/russia",
      opt=True, basis="published", note="'Lost' covers killed and wounded."),
    U("materiel_lost", 2, Rodynske, None, "two tanks and three armoured combat vehicles",
      "2025-12-01", "-/ukraine/russia", basis="published", note="item tank; losses in one engagement."),
    U("materiel_lost", 3, Rodynske, None, "three armoured combat vehicles", "2025-12-01", "-/ukraine/russia",
      basis="published", note="item armoured_vehicle"),
    U("materiel_lost", 168, None, None, "168 fixed-wing unmanned aerial vehicles over the past day", "2025-12-01",
      "-/ukraine/russia", scope="cumulative", basis="published", note="item drone; day's total."),
    U("materiel_lost", 670, None, None, "670 aircraft", "2025-12-01", "-/ukraine/russia", scope="cumulative",
      basis="published", note="Total since February 2022; item aircraft."),
    U("materiel_lost", 104520, None, None, "104,520 unmanned aerial vehicles", "2025-12-01", "-/ukraine/russia",
      scope="cumulative", basis="published"),
    U("materiel_lost", 26251, None, None, "26,251 tanks and other armoured combat vehicles", "2025-12-01",
      "-/ukraine/russia", scope="cumulative", basis="published"),
    U("materiel_lost", 31530, None, None, "31,530 field artillery guns and mortars", "2025-12-01",
      "-/ukraine/russia", scope="cumulative", basis="published"),
])

# ---------------------------------------------------------------- ev14-23 analysis
doc(23, "https://www.eastfront-review.example.com/analysis/after-pokrovsk-winter-offensive",
    "After Pokrovsk: where Russia's winter offensive goes next", "2025-12-20", """
ANALYSIS

After Pokrovsk: where Russia's winter offensive goes next

By Marta Kovalenko, defence correspondent | 20 December 2025

For almost two years, the road to Pokrovsk was the main axis of Russia's war in Donbas. The town, a coal-mining and rail hub with a pre-war population of about 60,000, became the focus of Moscow's effort after Russian forces took Avdiivka in February 2024 following a four-month battle. Before that, Bakhmut had fallen in May 2023 to Wagner mercenaries, at a cost that Western officials put at tens of thousands of Russian lives.

Russia's defence ministry announced on 1 December that its troops had captured Pokrovsk. Ukraine's commander-in-chief, Oleksandr Syrskyi, acknowledged in mid-December that his forces had pulled out of the town centre, but rejected the claim that Pokrovsk had been fully taken, saying Ukrainian units still held its northern outskirts.

Neighbouring Myrnohrad, which Russian troops have encircled from the north and east, is in a worse position. A soldier of the 38th Marine Brigade, speaking by phone, said about 300 Ukrainian troops remain surrounded in the town with dwindling supplies. Ukraine's General Staff insists the garrison is being resupplied and is "not surrounded".

Syrskyi said this week that Russia had lost more than 17,000 troops killed around Pokrovsk and Myrnohrad since the start of November. Russian military bloggers have claimed that 1,200 Ukrainian soldiers surrendered in the area in the same period, a figure Kyiv called false.

Further south, Russian units stormed into Huliaipole in Zaporizhzhia region in late November, and Ukraine's southern command said on 18 December that its troops had withdrawn from positions on the town's eastern edge. In the north of Donetsk region, Ukrainian forces were driven back from the eastern outskirts of Siversk last week, according to DeepState, a Ukrainian monitoring group with links to the military.

Kostiantynivka is now under daily attack. Russian glide bombs and drones pounded the town's centre on Thursday, local officials said, and about 8,000 civilians remain there out of a pre-war population of 67,000. Western officials warn that if the town falls, the route to Kramatorsk and Sloviansk, the last large cities in Ukrainian-held Donetsk, will open.

Ukraine is hitting back far behind the lines. On Tuesday, Ukrainian drones struck the Novoshakhtinsk oil refinery in Russia's Rostov region, the SBU security service said, setting off a fire that burned for several hours.

The human cost keeps rising. The UN human rights monitoring mission in Ukraine says it has verified 14,775 civilian deaths since February 2022, and believes the true figure is considerably higher.
""", [
    U("territory", None, Pokrovsk, ["Russia's defence ministry", "Russian defence ministry", "Oleksandr Syrskyi", "Syrskyi"],
      ["Russia's defence ministry announced on 1 December that its troops had captured Pokrovsk",
       "his forces had pulled out of the town centre, but rejected the claim that Pokrovsk had been fully taken"],
      "2025-12-01", "russia/ukraine/russia", mod="denied",
      note="Syrskyi concedes the centre, denies full capture (denied record, same unit)."),
    U("territory", None, Myrnohrad, None,
      ["Neighbouring Myrnohrad, which Russian troops have encircled from the north and east",
       'Ukraine\'s General Staff insists the garrison is being resupplied and is "not surrounded"'],
      "2025-12-20", "-/ukraine/russia", mod="denied", basis="published"),
    U("affected", 300, Myrnohrad, ["soldier of the 38th Marine Brigade", "soldier"],
      "about 300 Ukrainian troops remain surrounded in the town with dwindling supplies", "2025-12-20",
      "ukraine/ukraine/russia", mod="denied", basis="published", note="General Staff says the garrison is not surrounded."),
    U("killed", 17000, Pokrovsk, ["Syrskyi", "Oleksandr Syrskyi"],
      "Russia had lost more than 17,000 troops killed around Pokrovsk and Myrnohrad since the start of November",
      "2025-12-20", "ukraine/russia/ukraine", scope="cumulative", basis="published"),
    U("captured", 1200, Pokrovsk, ["Russian military bloggers"],
      ["1,200 Ukrainian soldiers surrendered in the area in the same period", "a figure Kyiv called false"],
      "2025-12-20", "russia/ukraine/russia", scope="cumulative", mod="denied", basis="published"),
    U("territory", None, Huliaipole, ["Ukraine's southern command", "southern command"],
      ["Russian units stormed into Huliaipole in Zaporizhzhia region in late November",
       "its troops had withdrawn from positions on the town's eastern edge"],
      "2025-11", "ukraine/ukraine/russia"),
    U("territory", None, Siversk, ["DeepState"],
      "Ukrainian forces were driven back from the eastern outskirts of Siversk last week", "2025-12",
      "other/ukraine/russia", note="DeepState: Ukrainian monitor, counted 'other' (media/monitor)."),
    U("attack", None, Kostiantynivka, ["local officials"],
      ["Kostiantynivka is now under daily attack",
       "Russian glide bombs and drones pounded the town's centre on Thursday"],
      "2025-12-18", "ukraine/civilian/russia"),
    U("affected", 8000, Kostiantynivka, ["local officials"], "about 8,000 civilians remain there", "2025-12-18",
      "ukraine/civilian/russia", opt=True, note="Remaining population of a town under attack; debatable."),
    U("territory", None, Kostiantynivka, ["Western officials"], "if the town falls", "2025-12-20",
      "other/ukraine/russia", mod="warned", opt=True, basis="published", note="Hypothetical."),
    U("attack", None, Novoshakhtinsk, ["SBU", "SBU security service"],
      "Ukrainian drones struck the Novoshakhtinsk oil refinery in Russia's Rostov region", "2025-12-16",
      "ukraine/russia/ukraine"),
    U("killed", 14775, Ukraine, ["UN human rights monitoring mission", "UN"],
      "it has verified 14,775 civilian deaths since February 2022", "2025-12-20", "other/civilian/russia",
      scope="cumulative", basis="published"),
    U("territory", None, Avdiivka, None, "after Russian forces took Avdiivka in February 2024", "2024-02",
      "-/ukraine/russia", opt=True, note="History."),
    U("territory", None, Bakhmut, None, "Bakhmut had fallen in May 2023 to Wagner mercenaries", "2023-05",
      "-/ukraine/russia", opt=True, note="History."),
    U("killed", 10000, Bakhmut, ["Western officials"], "tens of thousands of Russian lives", "2023",
      "other/russia/-", opt=True, scope="cumulative", note="History; vague."),
])

# ---------------------------------------------------------------- ev14-24 live blog
doc(24, "https://live.meridian-news.example.net/europe/ukraine-live-2025-11-19",
    "Russia-Ukraine war live: death toll in Ternopil strike rises to 25", "2025-11-19T17:10:00Z", """
Russia-Ukraine war live: death toll in Ternopil strike rises to 25
Live | Updated 17:10 GMT | 19 November 2025

17:10 GMT
Ternopil toll rises to 25, including three children
Ukraine's interior minister, Ihor Klymenko, says 25 people have now been confirmed dead and 93 injured after Russian missiles hit two apartment blocks in Ternopil. He said 22 people were still unaccounted for as rescuers worked on under floodlights.

15:40 GMT
Relatives of prisoners of war rally in Kyiv
Several hundred relatives of Ukrainian soldiers held in Russia gathered on Maidan Nezalezhnosti to demand faster exchanges. Ukraine's coordination headquarters for prisoners of war said on Tuesday that a deal to swap 1,200 captives had been agreed in principle.

14:05 GMT
Russia says 66 Ukrainian drones downed overnight
Russia's defence ministry says its air defences destroyed 66 Ukrainian drones over eight regions overnight, most of them over the Bryansk region. In Krasnodar region, governor Veniamin Kondratyev said falling debris had started a fire at the port of Novorossiysk. The defence ministry later said the port had not been hit.

11:30 GMT
Air force: 442 drones and 41 missiles shot down
Ukraine's air force says Russia launched 476 drones and 48 missiles overnight, and that air defences shot down 442 of the drones and 41 of the missiles. Hits were recorded at 12 locations.

09:15 GMT
At least 15 dead in Ternopil, regional head says
Vyacheslav Nehoda, the head of the Ternopil regional administration, says at least 15 people were killed when two Kh-101 cruise missiles struck nine-storey apartment blocks in the city before dawn.

07:30 GMT
Welcome to our live coverage
Russia launched one of its largest combined attacks of the war overnight, targeting energy infrastructure in the western regions of Lviv, Ternopil and Ivano-Frankivsk. Power cuts were reported across much of western Ukraine.
""", [
    U("killed", 25, Ternopil, ["Ihor Klymenko", "interior minister"],
      ["25 people have now been confirmed dead and 93 injured after Russian missiles hit two apartment blocks in Ternopil",
       "Ternopil toll rises to 25, including three children",
       "death toll in Ternopil strike rises to 25"],
      "2025-11-19", "ukraine/civilian/russia"),
    U("killed", 3, Ternopil, ["Ihor Klymenko", "interior minister"], "Ternopil toll rises to 25, including three children",
      "2025-11-19", "ukraine/civilian/russia"),
    U("wounded", 93, Ternopil, ["Ihor Klymenko", "interior minister"], "25 people have now been confirmed dead and 93 injured",
      "2025-11-19", "ukraine/civilian/russia"),
    U("missing", 22, Ternopil, ["Ihor Klymenko", "interior minister"], "22 people were still unaccounted for",
      "2025-11-19", "ukraine/civilian/russia"),
    U("killed", 15, Ternopil, ["Vyacheslav Nehoda", "Ternopil regional administration"],
      ["at least 15 people were killed when two Kh-101 cruise missiles struck nine-storey apartment blocks in the city before dawn",
       "At least 15 dead in Ternopil, regional head says"],
      "2025-11-19", "ukraine/civilian/russia", note="Earlier toll, superseded later in the blog; still a claim."),
    U("attack", None, Ternopil, ["Ihor Klymenko", "Vyacheslav Nehoda", "interior minister"],
      ["Russian missiles hit two apartment blocks in Ternopil",
       "two Kh-101 cruise missiles struck nine-storey apartment blocks in the city before dawn",
       "targeting energy infrastructure in the western regions of Lviv, Ternopil and Ivano-Frankivsk",
       "death toll in Ternopil strike rises to 25"],
      "2025-11-19", "ukraine/civilian/russia"),
    U("attack", None, LvivReg, None,
      "targeting energy infrastructure in the western regions of Lviv, Ternopil and Ivano-Frankivsk",
      "2025-11-19", "-/ukraine/russia"),
    U("attack", None, IFReg, None,
      "targeting energy infrastructure in the western regions of Lviv, Ternopil and Ivano-Frankivsk",
      "2025-11-19", "-/ukraine/russia"),
    U("protest", None, Kyiv, None,
      ["Several hundred relatives of Ukrainian soldiers held in Russia gathered on Maidan Nezalezhnosti to demand faster exchanges",
       "Relatives of prisoners of war rally in Kyiv"],
      "2025-11-19", "-/-/-"),
    U("captured", 1200, None, ["coordination headquarters for prisoners of war"],
      "a deal to swap 1,200 captives had been agreed in principle", "2025-11-18", "ukraine/-/-", opt=True,
      note="Agreed future exchange."),
    U("materiel_lost", 66, RussiaW, ["Russia's defence ministry", "defence ministry"],
      ["its air defences destroyed 66 Ukrainian drones over eight regions overnight",
       "Russia says 66 Ukrainian drones downed overnight"],
      "2025-11-19", "russia/ukraine/russia"),
    U("attack", None, Novorossiysk, ["Veniamin Kondratyev", "governor"],
      ["falling debris had started a fire at the port of Novorossiysk",
       "The defence ministry later said the port had not been hit"],
      "2025-11-19", "russia/russia/ukraine", mod="denied"),
    U("materiel_lost", 442, Ukraine, ["Ukraine's air force", "air force"],
      ["air defences shot down 442 of the drones and 41 of the missiles",
       "Air force: 442 drones and 41 missiles shot down"],
      "2025-11-19", "ukraine/russia/ukraine"),
    U("materiel_lost", 41, Ukraine, ["Ukraine's air force", "air force"],
      ["shot down 442 of the drones and 41 of the missiles", "Air force: 442 drones and 41 missiles shot down"],
      "2025-11-19", "ukraine/russia/ukraine"),
])

# ---------------------------------------------------------------- ev14-25 Kherson local news page (scraped)
doc(25, "https://khersontoday.example.com.ua/news/region/2025/10/07/drone-minibus-dniprovskyi",
    "Kherson: drone drops explosive on minibus, one dead and eight injured", "2025-10-07T14:22:00+03:00", """
KHERSON TODAY
News | Region | Frontline | Evacuation | Opinion | Contacts
🍪 This site uses cookies. By continuing, you agree to our privacy policy. [OK] [More]

Kherson: drone drops explosive on minibus, one dead and eight injured
07.10.2025, 14:22 | Views: 3,418 | Comments: 12
+8 View gallery
Photo: Kherson Regional Military Administration
Photo: Kherson Regional Military Administration

A Russian drone attacked a minibus in Kherson's Dniprovskyi district on Tuesday morning, killing a 64-year-old man and injuring eight passengers, the head of the regional military administration, Oleksandr Prokudin, said on Telegram.

The drone dropped an explosive device on the vehicle at a stop on Zalaegerszeg Street at about 8:15. Among the injured is a 15-year-old girl, whose condition doctors describe as moderate.

Video: ▶ 0:00 / 1:12 | Unmute | Your browser does not support the video tag.

Over the past day, Russian troops shelled 32 settlements in Kherson region, including Kherson city, Antonivka, Bilozerka and Beryslav, Prokudin said. In total, two people were killed and 19 injured across the region.

Read more: Evacuation from the left-bank villages: how to register

Since the beginning of the year, 2,870 residents have been evacuated from frontline communities along the Dnipro, the regional administration said, most of them elderly people.

Russian-installed officials in the occupied part of the region claimed on Tuesday that a Ukrainian drone had hit a bus in Oleshky, killing three people. Ukraine's Southern Defence Forces called the claim fabricated and said their drones only target military equipment.

Separately, 185 Ukrainian defenders came home on Thursday as part of a prisoner exchange, the Coordination Headquarters for the Treatment of Prisoners of War reported.

Support Kherson Today: the price of a cup of coffee keeps local journalism alive. [Support]
Comments (12) | Log in to comment
Popular: Power restored in Korabelnyi district | Where to get firewood this winter | Mykolaiv: strike damages port warehouse
© 2025 Kherson Today. Reproduction only with a hyperlink.
""", [
    U("killed", 1, Kherson, ["Oleksandr Prokudin", "head of the regional military administration"],
      ["killing a 64-year-old man and injuring eight passengers", "one dead and eight injured"],
      "2025-10-07", "ukraine/civilian/russia", note="Headline line repeats the figures."),
    U("wounded", 8, Kherson, ["Oleksandr Prokudin", "head of the regional military administration"],
      ["killing a 64-year-old man and injuring eight passengers", "one dead and eight injured"],
      "2025-10-07", "ukraine/civilian/russia"),
    U("wounded", 1, Kherson, None, "Among the injured is a 15-year-old girl", "2025-10-07", "-/civilian/russia",
      opt=True, note="Subset of the eight."),
    U("attack", None, Kherson, ["Oleksandr Prokudin", "head of the regional military administration"],
      ["A Russian drone attacked a minibus in Kherson's Dniprovskyi district on Tuesday morning",
       "The drone dropped an explosive device on the vehicle",
       "Kherson: drone drops explosive on minibus",
       "Russian troops shelled 32 settlements in Kherson region, including Kherson city, Antonivka, Bilozerka and Beryslav"],
      "2025-10-07", "ukraine/civilian/russia", note="Antonivka and Bilozerka lie within 15 km of the city: same unit."),
    U("attack", None, Beryslav, ["Oleksandr Prokudin"],
      "Russian troops shelled 32 settlements in Kherson region, including Kherson city, Antonivka, Bilozerka and Beryslav",
      "2025-10-07", "ukraine/-/russia", basis="published"),
    U("killed", 2, KhersonReg, ["Oleksandr Prokudin"], "In total, two people were killed and 19 injured across the region",
      "2025-10-07", "ukraine/-/russia", scope="cumulative", basis="published", note="Day's regional total."),
    U("wounded", 19, KhersonReg, ["Oleksandr Prokudin"], "two people were killed and 19 injured across the region",
      "2025-10-07", "ukraine/-/russia", scope="cumulative", basis="published"),
    U("displaced", 2870, KhersonReg, ["regional administration"],
      "Since the beginning of the year, 2,870 residents have been evacuated from frontline communities along the Dnipro",
      "2025-10-07", "ukraine/civilian/russia", scope="cumulative", basis="published"),
    U("killed", 3, Oleshky, ["Russian-installed officials"],
      ["a Ukrainian drone had hit a bus in Oleshky, killing three people",
       "Ukraine's Southern Defence Forces called the claim fabricated"],
      "2025-10-07", "russia/-/ukraine", mod="denied"),
    U("attack", None, Oleshky, ["Russian-installed officials"],
      ["a Ukrainian drone had hit a bus in Oleshky", "Ukraine's Southern Defence Forces called the claim fabricated"],
      "2025-10-07", "russia/civilian/ukraine", mod="denied"),
    U("captured", 185, None, ["Coordination Headquarters for the Treatment of Prisoners of War", "Coordination Headquarters"],
      "185 Ukrainian defenders came home on Thursday as part of a prisoner exchange", "2025-10-02",
      "ukraine/ukraine/russia", note="Prisoners returned in an exchange."),
    U("attack", None, Mykolaiv, None, "Mykolaiv: strike damages port warehouse", "2025-10", "-/-/russia",
      opt=True, note="'Popular' link in page noise."),
])
