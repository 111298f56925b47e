"""Scenarios 25-36: Nigeria, Somalia, Syria, Haiti, Ethiopia, Colombia, Pakistan, Mozambique, South Sudan."""
from common import doc, fig, den, scen

S = []

# ---------------------------------------------------------------- 25
S.append(scen(
    "25-ng-plateau-periods", "Nigeria", "trap: running totals for different periods",
    "Plateau: 212 killed since January 1 (state government) vs 58 killed in March alone (NGO).",
    "Trap. Two running totals for different periods (since January vs March only); compatible. "
    "No contradiction.",
    [
        doc("q25-a",
            "https://jos-observer.example/2026/04/02/plateau-government-toll",
            "Plateau government says attacks have killed 212 this year",
            "2026-04-02",
            "JOS - Attacks by armed herders and bandits have killed 212 people in Plateau state since January 1, the state government said, as it announced new vigilance committees in Bokkos and Mangu.",
            "Commissioner for information Danjuma Pwajok said most of the attacks had targeted farming villages at night.",
            "Jos Observer | Advertise with us | Contact"),
        doc("q25-b",
            "https://middlebelt-peace.example/monthly/2026-03",
            "Monthly violence monitor: March 2026",
            "2026-04-03",
            "Middle Belt Peace Observatory - Monthly violence monitor",
            "In March alone, 58 people were killed in attacks on communities in Plateau state, most of them in Bokkos and Bassa local government areas.",
            "Our monitors also recorded the destruction of farmland and the displacement of several thousand villagers.",
            "Download data (CSV) | Methodology"),
    ],
    []))

# ---------------------------------------------------------------- 26
S.append(scen(
    "26-so-moqokori-rejected", "Somalia", "denial rejected (killed)",
    "Al-Shabaab says it killed 47 soldiers at Moqokori; Defence Ministry rejects the claim next day.",
    "Denial in a document published a day later: 'rejected al-Shabaab's claim that dozens of soldiers "
    "had been killed in Moqokori'; the reported claim sits inside the denial sentence.",
    [
        doc("q26-a",
            "https://mogadishu-monitor.example/2026/03/10/shabaab-moqokori-claim",
            "Al-Shabaab claims attack on Moqokori base",
            "2026-03-10",
            "Al-Shabaab said it killed 47 soldiers in an attack on a military base in Moqokori, in the Hiiraan region, on Sunday, according to a statement read on the group's radio station.",
            "The group said its fighters had used two car bombs before storming the base.",
            "Mogadishu Monitor could not verify the claim. Local elders said fighting lasted several hours.",
            "Newsletter | Follow us on X"),
        doc("q26-b",
            "https://somali-defence-news.example/2026/03/11/ministry-moqokori",
            "Ministry says Moqokori attackers were repelled",
            "2026-03-11",
            "Somalia's Ministry of Defence rejected al-Shabaab's claim that dozens of soldiers had been killed in Moqokori, saying the attackers had been repelled with heavy losses.",
            "Ministry spokesman Abdiqani Warsame said the army had lost \"a few brave soldiers\" and that the base remained fully manned.",
            "Share this story"),
    ],
    [
        den("rejected", "killed",
            "q26-a", "Al-Shabaab said it killed 47 soldiers in an attack on a military base in Moqokori",
            "q26-b", "rejected al-Shabaab's claim that dozens of soldiers had been killed in Moqokori"),
    ]))

# ---------------------------------------------------------------- 27
S.append(scen(
    "27-so-hodan-anniversary", "Somalia", "trap: anniversary",
    "Mogadishu marks a year since the June 8, 2025 Hodan bombing (61 killed); a new tea-shop bombing kills 7.",
    "Trap. A commemoration of last year's bombing (2025 toll) and a new 2026 bombing in the same "
    "district. Different events a year apart. No contradiction.",
    [
        doc("q27-a",
            "https://mogadishu-monitor.example/2026/06/09/hodan-anniversary",
            "Mogadishu remembers victims of Hodan bombing",
            "2026-06-09",
            "Hundreds of people gathered at the Hodan junction on Monday to mark a year since the truck bombing of June 8, 2025, which killed 61 people and destroyed dozens of shops.",
            "Relatives laid flowers at a memorial wall bearing the names of the victims, and the mayor's office promised compensation to families who have still not received it.",
            "The commemoration was held under heavy security after Sunday's suicide attack on a tea shop in the same district.",
            "Newsletter | Follow us on X"),
        doc("q27-b",
            "https://horn-daily.example/security/2026/06/08/hodan-tea-shop-attack",
            "Suicide bomber kills 7 at Mogadishu tea shop",
            "2026-06-08",
            "MOGADISHU - A suicide bomber killed 7 people at a crowded tea shop in Mogadishu's Hodan district on Sunday, police spokesman Hassan Abdirahman said.",
            "Al-Shabaab said it carried out the attack, saying the tea shop was frequented by security officials.",
            "Horn Daily | Privacy | Cookies"),
    ],
    []))

