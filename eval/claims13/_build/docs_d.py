"""Documents ev13-17 .. ev13-25 (Mozambique, Colombia, Pakistan, Russia-Ukraine x6)."""
from common import Doc, S, R

DOCS = []

# ---------------------------------------------------------------- ev13-17 Mozambique, NGO press release (own voice)
CABO = R("Cabo Delgado", -12.3, 39.9, 200, aliases=["Cabo Delgado", "Cabo Delgado province"])
CHIURE = S("Chiúre", -13.3825, 39.78167, "Chiúre", aliases=["Chiure", "Chiure district"])
MUCOJO = S("Mucojo", -12.07, 40.47, aliases=["Mucojo", "Macomia district"], approx=True)
MOCIMBOA = S("Mocímboa da Praia", -11.35172, 40.35158, "Mocímboa da Praia", aliases=["Mocimboa da Praia", "Mocimboa"])

d = Doc("ev13-17", "https://www.childrenfirst-example.org/news/mozambique-cabo-delgado-children-abducted-2025",
        "Mozambique: at least 120 children abducted in Cabo Delgado this year, as new attacks force thousands to flee",
        "2025-08-08T09:00:00+02:00", """MEDIA RELEASE
Maputo, 8 August 2025

Mozambique: at least 120 children abducted in Cabo Delgado this year, as new attacks force thousands to flee

Non-state armed groups have abducted at least 120 children in Cabo Delgado province since January, many of them to be used as porters or fighters, our teams on the ground have found.

The warning comes as a new wave of attacks has swept through the south of the province. Raids on villages in Chiure district in late July forced about 46,000 people to flee in under two weeks, most of them on foot towards Nampula province. On 3 August, insurgents raided Mucojo, in Macomia district, torching dozens of homes and killing four people.

"Children arrive at our child-friendly spaces exhausted and frightened; some saw their parents killed in front of them," said our country director.

The conflict, now in its eighth year, has killed more than 6,000 people and displaced over 1 million since 2017, according to conflict monitors. Insurgents held the port town of Mocímboa da Praia for a year from August 2020, until Mozambican and Rwandan troops drove them out.

We call on all parties to protect children and to release those who have been taken.

ENDS""", "Mozambique (Cabo Delgado)", "NGO media release", issuer_side="other")
d.u("abducted", 120, CABO, None, "Non-state armed groups have abducted at least 120 children in Cabo Delgado province since January",
    date="2025-08-08", sides=(None, "civilian", "armed_groups"), scope="cumulative",
    note="NGO's own voice. Insurgents: armed_groups.")
d.u("attack", None, CHIURE, None, "Raids on villages in Chiure district in late July", date="2025-07", sides=(None, "civilian", "armed_groups"))
d.u("displaced", 46000, CHIURE, None, "forced about 46,000 people to flee in under two weeks", date="2025-07",
    sides=(None, "civilian", "armed_groups"))
d.u("attack", None, MUCOJO, None, ["insurgents raided Mucojo, in Macomia district", "torching dozens of homes"], date="2025-08-03",
    sides=(None, "civilian", "armed_groups"), note="Mucojo coordinates approximate.")
d.u("killed", 4, MUCOJO, None, "killing four people", date="2025-08-03", sides=(None, "civilian", "armed_groups"))
d.u("killed", 6000, CABO, ["conflict monitors"], "has killed more than 6,000 people", date="2025-08-08", sides=("other", None, None),
    scope="cumulative")
d.u("displaced", 1000000, CABO, ["conflict monitors"], "displaced over 1 million since 2017", date="2025-08-08",
    sides=("other", "civilian", None), scope="cumulative")
d.u("territory", None, MOCIMBOA, None, ["Insurgents held the port town of Mocímboa da Praia for a year from August 2020",
                                        "until Mozambican and Rwandan troops drove them out"], date="2020-08",
    sides=(None, "other", "armed_groups"), note="History; the 2021 recapture (Rwanda: other) is the same unit.")
DOCS.append(d)

# ---------------------------------------------------------------- ev13-18 Colombia, wire copy
CATATUMBO = R("Catatumbo", 8.6, -73.0, 60, aliases=["Catatumbo", "Catatumbo region"])
TIBU = S("Tibú", 8.63895, -72.73583, "Tibú", aliases=["Tibu"])
EL_TARRA = S("El Tarra", 8.57506, -73.09607, "El Tarra")
CUCUTA = S("Cúcuta", 7.90745, -72.5049, "Cúcuta", aliases=["Cucuta"])
OCANA = S("Ocaña", 8.23773, -73.35604, "Ocaña", aliases=["Ocana"])

