from common import DOC, PL, U

# ---------------------------------------------------------------- places (Ukraine / Russia)
KUPIANSK = PL("Kupiansk", 49.71003, 37.61581, "Kupyansk", ["Kupyansk"])
KINDRASH = PL("Kindrashivka", 49.76569, 37.58311, "Kindrashivka")
HRYSHYNE = PL("Hryshyne", 48.32759, 37.08055, "Hryshyne")
BILYTSKE = PL("Bilytske", 48.40642, 37.18111, "Bilytske")
SHAKHOVE = PL("Shakhove", 48.46036, 37.34976, "Shakhove")
VOLODYM = PL("Volodymyrivka", 48.43913, 37.34876, "Volodymyrivka")
RODYNSKE = PL("Rodynske", 48.35415, 37.20641, "Rodynske")
MYRNOHRAD = PL("Myrnohrad", 48.3099, 37.26513, "Myrnohrad")
DOBROP = PL("Dobropillia", 48.46674, 37.08567, "Dobropillia", ["Dobropillya"])
HULIAI = PL("Huliaipole", 47.66685, 36.25576, "Hulyaypole", ["Hulyaipole", "Hulyaypole"])
USPEN = PL("Uspenivka", 47.77803, 36.40512, "Uspenivka")
ZALIZ = PL("Zaliznychne", 47.64855, 36.16715, "Zaliznychne")
ORIKHIV = PL("Orikhiv", 47.57613, 35.78333, "Orikhiv")
ZAP_OBL = PL("Zaporizhia Oblast", 47.5, 35.5, aliases=["Zaporizhzhia Oblast", "Zaporizhzhia region", "Zaporizhia"], region=True, radius=120)
NOVOSH = PL("Novoshakhtinsk", 47.76037, 39.93335, "Novoshakhtinsk")
KHARKIV = PL("Kharkiv", 49.98081, 36.25272, "Kharkiv")
KOSTIAN = PL("Kostiantynivka", 48.52728, 37.70594, "Kostyantynivka", ["Kostyantynivka"])
IVANOP = PL("Ivanopillia", 48.47334, 37.76328, "Ivanopillya", ["Ivanopillya"])
KURYL = PL("Kurylivka", 49.66002, 37.70276, "Kurylivka")
KUPVUZ = PL("Kupiansk-Vuzlovyi", 49.67061, 37.64319, "Kupiansk-Vuzlovyi", ["Kupyansk-Vuzlovyi"])
BOROVA = PL("Borova", 49.38047, 37.61931, "Borova")
YUNAK = PL("Yunakivka", 51.12262, 35.0385, "Yunakivka")
DRUZH = PL("Druzhkivka", 48.61995, 37.52537, "Druzhkivka")
KRAMAT = PL("Kramatorsk", 48.73106, 37.56779, "Kramatorsk")
SLOVI = PL("Sloviansk", 48.84974, 37.59739, "Slovyansk", ["Slovyansk"])
KHERSON = PL("Kherson", 46.63695, 32.61458, "Kherson")
BILOZ = PL("Bilozerka", 46.62651, 32.44447, "Bilozerka")
ZAPOR = PL("Zaporizhzhia", 47.85167, 35.11714, "Zaporizhzhya", ["Zaporizhzhya", "Zaporizhia"])
POKROVSK = PL("Pokrovsk", 48.28014, 37.17706, "Pokrovsk")
DONETSK_OBL = PL("Donetsk region", 48.2, 37.7, aliases=["Donetsk Oblast", "Donetsk"], region=True, radius=130)
SHEBEK = PL("Shebekino", 50.41342, 36.92537, "Shebekino")
DNIPRO = PL("Dnipro", 48.46664, 35.04066, "Dnipro")
ODESA_OBL = PL("Odesa region", 46.5, 30.5, aliases=["Odesa", "Odesa Oblast"], region=True, radius=120)
ODESA = PL("Odesa", 46.48572, 30.74383, "Odesa", ["Odessa"])
NOVOPAV = PL("Novopavlivka", 48.13816, 36.78654, "Novopavlivka")
TERNUV = PL("Ternuvate", 47.82995, 36.12973, "Ternuvate")
PRYMOR = PL("Prymorske", 47.6449, 35.29074, "Prymorske")
NKAKH = PL("Nova Kakhovka", 46.75966, 33.35591, "Nova Kakhovka")
BILOP = PL("Bilopillia", 51.14747, 34.31079, "Bilopillia", ["Bilopillya"])
KRASNOP = PL("Krasnopillia", 50.77389, 35.25633, "Krasnopillya", ["Krasnopillya"])
VPYSAR = PL("Velyka Pysarivka", 50.42335, 35.48299, "Velyka Pysarivka")
SUMY = PL("Sumy", 50.91741, 34.79906, "Sumy")
MYROP = PL("Myropillia", 51.0244, 35.24517, "Myropillia")
SUMY_OBL = PL("Sumy region", 51.0, 34.8, aliases=["Sumy Oblast", "Sumy"], region=True, radius=120)
NOVOROS = PL("Novorossiysk", 44.73188, 37.76176, "Novorossiysk")
BLACKSEA = PL("Black Sea", 43.5, 34.0, aliases=["the Black Sea"], region=True, radius=500)
KLIMOVO = PL("Klimovo", 52.37877, 32.1963, "Klimovo")
KYIV = PL("Kyiv", 50.45466, 30.5238, "Kyiv", ["Kiev"])