# ---------------------------------------------------------------- 28
S.append(scen(
    "28-sy-mazraa-called-false", "Syria", "denial called_false (attack)",
    "Sweida's National Guard says government forces shelled al-Mazraa; Defence Ministry calls the reports false next day.",
    "Denial in a document published a day later: 'called the National Guard's reports of shelling in "
    "al-Mazraa false'.",
    [
        doc("q28-a",
            "https://sweida-24.example/en/2026/02/24/mazraa-shelling",
            "National Guard accuses government forces of shelling al-Mazraa",
            "2026-02-24",
            "SWEIDA - The National Guard, an alliance of Druze armed factions in Sweida, said on Monday that government forces had shelled the town of al-Mazraa in the western countryside of the province, damaging houses and a school.",
            "The group said it had responded to the sources of fire and called on the ceasefire guarantors to intervene.",
            "Sweida 24 | Subscribe on Telegram"),
        doc("q28-b",
            "https://damascus-courier.example/politics/2026/02/25/defence-ministry-sweida",
            "Defence Ministry denies army fired on Sweida villages",
            "2026-02-25",
            "We value your privacy. This site uses cookies. Agree",
            "A Defence Ministry spokesman, Colonel Hassan Khattab, called the National Guard's reports of shelling in al-Mazraa false, saying army units around Sweida were observing the ceasefire.",
            "Khattab accused \"outlaw groups\" of trying to drag the province back into fighting.",
            "Damascus Courier | Read more: Power cuts ease in Homs"),
    ],
    [
        den("called_false", "attack",
            "q28-a", "government forces had shelled the town of al-Mazraa",
            "q28-b", "called the National Guard's reports of shelling in al-Mazraa false"),
    ]))

# ---------------------------------------------------------------- 29
S.append(scen(
    "29-sy-jableh-revision", "Syria", "trap: revision by one claimant",
    "A casualty monitor puts clashes near Jableh at 14 dead, then raises its own toll to 22 a day later.",
    "Trap. The same monitor revises its own figure for the same clashes in its next bulletin. A "
    "revision, not a contradiction.",
    [
        doc("q29-a",
            "https://levant-casualty-monitor.example/daily/2026-05-14",
            "Daily bulletin",
            "2026-05-14",
            "Levant Casualty Monitor - Daily bulletin",
            "Clashes between General Security forces and gunmen in villages near Jableh on Wednesday killed 14 people, among them 5 members of the security forces, the monitor has documented.",
            "The monitor is verifying reports of further deaths.",
            "Support our documentation work"),
        doc("q29-b",
            "https://levant-casualty-monitor.example/daily/2026-05-15",
            "Daily bulletin",
            "2026-05-15",
            "Levant Casualty Monitor - Daily bulletin",
            "The monitor has raised its toll for Wednesday's clashes near Jableh to 22 dead after documenting further deaths in two villages.",
            "Security forces reopened the coastal road on Thursday.",
            "Support our documentation work"),
    ],
    []))

# ---------------------------------------------------------------- 30
S.append(scen(
    "30-ht-lascahobas-propaganda", "Haiti", "denial dismissed_as (attack)",
    "Viv Ansanm videos claim the burning of the Lascahobas police station; police dismiss them as propaganda next day.",
    "Denial in a document published a day later: 'dismissed the videos as gang propaganda'.",
    [
        doc("q30-a",
            "https://port-au-prince-chronicle.example/2026/01/20/lascahobas-videos",
            "Gangs post videos claiming attack on Lascahobas police station",
            "2026-01-20",
            "The Viv Ansanm gang coalition posted videos on Sunday claiming its members had attacked and burned the police station in Lascahobas, in the Centre department.",
            "The videos show armed men in front of a burning building and a pick-up truck with police markings.",
            "Residents told the Chronicle that many families had left for Mirebalais and Hinche.",
            "ADVERTISEMENT",
            "Port-au-Prince Chronicle - Abonnez-vous"),
        doc("q30-b",
            "https://haiti-info-line.example/securite/2026/01/21/pnh-lascahobas",
            "Police say Lascahobas station is operating",
            "2026-01-21",
            "Police spokeswoman Inspector Marie-Claude Jean-Baptiste dismissed the videos as gang propaganda, saying the footage showed a building burned last year and that the Lascahobas station was operating.",
            "She said reinforcements had been sent to the Centre department.",
            "Haiti Info Line | Share | Print"),
    ],
    [
        den("dismissed_as", "attack",
            "q30-a", "its members had attacked and burned the police station in Lascahobas",
            "q30-b", "dismissed the videos as gang propaganda"),
    ]))

