"""Scenarios 13-24: Israel-Lebanon, Yemen/Red Sea, Myanmar, DR Congo, Sahel, Nigeria."""
from common import doc, fig, den, scen

S = []

# ---------------------------------------------------------------- 13
S.append(scen(
    "13-lb-bint-jbeil-none-killed", "Israel-Lebanon", "denial said_no (killed)",
    "IDF says strike in Bint Jbeil killed 6 Hezbollah operatives; Hezbollah says no fighters were killed.",
    "Same-day denial in another document: 'said in a statement that no fighters had been killed in "
    "the strike on Bint Jbeil'. The health ministry's wounded civilians have no counterpart.",
    [
        doc("q13-a",
            "https://idf-updates.example/en/press/2026-03-04-bint-jbeil",
            "Strike on Hezbollah command post in Bint Jbeil",
            "2026-03-04",
            "IDF Spokesperson's Unit - Press release",
            "On Tuesday, Israeli Air Force aircraft struck a Hezbollah command post in the area of Bint Jbeil in southern Lebanon, killing 6 Hezbollah operatives, among them the commander of the group's local sector.",
            "The operatives were involved in attempts to rebuild Hezbollah's military infrastructure in southern Lebanon, in violation of the understandings between Israel and Lebanon.",
            "The IDF will continue to act to remove any threat to the citizens of the State of Israel."),
        doc("q13-b",
            "https://cedar-dispatch.example/lebanon/2026/03/04/bint-jbeil-strike",
            "Hezbollah says Israeli strike in Bint Jbeil hit empty shop",
            "2026-03-04T19:30:00+02:00",
            "This website uses cookies. Continue | Learn more",
            "Hezbollah said in a statement that no fighters had been killed in the strike on Bint Jbeil, which it said had hit an empty shop near the town's old market.",
            "Lebanon's Health Ministry said the strike wounded a woman and her teenage son.",
            "The Lebanese army said it had deployed a patrol to the area.",
            "Cedar Dispatch | Subscribe for full access"),
    ],
    [
        den("said_no", "killed",
            "q13-a", "killing 6 Hezbollah operatives",
            "q13-b", "no fighters had been killed in the strike on Bint Jbeil"),
    ]))

# ---------------------------------------------------------------- 14
S.append(scen(
    "14-lb-beirut-port-threat", "Israel-Lebanon", "trap: threat vs fact",
    "Israeli spokesman warns Israel would strike Beirut port; port director says the port had not come under attack.",
    "Trap. The only 'claim' of an attack is a threat (modality warned); the port director's statement "
    "denies nothing anyone asserted. No contradiction.",
    [
        doc("q14-a",
            "https://negev-courier.example/security/2026/05/20/warning-beirut-port",
            "Army warns it could strike Beirut port over arms shipments",
            "2026-05-20",
            "An Israeli military spokesman, Lieutenant Colonel Eitan Shavit, warned on Tuesday that Israel would strike the port of Beirut if Hezbollah continued to bring weapons through it.",
            "\"We know what arrives and where it goes,\" Shavit said in an Arabic-language video posted on social media.",
            "Israel has kept up near-daily strikes in southern Lebanon despite the ceasefire, saying it is preventing Hezbollah from rearming.",
            "ADVERTISEMENT"),
        doc("q14-b",
            "https://cedar-dispatch.example/lebanon/2026/05/21/beirut-port-operating",
            "Beirut port working normally, director says after Israeli warning",
            "2026-05-21",
            "This website uses cookies. Continue | Learn more",
            "Ziad Haddad, director of the Beirut port authority, said on Wednesday that the port was operating normally and had not come under attack, and invited journalists to tour the container terminal.",
            "Haddad called the Israeli warning \"a threat against a civilian facility\" and said customs inspections were carried out with the Lebanese army.",
            "Cedar Dispatch | Subscribe for full access"),
    ],
    []))