# ================================================================ ev17-01
T01 = """Skip to main content
Eastern Flank Institute | Research | Daily Assessments | Interactive Map | Donate
Russian Offensive Campaign Assessment, January 13, 2026
Mariana Kostiuk, Daniel Rehm, Olha Savchuk, and the EFI Russia Team
January 13, 2026, 6:45pm ET
Share  |  Tweet  |  Email  |  Print
Click here to see EFI's interactive map of the Russian invasion of Ukraine. The map is updated daily alongside the static maps in this report.
Key Takeaways:
Ukrainian forces recently recaptured positions in central Kupiansk, while the Russian Ministry of Defense (MoD) made another unsupported claim about the capture of nearby Kindrashivka.
Russian forces recently advanced southwest of Pokrovsk and seized Hryshyne, according to geolocated footage.
Russian troops continued to press on Huliaipole, and Russian milbloggers claimed the seizure of Uspenivka to the north of the town.
Ukrainian drones struck the Novoshakhtinsk oil refinery in Rostov Oblast overnight on January 12 to 13.
Kupiansk direction
Ukrainian forces recently advanced within Kupiansk. Geolocated footage published on January 12 shows Ukrainian servicemen raising a flag over the former city council building in central Kupiansk, indicating that Ukrainian troops retook the area after weeks of Russian infiltration.
The Russian MoD claimed on January 13 that elements of the 6th Combined Arms Army had "liberated" Kindrashivka (north of Kupiansk). Viktor Trehubov, spokesperson of Ukraine's Joint Forces Task Force, denied the claim, telling Ukrainian outlet Suspilne that Russian troops had "never held a single street" in the village. EFI has not observed any evidence to support the Russian claim.
Pokrovsk direction
Russian forces recently advanced southwest of Pokrovsk. Geolocated footage published on January 12 indicates that Russian forces seized Hryshyne (southwest of Rodynske) and pushed north along the railway line toward Bilytske.
Russian milbloggers claimed that Russian forces also captured Shakhove and Volodymyrivka northeast of Dobropillia, but EFI has not observed confirmation of these claims.
Major Andrii Hordiienko, a spokesperson for a Ukrainian mechanized brigade operating in the direction, stated that Russian forces lost 37 soldiers killed and two armored vehicles destroyed during a failed assault near Rodynske on January 11.
Russian forces continued shelling Myrnohrad. Donetsk Oblast Military Administration Head Vadym Filashkin reported on January 13 that Russian glide bombs hit Dobropillia, killing two civilians and wounding five others.
Huliaipole direction
Russian forces recently advanced in Huliaipole. Geolocated footage published on January 11 shows Russian servicemen raising a flag in northern Huliaipole, indicating that Russian forces advanced into the town.
Russian milbloggers claimed on January 12 and 13 that Russian forces seized Uspenivka (north of Huliaipole) and were attacking Zaliznychne (west of Huliaipole). Ukrainian military observer Kostyantyn Mashovets stated that Ukrainian units withdrew from Uspenivka on January 10 to avoid an encirclement.
Zaporizhia direction
Russian forces continued offensive operations near Stepnohirsk but did not make confirmed advances. Zaporizhia Oblast Military Administration Head Ivan Fedorov reported that Russian forces conducted 412 strikes against 16 settlements in the oblast over the past day, and that a guided bomb strike on Orikhiv killed one person.
Ukrainian strikes against Russia
Ukrainian drones struck the Novoshakhtinsk oil refinery in Rostov Oblast overnight on January 12 to 13. The Ukrainian General Staff reported that the strike caused a fire at the refinery's primary processing unit. Rostov Oblast Governor Yuri Slyusar claimed that Russian air defenses downed 43 Ukrainian drones over the oblast and that falling debris started a fire at an "industrial enterprise" in Novoshakhtinsk. The Russian MoD claimed that Russian forces shot down 118 Ukrainian drones over Russia overnight.
Note: EFI will not publish a Russian Offensive Campaign Assessment on January 14. Coverage will resume on January 15.
Subscribe to receive EFI's daily assessments in your inbox
Related: Russian Offensive Campaign Assessment, January 12, 2026
(c) 2026 Eastern Flank Institute. All rights reserved.
"""
D = ("2026-01-13", "day", "text")
D12 = ("2026-01-12", "day", "text")
DOC("ev17-01", "https://www.eastflankinstitute.org/research/russian-offensive-campaign-assessment-january-13-2026",
    "Russian Offensive Campaign Assessment, January 13, 2026", "2026-01-13T23:45:00Z", T01, [
    U("territory", None, KUPIANSK, None, ["Ukrainian forces recently recaptured positions in central Kupiansk",
      "Ukrainian forces recently advanced within Kupiansk", "indicating that Ukrainian troops retook the area after weeks of Russian infiltration"],
      (None, "russia", "ukraine"), D12),
    U("territory", None, KINDRASH, ["Russian Ministry of Defense", "Russian MoD"], [
      "made another unsupported claim about the capture of nearby Kindrashivka",
      "The Russian MoD claimed on January 13 that elements of the 6th Combined Arms Army had \"liberated\" Kindrashivka (north of Kupiansk)",
      "denied the claim"], ("russia", "ukraine", "russia"), D, mod="denied",
      note="Russian MoD claim denied by Viktor Trehubov (Ukraine's Joint Forces Task Force)."),
    U("territory", None, HRYSHYNE, None, ["Russian forces recently advanced southwest of Pokrovsk and seized Hryshyne",
      "Russian forces seized Hryshyne (southwest of Rodynske)"], (None, "ukraine", "russia"), D12),
    U("territory", None, BILYTSKE, None, "pushed north along the railway line toward Bilytske", (None, "ukraine", "russia"), D12),
    U("territory", None, SHAKHOVE, ["Russian milbloggers"], "Russian forces also captured Shakhove and Volodymyrivka",
      ("russia", "ukraine", "russia"), None, mod="claimed"),
    U("territory", None, VOLODYM, ["Russian milbloggers"], "Russian forces also captured Shakhove and Volodymyrivka",
      ("russia", "ukraine", "russia"), None, mod="claimed", note="Volodymyrivka near Shakhove (Donetsk Oblast)."),
    U("killed", 37, RODYNSKE, ["Andrii Hordiienko", "Hordiienko", "Ukrainian mechanized brigade"],
      "Russian forces lost 37 soldiers killed", ("ukraine", "russia", "ukraine"), ("2026-01-11", "day", "text"), mod="claimed"),
    U("materiel_lost", 2, RODYNSKE, ["Andrii Hordiienko", "Hordiienko", "Ukrainian mechanized brigade"],
      "two armored vehicles destroyed during a failed assault near Rodynske", ("ukraine", "russia", "ukraine"),
      ("2026-01-11", "day", "text"), mod="claimed", note="item armoured_vehicle"),
    U("attack", None, MYRNOHRAD, None, "Russian forces continued shelling Myrnohrad", (None, None, "russia")),
    U("attack", None, DOBROP, ["Vadym Filashkin", "Filashkin", "Donetsk Oblast Military Administration"],
      "Russian glide bombs hit Dobropillia", ("ukraine", "civilian", "russia"), D, mod="claimed"),
    U("killed", 2, DOBROP, ["Vadym Filashkin", "Filashkin", "Donetsk Oblast Military Administration"],
      "killing two civilians and wounding five others", ("ukraine", "civilian", "russia"), D, mod="claimed"),
    U("wounded", 5, DOBROP, ["Vadym Filashkin", "Filashkin", "Donetsk Oblast Military Administration"],
      "killing two civilians and wounding five others", ("ukraine", "civilian", "russia"), D, mod="claimed"),
    U("territory", None, HULIAI, None, ["Russian troops continued to press on Huliaipole", "Russian forces recently advanced in Huliaipole",
      "indicating that Russian forces advanced into the town"], (None, "ukraine", "russia"), ("2026-01-11", "day", "text")),
    U("territory", None, USPEN, ["Russian milbloggers", "Kostyantyn Mashovets", "Mashovets"], [
      "Russian milbloggers claimed the seizure of Uspenivka to the north of the town",
      "Russian forces seized Uspenivka (north of Huliaipole)",
      "Ukrainian units withdrew from Uspenivka on January 10 to avoid an encirclement"],
      ("russia", "ukraine", "russia"), ("2026-01-10", "day", "text"), mod="claimed",
      note="Russian capture claim and Ukrainian observer's withdrawal statement: one unit."),
    U("territory", None, ZALIZ, ["Russian milbloggers"], "were attacking Zaliznychne (west of Huliaipole)",
      ("russia", "ukraine", "russia"), D, mod="claimed"),
    U("attack", None, ZAP_OBL, ["Ivan Fedorov", "Fedorov", "Zaporizhia Oblast Military Administration"],
      "Russian forces conducted 412 strikes against 16 settlements in the oblast over the past day",
      ("ukraine", None, "russia"), None, mod="claimed", opt=True, note="Oblast-wide strike count, no named settlement."),
    U("attack", None, ORIKHIV, ["Ivan Fedorov", "Fedorov", "Zaporizhia Oblast Military Administration"],
      "a guided bomb strike on Orikhiv killed one person", ("ukraine", "civilian", "russia"), None, mod="claimed"),
    U("killed", 1, ORIKHIV, ["Ivan Fedorov", "Fedorov", "Zaporizhia Oblast Military Administration"],
      "a guided bomb strike on Orikhiv killed one person", ("ukraine", None, "russia"), None, mod="claimed"),
    U("attack", None, NOVOSH, None, ["Ukrainian drones struck the Novoshakhtinsk oil refinery in Rostov Oblast overnight on January 12 to 13"],
      (None, "russia", "ukraine"), D, note="Evidence line appears twice (key takeaways and body)."),
    U("materiel_lost", 43, PL("Rostov Oblast", 47.5, 40.5, aliases=["Rostov", "Rostov region"], region=True, radius=150),
      ["Yuri Slyusar", "Slyusar", "Rostov Oblast Governor"], "Russian air defenses downed 43 Ukrainian drones over the oblast",
      ("russia", "ukraine", "russia"), D, mod="claimed", note="interception, item drone"),
    U("materiel_lost", 118, PL("Russia", 55.0, 40.0, aliases=["over Russia"], region=True, radius=1500),
      ["Russian MoD", "Russian Ministry of Defense"], "Russian forces shot down 118 Ukrainian drones over Russia overnight",
      ("russia", "ukraine", "russia"), D, mod="claimed", note="interception, item drone"),
], "Russia-Ukraine", "think-tank daily assessment")

