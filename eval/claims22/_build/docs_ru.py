"""Documents ev22-01 .. ev22-05 (Russia-Ukraine), written from scratch for eval/claims22."""
from common import U

DOCS = []

# ------------------------------------------------------------------ ev22-01
T01 = """Russian strike on Zaporizhzhia kills seven as drones also hit Dnipro and Kryvyi Rih

By Olena Marchuk and Pavel Dorn

ZAPORIZHZHIA, Ukraine, Feb 9 (Meridian Wire) - Russian missiles and drones pounded Zaporizhzhia overnight, killing seven people and injuring at least 11, the regional governor said on Monday, as a wave of attacks also reached Dnipro and Kryvyi Rih.

Governor Ivan Sokolenko said a ballistic missile smashed into a five-storey apartment block in the city's Oleksandrivskyi district shortly after 2 a.m., and that rescue teams were still lifting concrete slabs by hand at dawn. Two of the dead were teenage brothers, he wrote on Telegram.

"The city did not sleep tonight," Sokolenko told reporters outside the wrecked building. "Four of the wounded are in a serious condition, and we cannot rule out that more people are under the rubble."

In Dnipro, about 70 km upstream on the Dnipro river, a drone hit the roof of a logistics depot and started a fire that burned until morning, the regional military administration said. Nobody was hurt there. In Kryvyi Rih, debris from a downed drone cut power lines, leaving 4,200 households without electricity, local officials said.

Ukraine's air force said Russia had sent 126 attack drones and 11 missiles of various types against the country overnight. Air defence units shot down 98 of the drones and seven of the missiles, it said in a statement. It was not immediately clear what had happened to the rest.

Zaporizhzhia, a regional capital that had about 710,000 residents before the full-scale invasion, lies roughly 30 km from the front line and is struck almost daily. More than 1,100 civilians have been killed in the Zaporizhzhia region since February 2022, according to the regional prosecutor's office.

Russia's defence ministry said its air defences had destroyed 46 Ukrainian drones over Russian territory during the night, 19 of them over the Belgorod region and the rest over the Kursk and Bryansk regions.

Belgorod governor Andrei Lesnykh said a drone had dropped an explosive charge on a minibus on the edge of Shebekino, injuring the driver and two passengers. His account could not be independently verified.

The ministry also claimed that Russian forces had taken full control of Stepnohirsk, a small town south-east of Zaporizhzhia that has changed hands repeatedly since last summer.

Vladyslav Horbenko, a spokesman for Ukraine's southern defence forces, rejected that claim. "That is fiction. Our units hold the northern part of Stepnohirsk and the road behind it," he said by phone.

Ukraine's General Staff, for its part, said its forces had hit an ammunition depot near Tokmak in the occupied part of the region late on Sunday, causing secondary explosions.

Sokolenko warned that Russian troops were massing further south and could attempt a push on Zaporizhzhia itself in the spring, though he gave no figures.

The overnight barrage came two days after the warring sides carried out their first prisoner exchange of the year, with 157 Ukrainian servicemen returning home on Saturday, according to Kyiv's coordination headquarters for prisoners of war.

(Reporting by Olena Marchuk in Zaporizhzhia and Pavel Dorn in Kyiv; Editing by Hannah Lowry)

Our Standards: The Meridian Wire Trust Principles.
"""

ZAP_GOV = ["Ivan Sokolenko", "Sokolenko", "regional governor", "Governor Ivan Sokolenko"]
UAF = ["Ukraine's air force", "Ukrainian air force", "air force"]
RU_MOD = ["Russia's defence ministry", "Russian defence ministry", "Russian Ministry of Defence", "Russian Defence Ministry"]