d = Doc("ev13-18", "https://www.andeswire-example.com/colombia/eln-catatumbo-offensive-death-toll-20250121",
        "Colombia's Catatumbo death toll reaches 80 as ELN offensive displaces tens of thousands",
        "2025-01-21T17:45:00Z", """CUCUTA, Colombia, Jan 21 (Andes Wire) - At least 80 people have been killed since Thursday in Colombia's Catatumbo region, where ELN guerrillas launched an offensive against a rival group of former FARC rebels, the governor of Norte de Santander, William Villamizar, said on Tuesday. Among the dead are seven former FARC fighters who had signed the 2016 peace deal.

More than 36,000 people have fled their homes, many of them to Cucuta, the regional capital, according to the ombudsman's office, the largest displacement in the country in decades.

Witnesses said ELN fighters went door to door in Tibu and El Tarra with lists of names, dragging people from their homes. The guerrillas also kidnapped a social leader and two of his relatives near Ocana, his organisation said.

The army said it had sent 5,000 troops to the region and had captured 10 ELN members in the first days of the operation. The ELN said in a statement that it was fighting the FARC dissidents, not civilians.

Thousands of people marched in Cucuta on Monday, dressed in white, to demand an end to the violence. President Gustavo Petro suspended peace talks with the ELN and declared a state of internal commotion.""", "Colombia", "wire copy with dateline")
d.u("killed", 80, CATATUMBO, ["William Villamizar", "governor of Norte de Santander", "governor"],
    "At least 80 people have been killed since Thursday in Colombia's Catatumbo region", date="2025-01-16",
    sides=("other", None, "armed_groups"), scope="cumulative", note="Colombian state: 'other'; ELN and FARC dissidents: armed_groups.")
d.u("killed", 7, CATATUMBO, ["William Villamizar", "governor"], "seven former FARC fighters who had signed the 2016 peace deal",
    date="2025-01-16", sides=("other", "armed_groups", "armed_groups"), scope="cumulative")
d.u("displaced", 36000, CUCUTA, ["ombudsman's office", "ombudsman"], "More than 36,000 people have fled their homes",
    date="2025-01-21", sides=("other", "civilian", "armed_groups"), scope="cumulative")
d.u("attack", None, TIBU, ["Witnesses"], "ELN fighters went door to door in Tibu and El Tarra with lists of names", date="2025-01-16",
    sides=("other", "civilian", "armed_groups"), note="House-to-house killings; two places 40 km apart.")
d.u("attack", None, EL_TARRA, ["Witnesses"], "ELN fighters went door to door in Tibu and El Tarra with lists of names", date="2025-01-16",
    sides=("other", "civilian", "armed_groups"))
d.u("abducted", 3, OCANA, ["his organisation"], "kidnapped a social leader and two of his relatives near Ocana", date="2025-01-21",
    sides=("other", "civilian", "armed_groups"))
d.u("captured", 10, CATATUMBO, ["army"], "had captured 10 ELN members", date="2025-01-21", sides=("other", "armed_groups", "other"))
d.u("protest", 1000, CUCUTA, None, "Thousands of people marched in Cucuta on Monday", date="2025-01-20", sides=(None, "civilian", None))
DOCS.append(d)

# ---------------------------------------------------------------- ev13-19 Pakistan, wire copy
BOLAN = S("Bolan Pass", 29.80, 67.40, aliases=["Bolan", "Bolan Pass", "Mach"], approx=True)
BANNU = S("Bannu", 32.98527, 70.60403, "Bannu")
DIK = S("Dera Ismail Khan", 31.83129, 70.9017, "Dera Ismail Khan")
PAKISTAN = R("Pakistan", 30.0, 70.0, 700, aliases=["Pakistan"])

d = Doc("ev13-19", "https://www.southasiawire-example.com/pakistan/jaffar-express-siege-ends-20250313",
        "Pakistan army says train siege over, 21 hostages and all 33 attackers dead",
        "2025-03-13T10:15:00Z", """QUETTA, Pakistan, March 13 (South Asia Wire) - Pakistan's army said on Thursday its troops had ended the siege of a hijacked passenger train in Balochistan, killing all 33 militants involved, after a standoff of more than 30 hours in which 21 hostages and four soldiers were killed.

Fighters of the separatist Baloch Liberation Army (BLA) blew up the track and stormed the Jaffar Express near a tunnel in the Bolan Pass on Tuesday as it carried about 440 passengers from Quetta to Peshawar, taking hundreds of them hostage. The army said 354 hostages had been freed.

The BLA, in a statement sent to journalists, disputed the army's account, saying it was still holding hostages and claiming to have killed more than 100 security personnel.

In neighbouring Khyber Pakhtunkhwa, two suicide car bombs hit the Bannu cantonment on March 4, killing 18 people, including five soldiers.

Militant attacks killed more than 1,600 people in Pakistan in 2024, the deadliest year in a decade, according to an Islamabad-based think tank.""", "Pakistan", "wire copy with dateline")
d.u("killed", 33, BOLAN, ["Pakistan's army", "army"], "killing all 33 militants involved", date="2025-03-12",
    sides=("other", "armed_groups", "other"), note="Pakistan army: 'other'; BLA/TTP: armed_groups. Bolan Pass coordinates approximate.")