# ================================================================ ev17-02
T02 = """CESS | Centre for Eastern Security Studies
Analysis  >  Russia-Ukraine War  >  Weekly front-line review
We use cookies to measure how our analysis is read. Accept all | Manage preferences
Front-line review: Russia pushes deeper into Kostiantynivka as Ukraine clears Kupiansk-Vuzlovyi
By Tomasz Wierzbicki and Hanna Lytvyn | 20 February 2026 | 9 min read
Russian infantry are now fighting inside Kostiantynivka, the last large town before the Kramatorsk-Sloviansk agglomeration, while Ukrainian units have pushed Russian troops out of the railway hub of Kupiansk-Vuzlovyi. Below is our assessment of the week from 13 to 19 February, based on geolocated footage, official statements and our own mapping.
1. Kostiantynivka
Geolocated videos from 17 and 18 February show Russian assault groups in the Santurinivka neighbourhood in the south-east of Kostiantynivka, roughly two kilometres from the town centre. This is the deepest confirmed Russian penetration into the town so far.
Ukraine's 28th Mechanised Brigade, which holds part of the sector, said it had destroyed 11 armoured vehicles, four tanks and 23 motorcycles in the fighting for the town since 1 February.
The Russian Defence Ministry on Wednesday announced the capture of Ivanopillia, west of Kostiantynivka. The Khortytsia operational-strategic group rejected the statement, saying the village remained contested and that Russian "flag-planting" videos had been filmed on its outskirts.
2. Kupiansk axis
In a rare piece of good news for Kyiv, footage released by the 3rd Army Corps on 16 February and geolocated by our team shows Ukrainian soldiers at the Kupiansk-Vuzlovyi railway station, confirming that the town has been cleared of the Russian infiltration groups that entered it in January.
Further south, the Russian Defence Ministry claimed the "liberation" of Kurylivka on the Oskil river. We have found no visual evidence for this. On the same day, Ukrainian commanders acknowledged that their troops had pulled out of positions east of Borova "to preserve personnel".
3. Sumy border
Russian milbloggers claimed that assault units had reached the centre of Yunakivka, a village north of Sumy. Andriy Demchenko, spokesman for the State Border Guard Service, dismissed this, saying the assault had been "repelled with losses for the enemy".
4. Strikes on front-line cities
The strikes on the agglomeration continued. Russian glide bombs killed four people in Druzhkivka and wounded 13 on Tuesday, according to Donetsk regional governor Vadym Filashkin; a day later, a strike on Kramatorsk's central market wounded nine. Filashkin said 2,137 civilians had been killed in the Ukrainian-controlled part of the region since February 2022.
In the south, the shelling of Kherson, Bilozerka and Antonivka killed two people and injured 17 over the week, according to Kherson regional head Oleksandr Prokudin.
5. Outlook
Russian milbloggers now openly discuss a spring offensive towards Orikhiv "as soon as the ground dries". President Volodymyr Zelensky warned on Thursday that Russia was massing up to 50,000 troops for an assault on Zaporizhzhia, a claim we cannot verify.
Context: Russia's capture of Pokrovsk and Myrnohrad in late 2025 gave its forces the high ground from which they are now attacking Kostiantynivka and Dobropillia.
Read more: Can Ukraine hold the Kramatorsk-Sloviansk line in 2026?
Share this analysis:  LinkedIn  |  X  |  Bluesky  |  Email
Sign up for the CESS weekly briefing
"""
W = ("2026-02-18", "day", "text")
DOC("ev17-02", "https://www.cess-analysis.eu/analysis/front-line-review-2026-02-20",
    "Front-line review: Russia pushes deeper into Kostiantynivka as Ukraine clears Kupiansk-Vuzlovyi", "2026-02-20", T02, [
    U("territory", None, KOSTIAN, None, ["Russia pushes deeper into Kostiantynivka",
      "Russian infantry are now fighting inside Kostiantynivka",
      "show Russian assault groups in the Santurinivka neighbourhood in the south-east of Kostiantynivka"],
      (None, "ukraine", "russia"), W),
    U("materiel_lost", 11, KOSTIAN, ["28th Mechanised Brigade"], "it had destroyed 11 armoured vehicles, four tanks and 23 motorcycles",
      ("ukraine", "russia", "ukraine"), ("2026-02", "month", "text"), scope="cumulative", mod="claimed", note="item armoured_vehicle; since 1 February"),
    U("materiel_lost", 4, KOSTIAN, ["28th Mechanised Brigade"], "it had destroyed 11 armoured vehicles, four tanks and 23 motorcycles",
      ("ukraine", "russia", "ukraine"), ("2026-02", "month", "text"), scope="cumulative", mod="claimed", note="item tank"),
    U("materiel_lost", 23, KOSTIAN, ["28th Mechanised Brigade"], "it had destroyed 11 armoured vehicles, four tanks and 23 motorcycles",
      ("ukraine", "russia", "ukraine"), ("2026-02", "month", "text"), scope="cumulative", mod="claimed", note="item vehicle"),
    U("territory", None, IVANOP, ["Russian Defence Ministry"], ["announced the capture of Ivanopillia, west of Kostiantynivka",
      "The Khortytsia operational-strategic group rejected the statement"], ("russia", "ukraine", "russia"),
      ("2026-02-18", "day", "text"), mod="denied", note="Denied by Ukraine's Khortytsia group."),
    U("territory", None, KUPVUZ, None, ["Ukraine clears Kupiansk-Vuzlovyi",
      "Ukrainian units have pushed Russian troops out of the railway hub of Kupiansk-Vuzlovyi",
      "confirming that the town has been cleared of the Russian infiltration groups"], (None, "russia", "ukraine"),
      ("2026-02-16", "day", "text"), note="Within 25 km of Kupiansk; distinct town."),
    U("territory", None, KURYL, ["Russian Defence Ministry"], "the Russian Defence Ministry claimed the \"liberation\" of Kurylivka on the Oskil river",
      ("russia", "ukraine", "russia"), None, mod="claimed"),
    U("territory", None, BOROVA, ["Ukrainian commanders"], "their troops had pulled out of positions east of Borova",
      ("ukraine", "ukraine", "russia"), None, mod="claimed"),
    U("territory", None, YUNAK, ["Russian milbloggers"], ["assault units had reached the centre of Yunakivka",
      "dismissed this, saying the assault had been \"repelled with losses for the enemy\""], ("russia", "ukraine", "russia"),
      None, mod="denied", note="Denied by border guard spokesman Andriy Demchenko."),
    U("attack", None, DRUZH, ["Vadym Filashkin", "Filashkin", "Donetsk regional governor"], "Russian glide bombs killed four people in Druzhkivka",
      ("ukraine", "civilian", "russia"), ("2026-02-17", "day", "text"), mod="claimed"),
    U("killed", 4, DRUZH, ["Vadym Filashkin", "Filashkin", "Donetsk regional governor"], "Russian glide bombs killed four people in Druzhkivka",
      ("ukraine", None, "russia"), ("2026-02-17", "day", "text"), mod="claimed"),
    U("wounded", 13, DRUZH, ["Vadym Filashkin", "Filashkin", "Donetsk regional governor"], "wounded 13 on Tuesday",
      ("ukraine", None, "russia"), ("2026-02-17", "day", "text"), mod="claimed"),
    U("attack", None, KRAMAT, ["Vadym Filashkin", "Filashkin", "Donetsk regional governor"], "a strike on Kramatorsk's central market wounded nine",
      ("ukraine", "civilian", "russia"), W, mod="claimed"),
    U("wounded", 9, KRAMAT, ["Vadym Filashkin", "Filashkin", "Donetsk regional governor"], "a strike on Kramatorsk's central market wounded nine",
      ("ukraine", None, "russia"), W, mod="claimed"),
    U("killed", 2137, DONETSK_OBL, ["Vadym Filashkin", "Filashkin"], "Filashkin said 2,137 civilians had been killed in the Ukrainian-controlled part of the region since February 2022",
      ("ukraine", "civilian", "russia"), ("2026-02-20", "day", "published"), scope="cumulative", mod="claimed"),
    U("attack", None, KHERSON, ["Oleksandr Prokudin", "Prokudin", "Kherson regional head"], "the shelling of Kherson, Bilozerka and Antonivka",
      ("ukraine", None, "russia"), ("2026-02-19", "day", "text"), mod="claimed", note="Antonivka (Kherson suburb) is within 25 km: evidence of this unit."),
    U("attack", None, BILOZ, ["Oleksandr Prokudin", "Prokudin", "Kherson regional head"], "the shelling of Kherson, Bilozerka and Antonivka",
      ("ukraine", None, "russia"), ("2026-02-19", "day", "text"), mod="claimed"),
    U("killed", 2, KHERSON, ["Oleksandr Prokudin", "Prokudin", "Kherson regional head"], "killed two people and injured 17 over the week",
      ("ukraine", None, "russia"), ("2026-02-19", "day", "text"), scope="cumulative", mod="claimed", note="weekly total"),
    U("wounded", 17, KHERSON, ["Oleksandr Prokudin", "Prokudin", "Kherson regional head"], "killed two people and injured 17 over the week",
      ("ukraine", None, "russia"), ("2026-02-19", "day", "text"), scope="cumulative", mod="claimed", note="weekly total"),
    U("territory", None, ORIKHIV, ["Russian milbloggers"], "a spring offensive towards Orikhiv \"as soon as the ground dries\"",
      ("russia", "ukraine", "russia"), None, mod="warned", opt=True, note="Discussed future offensive; not a statement of fact."),
    U("territory", None, ZAPOR, ["Volodymyr Zelensky", "Zelensky"], "Russia was massing up to 50,000 troops for an assault on Zaporizhzhia",
      ("ukraine", "ukraine", "russia"), ("2026-02-19", "day", "text"), mod="warned"),
    U("territory", None, POKROVSK, None, "Russia's capture of Pokrovsk and Myrnohrad in late 2025",
      (None, "ukraine", "russia"), ("2025", "year", "text"), note="Background; Myrnohrad within 25 km merges here."),
], "Russia-Ukraine", "think-tank weekly front-line analysis")