DOCS.append(dict(
    id="ev22-01", url="https://meridianwire.example/world/europe/zaporizhzhia-strike-kills-seven-2026-02-09/",
    title="Russian strike on Zaporizhzhia kills seven as drones also hit Dnipro and Kryvyi Rih",
    published="2026-02-09", conflict="Russia–Ukraine",
    form="wire copy, ALL-CAPS dateline with outlet in brackets, standards footer",
    text=T01,
    units=[
        U("attack", None, "zaporizhzhia", ZAP_GOV,
          ["Russian missiles and drones pounded Zaporizhzhia overnight",
           "a ballistic missile smashed into a five-storey apartment block",
           "Russian strike on Zaporizhzhia kills seven as drones also hit Dnipro and Kryvyi Rih"],
          "2026-02-09", ("ukraine", "civilian", "russia"), note="Headline repeats it ('Russian strike on Zaporizhzhia')."),
        U("killed", 7, "zaporizhzhia", ZAP_GOV, ["killing seven people", "Russian strike on Zaporizhzhia kills seven"],
          "2026-02-09", ("ukraine", "civilian", "russia")),
        U("wounded", 11, "zaporizhzhia", ZAP_GOV, ["injuring at least 11"],
          "2026-02-09", ("ukraine", "civilian", "russia")),
        U("killed", 2, "zaporizhzhia", ZAP_GOV, ["Two of the dead were teenage brothers"],
          "2026-02-09", ("ukraine", "civilian", "russia"), note="Numbered subgroup of the seven dead."),
        U("wounded", 4, "zaporizhzhia", ZAP_GOV, ["Four of the wounded are in a serious condition"],
          "2026-02-09", ("ukraine", "civilian", "russia"), optional=True, note="Severity class of the 11 wounded."),
        U("attack", None, "dnipro", ["regional military administration", "Dnipropetrovsk regional military administration"],
          ["a drone hit the roof of a logistics depot", "as a wave of attacks also reached Dnipro and Kryvyi Rih",
           "Russian strike on Zaporizhzhia kills seven as drones also hit Dnipro and Kryvyi Rih"],
          "2026-02-09", ("ukraine", "civilian", "russia"), note="'about 70 km upstream' is a distance, not a claim."),
        U("attack", None, "kryvyi_rih", ["local officials", "Ivan Sokolenko"],
          ["In Kryvyi Rih, debris from a downed drone cut power lines",
           "as a wave of attacks also reached Dnipro and Kryvyi Rih", "Russian strike on Zaporizhzhia kills seven as drones also hit Dnipro and Kryvyi Rih"],
          "2026-02-09", ("ukraine", "civilian", "russia"), note="4,200 households without power is not a claim category."),
        U("materiel_lost", 98, "ukraine", UAF, ["Air defence units shot down 98 of the drones"],
          "2026-02-09", ("ukraine", "russia", "ukraine"), note="Interception; launch count 126 is not a unit."),
        U("materiel_lost", 7, "ukraine", UAF, ["seven of the missiles"],
          "2026-02-09", ("ukraine", "russia", "ukraine"), note="Interception; launch count 11 is not a unit."),
        U("killed", 1100, "zaporizhzhia_oblast", ["regional prosecutor's office", "prosecutor's office"],
          ["More than 1,100 civilians have been killed in the Zaporizhzhia region since February 2022"],
          "P", ("ukraine", "civilian", "russia"), scope="cumulative",
          note="Population 710,000 and distance 30 km are background numbers, not claims."),
        U("materiel_lost", 46, "russia_border", RU_MOD,
          ["its air defences had destroyed 46 Ukrainian drones over Russian territory"],
          "2026-02-09", ("russia", "ukraine", "russia"), note="Interception claimed by Russia."),
        U("materiel_lost", 19, "belgorod_oblast", RU_MOD, ["19 of them over the Belgorod region"],
          "2026-02-09", ("russia", "ukraine", "russia"), note="Numbered regional subset of the 46."),
        U("attack", None, "shebekino", ["Andrei Lesnykh", "Belgorod governor", "Lesnykh"],
          ["a drone had dropped an explosive charge on a minibus on the edge of Shebekino"],
          "2026-02-09", ("russia", "civilian", "ukraine")),
        U("wounded", 3, "shebekino", ["Andrei Lesnykh", "Belgorod governor", "Lesnykh"],
          ["injuring the driver and two passengers"],
          "2026-02-09", ("russia", "civilian", "ukraine"), optional=True,
          note="Implicit count (the driver and two passengers)."),
        U("territory", None, "stepnohirsk", RU_MOD + ["The ministry"],
          ["Russian forces had taken full control of Stepnohirsk",
           "Our units hold the northern part of Stepnohirsk and the road behind it"],
          "2026-02-09", ("russia", "ukraine", "russia"), modality="denied",
          note="Denied by Ukraine's southern defence forces spokesman in the next paragraph."),
        U("attack", None, "tokmak", ["Ukraine's General Staff", "General Staff"],
          ["its forces had hit an ammunition depot near Tokmak"],
          "2026-02-08", ("ukraine", "russia", "ukraine"), note="'late on Sunday' in a Monday story."),
        U("territory", None, "zaporizhzhia", ZAP_GOV, ["could attempt a push on Zaporizhzhia itself in the spring"],
          "P", ("ukraine", "ukraine", "russia"), modality="warned", optional=True,
          note="Threatened future advance; no event yet."),
        U("captured", 157, "ukraine", ["coordination headquarters for prisoners of war", "Kyiv's coordination headquarters",
                                       "coordination headquarters"],
          ["with 157 Ukrainian servicemen returning home on Saturday"],
          "2026-02-07", ("ukraine", "ukraine", "russia"), note="Prisoner exchange: number returned."),
    ]))