# ---------------------------------------------------------------- 15
S.append(scen(
    "15-ye-reapers-and-carrier", "Yemen-Red Sea", "figure materiel_lost + denial dismissed_as (attack)",
    "Houthis claim three MQ-9s downed and an attack on a US carrier; US official: one MQ-9 lost, carrier claim fabricated.",
    "Two true pairs against a document published a day later: a materiel figure dispute (three vs "
    "one MQ-9 over Marib) and 'dismissed the Houthi claim of an attack on the carrier as fabricated'.",
    [
        doc("q15-a",
            "https://www.cpa-news.example/middle-east/2026/01/28/houthis-reapers-carrier",
            "Houthis say they downed US drones and targeted a carrier",
            "2026-01-28",
            "SANAA, Jan 28 (CPA) - Yemen's Houthi movement said on Tuesday its air defences had shot down three US MQ-9 Reaper drones over Marib province since Saturday.",
            "Military spokesman Brigadier General Nasser al-Dhaheri said in a televised address that the group had also targeted a US aircraft carrier in the northern Red Sea with ballistic missiles and drones, \"achieving its objectives\".",
            "There was no immediate comment from the US military.",
            "CPA - Continental Press Agency. All rights reserved."),
        doc("q15-b",
            "https://harbor-defense-report.example/2026/01/29/us-official-houthi-claims",
            "US official disputes Houthi claims over drones and carrier",
            "2026-01-29",
            "Harbor Defense Report | Sign in | Subscribe",
            "A US defence official, speaking on condition of anonymity, said one MQ-9 Reaper was lost over Marib province on Sunday and that the cause was under investigation.",
            "The official dismissed the Houthi claim of an attack on the carrier as fabricated, saying no missiles had come within range of the strike group.",
            "The Houthis have repeatedly claimed attacks on US warships that the Pentagon says did not take place.",
            "Read more: Navy weighs longer deployments in the Gulf of Aden"),
    ],
    [
        fig("materiel_lost",
            "q15-a", "had shot down three US MQ-9 Reaper drones over Marib province",
            "q15-b", "one MQ-9 Reaper was lost over Marib province on Sunday"),
        den("dismissed_as", "attack",
            "q15-a", "had also targeted a US aircraft carrier in the northern Red Sea",
            "q15-b", "dismissed the Houthi claim of an attack on the carrier as fabricated"),
    ]))

# ---------------------------------------------------------------- 16
_corallo = [
    "A Liberia-flagged bulk carrier was hit by a drone about 60 nautical miles west of the Yemeni port of Hodeidah on Friday, wounding 2 crew members, the ship's Greek manager said.",
    "The vessel, the Corallo Bay, was carrying wheat from the Black Sea and continued under its own power towards Jeddah, the manager, Aegean Bulk Services, said in a statement.",
    "Yemen's Houthis said in a statement that they had targeted the ship because other vessels owned by the same company had called at Israeli ports.",
]
S.append(scen(
    "16-ye-corallo-syndicated", "Yemen-Red Sea", "trap: syndicated copies",
    "One wire story on a drone hit on the Corallo Bay, carried by three outlets.",
    "Trap. Three copies of one wire story (same figures, slightly different framing and trim). "
    "No contradiction.",
    [
        doc("q16-a",
            "https://www.meridianwire.example/middle-east/2026/03/07/red-sea-bulk-carrier",
            "Drone hits bulk carrier off Yemen, two crew wounded",
            "2026-03-07",
            "HODEIDAH, March 7 (Meridian Wire) - " + _corallo[0],
            _corallo[1],
            _corallo[2],
            "(Meridian Wire)"),
        doc("q16-b",
            "https://gulf-evening-times.example/shipping/2026/03/07/corallo-bay-drone",
            "Greek-managed ship struck by drone in Red Sea",
            "2026-03-07T14:30:00+04:00",
            "Gulf Evening Times uses cookies to personalise content. Accept all | Reject",
            "By Meridian Wire",
            _corallo[0],
            _corallo[1],
            _corallo[2],
            "ADVERTISEMENT",
            "More shipping news: Suez transits edge higher for third month"),
        doc("q16-c",
            "https://port-said-herald.example/maritime/2026/03/08/corallo-bay",
            "Bulk carrier hit off Hodeidah",
            "2026-03-08",
            "Port Said Herald - Maritime",
            _corallo[0],
            _corallo[1],
            "(Meridian Wire)",
            "Copyright 2026 Port Said Herald"),
    ],
    []))