d.u("killed", 21, BOLAN, ["Pakistan's army", "army"], "21 hostages and four soldiers were killed", date="2025-03-12",
    sides=("other", "civilian", "armed_groups"))
d.u("killed", 4, BOLAN, ["Pakistan's army", "army"], "21 hostages and four soldiers were killed", date="2025-03-12",
    sides=("other", "other", "armed_groups"))
d.u("abducted", 100, BOLAN, None, ["stormed the Jaffar Express near a tunnel in the Bolan Pass on Tuesday", "taking hundreds of them hostage"],
    date="2025-03-11", sides=(None, "civilian", "armed_groups"), note="Hostage-taking on the train; vague 'hundreds' -> 100.")
d.u("attack", None, BOLAN, None, "blew up the track and stormed the Jaffar Express", opt=True, date="2025-03-11",
    sides=(None, "civilian", "armed_groups"), note="Track bombing; the event is primarily a hijacking.")
d.u("affected", 440, BOLAN, None, "as it carried about 440 passengers", opt=True, date="2025-03-11", sides=(None, "civilian", "armed_groups"),
    note="Passengers aboard the hijacked train (trapped).")
d.u("killed", 100, BOLAN, ["BLA", "Baloch Liberation Army"], "claiming to have killed more than 100 security personnel", date="2025-03-12",
    sides=("armed_groups", "other", "armed_groups"))
d.u("attack", None, BANNU, None, "two suicide car bombs hit the Bannu cantonment on March 4", date="2025-03-04",
    sides=(None, "other", "armed_groups"))
d.u("killed", 18, BANNU, None, "killing 18 people, including five soldiers", date="2025-03-04", sides=(None, None, "armed_groups"))
d.u("killed", 5, BANNU, None, "including five soldiers", date="2025-03-04", sides=(None, "other", "armed_groups"))
d.u("killed", 1600, PAKISTAN, ["Islamabad-based think tank", "think tank"], "Militant attacks killed more than 1,600 people in Pakistan in 2024",
    date="2024", sides=("other", None, "armed_groups"), scope="cumulative")
DOCS.append(d)

# ---------------------------------------------------------------- ev13-20 Ukraine, General Staff update (own voice)
HULIAIPOLE = S("Huliaipole", 47.66685, 36.25576, "Hulyaypole", aliases=["Hulyaypole", "Gulyaipole"])
KOSTIANTYNIVKA = S("Kostiantynivka", 48.52728, 37.70594, "Kostyantynivka", aliases=["Kostyantynivka", "Konstantinovka"])
POKROVSK = S("Pokrovsk", 48.28014, 37.17706, "Pokrovsk", aliases=["Krasnoarmeysk", "Myrnohrad", "Dimitrov", "Rodynske"])
UKRAINE = R("Ukraine", 48.5, 32.0, 700, aliases=["Ukraine"])

d = Doc("ev13-20", "https://www.genstaff-ua-example.gov.ua/en/news/operational-information-18-10-2025",
        "Operational information as of 08:00 18.10.2025 on the Russian invasion",
        "2025-10-18T08:00:00+03:00", """General Staff of the Armed Forces of Ukraine
Operational information as of 08:00 18.10.2025 regarding the Russian invasion

The total combat losses of the enemy from 24.02.22 to 18.10.25 are approximately:
personnel ‒ about 1,127,640 (+960) persons
tanks ‒ 11,245 (+3)
armoured combat vehicles ‒ 23,310 (+2)
artillery systems ‒ 33,640 (+27)
air defence means ‒ 1,225 (+1)
operational-tactical level UAVs ‒ 68,020 (+244)
The data are being confirmed.

Over the past day, 174 combat clashes were recorded. The enemy carried out 2 missile strikes and 58 air strikes, dropping 109 guided aerial bombs, and made 4,112 attacks with artillery and drones on the positions of our troops and on settlements.

Enemy air strikes hit, in particular, the areas of Huliaipole in the Zaporizhzhia region and Kostiantynivka in the Donetsk region.

In the Pokrovsk direction, the occupiers tried 47 times yesterday to push our units back near Myrnohrad and Rodynske. According to preliminary data, our defenders eliminated 119 occupiers and wounded 93 in this direction; 3 vehicles and 2 artillery systems were also destroyed.

Glory to Ukraine!""", "Russia-Ukraine", "party's own operational update (General Staff voice)", issuer_side="ukraine")
for val, ev, item in [(1127640, "personnel ‒ about 1,127,640 (+960) persons", "killed"),
                      (11245, "tanks ‒ 11,245 (+3)", "tank"), (23310, "armoured combat vehicles ‒ 23,310 (+2)", "armoured_vehicle"),
                      (33640, "artillery systems ‒ 33,640 (+27)", "artillery"), (1225, "air defence means ‒ 1,225 (+1)", "air_defence"),
                      (68020, "operational-tactical level UAVs ‒ 68,020 (+244)", "drone")]:
    d.u("killed" if item == "killed" else "materiel_lost", val, UKRAINE, None, ev, date="2025-10-18",
        sides=(None, "russia", "ukraine"), scope="cumulative",
        note=("Personnel 'losses' read as killed (General Staff usage)." if item == "killed" else f"item {item}"))