# ---------------------------------------------------------------- 31
S.append(scen(
    "31-ht-cabaret-wounded", "Haiti", "figure wounded",
    "Police: 9 wounded in the attack on Cabaret market; hospital: 27 wounded treated from the same attack.",
    "Figure dispute on the wounded of one attack (same market, same day).",
    [
        doc("q31-a",
            "https://port-au-prince-chronicle.example/2026/03/31/cabaret-market-attack",
            "Gunmen open fire on Cabaret market",
            "2026-03-31",
            "CABARET - Gunmen opened fire on traders at the main market in Cabaret on Monday morning. Police said 9 people were wounded in the attack on the Cabaret market, which sent hundreds of people running towards the national road.",
            "Police spokeswoman Inspector Marie-Claude Jean-Baptiste said officers had exchanged fire with the attackers, who fled towards the hills.",
            "ADVERTISEMENT",
            "Port-au-Prince Chronicle - Abonnez-vous"),
        doc("q31-b",
            "https://bon-samaritain-arcahaie.example/news/2026-04-01-cabaret",
            "Emergency update: Cabaret market attack",
            "2026-04-01",
            "Hopital Bon Samaritain de l'Arcahaie - Emergency update",
            "Our emergency team treated 27 people wounded in Monday's attack on the Cabaret market, most of them with gunshot wounds.",
            "We urgently need blood donors of all groups. Please contact the hospital's blood bank.",
            "Donate | Volunteer"),
    ],
    [
        fig("wounded",
            "q31-a", "9 people were wounded in the attack on the Cabaret market",
            "q31-b", "treated 27 people wounded in Monday's attack on the Cabaret market"),
    ]))

# ---------------------------------------------------------------- 32
S.append(scen(
    "32-et-motta-captured", "Ethiopia", "figure captured",
    "Fano says it captured 240 federal soldiers around Motta; government says 26 soldiers were captured.",
    "Figure dispute over the soldiers taken prisoner in one battle.",
    [
        doc("q32-a",
            "https://amhara-mirror.example/en/2026/02/26/fano-motta",
            "Fano says it captured federal soldiers in East Gojjam",
            "2026-02-26",
            "Fano fighters captured 240 soldiers of the federal army in fighting around Motta, East Gojjam, on Tuesday, a spokesman for the Amhara Fano National Force, Dereje Alemu, said.",
            "He said the prisoners would be treated according to international law.",
            "Amhara Mirror | Newsletter"),
        doc("q32-b",
            "https://addis-standard-times.example/news/2026/02/27/gcs-motta",
            "Government says soldiers captured near Motta will be freed",
            "2026-02-27",
            "The Government Communication Service said 26 soldiers had been captured near Motta and that efforts were under way to secure their release.",
            "The service said federal forces had cleared the area of \"extremist groups\".",
            "Cookie preferences | Accept"),
    ],
    [
        fig("captured",
            "q32-a", "captured 240 soldiers of the federal army in fighting around Motta",
            "q32-b", "26 soldiers had been captured near Motta"),
    ]))

# ---------------------------------------------------------------- 33
S.append(scen(
    "33-co-catatumbo-warning", "Colombia", "trap: threat/forecast vs fact",
    "Ombudsman warns up to 12,000 could be displaced in Catatumbo; governor's office: 3,400 displaced.",
    "Trap. A warning of possible displacement (modality warned) against a count of people actually "
    "displaced. No contradiction.",
    [
        doc("q33-a",
            "https://bogota-bulletin.example/conflict/2026/01/15/catatumbo-warning",
            "Ombudsman warns of mass displacement in Catatumbo",
            "2026-01-15",
            "The Ombudsman's office warned that as many as 12,000 people could be forced from their homes in the Catatumbo region if fighting between the ELN and FARC dissident factions continued.",
            "Ombudsman's delegate Lucia Perdomo said armed groups had threatened community leaders in Tibu and El Tarra.",
            "Bogota Bulletin | Subscribe"),
        doc("q33-b",
            "https://cucuta-express.example/2026/01/16/desplazados-catatumbo",
            "Governor's office counts displaced families in Catatumbo",
            "2026-01-16",
            "CUCUTA - 3,400 people have been displaced from Tibu and El Tarra since Sunday, the Norte de Santander governor's office said, as shelters in Cucuta filled up.",
            "Officials said most of the displaced were staying with relatives.",
            "Cucuta Express | Share"),
    ],
    []))