# ---------------------------------------------------------------- 17
S.append(scen(
    "17-mm-kyaukphyu-false", "Myanmar", "denial called_false (territory)",
    "Arakan Army says it captured Kyaukphyu; junta spokesman calls the claim false a day later.",
    "Denial in a document published a day later: 'called the Arakan Army's claim to have captured "
    "Kyaukphyu false'. The air strikes around Ramree have no counterpart.",
    [
        doc("q17-a",
            "https://rakhine-pulse.example/news/2026/02/11/aa-kyaukphyu",
            "Arakan Army says Kyaukphyu has fallen",
            "2026-02-11",
            "Rakhine Pulse",
            "The Arakan Army said on Monday that its fighters had captured Kyaukphyu, the coastal town that hosts a deep-sea port project and the terminals of oil and gas pipelines, after weeks of fighting.",
            "In a statement posted on its Telegram channel, the group said the last military battalion in the town had withdrawn by sea.",
            "Residents who fled to nearby islands said fighting had died down by Sunday.",
            "Rakhine Pulse depends on readers. Become a member"),
        doc("q17-b",
            "https://myanmar-state-bulletin.example/en/2026/02/12/kyaukphyu-security",
            "Kyaukphyu under control of security forces, spokesman says",
            "2026-02-12",
            "NAY PYI TAW - At a press briefing on Wednesday, military spokesman Brigadier General Kyaw Thura Win called the Arakan Army's claim to have captured Kyaukphyu false, saying security forces remained in full control of the town and the port area.",
            "He said the air force had carried out strikes against \"terrorist\" positions in the Ramree area.",
            "Print this page | Back to top"),
    ],
    [
        den("called_false", "territory",
            "q17-a", "its fighters had captured Kyaukphyu",
            "q17-b", "called the Arakan Army's claim to have captured Kyaukphyu false"),
    ]))

# ---------------------------------------------------------------- 18
S.append(scen(
    "18-mm-kyunhla-compatible", "Myanmar", "trap: compatible figures (at least vs exact)",
    "Air strike on a Kyunhla monastery: 'at least 20' killed (local administration) vs 23 named (rights network).",
    "Trap. 'At least 20' and an exact 23 are compatible. No contradiction.",
    [
        doc("q18-a",
            "https://sagaing-voice.example/2026/04/21/kyunhla-airstrike",
            "Air strike on monastery in Kyunhla kills displaced villagers",
            "2026-04-21",
            "A military air strike on a monastery in Kyunhla township, Sagaing region, on Sunday killed at least 20 people who had taken shelter there, the township's People's Administration Team said.",
            "Most of the dead were villagers who had fled fighting along the Mu river, the administration said.",
            "Sagaing Voice is an independent outlet. Support us"),
        doc("q18-b",
            "https://sagaing-rights-network.example/reports/2026-04-22-kyunhla",
            "Incident report: air strike on Kyunhla monastery",
            "2026-04-22",
            "Sagaing Human Rights Network - Incident report",
            "Our field researchers have confirmed the names of 23 people killed in the air strike on the monastery in Kyunhla township on Sunday, April 19, including 8 children.",
            "The network documents attacks on civilians in Sagaing region. Names of the victims are held on file and shared with accountability mechanisms on request.",
            "Contact | Privacy"),
    ],
    []))

# ---------------------------------------------------------------- 19
S.append(scen(
    "19-cd-ndosho-abduction-denied", "DR Congo", "denial denied (abducted)",
    "Civil society: M23 abducted 14 patients from Ndosho hospital in Goma; M23 denies it next day.",
    "Denial in a document published a day later: 'denied on Wednesday that its fighters had abducted "
    "anyone from the hospital in Ndosho'.",
    [
        doc("q19-a",
            "https://kivu-matin.example/actualite/2026/03/18/enlevements-ndosho",
            "Goma: patients taken from Ndosho hospital, civil society says",
            "2026-03-18",
            "GOMA - M23 fighters abducted 14 patients from the Ndosho hospital in Goma on Sunday night, accusing them of being government soldiers or members of Wazalendo militias, the Goma Civil Society Forum said in a statement.",
            "The forum's coordinator, Esperance Mushagalusa, said families had not been told where the patients were taken.",
            "The hospital's management declined to comment.",
            "Kivu Matin - Abonnez-vous a notre lettre d'information"),
        doc("q19-b",
            "https://great-lakes-ledger.example/2026/03/19/m23-hospital-statement",
            "M23 says hospital visit was a security check",
            "2026-03-19",
            "AFC/M23 spokesman Emmanuel Birori denied on Wednesday that its fighters had abducted anyone from the hospital in Ndosho, saying the group had carried out a routine security check there.",
            "Birori said the rebel administration guaranteed the safety of all patients in Goma.",
            "Great Lakes Ledger | Read more: Rwanda-Congo talks resume in Doha"),
    ],
    [
        den("denied", "abducted",
            "q19-a", "abducted 14 patients from the Ndosho hospital in Goma",
            "q19-b", "denied on Wednesday that its fighters had abducted anyone from the hospital in Ndosho"),
    ]))

