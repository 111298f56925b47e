from common import P, U

DNIPRO = P("Dnipro", 48.45, 34.9833)
ZAP = P("Zaporizhzhia", 47.8388, 35.1396)
SEUA = P("south-eastern Ukraine", 48.1, 35.1, ["Dnipro", "Zaporizhzhia", "Ukraine"], True, 150)
NOVOROS = P("Novorossiysk", 44.7239, 37.7708)
BRYANSK = P("Bryansk region", 52.9, 33.4, ["Bryansk", "Bryansk Oblast"], True, 120)
RUREG = P("Russian regions", 53.0, 36.0, ["Russia"], True, 400)
UKR = P("Ukraine", 49.0, 31.5, ["Ukraine"], True, 700)
UKRUS = P("Ukraine", 49.0, 31.5, ["Ukraine", "Russia"], True, 700)

DOCS = []

# ---------------------------------------------------------------- ev18-01 wire copy
t1 = """Russian drones and missiles pound Dnipro and Zaporizhzhia overnight, killing 7
By Olena Marchuk
4 minute read | Updated 9:40 AM GMT
KYIV, Feb 14 (Reuters) - A Russian missile and drone barrage overnight killed seven people and wounded at least 31 across two south-eastern Ukrainian cities, regional officials said on Saturday, as Kyiv pressed its partners for more air-defence systems.
In Dnipro, a ballistic missile struck a five-storey apartment block shortly after 2 a.m., killing five residents, including a 12-year-old boy, Serhiy Lysak, head of the Dnipropetrovsk regional military administration, wrote on Telegram. Twenty-two people were hurt, eight of whom remained in hospital in a serious condition, he said.
Two more people died in Zaporizhzhia, where drones set fire to a warehouse and damaged power lines in the city's Oleksandrivskyi district, according to regional governor Ivan Fedorov. He put the number of injured there at nine.
Ukraine's air force said its units downed 118 of the 142 drones and four of the seven missiles launched by Russia during the night. Debris fell in the Kyiv and Chernihiv regions, it added, without reporting casualties. Ukraine's military intelligence agency warned that Moscow was stockpiling missiles for another large-scale strike on energy facilities in Kyiv in the coming days.
Russia's Defence Ministry said its forces had carried out a "massive strike" on military-industrial facilities and energy infrastructure serving the Ukrainian armed forces and that all designated targets had been hit. It denied targeting residential buildings in Dnipro, saying the damage there had been caused by a falling Ukrainian interceptor.
Separately, Moscow said its air defences destroyed 61 Ukrainian drones over Russian regions overnight, including 23 over Bryansk region. A drone attack on the Black Sea port of Novorossiysk set a fuel terminal ablaze, the local emergency headquarters said, adding that two workers were injured.
The strikes came a day after the two countries handed over 157 prisoners of war each in an exchange brokered by the United Arab Emirates, the fourth such swap this year.
The U.N. human rights monitoring mission in Ukraine says at least 14,800 civilians have been killed since Moscow's troops poured across the border in February 2022, and warns the real figure is likely considerably higher.
(Reporting by Olena Marchuk in Kyiv; additional reporting by the Moscow newsroom; Editing by Peter Graff)
Read Next
Ukraine's energy grid braces for another week of cold
Analysis: What a ceasefire line along the Dnipro would mean"""
d1 = "2026-02-14"
DOCS.append(dict(id="ev18-01", url="https://www.reuters.com/world/europe/russian-drones-missiles-pound-dnipro-zaporizhzhia-overnight-2026-02-14/",
    title="Russian drones and missiles pound Dnipro and Zaporizhzhia overnight, killing 7",
    published="2026-02-14T09:40:00Z", text=t1, units=[
    U("killed", 7, SEUA, ["regional officials", "Serhiy Lysak", "Ivan Fedorov"],
      ["Russian drones and missiles pound Dnipro and Zaporizhzhia overnight, killing 7", "A Russian missile and drone barrage overnight killed seven people"],
      d1, ("ukraine", "civilian", "russia"), note="Combined toll of the two cities; headline printed in the text."),
    U("wounded", 31, SEUA, ["regional officials"], "wounded at least 31 across two south-eastern Ukrainian cities", d1, ("ukraine", "civilian", "russia")),
    U("killed", 5, DNIPRO, ["Serhiy Lysak"], "a ballistic missile struck a five-storey apartment block shortly after 2 a.m., killing five residents", d1, ("ukraine", "civilian", "russia")),
    U("wounded", 22, DNIPRO, ["Serhiy Lysak"], "Twenty-two people were hurt", d1, ("ukraine", "civilian", "russia")),
    U("wounded", 8, DNIPRO, ["Serhiy Lysak"], "eight of whom remained in hospital in a serious condition", d1, ("ukraine", "civilian", "russia"), opt=True, note="Hospitalised subset of the 22."),
    U("attack", None, DNIPRO, ["Serhiy Lysak"], ["In Dnipro, a ballistic missile struck a five-storey apartment block", "It denied targeting residential buildings in Dnipro"], d1, ("ukraine", "civilian", "russia"), mod="denied",
      note="Russia's Defence Ministry denies hitting the residential building (denied record, same unit)."),
    U("killed", 2, ZAP, ["Ivan Fedorov"], "Two more people died in Zaporizhzhia", d1, ("ukraine", "civilian", "russia")),
    U("wounded", 9, ZAP, ["Ivan Fedorov"], "He put the number of injured there at nine", d1, ("ukraine", "civilian", "russia")),
    U("attack", None, ZAP, ["Ivan Fedorov"], "Two more people died in Zaporizhzhia, where drones set fire to a warehouse and damaged power lines in the city's Oleksandrivskyi district", d1, ("ukraine", "civilian", "russia")),
    U("materiel_lost", 118, UKR, ["Ukraine's air force", "air force"], "its units downed 118 of the 142 drones", d1, ("ukraine", "russia", "ukraine"), note="Interception; launch count 142 is not a unit."),
    U("materiel_lost", 4, UKR, ["Ukraine's air force", "air force"], "four of the seven missiles launched by Russia during the night", d1, ("ukraine", "russia", "ukraine")),
    U("attack", None, P("Kyiv region", 50.3, 30.5, ["Kyiv", "Kyiv Oblast"], True, 100), ["Ukraine's air force", "air force"], "Debris fell in the Kyiv and Chernihiv regions", d1, ("ukraine", None, "russia"), opt=True, note="Debris only."),
    U("attack", None, P("Kyiv", 50.4501, 30.5234), ["Ukraine's military intelligence agency", "military intelligence"], "another large-scale strike on energy facilities in Kyiv in the coming days", d1, ("ukraine", "ukraine", "russia"), basis="published", mod="warned",
      note="Warning of a future strike; the optional Kyiv-region debris unit lies within 25 km."),
    U("materiel_lost", 61, RUREG, ["Moscow", "Russia's Defence Ministry"], "its air defences destroyed 61 Ukrainian drones over Russian regions overnight", d1, ("russia", "ukraine", "russia")),
    U("materiel_lost", 23, BRYANSK, ["Moscow", "Russia's Defence Ministry"], "including 23 over Bryansk region", d1, ("russia", "ukraine", "russia")),
    U("attack", None, NOVOROS, ["local emergency headquarters", "emergency headquarters"], "A drone attack on the Black Sea port of Novorossiysk set a fuel terminal ablaze", d1, ("russia", "russia", "ukraine")),
    U("wounded", 2, NOVOROS, ["local emergency headquarters", "emergency headquarters"], "two workers were injured", d1, ("russia", "civilian", "ukraine")),
    U("captured", 157, UKRUS, None, "handed over 157 prisoners of war each", "2026-02-13", (None, None, None), note="Prisoner exchange."),
    U("killed", 14800, UKR, ["U.N. human rights monitoring mission", "human rights monitoring mission"], "at least 14,800 civilians have been killed since Moscow's troops poured across the border", d1, ("other", "civilian", "russia"), basis="published", scope="cumulative"),
]))