# ------------------------------------------------------------------ ev22-02
T02 = """Russian MoD bulletin, 18 March 2026: full translation

Frontline Digest | Translations | 18 March 2026, 14:05 | 3 min read | 1,208 views

Share: Facebook | X | Telegram | Copy link

Editor's note: Below is our unofficial translation of the daily summary the Russian Ministry of Defence released this morning. The figures are the ministry's own; we could not verify them. Place names appear as in the original, with the Ukrainian spelling in brackets where it differs.

SUMMARY OF THE MINISTRY OF DEFENCE OF THE RUSSIAN FEDERATION ON THE COURSE OF THE SPECIAL MILITARY OPERATION

Units of the Battlegroup Centre continued their advance into the depth of the enemy's defences and liberated the settlement of Rodinskoye (Rodynske) of the Donetsk People's Republic. In this direction the enemy lost up to 415 servicemen, three tanks and 11 armoured combat vehicles over the day.

Units of the Battlegroup South completed the liberation of the town of Seversk (Siversk). Two electronic warfare stations and an ammunition depot of the armed forces of Ukraine were destroyed.

Units of the Battlegroup East, acting decisively, liberated Gulyaipole (Huliaipole) in the Zaporozhye region and the settlement of Novopavlovka (Novopavlivka) in the Dnepropetrovsk region. A Kozak armoured vehicle and two pick-up trucks carrying mortars were hit.

Units of the Battlegroup North finished clearing the town of Volchansk (Vovchansk) in the Kharkov region of the remnants of Ukrainian formations.

Operational-tactical aviation, strike unmanned aerial vehicles, missile troops and artillery of the groupings of forces hit workshops assembling long-range drones, fuel depots and temporary deployment points of Ukrainian formations in 152 districts.

A group strike with high-precision long-range weapons was delivered against the Starokonstantinov (Starokostiantyniv) airfield. All designated targets were hit.

Air defence means shot down six guided aerial bombs and 238 fixed-wing unmanned aerial vehicles over the past day.

In total since the start of the special military operation the following have been destroyed: 673 aircraft, 98,412 unmanned aerial vehicles, 26,904 tanks and other armoured combat vehicles, 1,642 multiple launch rocket systems, and 31,760 field artillery guns and mortars.

Translator's note: Ukraine's General Staff said on Wednesday evening that its troops were still fighting inside Rodynske and denied that the village had been lost. Kyiv did not comment on the other settlements listed.

Related: Bulletin of 17 March: ministry lists 4 villages in a single day
Related: How we translate military terms (updated with 12 new entries)

Comments (47)

Support independent translation. Donate from $3 a month.
"""

MOD = ["Russian Ministry of Defence", "Ministry of Defence of the Russian Federation", "Russian Defence Ministry",
       "Russian MoD", "Russian defence ministry"]

DOCS.append(dict(
    id="ev22-02", url="https://frontline-digest.example/translations/mod-bulletin-2026-03-18",
    title="Russian MoD bulletin, 18 March 2026: full translation",
    published="2026-03-18", conflict="Russia–Ukraine",
    form="translated ministry-of-defence bulletin (attribution only in the editor's note), cumulative loss list",
    text=T02,
    units=[
        U("territory", None, "rodynske", MOD,
          ["liberated the settlement of Rodinskoye (Rodynske) of the Donetsk People's Republic",
           "its troops were still fighting inside Rodynske and denied that the village had been lost"],
          "2026-03-18", ("russia", "ukraine", "russia"), modality="denied",
          note="Attribution carried by the editor's note; Ukraine's General Staff denies the loss."),
        U("killed", 415, "rodynske", MOD, ["the enemy lost up to 415 servicemen"],
          "2026-03-18", ("russia", "ukraine", "russia"), optional=True,
          note="'lost ... servicemen' mixes killed and wounded; category debatable."),
        U("materiel_lost", 3, "rodynske", MOD, ["three tanks and 11 armoured combat vehicles"],
          "2026-03-18", ("russia", "ukraine", "russia")),
        U("materiel_lost", 11, "rodynske", MOD, ["three tanks and 11 armoured combat vehicles"],
          "2026-03-18", ("russia", "ukraine", "russia")),
        U("territory", None, "siversk", MOD, ["completed the liberation of the town of Seversk (Siversk)"],
          "2026-03-18", ("russia", "ukraine", "russia")),
        U("materiel_lost", 2, "siversk", MOD,
          ["Two electronic warfare stations", "two pick-up trucks carrying mortars were hit"],
          "2026-03-18", ("russia", "ukraine", "russia"),
          note="Same number for two different items (EW stations near Siversk, pick-ups near Huliaipole): one unit."),
        U("territory", None, "huliaipole", MOD, ["liberated Gulyaipole (Huliaipole) in the Zaporozhye region"],
          "2026-03-18", ("russia", "ukraine", "russia")),
        U("territory", None, "novopavlivka", MOD,
          ["the settlement of Novopavlovka (Novopavlivka) in the Dnepropetrovsk region"],
          "2026-03-18", ("russia", "ukraine", "russia")),
        U("materiel_lost", 1, "huliaipole", MOD,
          ["A Kozak armoured vehicle", "an ammunition depot of the armed forces of Ukraine were destroyed"],
          "2026-03-18", ("russia", "ukraine", "russia"),
          note="Single items (a Kozak vehicle near Huliaipole, an ammunition depot near Siversk): value 1, one unit."),
        U("territory", None, "vovchansk", MOD, ["finished clearing the town of Volchansk (Vovchansk)"],
          "2026-03-18", ("russia", "ukraine", "russia")),
        U("attack", None, "starokostiantyniv", MOD,
          ["A group strike with high-precision long-range weapons was delivered against the Starokonstantinov (Starokostiantyniv) airfield"],
          "2026-03-18", ("russia", "ukraine", "russia"), note="Airfield near the town. '152 districts' is not a unit."),
        U("materiel_lost", 6, "ukraine", MOD, ["shot down six guided aerial bombs"],
          "2026-03-18", ("russia", "ukraine", "russia"), note="Interception, launcher's side is the victim."),
        U("materiel_lost", 238, "ukraine", MOD, ["238 fixed-wing unmanned aerial vehicles"],
          "2026-03-18", ("russia", "ukraine", "russia"), note="Interception."),
        U("materiel_lost", 673, "ukraine", MOD, ["673 aircraft"],
          "P", ("russia", "ukraine", "russia"), scope="cumulative"),
        U("materiel_lost", 98412, "ukraine", MOD, ["98,412 unmanned aerial vehicles"],
          "P", ("russia", "ukraine", "russia"), scope="cumulative"),
        U("materiel_lost", 26904, "ukraine", MOD, ["26,904 tanks and other armoured combat vehicles"],
          "P", ("russia", "ukraine", "russia"), scope="cumulative"),
        U("materiel_lost", 1642, "ukraine", MOD, ["1,642 multiple launch rocket systems"],
          "P", ("russia", "ukraine", "russia"), scope="cumulative"),
        U("materiel_lost", 31760, "ukraine", MOD, ["31,760 field artillery guns and mortars"],
          "P", ("russia", "ukraine", "russia"), scope="cumulative"),
    ]))