# ================================================================ ev17-03
T03 = """Russia-Ukraine war live: Dnipro toll rises to six after overnight strike; Putin threatens to take Kramatorsk and Sloviansk
Live  Updated 14.52 GMT, Thursday 4 December 2025
Key events
Show key events only
Please turn on JavaScript to use this feature
14.52 GMT
Prisoner swap: 157 Ukrainians return home
Ukraine and Russia have each released 157 prisoners of war, Ukraine's Coordination Headquarters for the Treatment of POWs said on Telegram, posting pictures of men wrapped in national flags stepping off buses in Chernihiv region.
"Our people are home," President Volodymyr Zelensky wrote. The swap, mediated by the UAE, was the first since October.
Share
13.31 GMT
Putin: Kramatorsk and Sloviansk will be taken 'by force' if Kyiv does not withdraw
Vladimir Putin has said Russian troops will seize the rest of Donetsk region, including the cities of Kramatorsk and Sloviansk, "by military means" unless Ukraine pulls its forces out, speaking to reporters on a visit to Kyrgyzstan.
Kyiv has repeatedly rejected any withdrawal as a condition for peace talks.
Share
12.05 GMT
Russia claims Kurylivka; Kyiv calls it 'disinformation'
Russia's defence ministry says its troops have "liberated" Kurylivka, a village on the Oskil river in Kharkiv region. Ukraine's general staff called the claim "disinformation" and said its troops still held the village.
Share
11.02 GMT
Belgorod governor: driver killed as drone hits minibus in Shebekino
A Ukrainian drone struck a minibus in the Russian border town of Shebekino, killing the driver and wounding four passengers, the Belgorod regional governor, Vyacheslav Gladkov, has said. His claims could not be verified.
Russia's defence ministry separately said 61 Ukrainian drones had been destroyed over Russian regions overnight.
Share
09.40 GMT
Air force: 112 of 138 drones shot down
Ukraine's air force said Russia launched 138 drones and six missiles overnight. Air defences destroyed 112 drones and four missiles, it said, while hits were recorded in nine locations.
Share
08.15 GMT
Dnipro: death toll rises to six
The number of people killed in the overnight strike on a nine-storey apartment block in Dnipro has risen to six, among them a 12-year-old girl, Dnipropetrovsk regional governor Serhiy Lysak said. Thirty-one people were injured, 19 of whom were taken to hospital.
Rescuers pulled a woman from under the rubble alive after seven hours.
Rescue workers at the damaged building in Dnipro on Thursday. Photograph: Mykola Myronenko/Reuters
Rescue workers at the damaged building in Dnipro on Thursday. Photograph: Mykola Myronenko/Reuters
Share
07.48 GMT
UN monitors: 14,775 civilians killed since invasion
The UN human rights monitoring mission in Ukraine said in its latest update that at least 14,775 civilians, including 745 children, have been killed since Russia's full-scale invasion in February 2022. November was the deadliest month for civilians in Odesa region, it added, where energy facilities were also hit overnight.
Share
07.30 GMT
Welcome and summary
Welcome to our live coverage of Russia's war in Ukraine. Here are the latest developments:
At least five people were killed and dozens wounded when a Russian missile hit an apartment block in Dnipro overnight, local authorities said.
Russia and Ukraine were expected to exchange prisoners later on Thursday.
Sign up to First Edition, our free daily newsletter
"""
O = ("2025-12-04", "day", "text")
DOC("ev17-03", "https://www.theguardian.com/world/live/2025/dec/04/russia-ukraine-war-live-dnipro-strike-putin-kramatorsk",
    "Russia-Ukraine war live: Dnipro toll rises to six after overnight strike; Putin threatens to take Kramatorsk and Sloviansk",
    "2025-12-04T14:52:00Z", T03, [
    U("captured", 157, None, ["Coordination Headquarters for the Treatment of POWs", "Coordination Headquarters", "Volodymyr Zelensky"],
      ["Prisoner swap: 157 Ukrainians return home", "Ukraine and Russia have each released 157 prisoners of war"],
      ("ukraine", "ukraine", "russia"), O, mod="claimed", note="prisoner exchange"),
    U("territory", None, KRAMAT, ["Vladimir Putin", "Putin"], ["Putin threatens to take Kramatorsk and Sloviansk",
      "Putin: Kramatorsk and Sloviansk will be taken 'by force' if Kyiv does not withdraw",
      "including the cities of Kramatorsk and Sloviansk, \"by military means\""], ("russia", "ukraine", "russia"), O, mod="warned"),
    U("territory", None, SLOVI, ["Vladimir Putin", "Putin"], ["Putin threatens to take Kramatorsk and Sloviansk",
      "Putin: Kramatorsk and Sloviansk will be taken 'by force' if Kyiv does not withdraw",
      "including the cities of Kramatorsk and Sloviansk, \"by military means\""], ("russia", "ukraine", "russia"), O, mod="warned",
      note="Within 25 km of Kramatorsk; separate named city."),
    U("territory", None, KURYL, ["Russia's defence ministry", "Russian defence ministry"], ["Russia claims Kurylivka; Kyiv calls it 'disinformation'",
      "Russia's defence ministry says its troops have \"liberated\" Kurylivka", "Ukraine's general staff called the claim \"disinformation\""],
      ("russia", "ukraine", "russia"), None, mod="denied"),
    U("attack", None, SHEBEK, ["Vyacheslav Gladkov", "Gladkov", "Belgorod regional governor", "Belgorod governor"],
      ["Belgorod governor: driver killed as drone hits minibus in Shebekino", "A Ukrainian drone struck a minibus in the Russian border town of Shebekino"],
      ("russia", "civilian", "ukraine"), None, mod="claimed"),
    U("killed", 1, SHEBEK, ["Vyacheslav Gladkov", "Gladkov", "Belgorod regional governor", "Belgorod governor"],
      ["driver killed as drone hits minibus", "killing the driver and wounding four passengers"], ("russia", "civilian", "ukraine"), None, mod="claimed",
      note="implicit single death (the driver); required as the headline states it"),
    U("wounded", 4, SHEBEK, ["Vyacheslav Gladkov", "Gladkov", "Belgorod regional governor"], "killing the driver and wounding four passengers",
      ("russia", "civilian", "ukraine"), None, mod="claimed"),
    U("materiel_lost", 61, PL("Russia", 55.0, 40.0, aliases=["Russian regions"], region=True, radius=1500), ["Russia's defence ministry", "Russian defence ministry"],
      "61 Ukrainian drones had been destroyed over Russian regions overnight", ("russia", "ukraine", "russia"), O, mod="claimed"),
    U("materiel_lost", 112, PL("Ukraine", 49.0, 32.0, region=True, radius=700), ["Ukraine's air force", "Ukrainian air force"],
      ["Air force: 112 of 138 drones shot down", "Air defences destroyed 112 drones and four missiles"], ("ukraine", "russia", "ukraine"), O, mod="claimed"),
    U("materiel_lost", 4, PL("Ukraine", 49.0, 32.0, region=True, radius=700), ["Ukraine's air force", "Ukrainian air force"],
      "Air defences destroyed 112 drones and four missiles", ("ukraine", "russia", "ukraine"), O, mod="claimed", note="item missile"),
    U("attack", None, DNIPRO, ["Serhiy Lysak", "Lysak", "Dnipropetrovsk regional governor", "local authorities"],
      ["Dnipro toll rises to six after overnight strike", "the overnight strike on a nine-storey apartment block in Dnipro",
       "when a Russian missile hit an apartment block in Dnipro overnight"], ("ukraine", "civilian", "russia"), O, mod="claimed"),
    U("killed", 6, DNIPRO, ["Serhiy Lysak", "Lysak", "Dnipropetrovsk regional governor"], ["Dnipro toll rises to six after overnight strike",
      "Dnipro: death toll rises to six", "in Dnipro has risen to six"], ("ukraine", "civilian", "russia"), O, mod="claimed"),
    U("killed", 5, DNIPRO, ["local authorities"], "At least five people were killed and dozens wounded", ("ukraine", "civilian", "russia"), O,
      mod="claimed", note="earlier figure in the summary entry"),
    U("wounded", 12, DNIPRO, ["local authorities"], "At least five people were killed and dozens wounded", ("ukraine", "civilian", "russia"), O,
      mod="claimed", note="vague 'dozens' -> 12"),
    U("wounded", 31, DNIPRO, ["Serhiy Lysak", "Lysak", "Dnipropetrovsk regional governor"], "Thirty-one people were injured",
      ("ukraine", "civilian", "russia"), O, mod="claimed"),
    U("wounded", 19, DNIPRO, ["Serhiy Lysak", "Lysak"], "19 of whom were taken to hospital", ("ukraine", "civilian", "russia"), O,
      mod="claimed", opt=True, note="hospitalised subset"),
    U("killed", 14775, PL("Ukraine", 49.0, 32.0, region=True, radius=700), ["UN human rights monitoring mission in Ukraine", "UN human rights monitoring mission", "UN monitors"],
      ["UN monitors: 14,775 civilians killed since invasion", "at least 14,775 civilians, including 745 children, have been killed"],
      ("other", "civilian", "russia"), ("2025-12-04", "day", "published"), scope="cumulative", mod="claimed"),
    U("killed", 745, PL("Ukraine", 49.0, 32.0, region=True, radius=700), ["UN human rights monitoring mission in Ukraine", "UN human rights monitoring mission"],
      "at least 14,775 civilians, including 745 children, have been killed", ("other", "civilian", "russia"), ("2025-12-04", "day", "published"),
      scope="cumulative", mod="claimed"),
    U("attack", None, ODESA_OBL, ["UN human rights monitoring mission in Ukraine", "UN human rights monitoring mission"],
      "where energy facilities were also hit overnight", ("other", None, "russia"), O, mod="claimed"),
], "Russia-Ukraine", "live blog")