for val, ev, cat in [(960, "(+960) persons", "killed"), (27, "33,640 (+27)", "materiel_lost"),
                     (1, "1,225 (+1)", "materiel_lost"), (244, "68,020 (+244)", "materiel_lost")]:
    d.u(cat, val, UKRAINE, None, ev, opt=True, date="2025-10-17", sides=(None, "russia", "ukraine"),
        note="Daily increment in the '(+N)' notation: optional.")
d.u("attack", None, HULIAIPOLE, None, "Enemy air strikes hit, in particular, the areas of Huliaipole", date="2025-10-17",
    sides=(None, "ukraine", "russia"))
d.u("attack", None, KOSTIANTYNIVKA, None, "Kostiantynivka in the Donetsk region", date="2025-10-17", sides=(None, "ukraine", "russia"))
d.u("territory", None, POKROVSK, None, "the occupiers tried 47 times yesterday to push our units back near Myrnohrad and Rodynske", opt=True,
    date="2025-10-17", sides=(None, "ukraine", "russia"), note="Failed advances; Myrnohrad and Rodynske are within 10 km of Pokrovsk.")
d.u("killed", 119, POKROVSK, None, "our defenders eliminated 119 occupiers and wounded 93", date="2025-10-17", sides=(None, "russia", "ukraine"))
d.u("wounded", 93, POKROVSK, None, "our defenders eliminated 119 occupiers and wounded 93", date="2025-10-17", sides=(None, "russia", "ukraine"))
d.u("materiel_lost", 2, POKROVSK, None, "3 vehicles and 2 artillery systems were also destroyed", date="2025-10-17",
    sides=(None, "russia", "ukraine"), note="2 artillery systems; also evidence of the (+2) armoured vehicles increment, same value.")
d.units[-1]["evidence"].append("23,310 (+2)")
d.u("materiel_lost", 3, POKROVSK, None, "3 vehicles and 2 artillery systems were also destroyed", date="2025-10-17",
    sides=(None, "russia", "ukraine"), note="3 vehicles; the (+3) tanks increment has the same value and is evidence of this unit.")
d.units[-1]["evidence"].append("11,245 (+3)")
DOCS.append(d)

# ---------------------------------------------------------------- ev13-21 Russia, Defence Ministry summary (own voice)
KUPIANSK = S("Kupiansk", 49.71003, 37.61581, "Kupyansk", aliases=["Kupyansk", "Kupiansk"])
PAVLOHRAD = S("Pavlohrad", 48.53214, 35.86878, "Pavlohrad", aliases=["Pavlograd"])

d = Doc("ev13-21", "https://www.mil-ru-example.ru/en/news/briefing-2025-11-21",
        "Summary of the Russian Ministry of Defence on the progress of the special military operation (21 November 2025)",
        "2025-11-21T14:30:00+03:00", """Summary of the Russian Federation Ministry of Defence on the progress of the special military operation
(as of 21 November 2025)

Units of the Zapad group of forces have completed the liberation of the town of Kupyansk in the Kharkov region, the largest stronghold of the Armed Forces of Ukraine in this direction. In the area of the town, 20 Ukrainian servicemen laid down their arms and surrendered.

Units of the Tsentr group of forces continue to destroy enemy formations blocked in Krasnoarmeysk and Dimitrov. During the day, 74 buildings were cleared.

Operational-tactical aviation, attack drones, missile troops and artillery struck energy facilities supporting the operation of the Ukrainian military-industrial complex in Pavlograd, as well as temporary deployment points of Ukrainian formations in 141 areas.

Air defence means shot down 4 guided aerial bombs and 164 fixed-wing unmanned aerial vehicles over the past day.

In total since the beginning of the special military operation, the following have been destroyed: 670 aircraft and 25,604 tanks and other armoured combat vehicles.""", "Russia-Ukraine", "party's own statement (Defence Ministry voice)", date="2025-11-21", issuer_side="russia")
d.u("territory", None, KUPIANSK, None, "have completed the liberation of the town of Kupyansk in the Kharkov region", sides=(None, "ukraine", "russia"),
    note="Own voice of the Russian Defence Ministry: claimant null, claimant side russia.")