# ---------------------------------------------------------------- 20
S.append(scen(
    "20-cd-ituri-cumulative", "DR Congo", "figure killed (cumulative, same period)",
    "UN office: at least 1,860 civilians killed in Ituri since January 1; provincial government: 640 in the same period.",
    "Two running totals for the same province and the same period that disagree. The UN bulletin's "
    "one-day figure (22 at a displacement site) is an event figure and must not be set against either "
    "total.",
    [
        doc("q20-a",
            "https://un-drc-bulletin.example/ituri/2026-05-28-protection-update",
            "Ituri protection update",
            "2026-05-28",
            "United Nations human rights office in the DRC - Ituri protection update",
            "At least 1,860 civilians have been killed in Ituri province since January 1, 2026, in attacks attributed mainly to CODECO and ADF fighters, according to incidents verified by the office.",
            "The deadliest attack of the past week hit a displacement site in Djugu territory on Monday, killing 22 people, most of them women and children.",
            "Humanitarian access remains restricted in Irumu and Mambasa territories.",
            "This update is published for information and does not constitute an official document of the United Nations."),
        doc("q20-b",
            "https://ituri-infos.example/2026/05/29/bilan-provincial",
            "Ituri government gives its own count of civilian deaths",
            "2026-05-29",
            "BUNIA - The Ituri provincial government said on Thursday that 640 civilians had been killed in the province since January 1, according to its own count of incidents reported by territorial administrators.",
            "Provincial spokesman Jules Ngabo said the count did not include people missing after attacks.",
            "Partager : Facebook | WhatsApp",
            "Ituri Infos - Tous droits reserves"),
    ],
    [
        fig("killed",
            "q20-a", "At least 1,860 civilians have been killed in Ituri province since January 1, 2026",
            "q20-b", "640 civilians had been killed in the province since January 1"),
    ]))

# ---------------------------------------------------------------- 21
S.append(scen(
    "21-cd-masisi-two-sides", "DR Congo", "trap: different victims",
    "M23 says it killed 60 soldiers and militiamen near Masisi; the army says it killed 45 M23 fighters there.",
    "Trap. Each side gives the other side's losses for the same fighting. Different victims, no "
    "contradiction.",
    [
        doc("q21-a",
            "https://great-lakes-ledger.example/2026/01/09/m23-masisi-claim",
            "M23 claims heavy army losses around Masisi",
            "2026-01-09",
            "AFC/M23 said its fighters killed 60 FARDC soldiers and Wazalendo militiamen in fighting around Masisi on Wednesday, and said the army had used drones against villages.",
            "The rebels posted photographs of weapons they said had been abandoned by retreating troops.",
            "Great Lakes Ledger | Newsletter sign-up"),
        doc("q21-b",
            "https://kivu-matin.example/actualite/2026/01/09/fardc-masisi",
            "Army says it inflicted heavy losses on M23 near Masisi",
            "2026-01-09T18:00:00+01:00",
            "Army spokesman Colonel Guillaume Kasongo said FARDC troops killed 45 M23 fighters in the same fighting around Masisi on Wednesday and recovered a stock of mortar rounds.",
            "He accused Rwanda of sending reinforcements across the border, which Kigali has always rejected in the past.",
            "Kivu Matin - Abonnez-vous a notre lettre d'information"),
    ],
    []))