# ------------------------------------------------------------------ ev22-03
T03 = """Ukraine war live: strike on Odesa port kills three; 84 prisoners come home in swap

Live | Updated 18:42 Kyiv time, Saturday 23 May 2026 | 2,104 comments

Key events
- Strike on Odesa port kills three dock workers
- Sumy bus attack: death toll revised to 10
- 84 Ukrainians return in prisoner swap

Show key events only | Please turn on JavaScript to see live updates

18:42
We are pausing our live coverage for today. A quick recap: three people died and 14 were wounded when Russian missiles hit the port of Odesa, a drone attack on a bus near Sumy killed at least 10, the shelling of Kherson, Beryslav and Stanislav wounded four, and 84 prisoners of war came home in an exchange. Thanks for following.

17:55
Ukraine and Russia have swapped prisoners again. President Volodymyr Zelensky said 84 Ukrainians were back on home soil, among them 12 civilians who had been held since 2022.

"Every one of them is a life returned," he wrote. Russia's defence ministry said it had received the same number of its own soldiers in return.

16:20
Saratov's governor, Dmitry Kuzin, says Ukrainian drones targeted an oil refinery on the southern edge of Saratov this afternoon. Falling debris injured two people, he said, adding that a fire at the plant had been put out.

15:48
Update on Sumy: the regional administration has now revised the death toll from the bus attack to 10, after one of the wounded died in hospital.

15:03
A Russian drone has hit a passenger bus on the outskirts of Sumy, killing nine people and wounding 21, according to the Sumy regional military administration. The bus was carrying residents of nearby villages to the city market, it said.

Advertisement

13:30
Russian artillery shelled Kherson, Beryslav and Stanislav through the morning, regional officials say. Four people were wounded, including a municipal worker clearing glass in Kherson's central market.

11:10
Ukraine's air force has released its overnight tally: it says 37 of the 52 drones Russia launched were shot down or jammed, while four ballistic missiles were aimed at the Odesa region.

09:45
Ukraine's Khortytsia operational group says its troops have pushed Russian units out of Kindrashivka, a village north of Kupiansk that Moscow claimed to have captured in March. We have not been able to verify this.

08:30
More details on the Odesa strike. Regional governor Andriy Tkachuk says three dock workers were killed and 14 other people wounded when missiles hit the port shortly before 4am. A grain carrier flying the Panamanian flag was damaged at its berth, he added.

07:05
Good morning and welcome to our live coverage. Overnight, Russia's defence ministry said its forces had destroyed 41 Ukrainian drones over the Bryansk, Oryol and Kursk regions. In Ukraine, the southern port city of Odesa came under missile attack; we will bring you details as we get them.

Sign up for our morning briefing | Follow us on WhatsApp
"""

SUMY_ADM = ["Sumy regional military administration", "regional administration", "Sumy regional administration"]
ODESA_GOV = ["Andriy Tkachuk", "Tkachuk", "regional governor"]