# ---------------------------------------------------------------- ev18-02 think-tank analysis
KIND = P("Kindrashivka", 49.80, 37.62)
PETRO = P("Petropavlivka", 49.69, 37.76)
KOST = P("Kostiantynivka", 48.5277, 37.7069)
HULIA = P("Huliaipole", 47.6631, 36.2597)
ZALIZ = P("Zaliznychne", 47.62, 36.10)
PRYM = P("Prymorske", 47.60, 35.45)
ODESA = P("Odesa", 46.4825, 30.7233)
NOVOSH = P("Novoshakhtinsk", 47.7579, 39.9364)
TORSKE = P("Torske", 49.02, 37.92)
SIVERSK = P("Zvanivka", 48.73, 38.12)
t2 = """Russian Offensive Campaign Assessment, January 19, 2026
Eurasia Frontline Project | Analysts: Maria Lindqvist, Daniel Okafor, and the Frontline Team
Download the PDF | Interactive map: Russian advances since 2022
Key Takeaways:
Ukrainian forces recaptured Kindrashivka north of Kupiansk, according to geolocated footage published on January 18.
Russian forces recently advanced in southeastern Kostiantynivka and near Huliaipole.
The Russian Ministry of Defense (MoD) claimed the seizure of Petropavlivka, Zaliznychne and Prymorske. We have not observed evidence to support any of these claims.
Ukrainian long-range drones struck an oil refinery in Rostov Oblast for the second time this month.
Kupiansk direction
Ukrainian forces recently advanced north of Kupiansk. Geolocated footage published on January 18 shows Ukrainian servicemen raising a flag over the village administration building in central Kindrashivka, indicating that Ukrainian troops have retaken the village, which Russian forces had seized in late November.
The Russian MoD claimed on January 19 that elements of the 6th Combined Arms Army "liberated" Petropavlivka (east of Kupiansk). A spokesperson for a Ukrainian brigade operating in the area denied that Russian forces had entered Petropavlivka, stating that Ukrainian units continue to hold their positions there, and we have observed no footage indicating a Russian presence in the settlement.
Kostiantynivka direction
Russian forces recently advanced within Kostiantynivka. Geolocated footage published on January 17 indicates that Russian forces advanced along Sobornosti Street in the southeastern part of the town. Russian milbloggers claimed that Russian assault groups also pushed north of the town toward Stupochky, though we have not yet seen confirmation.
Lyman and Siversk directions
Russian forces recently made a marginal advance east of Lyman. Geolocated footage published on January 16 shows Russian troops operating in western Torske, which we now assess is contested.
A Russian milblogger claimed that Russian forces seized Zvanivka (northeast of Siversk), but we have not observed confirmation of this claim.
Huliaipole direction
Russian forces recently advanced in eastern Huliaipole, where geolocated footage published on January 18 shows a Russian FPV drone striking a Ukrainian position near the town's grain elevator.
The Russian MoD claimed that Russian forces seized Zaliznychne (west of Huliaipole). Ukrainian Southern Defense Forces spokesperson Vladyslav Voloshyn said on January 19 that Ukrainian forces killed 41 Russian servicemen in the Huliaipole direction over the past day and destroyed three tanks and 11 motorcycles. Voloshyn did not comment on the situation in Zaliznychne.
Zaporizhia direction
The Russian MoD claimed that Russian forces seized Prymorske (west of Stepnohirsk). Geolocated footage published on January 19 shows Russian forces operating on the village's eastern outskirts, but we do not assess that they control it.
Russian strikes and Ukrainian strikes on Russia
Russian forces launched 96 Shahed-type and decoy drones against Ukraine overnight on January 18 to 19. The Ukrainian Air Force reported that Ukrainian forces downed 74 of them and that drones struck port infrastructure in Odesa City.
Ukrainian drones struck the Novoshakhtinsk oil refinery in Rostov Oblast on the night of January 18 to 19. Geolocated footage shows a large fire at the refinery, and Rostov Oblast Governor Yuri Slyusar acknowledged that a fire had broken out at an "industrial enterprise" after a drone attack.
Note: We do not report in detail on Russian war crimes because these activities are well-covered in Western media. Maps are updated daily.
Subscribe to updates | Share this assessment"""
d2 = "2026-01-19"
DOCS.append(dict(id="ev18-02", url="https://www.eurasiafrontline.org/research/russian-offensive-campaign-assessment-january-19-2026",
    title="Russian Offensive Campaign Assessment, January 19, 2026", published="2026-01-20", text=t2, units=[
    U("territory", None, KIND, None, ["Ukrainian forces recaptured Kindrashivka north of Kupiansk", "raising a flag over the village administration building in central Kindrashivka"], "2026-01-18", (None, "russia", "ukraine"), note="Approximate coordinates."),
    U("territory", None, PETRO, ["Russian MoD", "Russian Ministry of Defense"], ["The Russian MoD claimed on January 19 that elements of the 6th Combined Arms Army \"liberated\" Petropavlivka", "denied that Russian forces had entered Petropavlivka"], d2, ("russia", "ukraine", "russia"), mod="denied", note="Claimed by Russian MoD, denied by a Ukrainian brigade spokesperson. Approximate coordinates."),
    U("territory", None, KOST, None, ["Russian forces recently advanced in southeastern Kostiantynivka", "Russian forces recently advanced within Kostiantynivka", "Russian forces advanced along Sobornosti Street"], "2026-01-17", (None, "ukraine", "russia")),
    U("territory", None, P("Stupochky", 48.57, 37.73), ["Russian milbloggers"], "Russian assault groups also pushed north of the town toward Stupochky", d2, ("russia", "ukraine", "russia"), opt=True, note="Push toward; within 25 km of Kostiantynivka."),
    U("territory", None, TORSKE, None, ["Russian forces recently made a marginal advance east of Lyman", "Russian troops operating in western Torske"], "2026-01-16", (None, "ukraine", "russia"), note="Approximate coordinates."),
    U("territory", None, SIVERSK, ["A Russian milblogger", "Russian milblogger"], "A Russian milblogger claimed that Russian forces seized Zvanivka", d2, ("russia", "ukraine", "russia"), mod="claimed", note="Approximate coordinates."),
    U("territory", None, HULIA, None, "Russian forces recently advanced in eastern Huliaipole", "2026-01-18", (None, "ukraine", "russia")),
    U("attack", None, HULIA, None, "a Russian FPV drone striking a Ukrainian position near the town's grain elevator", "2026-01-18", (None, "ukraine", "russia"), opt=True, note="Battlefield strike seen in footage."),
    U("territory", None, ZALIZ, ["Russian MoD", "Russian Ministry of Defense"], "The Russian MoD claimed that Russian forces seized Zaliznychne", d2, ("russia", "ukraine", "russia"), mod="claimed", note="Approximate coordinates; within 25 km of Huliaipole."),
    U("killed", 41, HULIA, ["Vladyslav Voloshyn", "Ukrainian Southern Defense Forces"], "Ukrainian forces killed 41 Russian servicemen in the Huliaipole direction", d2, ("ukraine", "russia", "ukraine")),
    U("materiel_lost", 3, HULIA, ["Vladyslav Voloshyn", "Ukrainian Southern Defense Forces"], "destroyed three tanks and 11 motorcycles", d2, ("ukraine", "russia", "ukraine")),
    U("materiel_lost", 11, HULIA, ["Vladyslav Voloshyn", "Ukrainian Southern Defense Forces"], "destroyed three tanks and 11 motorcycles", d2, ("ukraine", "russia", "ukraine")),
    U("territory", None, PRYM, ["Russian MoD", "Russian Ministry of Defense"], ["The Russian MoD claimed that Russian forces seized Prymorske", "Russian forces operating on the village's eastern outskirts"], d2, ("russia", "ukraine", "russia"), mod="claimed", note="Approximate coordinates."),
    U("materiel_lost", 74, UKR, ["Ukrainian Air Force"], "Ukrainian forces downed 74 of them", d2, ("ukraine", "russia", "ukraine")),
    U("attack", None, ODESA, ["Ukrainian Air Force"], "drones struck port infrastructure in Odesa City", d2, ("ukraine", "civilian", "russia")),
    U("attack", None, NOVOSH, None, ["Ukrainian drones struck the Novoshakhtinsk oil refinery in Rostov Oblast", "Ukrainian long-range drones struck an oil refinery in Rostov Oblast"], d2, (None, "russia", "ukraine")),
]))