d.u("captured", 20, KUPIANSK, None, "20 Ukrainian servicemen laid down their arms and surrendered", sides=(None, "ukraine", "russia"))
d.u("territory", None, POKROVSK, None, "continue to destroy enemy formations blocked in Krasnoarmeysk and Dimitrov", sides=(None, "ukraine", "russia"),
    note="Encirclement; Krasnoarmeysk = Pokrovsk, Dimitrov = Myrnohrad (8 km apart): one unit.")
d.u("attack", None, PAVLOHRAD, None, "struck energy facilities supporting the operation of the Ukrainian military-industrial complex in Pavlograd",
    sides=(None, "ukraine", "russia"))
d.u("materiel_lost", 4, UKRAINE, None, "Air defence means shot down 4 guided aerial bombs", date="2025-11-20", sides=(None, "ukraine", "russia"),
    note="Interception; item missile/other.")
d.u("materiel_lost", 164, UKRAINE, None, "164 fixed-wing unmanned aerial vehicles", date="2025-11-20", sides=(None, "ukraine", "russia"))
d.u("materiel_lost", 670, UKRAINE, None, "670 aircraft", sides=(None, "ukraine", "russia"), scope="cumulative")
d.u("materiel_lost", 25604, UKRAINE, None, "25,604 tanks and other armoured combat vehicles", sides=(None, "ukraine", "russia"), scope="cumulative")
DOCS.append(d)

# ---------------------------------------------------------------- ev13-22 Russia-Ukraine, live blog
KYIV = S("Kyiv", 50.45466, 30.5238, "Kyiv", aliases=["Kiev"])
ZAPORIZHZHIA = S("Zaporizhzhia", 47.8229, 35.1903, aliases=["Zaporizhzhya", "Zaporizhia", "Zaporozhye"])
BRYANSK_REG = R("Bryansk region", 52.9, 33.4, 120, aliases=["Bryansk", "Bryansk region", "Bryansk oblast"])
KREMENCHUK = S("Kremenchuk", 49.06253, 33.40484, "Kremenchuk")

d = Doc("ev13-22", "https://live.kyivledger-example.com/war/live-7-september-2025",
        "Live: Russia's largest air attack of the war hits government building in Kyiv",
        "2025-09-07T14:20:00+03:00", """LIVE: Russia's largest air attack of the war hits government building in Kyiv
Updated 7 September 2025, 14:20 Kyiv time

14:20
Ukraine's drone forces commander Robert Brovdi says his units hit a pumping station of the Druzhba oil pipeline in Russia's Bryansk region overnight. There was no comment from Moscow.

12:05
Russia's Defence Ministry says it carried out a "massive strike" on Ukraine's military-industrial enterprises and transport infrastructure, and insists that no targets in Kyiv other than military ones were hit.

11:40
Zaporizhzhia regional governor Ivan Fedorov: the overnight attack on the city wounded 15 people, among them three children. Several private houses were destroyed.

10:15
Explosions and a large fire were reported in Kremenchuk after drones struck the city's industrial area, local officials said. No casualties have been reported so far.

09:30
Ukraine's air force says Russia fired 810 drones and decoys and 13 missiles overnight. Of them, 747 drones and four missiles were shot down or jammed.

08:50
Kyiv officials say a young woman and her three-month-old baby were killed and 18 people wounded in the capital. Hundreds of people spent the night sheltering in metro stations. For the first time, the roof of the Cabinet of Ministers building in central Kyiv is on fire after the strike, Prime Minister Yulia Svyrydenko says.

08:00
Good morning. Kyiv and several other cities came under attack overnight. Stay with us for updates.""", "Russia-Ukraine", "live blog (timestamps, newest first)", date="2025-09-07")
d.u("attack", None, BRYANSK_REG, ["Robert Brovdi", "drone forces commander"],
    "his units hit a pumping station of the Druzhba oil pipeline in Russia's Bryansk region overnight", sides=("ukraine", "russia", "ukraine"))
d.u("attack", None, KYIV, ["Kyiv officials", "Yulia Svyrydenko", "Prime Minister"],
    ["the roof of the Cabinet of Ministers building in central Kyiv is on fire after the strike", "Kyiv and several other cities came under attack overnight",
     "insists that no targets in Kyiv other than military ones were hit"],
    sides=("ukraine", "civilian", "russia"), note="Russia denies hitting non-military targets in Kyiv (same unit).")