DOCS.append(dict(
    id="ev22-03", url="https://dailyledger.example/world/live/2026/may/23/ukraine-war-live-odesa-port-strike",
    title="Ukraine war live: strike on Odesa port kills three; 84 prisoners come home in swap",
    published="2026-05-23", conflict="Russia–Ukraine",
    form="live blog, newest entry first, key-events box and recap",
    text=T03,
    units=[
        U("attack", None, "odesa", ODESA_GOV,
          ["missiles hit the port shortly before 4am", "when Russian missiles hit the port of Odesa",
           "A grain carrier flying the Panamanian flag was damaged at its berth",
           "the southern port city of Odesa came under missile attack",
           "four ballistic missiles were aimed at the Odesa region"],
          "2026-05-23", ("ukraine", "civilian", "russia"), note="Port and ship in the port: one Odesa unit."),
        U("killed", 3, "odesa", ODESA_GOV,
          ["three dock workers were killed", "three people died and 14 were wounded",
           "strike on Odesa port kills three"],
          "2026-05-23", ("ukraine", "civilian", "russia")),
        U("wounded", 14, "odesa", ODESA_GOV, ["14 other people wounded", "three people died and 14 were wounded"],
          "2026-05-23", ("ukraine", "civilian", "russia")),
        U("captured", 84, "ukraine", ["Volodymyr Zelensky", "Zelensky", "Russia's defence ministry"],
          ["84 Ukrainians were back on home soil", "84 prisoners of war came home in an exchange",
           "84 prisoners come home in swap", "84 Ukrainians return in prisoner swap"],
          "2026-05-23", ("ukraine", "ukraine", "russia"),
          note="Prisoner exchange; Russia's ministry gives the same number for its side (same unit)."),
        U("captured", 12, "ukraine", ["Volodymyr Zelensky", "Zelensky"],
          ["among them 12 civilians who had been held since 2022"],
          "2026-05-23", ("ukraine", "civilian", "russia"), note="Numbered subgroup of the 84 returned."),
        U("attack", None, "saratov", ["Dmitry Kuzin", "Saratov's governor", "Kuzin"],
          ["Ukrainian drones targeted an oil refinery on the southern edge of Saratov"],
          "2026-05-23", ("russia", "other", "ukraine")),
        U("wounded", 2, "saratov", ["Dmitry Kuzin", "Saratov's governor", "Kuzin"],
          ["Falling debris injured two people"],
          "2026-05-23", ("russia", "civilian", "ukraine")),
        U("attack", None, "sumy", SUMY_ADM,
          ["A Russian drone has hit a passenger bus on the outskirts of Sumy", "a drone attack on a bus near Sumy"],
          "2026-05-23", ("ukraine", "civilian", "russia")),
        U("killed", 9, "sumy", SUMY_ADM, ["killing nine people and wounding 21"],
          "2026-05-23", ("ukraine", "civilian", "russia"), note="First toll; revised later to 10 (separate unit)."),
        U("killed", 10, "sumy", SUMY_ADM,
          ["revised the death toll from the bus attack to 10", "a drone attack on a bus near Sumy killed at least 10",
           "Sumy bus attack: death toll revised to 10"],
          "2026-05-23", ("ukraine", "civilian", "russia")),
        U("wounded", 21, "sumy", SUMY_ADM, ["killing nine people and wounding 21"],
          "2026-05-23", ("ukraine", "civilian", "russia")),
        U("attack", None, "kherson", ["regional officials"], ["Russian artillery shelled Kherson, Beryslav and Stanislav",
                                                               "the shelling of Kherson, Beryslav and Stanislav wounded four"],
          "2026-05-23", ("ukraine", "civilian", "russia")),
        U("attack", None, "beryslav", ["regional officials"], ["Russian artillery shelled Kherson, Beryslav and Stanislav",
                                                                 "the shelling of Kherson, Beryslav and Stanislav wounded four"],
          "2026-05-23", ("ukraine", "civilian", "russia")),
        U("attack", None, "stanislav", ["regional officials"], ["Russian artillery shelled Kherson, Beryslav and Stanislav",
                                                                  "the shelling of Kherson, Beryslav and Stanislav wounded four"],
          "2026-05-23", ("ukraine", "civilian", "russia")),
        U("wounded", 4, "kherson", ["regional officials"], ["Four people were wounded",
                                                              "the shelling of Kherson, Beryslav and Stanislav wounded four"],
          "2026-05-23", ("ukraine", "civilian", "russia")),
        U("materiel_lost", 37, "ukraine", UAF, ["37 of the 52 drones Russia launched were shot down or jammed"],
          "2026-05-23", ("ukraine", "russia", "ukraine"), note="Interception; launch count 52 and 'four ballistic missiles were aimed' are not units."),
        U("territory", None, "kindrashivka", ["Khortytsia operational group", "Khortytsia"],
          ["its troops have pushed Russian units out of Kindrashivka"],
          "2026-05-23", ("ukraine", "russia", "ukraine"), note="Moscow's March capture claim is background; same unit."),
        U("materiel_lost", 41, "bryansk_oryol_kursk", RU_MOD,
          ["its forces had destroyed 41 Ukrainian drones over the Bryansk, Oryol and Kursk regions"],
          "2026-05-23", ("russia", "ukraine", "russia"), note="Interception claimed by Russia."),
    ]))