# ================================================================ ev17-04
T04 = """UkraineWatch Monitor
Home / Translations / Russian MoD briefing, 2 February 2026
Russian Defence Ministry briefing, 2 February 2026 (full translation)
Posted 3 February 2026 by the UkraineWatch translation desk. The following is our translation of the daily summary published by the Russian Ministry of Defence on its Telegram channel. Claims have not been independently verified. Translator's notes are in square brackets.
Summary of the Ministry of Defence of the Russian Federation on the progress of the special military operation (as of 2 February 2026)
Over the past day, units of the Tsentr group of forces, as a result of decisive actions, liberated the settlement of Novopavlivka in the Dnipropetrovsk region [Ukrainian sources place the village in Donetsk region].
Units of the Vostok group of forces continued to advance deep into the enemy's defence and liberated the settlements of Ternuvate and Prymorske in the Zaporozhye region.
Units of the Yug group of forces improved their tactical position in the area of Konstantinovka [Kostiantynivka]. The enemy lost up to 190 servicemen, three tanks, seven armoured fighting vehicles and 12 field artillery pieces.
Units of the Dnepr group of forces inflicted losses on the enemy in the areas of Kherson and Prydniprovske.
Operational-tactical aviation, attack unmanned aerial vehicles, missile troops and artillery of the groups of forces struck workshops for the assembly of long-range drones in Kramatorsk, as well as temporary deployment points of armed formations in 143 areas.
Air defence systems shot down four JDAM guided aerial bombs, two HIMARS rockets and 187 fixed-wing unmanned aerial vehicles.
In total since the beginning of the special military operation, the following have been destroyed: 670 aircraft, 283 helicopters, 101,240 unmanned aerial vehicles, 26,410 tanks and other armoured combat vehicles.
The Kyiv regime carried out a terrorist attack on a passenger bus in Nova Kakhovka using a drone. Two civilians were killed and five more were wounded, including a child.
[End of translation]
Ukrainian response
Ukraine's General Staff, in its evening update, rejected the claim about Novopavlivka, saying fighting was continuing on the village's eastern edge and that "the occupiers' statements do not correspond to reality". It did not comment on Ternuvate or Prymorske. Ukrainian officials made no comment on the Nova Kakhovka bus.
Related translations
Russian MoD briefing, 1 February 2026
Russian MoD briefing, 31 January 2026
Support independent translation: become a member
"""
B = ("2026-02-02", "day", "text")
MOD = ["Russian Ministry of Defence", "Russian Defence Ministry", "Ministry of Defence of the Russian Federation"]
DOC("ev17-04", "https://ukrainewatchmonitor.org/translations/russian-mod-briefing-2026-02-02",
    "Russian Defence Ministry briefing, 2 February 2026 (full translation)", "2026-02-03", T04, [
    U("territory", None, NOVOPAV, MOD, ["liberated the settlement of Novopavlivka in the Dnipropetrovsk region",
      "rejected the claim about Novopavlivka"], ("russia", "ukraine", "russia"), B, mod="denied", note="Denied by Ukraine's General Staff."),
    U("territory", None, TERNUV, MOD, "liberated the settlements of Ternuvate and Prymorske in the Zaporozhye region",
      ("russia", "ukraine", "russia"), B, mod="claimed"),
    U("territory", None, PRYMOR, MOD, "liberated the settlements of Ternuvate and Prymorske in the Zaporozhye region",
      ("russia", "ukraine", "russia"), B, mod="claimed"),
    U("territory", None, KOSTIAN, MOD, "improved their tactical position in the area of Konstantinovka [Kostiantynivka]",
      ("russia", "ukraine", "russia"), B, mod="claimed", opt=True, note="'improved tactical position': vague advance"),
    U("killed", 190, KOSTIAN, MOD, "The enemy lost up to 190 servicemen", ("russia", "ukraine", "russia"), B, mod="claimed", opt=True,
      note="'lost ... servicemen' in MoD usage mixes killed and wounded"),
    U("materiel_lost", 3, KOSTIAN, MOD, "three tanks, seven armoured fighting vehicles and 12 field artillery pieces",
      ("russia", "ukraine", "russia"), B, mod="claimed", note="item tank"),
    U("materiel_lost", 7, KOSTIAN, MOD, "three tanks, seven armoured fighting vehicles and 12 field artillery pieces",
      ("russia", "ukraine", "russia"), B, mod="claimed", note="item armoured_vehicle"),
    U("materiel_lost", 12, KOSTIAN, MOD, "three tanks, seven armoured fighting vehicles and 12 field artillery pieces",
      ("russia", "ukraine", "russia"), B, mod="claimed", note="item artillery"),
    U("attack", None, KHERSON, MOD, "inflicted losses on the enemy in the areas of Kherson and Prydniprovske",
      ("russia", "ukraine", "russia"), B, mod="claimed", opt=True, note="Prydniprovske is a Kherson suburb"),
    U("attack", None, KRAMAT, MOD, "struck workshops for the assembly of long-range drones in Kramatorsk",
      ("russia", "ukraine", "russia"), B, mod="claimed"),
    U("materiel_lost", 4, None, MOD, "Air defence systems shot down four JDAM guided aerial bombs", ("russia", "ukraine", "russia"), B,
      mod="claimed", note="item missile (guided bombs)"),
    U("materiel_lost", 2, None, MOD, "two HIMARS rockets", ("russia", "ukraine", "russia"), B, mod="claimed", note="item missile"),
    U("materiel_lost", 187, None, MOD, "187 fixed-wing unmanned aerial vehicles", ("russia", "ukraine", "russia"), B, mod="claimed", note="item drone"),
    U("materiel_lost", 670, None, MOD, "670 aircraft, 283 helicopters, 101,240 unmanned aerial vehicles, 26,410 tanks",
      ("russia", "ukraine", "russia"), ("2026-02-02", "day", "text"), scope="cumulative", mod="claimed", note="item aircraft"),
    U("materiel_lost", 283, None, MOD, "670 aircraft, 283 helicopters, 101,240 unmanned aerial vehicles, 26,410 tanks",
      ("russia", "ukraine", "russia"), ("2026-02-02", "day", "text"), scope="cumulative", mod="claimed", note="item helicopter"),
    U("materiel_lost", 101240, None, MOD, "670 aircraft, 283 helicopters, 101,240 unmanned aerial vehicles, 26,410 tanks",
      ("russia", "ukraine", "russia"), ("2026-02-02", "day", "text"), scope="cumulative", mod="claimed", note="item drone"),
    U("materiel_lost", 26410, None, MOD, "670 aircraft, 283 helicopters, 101,240 unmanned aerial vehicles, 26,410 tanks",
      ("russia", "ukraine", "russia"), ("2026-02-02", "day", "text"), scope="cumulative", mod="claimed", note="item tank (tanks and other AFVs)"),
    U("attack", None, NKAKH, MOD, ["The Kyiv regime carried out a terrorist attack on a passenger bus in Nova Kakhovka using a drone",
      "the Nova Kakhovka bus"], ("russia", "civilian", "ukraine"), B, mod="claimed"),
    U("killed", 2, NKAKH, MOD, "Two civilians were killed and five more were wounded, including a child", ("russia", "civilian", "ukraine"), B, mod="claimed"),
    U("wounded", 5, NKAKH, MOD, "Two civilians were killed and five more were wounded, including a child", ("russia", "civilian", "ukraine"), B, mod="claimed"),
], "Russia-Ukraine", "translated ministry statement with outlet note")

