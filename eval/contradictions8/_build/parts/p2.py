"""Scenarios 13-22: true contradictions (DR Congo, Sahel, Nigeria, Somalia, Ethiopia, Haiti, Armenia-Azerbaijan, Pakistan, Colombia)."""
from common import D, P, S

SCENARIOS = [
S(13, "masisi-displacement-figures", "DR Congo",
  "A UN-style humanitarian bulletin says about 48,000 fled the fighting around Masisi that began on Sunday; the North Kivu provincial government says some 12,000 fled (figure, displaced, same episode).",
  "figure dispute on displacement (UN vs government)",
  [D("k13-a", "https://reliefupdates.org/drc/north-kivu-flash-update-masisi",
     "Flash update: displacement from Masisi", "2026-01-23", """
     DR Congo: North Kivu - Flash update (Masisi)

     KEY POINTS
     Fighting around Masisi centre since Sunday has forced about 48,000 people to flee towards Sake and Mweso, according to humanitarian partners.
     Most of the displaced are staying with host families or in churches and schools; partners report acute shortages of drinking water.
     Access to the area remains restricted by insecurity on the main road.

     This update was produced with humanitarian partners. Next update in a week.
     """, {"Sunday": "2026-01-18"}),
   D("k13-b", "https://nordkivu-info.cd/securite/masisi-deplaces",
     "Masisi: the provincial government counts the displaced", "2026-01-22", """
     Masisi: the provincial government counts the displaced

     BENI - Some 12,000 people fled Masisi town during the fighting that began on Sunday, the North Kivu provincial government said in a statement read on local radio.
     Provincial spokesman Jean-Paul Kasereka said the government was sending food and plastic sheeting to families in Sake.

     Read more: Sake market reopens after a month
     Cookies help us deliver our services. OK
     """, {"Sunday": "2026-01-18"})],
  [P("figure", None, "displaced",
     ("k13-a", "Fighting around Masisi centre since Sunday has forced about 48,000 people to flee"),
     ("k13-b", "Some 12,000 people fled Masisi town during the fighting that began on Sunday"))]),

S(14, "boulkessi-camp-attack-figures", "Sahel (Mali)",
  "JNIM claims 64 soldiers killed and 12 vehicles destroyed at the Boulkessi camp; the Malian army says 11 soldiers were killed and three vehicles destroyed (two figure pairs: killed, materiel_lost).",
  "two figure disputes between an armed group and an army (killed, materiel)",
  [D("k14-a", "https://sahel-monitor.org/2026/02/25/jnim-claims-boulkessi",
     "JNIM claims deadly attack on Boulkessi camp", "2026-02-25", """
     JNIM claims deadly attack on Boulkessi camp

     BAMAKO - The al-Qaeda-linked group JNIM claimed that its fighters killed 64 soldiers in an attack on the army camp at Boulkessi on Monday.
     In the same message, posted on its propaganda channel, the group said it had destroyed 12 military vehicles and seized weapons and ammunition.
     The claim could not be independently verified; the camp lies near the border with Burkina Faso.

     Sahel Monitor tracks armed-group claims across the region. Subscribe for weekly analysis.
     """, {"Monday": "2026-02-23"}),
   D("k14-b", "https://bamako-express.ml/securite/communique-fama-boulkessi",
     "FAMa communique on the Boulkessi attack", "2026-02-24", """
     FAMa communique on the Boulkessi attack

     The General Staff of the Armed Forces said 11 soldiers were killed when terrorists attacked the Boulkessi camp on Monday, and that the attackers were repelled.
     According to the communique, three vehicles were destroyed by fire during the attack.
     Reinforcements and air support were sent to the area, the army said.

     ADVERTISEMENT
     """, {"Monday": "2026-02-23"})],
  [P("figure", None, "killed",
     ("k14-a", "its fighters killed 64 soldiers in an attack on the army camp at Boulkessi on Monday"),
     ("k14-b", "said 11 soldiers were killed when terrorists attacked the Boulkessi camp on Monday")),
   P("figure", None, "materiel_lost",
     ("k14-a", "it had destroyed 12 military vehicles"),
     ("k14-b", "three vehicles were destroyed by fire during the attack"))]),

S(15, "solenzo-killings-called-false", "Sahel (Burkina Faso)",
  "A rights group says soldiers and auxiliaries killed 31 civilians in Solenzo; the government, in the same story, calls the report false, repeating the figure (called_false, killed, same document).",
  "called-false denial in the same document, repeating the figure",
  [D("k15-a", "https://westafrica-ledger.com/burkina-faso/solenzo-report",
     "Rights group accuses Burkina army of killings in Solenzo", "2026-04-02", """
     Rights group accuses Burkina army of killings in Solenzo

     OUAGADOUGOU - Soldiers and pro-government auxiliaries killed 31 civilians in and around Solenzo on Saturday, the group Sahel Rights Watch said, citing survivors and relatives.
     The government called the report that 31 civilians were killed false and said it was designed to tarnish the army.
     Government spokesman Idrissa Compaore said an operation in the area had targeted terrorists only.

     Related: Burkina Faso extends general mobilisation
     © 2026 West Africa Ledger
     """, {"Saturday": "2026-03-28"})],
  [P("denial", "called_false", "killed",
     ("k15-a", "killed 31 civilians in and around Solenzo on Saturday"),
     ("k15-a", "The government called the report that 31 civilians were killed false"))]),

S(16, "kasuwan-magani-abduction-denied", "Nigeria",
  "Residents say gunmen abducted 25 worshippers in Kasuwan Magani; the Kaduna state government, in the same report, denies that 25 worshippers were abducted (denied, abducted, same document, figure repeated).",
  "denied in the same document, abduction, repeating the figure",
  [D("k16-a", "https://northernstar-ng.com/news/kaduna-church-abduction",
     "Gunmen abduct worshippers in Kaduna, residents say", "2026-05-05", """
     Gunmen abduct worshippers in Kaduna, residents say

     KADUNA - Gunmen abducted 25 worshippers from a church in Kasuwan Magani, in Kaduna state, during a service on Sunday, residents said.
     A church elder, who asked not to be named, said the attackers arrived on motorcycles and fired into the air before leading people into the bush.
     The Kaduna state government denied that 25 worshippers were abducted, saying security forces had repelled the attackers and that those missing had returned home.

     Don't miss a story: subscribe to our newsletter
     Share on WhatsApp | Facebook | X
     """, {"Sunday": "2026-05-03"})],
  [P("denial", "denied", "abducted",
     ("k16-a", "Gunmen abducted 25 worshippers from a church in Kasuwan Magani, in Kaduna state, during a service on Sunday"),
     ("k16-a", "The Kaduna state government denied that 25 worshippers were abducted"))]),

S(17, "moqokori-base-attack-toll", "Somalia",
  "Al-Shabaab claims 58 soldiers killed at the Moqokori base; Somalia's information ministry says seven soldiers were killed in the same attack (figure, killed).",
  "figure dispute between an armed group and a government",
  [D("k17-a", "https://horn-observer.com/somalia/2026/01/30/moqokori-claim",
     "Al-Shabaab claims attack on Moqokori base", "2026-01-30", """
     Al-Shabaab claims attack on Moqokori base

     MOGADISHU - Al-Shabaab said its fighters killed 58 soldiers in an assault on the military base at Moqokori, in Hiiraan region, on Thursday, according to a statement carried by its radio station.
     The group said it briefly overran the base before withdrawing.

     Most read
     1. Drought: aid agencies warn of crop failure
     """, {"Thursday": "2026-01-29"}),
   D("k17-b", "https://somali-national-news.so/en/ministry-moqokori",
     "Ministry: army repels attack on Moqokori base", "2026-01-30", """
     Ministry: army repels attack on Moqokori base

     The Ministry of Information said seven soldiers were killed when al-Shabaab fighters attacked the Moqokori base on Thursday, and that the army killed many of the attackers.
     Deputy minister Abdirahman Warsame Hirsi said reinforcements had arrived from Beledweyne.
     """, {"Thursday": "2026-01-29"})],
  [P("figure", None, "killed",
     ("k17-a", "killed 58 soldiers in an assault on the military base at Moqokori"),
     ("k17-b", "said seven soldiers were killed when al-Shabaab fighters attacked the Moqokori base on Thursday"))]),

S(18, "debre-markos-market-said-no", "Ethiopia",
  "A Fano spokesman says a drone strike on the Debre Markos market killed 28 civilians; state media report the government saying no civilians were killed there (said_no, killed, second document).",
  "said-no denial of civilian deaths, second document",
  [D("k18-a", "https://amhara-diaspora-news.com/2026/03/18/debre-markos-drone",
     "Drone strike hits Debre Markos market", "2026-03-18", """
     Drone strike hits Debre Markos market

     A drone strike on the market in Debre Markos killed 28 civilians on Monday, Fano spokesman Getachew Alemu Tesfaye said by phone.
     Traders said the strike hit stalls selling grain and livestock in the late morning, when the market was crowded.

     Like our page | Share
     """, {"Monday": "2026-03-16"}),
   D("k18-b", "https://ethio-herald.et/news/gcs-debre-markos",
     "Government says operation near Debre Markos targeted extremists", "2026-03-19", """
     Government says operation near Debre Markos targeted extremists

     ADDIS ABABA - The Government Communication Service said no civilians were killed in the security operation around Debre Markos on Monday, and that those targeted were members of an extremist group.
     The service urged the public not to believe reports spread on social media by the group's supporters.

     © Ethio Herald
     """, {"Monday": "2026-03-16"})],
  [P("denial", "said_no", "killed",
     ("k18-a", "A drone strike on the market in Debre Markos killed 28 civilians on Monday"),
     ("k18-b", "said no civilians were killed in the security operation around Debre Markos on Monday"))]),

S(19, "pont-sonde-attack-toll", "Haiti",
  "Haiti's national police say gangs killed 12 in Pont-Sondé on Saturday; a Haitian rights group says at least 70 were killed in the same attack (figure, killed).",
  "figure dispute between police and a rights group",
  [D("k19-a", "https://haiti-express.ht/en/police-pont-sonde",
     "Police push back gang attack on Pont-Sonde", "2026-02-16", """
     Police push back gang attack on Pont-Sonde

     PORT-AU-PRINCE - Gang members killed 12 people during an attack on Pont-Sondé on Saturday, the Haitian National Police said, adding that officers had pushed the attackers back towards the Artibonite river.
     Police spokeswoman Marie-Claude Bien-Aime said the gang had fired on homes and set vehicles alight.

     Abonnez-vous / Subscribe
     """, {"Saturday": "2026-02-14"}),
   D("k19-b", "https://chdh-haiti.org/communiques/pont-sonde",
     "Communique: massacre in Pont-Sonde", "2026-02-17", """
     Collectif haitien des droits humains - Communique

     At least 70 people were killed in the attack on Pont-Sondé on Saturday, according to the collective's investigators, who spoke to survivors and counted graves.
     The collective accused the authorities of playing down the scale of the killings.
     """, {"Saturday": "2026-02-14"})],
  [P("figure", None, "killed",
     ("k19-a", "Gang members killed 12 people during an attack on Pont-Sondé on Saturday"),
     ("k19-b", "At least 70 people were killed in the attack on Pont-Sondé on Saturday"))]),

S(20, "kalbajar-fire-denied", "Armenia-Azerbaijan",
  "Azerbaijan's defence ministry says Armenian units fired on its positions in Kalbajar district; Armenia's defence ministry denies its units opened fire (denied, attack, second document).",
  "denied in a second document, attack",
  [D("k20-a", "https://caspian-report.az/en/defence/kalbajar-fire",
     "Ministry: Armenian units fired on positions in Kalbajar", "2026-04-23", """
     Ministry: Armenian units fired on positions in Kalbajar

     BAKU - Armenian armed forces units fired on Azerbaijani army positions in the Kalbajar district on Wednesday night with small arms, the Azerbaijani Defence Ministry said.
     The ministry said its units took adequate retaliatory measures and that there were no casualties.

     Read more | Comments (0)
     """, {"Wednesday": "2026-04-22"}),
   D("k20-b", "https://yerevan-times.am/politics/mod-denies-kalbajar",
     "Armenian ministry denies firing at Azerbaijani positions", "2026-04-23", """
     Armenian ministry denies firing at Azerbaijani positions

     YEREVAN - The Armenian Ministry of Defence denied that its units opened fire in the direction of Azerbaijani positions in the Kalbajar section of the border.
     Ministry spokeswoman Lilit Harutyunyan said the situation along the border remained calm.

     Sign up for our newsletter
     """)],
  [P("denial", "denied", "attack",
     ("k20-a", "Armenian armed forces units fired on Azerbaijani army positions in the Kalbajar district on Wednesday night"),
     ("k20-b", "denied that its units opened fire in the direction of Azerbaijani positions"))]),

S(21, "noshki-convoy-attack", "Pakistan",
  "The BLA claims 90 soldiers killed and six vehicles destroyed in an attack on a Frontier Corps convoy near Noshki; the military says five soldiers were killed and no vehicles destroyed (figure, killed; said_no, materiel_lost; second document).",
  "figure dispute plus a said-no denial across two documents",
  [D("k21-a", "https://balochistan-post-daily.com/2026/05/21/bla-noshki-claim",
     "BLA claims attack on FC convoy near Noshki", "2026-05-21", """
     BLA claims attack on FC convoy near Noshki

     QUETTA - The Baloch Liberation Army said its fighters killed 90 soldiers in an attack on a Frontier Corps convoy near Noshki on Wednesday.
     A spokesman for the group said in an emailed statement that the fighters also destroyed six vehicles of the convoy.

     ADVERTISEMENT
     Continue reading below
     """, {"Wednesday": "2026-05-20"}),
   D("k21-b", "https://pakistan-defence-review.pk/news/noshki-convoy",
     "Military: soldiers martyred in Noshki attack", "2026-05-21", """
     Military: soldiers martyred in Noshki attack

     RAWALPINDI - Five soldiers were martyred when terrorists attacked a Frontier Corps convoy near Noshki on Wednesday, the military's media wing said.
     The military said no vehicles were destroyed and that the attackers fled after an exchange of fire.
     A clearance operation was under way in the area, the statement said.

     © Pakistan Defence Review
     """, {"Wednesday": "2026-05-20"})],
  [P("figure", None, "killed",
     ("k21-a", "its fighters killed 90 soldiers in an attack on a Frontier Corps convoy near Noshki on Wednesday"),
     ("k21-b", "Five soldiers were martyred when terrorists attacked a Frontier Corps convoy near Noshki on Wednesday")),
   P("denial", "said_no", "materiel_lost",
     ("k21-a", "the fighters also destroyed six vehicles of the convoy"),
     ("k21-b", "The military said no vehicles were destroyed"))]),

S(22, "tibu-clashes-toll", "Colombia",
  "Colombia's Ombudsman says Saturday's ELN-dissident clashes in rural Tibú left 16 dead; the army's regional command says nine were killed (figure, killed).",
  "figure dispute between a state watchdog and the army",
  [D("k22-a", "https://catatumbo-hoy.co/orden-publico/tibu-enfrentamientos",
     "Ombudsman reports deadly clashes in rural Tibu", "2026-01-19", """
     Ombudsman reports deadly clashes in rural Tibu

     CUCUTA - Clashes between the ELN and FARC dissidents in rural Tibú on Saturday left 16 people dead, including farmers caught in the crossfire, the Ombudsman's office said.
     The office urged both groups to respect the civilian population and allow humanitarian access.

     Siguenos en redes | Follow us
     """, {"Saturday": "2026-01-17"}),
   D("k22-b", "https://norte-noticias.co/region/ejercito-tibu",
     "Army reports deaths in Tibu fighting", "2026-01-19", """
     Army reports deaths in Tibu fighting

     The army's Second Division said nine people were killed in the fighting between armed groups near Tibú on Saturday, and that troops had been sent to secure the area.
     General Hernan Zuluaga Pardo said the army had recovered bodies from two rural hamlets.

     Politica de cookies | Aceptar
     """, {"Saturday": "2026-01-17"})],
  [P("figure", None, "killed",
     ("k22-a", "Clashes between the ELN and FARC dissidents in rural Tibú on Saturday left 16 people dead"),
     ("k22-b", "said nine people were killed in the fighting between armed groups near Tibú on Saturday"))]),
]