# ------------------------------------------------------------------ ev22-04
T04 = """We use cookies to improve your experience on Slobozhanshchyna Today. By continuing, you agree to our cookie policy. [Accept all] [Settings]

Slobozhanshchyna Today | News | Kharkiv region | 14 August 2026, 09:12 | Views: 4 312

Guided bombs hit Zolochiv and Bohodukhiv; water utility worker killed at Pechenihy dam

Share: Facebook | Telegram | Viber | Copy link

Russian aircraft dropped guided aerial bombs on Zolochiv, Bohodukhiv and the outskirts of Balakliia on Thursday, the Kharkiv regional military administration reported in the evening.

In Zolochiv, a bomb destroyed the community's cultural centre, which had been used as a point for handing out humanitarian aid. Two men, aged 54 and 61, were killed there, according to the administration.

Rescuers at the ruins of the cultural centre in Zolochiv. Photo: State Emergency Service
+12 View gallery
Rescuers at the ruins of the cultural centre in Zolochiv. Photo: State Emergency Service

Five people were injured in Bohodukhiv, among them a 12-year-old girl. Two private houses and a shop were destroyed in the town, and windows were blown out along several streets.

In Balakliia, the bomb fell in a field next to a grain elevator; there were no casualties, officials said.

A day earlier, on Wednesday evening, a drone struck the Pechenihy dam on the Siverskyi Donets. A 47-year-old employee of the water utility was killed, and the dam's spillway was damaged, regional governor Oleksii Danylenko said. The dam, which holds back a reservoir that supplies drinking water to much of Kharkiv, was also hit in 2022 and 2024. Engineers said there was no immediate risk of a breach.

Kupiansk, which Russian troops have been trying to encircle since last autumn, was shelled 23 times over the day, the city military administration said. About 1,900 people are still living in the town.

In Kharkiv itself, residents reported explosions in the Kyivskyi district around midnight. There was no information about casualties at the time of publication.

Read more: Kharkiv zoo welcomes 3 lion cubs born in a bomb shelter

According to the regional prosecutor's office, 214 civilians have been killed and 1,037 injured in the Kharkiv region since the beginning of the year.

Authorities extended the mandatory evacuation of families with children to 11 more villages of the Bohodukhiv community. So far 340 people, 96 of them children, have left, the community head said.

Russia's defence ministry on Thursday claimed that its forces had taken the village of Dvorichna on the Oskil river. The spokesman of the Joint Forces, Yevhen Lutsyk, called the report false and said the village remained a grey zone.

Related: 7 things to pack in an emergency bag this autumn

Subscribe to our Telegram channel: 58,000 readers already get the news first.

Comments: 18
"""

KH_ADM = ["Kharkiv regional military administration", "regional military administration", "the administration"]

DOCS.append(dict(
    id="ev22-04", url="https://slobozhanshchyna-today.example/news/2026/08/14/guided-bombs-zolochiv-bohodukhiv",
    title="Guided bombs hit Zolochiv and Bohodukhiv; water utility worker killed at Pechenihy dam",
    published="2026-08-14", conflict="Russia–Ukraine",
    form="local outlet page with cookie banner, share bar, view and comment counts, caption printed twice, gallery and teasers",
    text=T04,
    units=[
        U("attack", None, "zolochiv", KH_ADM,
          ["Russian aircraft dropped guided aerial bombs on Zolochiv, Bohodukhiv and the outskirts of Balakliia",
           "a bomb destroyed the community's cultural centre", "Guided bombs hit Zolochiv and Bohodukhiv"],
          "2026-08-13", ("ukraine", "civilian", "russia")),
        U("attack", None, "bohodukhiv", KH_ADM,
          ["Russian aircraft dropped guided aerial bombs on Zolochiv, Bohodukhiv and the outskirts of Balakliia",
           "Guided bombs hit Zolochiv and Bohodukhiv"],
          "2026-08-13", ("ukraine", "civilian", "russia")),
        U("attack", None, "balakliia", KH_ADM,
          ["Russian aircraft dropped guided aerial bombs on Zolochiv, Bohodukhiv and the outskirts of Balakliia",
           "In Balakliia, the bomb fell in a field next to a grain elevator"],
          "2026-08-13", ("ukraine", "civilian", "russia")),
        U("killed", 2, "zolochiv", KH_ADM, ["Two men, aged 54 and 61, were killed there"],
          "2026-08-13", ("ukraine", "civilian", "russia")),
        U("wounded", 5, "bohodukhiv", KH_ADM, ["Five people were injured in Bohodukhiv"],
          "2026-08-13", ("ukraine", "civilian", "russia")),
        U("attack", None, "pechenihy", ["Oleksii Danylenko", "regional governor", "Danylenko"],
          ["a drone struck the Pechenihy dam on the Siverskyi Donets", "killed at Pechenihy dam",
           "was also hit in 2022 and 2024"],
          "2026-08-12", ("ukraine", "civilian", "russia"),
          note="Dam near Pechenihy; the 2022 and 2024 strikes are background on the same place (same unit)."),
        U("killed", 1, "pechenihy", ["Oleksii Danylenko", "regional governor", "Danylenko"],
          ["A 47-year-old employee of the water utility was killed", "water utility worker killed at Pechenihy dam"],
          "2026-08-12", ("ukraine", "civilian", "russia")),
        U("attack", None, "kupiansk", ["city military administration", "Kupiansk city military administration"],
          ["was shelled 23 times over the day"],
          "2026-08-13", ("ukraine", "civilian", "russia"), note="23 is a count of attacks, not a unit; the 1,900 residents are a separate optional unit."),
        U("territory", None, "kupiansk", None,
          ["Kupiansk, which Russian troops have been trying to encircle since last autumn"],
          "2025", (None, "ukraine", "russia"), optional=True,
          note="Attempted encirclement (relative clause), not a change of control."),
        U("affected", 1900, "kupiansk", ["city military administration", "Kupiansk city military administration"],
          ["About 1,900 people are still living in the town"],
          "P", ("ukraine", "civilian", "russia"), optional=True, scope="cumulative",
          note="Residents remaining in a town under fire: population figure or people trapped, debatable."),
        U("attack", None, "kharkiv", None, ["residents reported explosions in the Kyivskyi district around midnight"],
          "2026-08-14", (None, "civilian", None), optional=True, note="Known only through explosions."),
        U("killed", 214, "kharkiv_oblast", ["regional prosecutor's office", "prosecutor's office"],
          ["214 civilians have been killed and 1,037 injured in the Kharkiv region since the beginning of the year"],
          "P", ("ukraine", "civilian", "russia"), scope="cumulative"),
        U("wounded", 1037, "kharkiv_oblast", ["regional prosecutor's office", "prosecutor's office"],
          ["214 civilians have been killed and 1,037 injured in the Kharkiv region since the beginning of the year"],
          "P", ("ukraine", "civilian", "russia"), scope="cumulative"),
        U("displaced", 340, "bohodukhiv", ["community head", "the community head"],
          ["So far 340 people, 96 of them children, have left"],
          "P", ("ukraine", "civilian", "russia"), scope="cumulative", note="Evacuation total to date; '11 more villages' is not a unit."),
        U("displaced", 96, "bohodukhiv", ["community head", "the community head"],
          ["So far 340 people, 96 of them children, have left"],
          "P", ("ukraine", "civilian", "russia"), scope="cumulative", note="Numbered subgroup (children)."),
        U("territory", None, "dvorichna", RU_MOD,
          ["its forces had taken the village of Dvorichna on the Oskil river",
           "called the report false and said the village remained a grey zone"],
          "2026-08-13", ("russia", "ukraine", "russia"), modality="denied",
          note="Denied by the Joint Forces spokesman."),
    ]))