# ---------------------------------------------------------------- ev18-03 ministry statement (TASS)
NOVOP = P("Novopavlivka", 48.14, 36.74)
RIVNO = P("Rivnopillia", 47.70, 36.42)
KUPY = P("Kupiansk", 49.7106, 37.6156)
KYIV = P("Kyiv", 50.4501, 30.5234)
t3 = """Russian troops liberate two communities in Donetsk, Zaporozhye regions over past day — MoD
MILITARY OPERATION IN UKRAINE
MOSCOW, January 25. /TASS/. Russian troops liberated the communities of Novopavlovka in the Donetsk People's Republic and Rovnopolye in the Zaporozhye Region over the past day, the Russian Defense Ministry reported on Sunday.
"Units of the Battlegroup Center liberated the community of Novopavlovka in the Donetsk People's Republic as a result of decisive operations," the ministry said in a statement. Troops of the Battlegroup East took control of Rovnopolye, it said.
According to the statement, the Ukrainian army lost up to 185 personnel in the area of the Battlegroup Center over the past 24 hours, while units of the Battlegroup West eliminated up to 140 Ukrainian servicemen near Kupyansk and destroyed two tanks and four armored combat vehicles.
Russian air defense forces shot down six HIMARS rockets, three guided aerial bombs and 208 fixed-wing drones over the past day, the ministry said.
"In all, 670 aircraft, 283 helicopters, 101,540 unmanned aerial vehicles, 643 surface-to-air missile systems and 26,910 tanks and other armored combat vehicles have been destroyed since the beginning of the special military operation," the ministry said.
Earlier, the ministry said that Russian forces had delivered a combined strike with precision weapons against energy facilities used by the Ukrainian military-industrial complex in Kiev. Deputy Chairman of the Russian Security Council Dmitry Medvedev warned on Saturday that Russia could hit "decision-making centers in Kiev" if Ukrainian drone attacks on Russian refineries continued.
Ukraine's General Staff disputed the ministry's account. "Novopavlivka remains under the control of Ukrainian defenders; the enemy's claims are fake," the General Staff wrote on Facebook. It put Russia's losses since February 2022 at 11,610 tanks.
Related news
Russian delegation to arrive in Abu Dhabi for talks on Monday
Kremlin comments on prospects for new prisoner exchange"""
d3 = "2026-01-25"
DOCS.append(dict(id="ev18-03", url="https://tass.com/politics/2071554",
    title="Russian troops liberate two communities in Donetsk, Zaporozhye regions over past day — MoD",
    published="2026-01-25T11:12:00+03:00", text=t3, units=[
    U("territory", None, NOVOP, ["Russian Defense Ministry", "ministry"], ["Russian troops liberated the communities of Novopavlovka", "Units of the Battlegroup Center liberated the community of Novopavlovka", "Novopavlivka remains under the control of Ukrainian defenders; the enemy's claims are fake"], "2026-01-24", ("russia", "ukraine", "russia"), mod="denied", note="Claimed by Russia, denied by Ukraine's General Staff; 'over the past day'. Approximate coordinates.", basis="text"),
    U("territory", None, RIVNO, ["Russian Defense Ministry", "ministry"], ["Rovnopolye in the Zaporozhye Region", "Troops of the Battlegroup East took control of Rovnopolye"], "2026-01-24", ("russia", "ukraine", "russia"), mod="claimed", note="Approximate coordinates."),
    U("killed", 185, NOVOP, ["Russian Defense Ministry", "ministry"], "the Ukrainian army lost up to 185 personnel in the area of the Battlegroup Center", "2026-01-24", ("russia", "ukraine", "russia"), mod="claimed", opt=True, note="'Lost personnel' mixes killed and wounded; optional."),
    U("killed", 140, KUPY, ["Russian Defense Ministry", "ministry"], "units of the Battlegroup West eliminated up to 140 Ukrainian servicemen near Kupyansk", "2026-01-24", ("russia", "ukraine", "russia"), mod="claimed"),
    U("materiel_lost", 2, KUPY, ["Russian Defense Ministry", "ministry"], "destroyed two tanks and four armored combat vehicles", "2026-01-24", ("russia", "ukraine", "russia"), mod="claimed"),
    U("materiel_lost", 4, KUPY, ["Russian Defense Ministry", "ministry"], "destroyed two tanks and four armored combat vehicles", "2026-01-24", ("russia", "ukraine", "russia"), mod="claimed"),
    U("materiel_lost", 6, None, ["Russian Defense Ministry", "ministry"], "Russian air defense forces shot down six HIMARS rockets", "2026-01-24", ("russia", "ukraine", "russia"), mod="claimed"),
    U("materiel_lost", 3, None, ["Russian Defense Ministry", "ministry"], "three guided aerial bombs", "2026-01-24", ("russia", "ukraine", "russia"), mod="claimed"),
    U("materiel_lost", 208, None, ["Russian Defense Ministry", "ministry"], "208 fixed-wing drones over the past day", "2026-01-24", ("russia", "ukraine", "russia"), mod="claimed"),
    U("materiel_lost", 670, UKR, ["Russian Defense Ministry", "ministry"], "In all, 670 aircraft, 283 helicopters", d3, ("russia", "ukraine", "russia"), basis="published", scope="cumulative", mod="claimed"),
    U("materiel_lost", 283, UKR, ["Russian Defense Ministry", "ministry"], "In all, 670 aircraft, 283 helicopters", d3, ("russia", "ukraine", "russia"), basis="published", scope="cumulative", mod="claimed"),
    U("materiel_lost", 101540, UKR, ["Russian Defense Ministry", "ministry"], "101,540 unmanned aerial vehicles", d3, ("russia", "ukraine", "russia"), basis="published", scope="cumulative", mod="claimed"),
    U("materiel_lost", 643, UKR, ["Russian Defense Ministry", "ministry"], "643 surface-to-air missile systems", d3, ("russia", "ukraine", "russia"), basis="published", scope="cumulative", mod="claimed"),
    U("materiel_lost", 26910, UKR, ["Russian Defense Ministry", "ministry"], "26,910 tanks and other armored combat vehicles have been destroyed since the beginning of the special military operation", d3, ("russia", "ukraine", "russia"), basis="published", scope="cumulative", mod="claimed"),
    U("attack", None, KYIV, ["Russian Defense Ministry", "ministry"], "a combined strike with precision weapons against energy facilities used by the Ukrainian military-industrial complex in Kiev", d3, ("russia", "ukraine", "russia"), basis="published", mod="claimed", opt=True,
      note="Earlier strike, undated; Medvedev's threat against Kyiv also falls on this place (warned record, same unit)."),
    U("materiel_lost", 11610, UKR, ["Ukraine's General Staff", "General Staff"], "It put Russia's losses since February 2022 at 11,610 tanks", d3, ("ukraine", "russia", "ukraine"), basis="published", scope="cumulative", mod="claimed"),
]))