d.u("killed", 2, KYIV, ["Kyiv officials"], "a young woman and her three-month-old baby were killed", opt=True,
    sides=("ukraine", "civilian", "russia"), note="Implicit count (a woman and her baby): optional, as in claims-world.")
d.u("wounded", 18, KYIV, ["Kyiv officials"], "18 people wounded in the capital", sides=("ukraine", "civilian", "russia"))
d.u("affected", 100, KYIV, ["Kyiv officials"], "Hundreds of people spent the night sheltering in metro stations",
    sides=("ukraine", "civilian", "russia"), note="vague 'hundreds' -> 100")
d.u("attack", None, ZAPORIZHZHIA, ["Ivan Fedorov", "Zaporizhzhia regional governor"], "the overnight attack on the city wounded 15 people",
    sides=("ukraine", "civilian", "russia"), note="Coordinates of the city (not the homonymous village in cities500).")
d.u("wounded", 15, ZAPORIZHZHIA, ["Ivan Fedorov", "Zaporizhzhia regional governor"], "wounded 15 people, among them three children",
    sides=("ukraine", "civilian", "russia"))
d.u("wounded", 3, ZAPORIZHZHIA, ["Ivan Fedorov", "Zaporizhzhia regional governor"], "among them three children",
    sides=("ukraine", "civilian", "russia"))
d.u("attack", None, KREMENCHUK, ["local officials"], "drones struck the city's industrial area", sides=("ukraine", None, "russia"))
d.u("materiel_lost", 747, UKRAINE, ["Ukraine's air force", "air force"], "747 drones and four missiles were shot down or jammed",
    sides=("ukraine", "russia", "ukraine"), note="Interception; launch counts (810, 13) are not units.")
d.u("materiel_lost", 4, UKRAINE, ["Ukraine's air force", "air force"], "747 drones and four missiles were shot down or jammed",
    sides=("ukraine", "russia", "ukraine"))
DOCS.append(d)

# ---------------------------------------------------------------- ev13-23 Russia-Ukraine, scraped page with noise
KHARKIV = S("Kharkiv", 49.98177, 36.25475, "Kharkiv", aliases=["Saltivskyi district"])
BILOPILLIA = S("Bilopillia", 51.14747, 34.31079, "Bilopillia", aliases=["Bilopilia"])
VOVCHANSK = S("Vovchansk", 50.29078, 36.94108, "Vovchansk", aliases=["Volchansk"])
KUP_DISTRICT = R("Kupiansk district", 49.7, 37.7, 40, aliases=["Kupiansk district", "Kupiansk"])

d = Doc("ev13-23", "https://www.easternpost-example.co.uk/world/europe/kharkiv-glide-bombs-saltivka-strike-2026",
        "Glide bombs hit Kharkiv high-rise as Russia claims Vovchansk",
        "2026-01-20T16:40:00Z", """We value your privacy. We and our 842 partners store and access information on your device. ACCEPT | REJECT | MORE OPTIONS
World | Europe | Ukraine war
Glide bombs hit Kharkiv high-rise as Russia claims Vovchansk
Emergency workers at the scene on Tuesday morningEmergency workers at the scene on Tuesday morning
+7 View gallery
By Eastern Post foreign desk | Published 16:40, 20 January 2026 | Updated 17:02
Four people were killed and 27 wounded when Russian glide bombs struck a high-rise in Kharkiv's Saltivskyi district on Tuesday, the regional governor Oleh Syniehubov said. Three children were among the injured.
ADVERTISEMENT
In the Sumy region, a Russian drone hit a minibus carrying workers on the outskirts of Bilopillia, wounding nine, the regional military administration said.
Russia's defence ministry claimed its troops had taken full control of Vovchansk, a border town that has been fought over since May 2024. Ukraine's army called the claim false and said clashes were continuing in the northern part of the town.
Meanwhile, some 1,700 people, including 300 children, have been evacuated from frontline villages of the Kupiansk district since the start of the month, local authorities said.
Sign up to our Ukraine Briefing newsletter - the war in five minutes, every weekday
MOST READ: Zelensky names new defence minister | Frozen lines: a winter on the front
1.2k shares | 348 comments""", "Russia-Ukraine", "scraped news page with web noise")
d.u("attack", None, KHARKIV, ["Oleh Syniehubov", "regional governor"], ["Russian glide bombs struck a high-rise in Kharkiv's Saltivskyi district on Tuesday",
                                                                 "Glide bombs hit Kharkiv high-rise"], date="2026-01-20",
    sides=("ukraine", "civilian", "russia"))