# ---------------------------------------------------------------- 22
S.append(scen(
    "22-ml-boulkessi-helicopter", "Sahel", "denial denied (materiel_lost)",
    "JNIM says it shot down a Malian army helicopter near Boulkessi; the army denies losing any aircraft next day.",
    "Denial in an army communique published a day later: 'denied losing any aircraft in the "
    "Boulkessi area'.",
    [
        doc("q22-a",
            "https://sahel-watch.example/mali/2026/02/17/jnim-helicopter-claim",
            "JNIM claims helicopter downing near Boulkessi",
            "2026-02-17",
            "Sahel Watch",
            "JNIM, the al-Qaeda-linked coalition, said its fighters shot down a Malian army helicopter near Boulkessi on Sunday, in a message released by the group's media arm.",
            "The group also published photographs of what it said was wreckage, which Sahel Watch was unable to geolocate.",
            "Boulkessi, close to the border with Burkina Faso, hosts an army camp that has been attacked repeatedly.",
            "Subscribe to the Sahel Watch weekly"),
        doc("q22-b",
            "https://fama-communiques.example/2026/02/18/communique-boulkessi",
            "Communique of the General Staff of the Armed Forces",
            "2026-02-18",
            "GENERAL STAFF OF THE ARMED FORCES - COMMUNIQUE",
            "The General Staff of the Armed Forces denied losing any aircraft in the Boulkessi area and warned the public against \"fabricated images circulated by terrorist groups\".",
            "Air operations in the Centre and the North continue normally, the communique said.",
            "The General Staff calls on the population to rely only on official channels."),
    ],
    [
        den("denied", "materiel_lost",
            "q22-a", "its fighters shot down a Malian army helicopter near Boulkessi",
            "q22-b", "denied losing any aircraft in the Boulkessi area"),
    ]))

# ---------------------------------------------------------------- 23
S.append(scen(
    "23-bf-djibo-other-denial", "Sahel", "trap: denial of something else",
    "JNIM says it attacked the Djibo base; the government rejects accusations about a drone strike on a Bourasso market.",
    "Trap. The government's rejection is about an army strike on a market in Bourasso, not the JNIM "
    "attack on Djibo (another event, another place, another actor). No contradiction.",
    [
        doc("q23-a",
            "https://sahel-watch.example/burkina/2026/04/29/jnim-djibo",
            "JNIM claims deadly attack on Djibo base",
            "2026-04-29",
            "Sahel Watch",
            "JNIM said it had attacked a military base in Djibo on Monday and killed 35 soldiers, in a claim released by its media arm.",
            "The town, in Burkina Faso's Soum province, has been under a blockade by the group for several years.",
            "Subscribe to the Sahel Watch weekly"),
        doc("q23-b",
            "https://burkina-gov-info.example/communiques/2026/04/30/bourasso",
            "Government statement on operations in the Kossi province",
            "2026-04-30",
            "OUAGADOUGOU - Government spokesman Issouf Zongo rejected accusations that an army drone strike had hit a weekly market in Bourasso on Sunday, saying the strike targeted a terrorist logistics base.",
            "The statement made no reference to the fighting reported in Djibo.",
            "Homeland or death, we shall overcome."),
    ],
    []))

# ---------------------------------------------------------------- 24
S.append(scen(
    "24-ng-bakura-abduction-count", "Nigeria", "figure abducted",
    "Parents' association: 87 pupils abducted in Bakura; police: 31 pupils taken.",
    "Figure dispute over one abduction, same day, same school.",
    [
        doc("q24-a",
            "https://northwest-chronicle.example/news/2026/01/27/bakura-school-abduction",
            "Gunmen abduct pupils from Bakura school",
            "2026-01-27",
            "GUSAU - Gunmen on motorcycles abducted 87 pupils from the Government Secondary School in Bakura, Zamfara state, on Sunday night, the chairman of the school's parents' association, Alhaji Musa Dankande, said.",
            "Dankande said the attackers arrived shortly before midnight and forced the pupils to walk into the bush.",
            "ADVERTISEMENT",
            "Read more: Zamfara farmers say levies by armed groups have doubled",
            "© 2026 Northwest Chronicle"),
        doc("q24-b",
            "https://lagos-ledger.example/security/2026/01/27/zamfara-police-school",
            "Police give figure for Zamfara school abduction",
            "2026-01-27T17:00:00+01:00",
            "Cookie settings | Accept",
            "Zamfara state police said 31 pupils were taken from the school in Bakura and that tactical teams were combing the forests around the town with the army.",
            "Police spokesman Ibrahim Sani said 9 pupils had escaped and returned to their families.",
            "Lagos Ledger | Share | Comment"),
    ],
    [
        fig("abducted",
            "q24-a", "abducted 87 pupils from the Government Secondary School in Bakura",
            "q24-b", "31 pupils were taken from the school in Bakura"),
    ]))