# ---------------------------------------------------------------- ev18-04 local outlet, page noise
KHER = P("Kherson", 46.6354, 32.6169)
BERY = P("Beryslav", 46.8413, 33.4266)
KHREG = P("Kherson region", 46.6, 33.2, ["Kherson Oblast", "Kherson"], True, 120)
t4 = """We use cookies to improve your experience. By continuing to browse, you agree to our cookie policy. Accept | Settings
MOST-NEWS.KHERSON  |  Ukrainian  |  English
News / Kherson / Security
Russian drones hit Kherson's central market: two dead, 14 injured
March 3, 2026, 18:25  |  Author: Iryna Tkachenko
Share: Facebook  Telegram  X  Copy link
Firefighters put out a blaze at the Central Market in Kherson after the drone attack on 3 March. Photo: Kherson Regional Military Administration
Firefighters put out a blaze at the Central Market in Kherson after the drone attack on 3 March. Photo: Kherson Regional Military Administration
Russian forces attacked the Central Market in Kherson with drones on Tuesday morning, when the trading rows were at their busiest. Two people were killed and 14 others injured, the head of the regional military administration, Oleksandr Prokudin, reported.
Among the injured are a 16-year-old girl and two market sellers who were hit while unloading goods, Prokudin said. Five of the wounded were taken to the regional hospital with shrapnel injuries.
"The occupiers dropped explosives on people in broad daylight," Prokudin wrote. "This is not war, it is a hunt on civilians."
In the afternoon, the town of Beryslav came under artillery fire. A 67-year-old resident was killed in the courtyard of his house and three more people were wounded, the Beryslav district military administration said.
Subscribe to our Telegram channel so you don't miss important news from Kherson region.
Since the start of the year, Russian attacks have killed 38 civilians in Kherson region and wounded 412, according to the regional prosecutor's office. Roughly 1,200 residents have been evacuated from Beryslav district since November, the regional administration said.
The occupation authorities on the left bank, meanwhile, claimed that a Ukrainian drone hit a minibus in Oleshky, killing a driver. Their claim could not be independently verified.
Read more:
In Kherson, utility workers restore power after overnight shelling
How Kherson schools moved underground
Tags: Kherson, drones, shelling, Beryslav"""
d4 = "2026-03-03"
OLESH = P("Oleshky", 46.6238, 32.7203)
DOCS.append(dict(id="ev18-04", url="https://most.ks.ua/en/news/url/russian-drones-hit-kherson-central-market-two-dead-14-injured",
    title="Russian drones hit Kherson's central market: two dead, 14 injured", published="2026-03-03T18:25:00+02:00", text=t4, units=[
    U("killed", 2, KHER, ["Oleksandr Prokudin", "Prokudin"], ["Russian drones hit Kherson's central market: two dead, 14 injured", "Two people were killed and 14 others injured"], d4, ("ukraine", "civilian", "russia")),
    U("wounded", 14, KHER, ["Oleksandr Prokudin", "Prokudin"], ["Russian drones hit Kherson's central market: two dead, 14 injured", "Two people were killed and 14 others injured"], d4, ("ukraine", "civilian", "russia")),
    U("attack", None, KHER, ["Oleksandr Prokudin", "Prokudin"], ["Russian forces attacked the Central Market in Kherson with drones on Tuesday morning", "Russian drones hit Kherson's central market", "Firefighters put out a blaze at the Central Market in Kherson after the drone attack on 3 March"], d4, ("ukraine", "civilian", "russia"),
      note="Oleshky (left bank, about 8 km away) falls within 25 km."),
    U("wounded", 5, KHER, ["Oleksandr Prokudin", "Prokudin"], "Five of the wounded were taken to the regional hospital", d4, ("ukraine", "civilian", "russia"), opt=True, note="Hospitalised subset."),
    U("attack", None, BERY, ["Beryslav district military administration"], "the town of Beryslav came under artillery fire", d4, ("ukraine", "civilian", "russia")),
    U("killed", 1, BERY, ["Beryslav district military administration"], "A 67-year-old resident was killed in the courtyard of his house", d4, ("ukraine", "civilian", "russia"), opt=True, note="Implicit count of one."),
    U("wounded", 3, BERY, ["Beryslav district military administration"], "three more people were wounded", d4, ("ukraine", "civilian", "russia")),
    U("killed", 38, KHREG, ["regional prosecutor's office", "prosecutor's office"], "Russian attacks have killed 38 civilians in Kherson region and wounded 412", d4, ("ukraine", "civilian", "russia"), scope="cumulative", basis="published"),
    U("wounded", 412, KHREG, ["regional prosecutor's office", "prosecutor's office"], "Russian attacks have killed 38 civilians in Kherson region and wounded 412", d4, ("ukraine", "civilian", "russia"), scope="cumulative", basis="published"),
    U("displaced", 1200, P("Beryslav district", 46.85, 33.5, ["Beryslav", "Beryslav raion"], True, 40), ["regional administration"], "Roughly 1,200 residents have been evacuated from Beryslav district since November", d4, ("ukraine", "civilian", None), scope="cumulative", basis="published"),
    U("attack", None, OLESH, ["occupation authorities"], "a Ukrainian drone hit a minibus in Oleshky", d4, ("russia", "civilian", "ukraine"), mod="claimed", opt=True, note="Within 25 km of Kherson; optional."),
]))