d.u("killed", 4, KHARKIV, ["Oleh Syniehubov", "regional governor"], "Four people were killed and 27 wounded", date="2026-01-20", sides=("ukraine", "civilian", "russia"))
d.u("wounded", 27, KHARKIV, ["Oleh Syniehubov", "regional governor"], "Four people were killed and 27 wounded", date="2026-01-20", sides=("ukraine", "civilian", "russia"))
d.u("wounded", 3, KHARKIV, ["Oleh Syniehubov", "regional governor"], "Three children were among the injured", date="2026-01-20", sides=("ukraine", "civilian", "russia"))
d.u("attack", None, BILOPILLIA, ["regional military administration"], "a Russian drone hit a minibus carrying workers on the outskirts of Bilopillia",
    sides=("ukraine", "civilian", "russia"))
d.u("wounded", 9, BILOPILLIA, ["regional military administration"], "wounding nine", sides=("ukraine", "civilian", "russia"))
d.u("territory", None, VOVCHANSK, ["Russia's defence ministry", "defence ministry"],
    ["its troops had taken full control of Vovchansk", "Ukraine's army called the claim false", "Russia claims Vovchansk"],
    sides=("russia", "ukraine", "russia"), note="Ukraine denies (same unit).")
d.u("displaced", 1700, KUP_DISTRICT, ["local authorities"], "some 1,700 people, including 300 children, have been evacuated",
    sides=("ukraine", "civilian", None), scope="cumulative")
d.u("displaced", 300, KUP_DISTRICT, ["local authorities"], "including 300 children", sides=("ukraine", "civilian", None), scope="cumulative")
DOCS.append(d)

# ---------------------------------------------------------------- ev13-24 Russia-Ukraine, translated Telegram posts (regional administration)
KHERSON = S("Kherson", 46.63695, 32.61458, "Kherson", aliases=["Antonivka", "Bilozerka"])
BERYSLAV = S("Beryslav", 46.83851, 33.42664, "Beryslav")
STANISLAV = S("Stanislav", 46.57327, 32.14767, "Stanislav")
KHERSON_REG = R("Kherson region", 46.7, 33.0, 120, aliases=["Kherson region", "Kherson oblast", "Khersonshchyna"])

d = Doc("ev13-24", "https://t.me/s/khersonska_oda_example",
        "Kherson Regional Military Administration (Telegram) - posts of 3 December 2025, translated",
        "2025-12-03T21:00:00+02:00", """Kherson Regional Military Administration
[Machine translation from Ukrainian, lightly edited. Newest first.]

🔴 20:41
Over the past week, Russian attacks killed 6 people in Kherson region and injured 71, including 4 children.
👁 12.7K

🔴 17:03
Evacuation continues. Today 112 people, including 9 children, were taken out of the communities on the Dnipro shoreline.
👁 9.8K

🔴 14:26
Beryslav. An enemy drone dropped explosives on a car. A 58-year-old man was injured and is being treated in hospital.
👁 10.1K

🔴 09:00
Over the past day the enemy struck Antonivka, Bilozerka, Kherson, Beryslav and Stanislav with artillery, MLRS, drones and aerial bombs. Residential quarters and a medical facility in Kherson were hit. As a result of Russian aggression, 1 person was killed and 14 people were injured.
👁 21.4K

Oleksandr Prokudin, head of the Kherson Regional Military Administration""", "Russia-Ukraine", "translated Telegram posts (regional administration's channel)",
        issuer_side="ukraine")
d.u("attack", None, KHERSON, None, ["Over the past day the enemy struck Antonivka, Bilozerka, Kherson, Beryslav and Stanislav",
                                     "Residential quarters and a medical facility in Kherson were hit"], date="2025-12-02",
    sides=(None, "civilian", "russia"), note="Antonivka and Bilozerka are within 20 km of Kherson: aliases of the Kherson unit.")
d.u("attack", None, BERYSLAV, None, ["Over the past day the enemy struck Antonivka, Bilozerka, Kherson, Beryslav and Stanislav",
                                      "An enemy drone dropped explosives on a car"], date="2025-12-02", sides=(None, "civilian", "russia"))
d.u("attack", None, STANISLAV, None, "Over the past day the enemy struck Antonivka, Bilozerka, Kherson, Beryslav and Stanislav", date="2025-12-02",
    sides=(None, "civilian", "russia"))
d.u("killed", 1, KHERSON_REG, None, "1 person was killed and 14 people were injured", date="2025-12-02", sides=(None, "civilian", "russia"))
d.u("wounded", 14, KHERSON_REG, None, "1 person was killed and 14 people were injured", date="2025-12-02", sides=(None, "civilian", "russia"))
d.u("wounded", 1, BERYSLAV, None, "A 58-year-old man was injured", date="2025-12-03", sides=(None, "civilian", "russia"))
d.u("killed", 6, KHERSON_REG, None, "Russian attacks killed 6 people in Kherson region and injured 71", date="2025-12-03",
    sides=(None, "civilian", "russia"), scope="cumulative", note="Weekly total.")