# ================================================================ ev17-05
T05 = """This website uses cookies. By continuing to browse the site you agree to our use of cookies. OK
SUMY TODAY  |  News  |  Region  |  War  |  Culture  |  Contacts
Three villages shelled, man killed in Bilopillia; bus hit by drone in Sumy
22 January 2026, 11:38   |   Views: 4 213
Russian forces shelled the Bilopillia, Krasnopillia and Velyka Pysarivka communities throughout the night and morning, the Sumy regional military administration reported on Thursday.
In Bilopillia, a 64-year-old man died when an artillery round hit his yard. In Krasnopillia two women aged 51 and 70 were injured by a mortar strike and were taken to the district hospital.
Around 8:10 a.m. an enemy FPV drone struck a city bus at a stop on Kharkivska Street in Sumy. Nine passengers were injured, the head of the Sumy city military administration, Artem Kobzar, said. Five of them are in hospital.
Read also: Sumy power engineers restore electricity to 40,000 consumers after attack
According to the regional administration, Russian strikes have killed 11 civilians in Sumy region since the start of the year.
The evacuation of residents from frontline communities continues. Since October, 1,820 people, among them 276 children, have been evacuated from the Bilopillia community alone, Oleh Hryhorov, head of the regional military administration, said. He added that 14 more villages near the border have been placed under mandatory evacuation.
Separately, the State Border Guard Service rejected reports by Russian war bloggers that Russian troops had entered Myropillia. "Myropillia is under the control of the Defence Forces; the enemy's attempts to break through were stopped," spokesman Andriy Demchenko told Sumy Today.
Photo: the damaged bus on Kharkivska Street. Photo: Sumy city military administration
Photo: the damaged bus on Kharkivska Street. Photo: Sumy city military administration
Share:  Facebook  Telegram  Viber
Tags: shelling, Bilopillia, Sumy, evacuation
Read more
Sumy region: what to do during an air alert in a school
Krasnopillia community receives three new generators
Subscribe to our Telegram channel so you don't miss important news
"""
DOC("ev17-05", "https://sumy.today/news/2026/01/22/three-villages-shelled-bilopillia-bus-sumy",
    "Three villages shelled, man killed in Bilopillia; bus hit by drone in Sumy", "2026-01-22T11:38:00+02:00", T05, [
    U("attack", None, BILOP, ["Sumy regional military administration", "regional military administration"],
      ["Three villages shelled, man killed in Bilopillia", "Russian forces shelled the Bilopillia, Krasnopillia and Velyka Pysarivka communities",
       "In Bilopillia, a 64-year-old man died when an artillery round hit his yard"], ("ukraine", "civilian", "russia"), None, mod="claimed"),
    U("attack", None, KRASNOP, ["Sumy regional military administration", "regional military administration"],
      ["Russian forces shelled the Bilopillia, Krasnopillia and Velyka Pysarivka communities",
       "In Krasnopillia two women aged 51 and 70 were injured by a mortar strike"], ("ukraine", "civilian", "russia"), None, mod="claimed"),
    U("attack", None, VPYSAR, ["Sumy regional military administration", "regional military administration"],
      "Russian forces shelled the Bilopillia, Krasnopillia and Velyka Pysarivka communities", ("ukraine", None, "russia"), None, mod="claimed"),
    U("killed", 1, BILOP, ["Sumy regional military administration", "regional military administration"],
      ["man killed in Bilopillia", "a 64-year-old man died when an artillery round hit his yard"], ("ukraine", "civilian", "russia"), None, mod="claimed"),
    U("wounded", 2, KRASNOP, ["Sumy regional military administration", "regional military administration"],
      "two women aged 51 and 70 were injured by a mortar strike", ("ukraine", "civilian", "russia"), None, mod="claimed"),
    U("attack", None, SUMY, ["Artem Kobzar", "Kobzar", "Sumy city military administration"], ["bus hit by drone in Sumy",
      "an enemy FPV drone struck a city bus at a stop on Kharkivska Street in Sumy"], ("ukraine", "civilian", "russia"), None, mod="claimed"),
    U("wounded", 9, SUMY, ["Artem Kobzar", "Kobzar", "Sumy city military administration"], "Nine passengers were injured",
      ("ukraine", "civilian", "russia"), None, mod="claimed"),
    U("wounded", 5, SUMY, ["Artem Kobzar", "Kobzar"], "Five of them are in hospital", ("ukraine", "civilian", "russia"), None,
      mod="claimed", opt=True, note="hospitalised subset"),
    U("killed", 11, SUMY_OBL, ["regional administration", "Sumy regional military administration"],
      "Russian strikes have killed 11 civilians in Sumy region since the start of the year", ("ukraine", "civilian", "russia"),
      ("2026-01-22", "day", "published"), scope="cumulative", mod="claimed"),
    U("displaced", 1820, BILOP, ["Oleh Hryhorov", "Hryhorov", "regional military administration"],
      "1,820 people, among them 276 children, have been evacuated from the Bilopillia community alone", ("ukraine", "civilian", "russia"),
      ("2026-01-22", "day", "published"), scope="cumulative", mod="claimed"),
    U("displaced", 276, BILOP, ["Oleh Hryhorov", "Hryhorov", "regional military administration"],
      "1,820 people, among them 276 children, have been evacuated from the Bilopillia community alone", ("ukraine", "civilian", "russia"),
      ("2026-01-22", "day", "published"), scope="cumulative", mod="claimed"),
    U("territory", None, MYROP, ["Russian war bloggers"], ["rejected reports by Russian war bloggers that Russian troops had entered Myropillia",
      "Myropillia is under the control of the Defence Forces"], ("russia", "ukraine", "russia"), None, mod="denied",
      note="Denied by border guard spokesman Andriy Demchenko."),
], "Russia-Ukraine", "local outlet story")