# ------------------------------------------------------------------ ev22-05
T05 = """Front Line Assessment, 19 November 2026

Centre for Eastern Front Studies | Assessment team: M. Halloran, D. Vyshnevska, R. Tamm | Published 20 November 2026

Download PDF (2.1 MB) | Interactive map | Methodology

Key takeaways

1. Russian forces likely completed the capture of Kostiantynivka, which they had besieged since early June.
2. Ukrainian forces liberated Kupiansk-Vuzlovyi after a three-week counteroffensive east of the Oskil river.
3. Ukrainian long-range drones struck refineries and port infrastructure deep inside Russia.
4. Russian forces continued glide-bomb attacks on Orikhiv and Sloviansk.

Donetsk direction. Geolocated footage published on 18 November shows Russian servicemen raising a flag over the city administration building in central Kostiantynivka, indicating that Russian forces likely seized the city. The fall of Kostiantynivka, a city of roughly 67,000 people before the war, follows a siege of more than five months. Kostiantynivka's destruction by months of glide-bomb and artillery strikes has left few buildings in the centre intact. The Russian Ministry of Defence claimed the capture on 17 November. We assess that Russian forces now occupy roughly 81 percent of Donetsk Oblast.

Russian forces seized Siversk in December 2025 after a grinding assault that lasted most of that year, and they have since used the town as a staging area for attacks towards Sloviansk.

A Russian glide bomb hit a residential street in Sloviansk on 19 November, killing five civilians, the head of the city military administration reported.

Kharkiv direction. Ukrainian forces retook Kupiansk-Vuzlovyi on 17 November, according to the Ukrainian General Staff and geolocated footage of Ukrainian soldiers at the railway station. Russian milbloggers, for their part, claimed on 18 November that Russian assault groups had broken into Borova from the south. We have not observed visual confirmation of that claim.

Zaporizhzhia direction. The Ukrainian General Staff reported that Russian forces had been driven back from Prymorske after a week of fighting along the reservoir shore. Russian forces conducted at least 30 glide-bomb strikes against Orikhiv on 18 and 19 November.

Geolocated footage published on 19 November shows Ukrainian drone operators destroying at least nine Russian tanks, 14 armoured fighting vehicles and 23 motorcycles during a failed mechanised assault on Huliaipole.

The Russian Ministry of Defence claimed on 19 November that Ukrainian forces had lost up to 1,250 personnel over the previous day along the entire front.

Ukrainian strike campaign. The Ukrainian General Staff reported that Ukrainian drones struck the Novokuibyshevsk oil refinery in Samara Oblast on 18 November. Ukrainian forces also struck the oil terminal at Tuapse port on the night of 18 to 19 November. Krasnodar Krai officials claimed that debris injured three port workers in Tuapse.

By our count Russian forces gained 4,310 square kilometres in 2026 so far, about 40 percent more than in the same period of 2025.

Note: This assessment is based on open sources as of 3:00pm ET on 19 November. Maps are updated daily.

Subscribe to our daily assessment | Support our work
"""

CEFS_UA_GS = ["Ukrainian General Staff", "General Staff"]