d.u("wounded", 71, KHERSON_REG, None, "Russian attacks killed 6 people in Kherson region and injured 71", date="2025-12-03",
    sides=(None, "civilian", "russia"), scope="cumulative")
d.u("wounded", 4, KHERSON_REG, None, "including 4 children", date="2025-12-03", sides=(None, "civilian", "russia"), scope="cumulative")
d.u("displaced", 112, KHERSON_REG, None, "Today 112 people, including 9 children, were taken out of the communities on the Dnipro shoreline",
    sides=(None, "civilian", None))
d.u("displaced", 9, KHERSON_REG, None, "including 9 children, were taken out", sides=(None, "civilian", None))
DOCS.append(d)

# ---------------------------------------------------------------- ev13-25 Russia-Ukraine, analysis with history
AVDIIVKA = S("Avdiivka", 48.1394, 37.7497, aliases=["Avdiyivka", "Avdeevka"], approx=True)
VUHLEDAR = S("Vuhledar", 47.77973, 37.24999, "Vuhledar", aliases=["Ugledar"])

d = Doc("ev13-25", "https://www.continentalreview-example.eu/analysis/pokrovsk-and-the-cost-of-attrition",
        "Pokrovsk and the arithmetic of attrition",
        "2025-12-20T08:00:00+01:00", """Analysis

Pokrovsk and the arithmetic of attrition

Russia's approach to Pokrovsk has followed a script written at Avdiivka. That town fell in February 2024 after a four-month assault that cost Russia, by some Western estimates, around 16,000 dead. Vuhledar, the hilltop mining town that had held out for two and a half years, was abandoned by its defenders in October 2024.

Pokrovsk, once the main logistics hub for Ukraine's forces in Donetsk, was hollowed out in the same way: small groups of infantry infiltrating between positions, drones cutting the roads, glide bombs levelling what was left. On 1 December, Valery Gerasimov, the chief of Russia's general staff, told Vladimir Putin that Pokrovsk had been taken. Kyiv said its troops still held parts of the north of the city.

Further north the picture is different. At Kupiansk, which Russia also claimed in November, Ukrainian forces have since cleared most of the city and encircled the Russian units left inside, about 200 soldiers, according to Ukraine's military.

The human cost is only partly visible. The two sides still swap prisoners: on 2 October they exchanged 185 each, along with the bodies of fallen soldiers. Kyiv's coordination headquarters says more than 5,800 Ukrainians have been brought home from captivity since 2022.

Ukraine's commander-in-chief says Russia has massed some 150,000 troops along this part of the front. Winter will test whether it can still turn numbers into ground.""", "Russia-Ukraine", "analysis piece with history paragraphs")
d.u("territory", None, AVDIIVKA, None, "That town fell in February 2024 after a four-month assault", date="2024-02",
    sides=(None, "ukraine", "russia"), note="History; Avdiivka coordinates approximate.")
d.u("killed", 16000, AVDIIVKA, ["Western estimates", "some Western estimates"], "around 16,000 dead", date="2024-02",
    sides=("other", "russia", None), scope="cumulative")
d.u("territory", None, VUHLEDAR, None, "was abandoned by its defenders in October 2024", date="2024-10", sides=(None, "ukraine", "russia"))
d.u("territory", None, POKROVSK, ["Valery Gerasimov", "chief of Russia's general staff"],
    ["told Vladimir Putin that Pokrovsk had been taken", "Kyiv said its troops still held parts of the north of the city"],
    date="2025-12-01", sides=("russia", "ukraine", "russia"), note="Ukraine disputes (same unit).")
d.u("territory", None, KUPIANSK, ["Ukraine's military"], ["Ukrainian forces have since cleared most of the city and encircled the Russian units left inside",
                                                          "which Russia also claimed in November"],
    date="2025-12", sides=("ukraine", "russia", "ukraine"), note="Russia's November claim is the same (territory, Kupiansk) unit.")
d.u("affected", 200, KUPIANSK, ["Ukraine's military"], "encircled the Russian units left inside, about 200 soldiers",
    date="2025-12", sides=("ukraine", "russia", "ukraine"), note="Encircled (besieged) soldiers.")
d.u("captured", 185, UKRAINE, None, "on 2 October they exchanged 185 each", date="2025-10-02", sides=(None, None, None),
    note="Prisoner exchange: number exchanged.")
d.u("captured", 5800, UKRAINE, ["coordination headquarters", "Kyiv's coordination headquarters"],
    "more than 5,800 Ukrainians have been brought home from captivity since 2022",
    sides=("ukraine", "ukraine", "russia"), scope="cumulative")
DOCS.append(d)