# ---------------------------------------------------------------- 34
S.append(scen(
    "34-pk-bannu-checkpost", "Pakistan", "figure killed",
    "TTP says 22 soldiers killed at a Bannu checkpost; the military says 4 soldiers were killed.",
    "Figure dispute on soldiers killed in one attack. The military's count of dead attackers is the "
    "other side's losses (no pair).",
    [
        doc("q34-a",
            "https://frontier-ledger.example/kp/2026/04/23/ttp-bannu-claim",
            "Pakistani Taliban claim deadly attack on Bannu checkpost",
            "2026-04-23",
            "The Pakistani Taliban said its fighters killed 22 soldiers in an attack on a checkpost in Bannu district on Tuesday night, in a statement sent to journalists.",
            "The group said the attack was retaliation for military operations in North Waziristan.",
            "Frontier Ledger | ADVERTISEMENT"),
        doc("q34-b",
            "https://rawalpindi-post.example/national/2026/04/23/ispr-bannu",
            "Military says attack on Bannu checkpost repulsed",
            "2026-04-23T19:00:00+05:00",
            "The military's media wing said 4 soldiers were killed when militants attacked the checkpost in Bannu, and that 11 attackers were killed in the exchange of fire.",
            "The statement said a clearance operation was under way in the area.",
            "Rawalpindi Post | Newsletter"),
    ],
    [
        fig("killed",
            "q34-a", "killed 22 soldiers in an attack on a checkpost in Bannu district",
            "q34-b", "4 soldiers were killed when militants attacked the checkpost in Bannu"),
    ]))

# ---------------------------------------------------------------- 35
S.append(scen(
    "35-mz-macomia-displaced", "Mozambique", "figure displaced",
    "Provincial government: 4,100 fled Macomia between May 11 and May 17; NGO tracking: 19,500 in the same week.",
    "Figure dispute on displacement from one district over the same dates.",
    [
        doc("q35-a",
            "https://pemba-news.example/2026/05/19/macomia-displacement",
            "Cabo Delgado government says thousands fled Macomia",
            "2026-05-19",
            "PEMBA - The Cabo Delgado provincial government said 4,100 people had fled Macomia district between May 11 and May 17 after insurgent attacks on villages along the coast.",
            "Provincial spokesman Armando Cossa said the displaced were being registered in Pemba and Ancuabe.",
            "Pemba News | Partilhar"),
        doc("q35-b",
            "https://northern-corridor-relief.example/updates/2026-05-20-macomia",
            "Displacement update: Macomia district",
            "2026-05-20",
            "Northern Corridor Relief - Displacement update",
            "Our displacement tracking recorded 19,500 people displaced from Macomia district between May 11 and May 17, most of them women and children.",
            "Needs are highest for shelter, water and food.",
            "Donate | Subscribe to updates"),
    ],
    [
        fig("displaced",
            "q35-a", "4,100 people had fled Macomia district between May 11 and May 17",
            "q35-b", "recorded 19,500 people displaced from Macomia district between May 11 and May 17"),
    ]))

# ---------------------------------------------------------------- 36
S.append(scen(
    "36-ss-fangak-nasir-other-place", "South Sudan", "trap: denial of something else (other place)",
    "SPLA-IO says it captured New Fangak; the army denies withdrawing from Nasir, far away in another state.",
    "Trap. The army's denial concerns Nasir (Upper Nile), not the SPLA-IO claim about New Fangak "
    "(Jonglei). No contradiction.",
    [
        doc("q36-a",
            "https://juba-tribune.example/2026/03/03/spla-io-new-fangak",
            "SPLA-IO says it has taken New Fangak",
            "2026-03-03",
            "The SPLA-IO said on Sunday that its forces had captured New Fangak, in Jonglei state, after government troops withdrew by river.",
            "Opposition spokesman Colonel Gatwech Ruei said civilians had not been harmed.",
            "Juba Tribune | Advertise"),
        doc("q36-b",
            "https://sspdf-news.example/2026/03/04/nasir-statement",
            "Army says troops remain in Nasir",
            "2026-03-04",
            "SSPDF spokesman Major General Deng Lual Akol denied reports that army troops had withdrawn from Nasir, in Upper Nile state, saying the garrison had been reinforced.",
            "He did not comment on the opposition's statement about Jonglei.",
            "SSPDF News | Home"),
    ],
    []))