DOCS.append(dict(
    id="ev22-05", url="https://eastern-front-studies.example/assessments/front-line-assessment-2026-11-19",
    title="Front Line Assessment, 19 November 2026",
    published="2026-11-20", conflict="Russia–Ukraine",
    form="think-tank assessment with key takeaways, own-voice assessments and attributed claims",
    text=T05,
    units=[
        U("territory", None, "kostiantynivka", None,
          ["Russian forces likely completed the capture of Kostiantynivka",
           "indicating that Russian forces likely seized the city",
           "The fall of Kostiantynivka", "The Russian Ministry of Defence claimed the capture on 17 November"],
          "2026-11-18", (None, "ukraine", "russia"),
          note="Own-voice assessment ('likely'); the ministry's earlier claim is the same unit. Population figure is background."),
        U("attack", None, "kostiantynivka", None,
          ["Kostiantynivka's destruction by months of glide-bomb and artillery strikes"],
          "P", (None, "civilian", "russia"), scope="cumulative",
          note="Nominalised destruction: months of strikes on the city, dated to the document."),
        U("territory", None, "kupiansk_vuzlovyi", None,
          ["Ukrainian forces liberated Kupiansk-Vuzlovyi after a three-week counteroffensive",
           "Ukrainian forces retook Kupiansk-Vuzlovyi on 17 November"],
          "2026-11-17", (None, "russia", "ukraine")),
        U("territory", None, "donetsk_oblast", None,
          ["Russian forces now occupy roughly 81 percent of Donetsk Oblast"],
          "P", (None, "ukraine", "russia"), optional=True, scope="cumulative", note="Regional control share."),
        U("territory", None, "siversk", None,
          ["Russian forces seized Siversk in December 2025"],
          "2025-12", (None, "ukraine", "russia"), note="Background event asserted by the document."),
        U("attack", None, "sloviansk", ["head of the city military administration", "city military administration"],
          ["A Russian glide bomb hit a residential street in Sloviansk on 19 November",
           "Russian forces continued glide-bomb attacks on Orikhiv and Sloviansk"],
          "2026-11-19", ("ukraine", "civilian", "russia")),
        U("killed", 5, "sloviansk", ["head of the city military administration", "city military administration"],
          ["killing five civilians"],
          "2026-11-19", ("ukraine", "civilian", "russia")),
        U("territory", None, "borova", ["Russian milbloggers", "milbloggers"],
          ["Russian assault groups had broken into Borova from the south"],
          "2026-11-18", ("russia", "ukraine", "russia"), note="Unconfirmed milblogger claim."),
        U("territory", None, "prymorske", CEFS_UA_GS,
          ["Russian forces had been driven back from Prymorske after a week of fighting"],
          "P", ("ukraine", "russia", "ukraine")),
        U("attack", None, "orikhiv", None,
          ["Russian forces conducted at least 30 glide-bomb strikes against Orikhiv on 18 and 19 November",
           "Russian forces continued glide-bomb attacks on Orikhiv and Sloviansk"],
          "2026-11-19", (None, "civilian", "russia"), note="30 counts strikes, not a unit."),
        U("materiel_lost", 9, "huliaipole", None, ["destroying at least nine Russian tanks"],
          "2026-11-19", (None, "russia", "ukraine"), note="Dated by the footage's publication."),
        U("materiel_lost", 14, "huliaipole", None, ["14 armoured fighting vehicles"],
          "2026-11-19", (None, "russia", "ukraine")),
        U("materiel_lost", 23, "huliaipole", None, ["23 motorcycles"],
          "2026-11-19", (None, "russia", "ukraine")),
        U("territory", None, "huliaipole", None, ["a failed mechanised assault on Huliaipole"],
          "2026-11-19", (None, "ukraine", "russia"), optional=True, note="Repelled ground assault: optional territory."),
        U("killed", 1250, "ukraine", ["Russian Ministry of Defence"],
          ["Ukrainian forces had lost up to 1,250 personnel over the previous day"],
          "2026-11-18", ("russia", "ukraine", "russia"), optional=True,
          note="'lost ... personnel' mixes killed and wounded; category debatable."),
        U("attack", None, "russia", None,
          ["Ukrainian long-range drones struck refineries and port infrastructure deep inside Russia"],
          "2026-11-19", (None, "other", "ukraine"), optional=True,
          note="Key-takeaway summary of the Novokuibyshevsk and Tuapse strikes; country-level place only."),
        U("attack", None, "novokuibyshevsk", CEFS_UA_GS,
          ["Ukrainian drones struck the Novokuibyshevsk oil refinery in Samara Oblast on 18 November"],
          "2026-11-18", ("ukraine", "other", "ukraine")),
        U("attack", None, "tuapse", None,
          ["Ukrainian forces also struck the oil terminal at Tuapse port on the night of 18 to 19 November"],
          "2026-11-19", (None, "other", "ukraine"), note="Night of 18 to 19 November: dated 19 November."),
        U("wounded", 3, "tuapse", ["Krasnodar Krai officials"], ["debris injured three port workers in Tuapse"],
          "2026-11-19", ("russia", "civilian", "ukraine")),
    ]))