# ================================================================ ev17-06
T06 = """MOSCOW/KYIV, Feb 10 (Reuters) - Ukrainian sea drones struck an oil terminal in the Russian Black Sea port of Novorossiysk early on Tuesday, a source in Ukraine's SBU security service said, hours after a Russian missile and drone barrage killed three people in Kyiv.
The SBU source, who spoke on condition of anonymity, said the drones hit a loading berth at the Sheskharis terminal, one of Russia's main crude export outlets. Novorossiysk Mayor Andrei Kravchenko said on Telegram that a fire broke out at "a port facility" after an attack by uncrewed boats and that there were no casualties.
Russia's Defence Ministry said its forces had destroyed five uncrewed boats in the Black Sea and 84 drones over Russian regions overnight. It did not mention Novorossiysk.
In Bryansk region, which borders Ukraine, Governor Alexander Bogomaz said a Ukrainian drone hit a car near the town of Klimovo, killing two men.
In Kyiv, the overnight attack killed three people and wounded 19, Mayor Vitali Klitschko said. Fires broke out in residential buildings in the Darnytskyi and Dniprovskyi districts on the capital's left bank, and a children's clinic was damaged.
Separately, Russia and Ukraine exchanged 300 prisoners each on Monday in a deal brokered by the United Arab Emirates, Ukraine's human rights ombudsman Dmytro Lubinets said. He said more than 5,800 Ukrainians had been returned from Russian captivity since Moscow launched its full-scale invasion in 2022.
Dmitry Medvedev, deputy chairman of Russia's Security Council, threatened on Tuesday to strike Odesa's port "until not a single berth remains" in response to the Novorossiysk attack.
The Kremlin has said it will not halt strikes while talks on a settlement continue.
(Reporting by Reuters; writing by Andrew Hale; editing by Kevin Liffey)
"""
N = ("2026-02-10", "day", "text")
DOC("ev17-06", "https://www.reuters.com/world/europe/ukrainian-sea-drones-hit-novorossiysk-oil-terminal-2026-02-10/",
    "Ukrainian sea drones hit Russia's Novorossiysk oil terminal; three killed in Kyiv", "2026-02-10T10:12:00Z", T06, [
    U("attack", None, NOVOROS, ["SBU", "a source in Ukraine's SBU security service", "Andrei Kravchenko", "Kravchenko"], [
      "Ukrainian sea drones struck an oil terminal in the Russian Black Sea port of Novorossiysk early on Tuesday",
      "the drones hit a loading berth at the Sheskharis terminal", "a fire broke out at \"a port facility\" after an attack by uncrewed boats"],
      ("ukraine", "russia", "ukraine"), N, mod="claimed"),
    U("materiel_lost", 5, BLACKSEA, ["Russia's Defence Ministry", "Russian Defence Ministry"], "destroyed five uncrewed boats in the Black Sea",
      ("russia", "ukraine", "russia"), N, mod="claimed", note="item ship (uncrewed boats)"),
    U("materiel_lost", 84, PL("Russia", 55.0, 40.0, aliases=["Russian regions"], region=True, radius=1500), ["Russia's Defence Ministry", "Russian Defence Ministry"],
      "84 drones over Russian regions overnight", ("russia", "ukraine", "russia"), N, mod="claimed", note="item drone"),
    U("attack", None, KLIMOVO, ["Alexander Bogomaz", "Bogomaz", "Governor"], "a Ukrainian drone hit a car near the town of Klimovo, killing two men",
      ("russia", "civilian", "ukraine"), N, mod="claimed"),
    U("killed", 2, KLIMOVO, ["Alexander Bogomaz", "Bogomaz"], "a Ukrainian drone hit a car near the town of Klimovo, killing two men",
      ("russia", None, "ukraine"), N, mod="claimed"),
    U("attack", None, KYIV, ["Vitali Klitschko", "Klitschko", "Mayor"], ["a Russian missile and drone barrage killed three people in Kyiv",
      "Fires broke out in residential buildings in the Darnytskyi and Dniprovskyi districts"], ("ukraine", "civilian", "russia"), N, mod="claimed"),
    U("killed", 3, KYIV, ["Vitali Klitschko", "Klitschko"], ["killed three people in Kyiv", "the overnight attack killed three people and wounded 19"],
      ("ukraine", "civilian", "russia"), N, mod="claimed"),
    U("wounded", 19, KYIV, ["Vitali Klitschko", "Klitschko"], "the overnight attack killed three people and wounded 19",
      ("ukraine", "civilian", "russia"), N, mod="claimed"),
    U("captured", 300, None, ["Dmytro Lubinets", "Lubinets", "human rights ombudsman"], "Russia and Ukraine exchanged 300 prisoners each on Monday",
      ("ukraine", None, None), ("2026-02-09", "day", "text"), mod="claimed", note="prisoner exchange"),
    U("captured", 5800, None, ["Dmytro Lubinets", "Lubinets"], "more than 5,800 Ukrainians had been returned from Russian captivity since Moscow launched its full-scale invasion in 2022",
      ("ukraine", "ukraine", "russia"), ("2026-02-10", "day", "published"), scope="cumulative", mod="claimed", note="prisoners returned in exchanges"),
    U("attack", None, ODESA, ["Dmitry Medvedev", "Medvedev", "Russia's Security Council"], "threatened on Tuesday to strike Odesa's port",
      ("russia", "ukraine", "russia"), N, mod="warned"),
], "Russia-Ukraine", "wire copy with dateline")
