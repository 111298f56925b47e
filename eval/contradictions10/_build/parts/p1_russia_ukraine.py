# Russia-Ukraine: scenarios 01-06. All events, people and outlets invented.

SCENARIOS = [
dict(
    num=1, slug="ru-training-ground-toll", conflict="Russia-Ukraine",
    note="Figure dispute over one missile strike on a training ground near Pavlohrad: the Russian Defence Ministry claims 150 Ukrainian servicemen killed, Ukraine's Land Forces say 12. Same victims, same place, same day, two claimants.",
    tests="killed toll, attacker vs defender's own count, two wire/local docs",
    docs=[
        dict(id="q01-a",
             url="https://northlinewire.example/world/europe/russia-says-missile-hit-training-ground-near-pavlohrad",
             title="Russia says missile strike hit Ukrainian training ground near Pavlohrad",
             published="2026-03-12T09:15:00Z",
             text="""MOSCOW, March 12 (Northline Wire) - Russia's Defence Ministry said an Iskander missile strike on Wednesday hit a Ukrainian training ground near Pavlohrad in the Dnipropetrovsk region, killing 150 Ukrainian servicemen.
The ministry said the unit had been preparing to rotate to the front, and released a short drone video that it said showed the moment of impact. Northline Wire could not independently verify the video or the location.
The ministry gave no evidence for its figure. Ukraine's military did not immediately respond to a request for comment.
Both armies regularly strike troop concentrations far behind the front line, and both routinely publish tolls for the other side that cannot be checked.
(Reporting by Irina Valtseva; Editing by Tom Arkwright)
© 2026 Northline Wire. All rights reserved. Click for restrictions."""),
        dict(id="q01-b",
             url="https://kyivobserver.example/news/land-forces-confirm-deaths-in-strike-on-training-area",
             title="Land Forces confirm deaths in Russian strike on training area, order inquiry",
             published="2026-03-13T11:40:00+02:00",
             text="""We use cookies to improve your experience. By continuing to browse you agree to our cookie policy. [Accept] [Settings]
Ukraine's Land Forces said on Thursday that 12 servicemen were killed and 19 wounded when a Russian missile hit a training area in the Pavlohrad district of the Dnipropetrovsk region on Wednesday.
The command said the unit had been dispersed in line with regulations, but that a group of soldiers had gathered for a briefing when the missile struck. Land Forces spokesman Major Taras Khomenko said an internal inquiry had been opened to establish whether commanders had broken safety rules.
"We will not hide the truth from the families," Khomenko said in a video address.
Volunteers and several lawmakers have criticised commanders in recent months for gathering troops in the open within range of Russian missiles.
Read more: How Ukraine is rethinking training far from the front
Subscribe to the Kyiv Observer morning newsletter
ADVERTISEMENT"""),
    ],
    contradictions=[
        dict(kind="figure", wording=None, category="killed",
             a=("q01-a", "hit a Ukrainian training ground near Pavlohrad in the Dnipropetrovsk region, killing 150 Ukrainian servicemen"),
             b=("q01-b", "12 servicemen were killed and 19 wounded when a Russian missile hit a training area")),
    ]),

dict(
    num=2, slug="ru-ternuvate-capture-denied", conflict="Russia-Ukraine",
    note="Denial of a capture in a second document: Russia's Defence Ministry says its troops 'liberated' Ternuvate; a day later the Ukrainian Southern Defence Forces spokesman denies that Russian troops had captured it, naming the village.",
    tests="denial (denied) of a territory claim, second doc, names the place",
    docs=[
        dict(id="q02-a",
             url="https://frontlinedigest.example/2026/02/17/russia-claims-ternuvate",
             title="Russia claims capture of Ternuvate in Zaporizhzhia region",
             published="2026-02-17",
             text="""Russia's Defence Ministry said on Monday that units of its Vostok group of forces have liberated the settlement of Ternuvate in the Zaporizhzhia region.
The ministry, which uses the word "liberated" for places its troops say they have taken, said the operation opened a route toward the regional centre from the east. It published footage of soldiers raising a flag over what it said was the village school.
Ternuvate lies about 40 kilometres east of Zaporizhzhia city. Before the full-scale invasion it had a population of about 1,500.
Ukraine's Southern Defence Forces did not immediately comment on the claim.
Frontline Digest tracks claims by both armies. Inclusion of a claim does not mean we have verified it.
Share: Facebook | X | Telegram | Copy link"""),
        dict(id="q02-b",
             url="https://zaporizhzhiatoday.example/news/southern-forces-ternuvate-still-held",
             title="Southern Defence Forces: Ternuvate remains under Ukrainian control",
             published="2026-02-18T08:05:00+02:00",
             text="""ZAPORIZHZHIA - A spokesman for Ukraine's Southern Defence Forces, Lieutenant Colonel Andrii Sobko, denied that Russian troops had captured Ternuvate, saying Ukrainian units still held the village and had repelled four assaults on its eastern edge overnight.
"The flag in that video was planted by a small group that was destroyed within the hour," Sobko told Zaporizhzhia Today.
He said Russian artillery had been pounding the area for weeks and that most remaining residents had been evacuated in January.
Read also: Evacuation buses leave frontline villages east of Zaporizhzhia
© Zaporizhzhia Today, 2026. Republishing is allowed only with an active link."""),
    ],
    contradictions=[
        dict(kind="denial", wording="denied", category="territory",
             a=("q02-a", "units of its Vostok group of forces have liberated the settlement of Ternuvate in the Zaporizhzhia region"),
             b=("q02-b", "denied that Russian troops had captured Ternuvate")),
    ]),

dict(
    num=3, slug="ru-novorossiysk-terminal-not-hit", conflict="Russia-Ukraine",
    note="Denial in the same wire story: Ukraine's General Staff says its drones struck the Sheskharis oil terminal in Novorossiysk; the city's operational headquarters says debris fell in residential districts but the terminal had not been hit (the denial names only the target).",
    tests="denial (had_not) of an attack, same doc, target only",
    docs=[
        dict(id="q03-a",
             url="https://meridiannews.example/europe/ukraine-says-drones-struck-novorossiysk-oil-terminal",
             title="Ukraine says drones struck oil terminal at Novorossiysk",
             published="2026-04-08T10:20:00Z",
             text="""KYIV, April 8 (Meridian News Service) - Ukraine's General Staff said its long-range drones struck the Sheskharis oil terminal in the Russian port of Novorossiysk overnight, starting a fire at one of the loading berths.
The General Staff said the terminal supplied fuel to Russian forces and that the results of the strike were being clarified. A Ukrainian security official, speaking on condition of anonymity, said the operation had been carried out by the SBU security service together with the navy.
The Novorossiysk city operational headquarters said debris from downed drones had fallen in two residential districts, damaging several houses, but that the terminal had not been hit.
Russia's Defence Ministry said its air defences had destroyed 31 Ukrainian drones over the Krasnodar region and the Black Sea overnight.
Videos shared on local Telegram channels showed a glow over the port area; Meridian could not verify where they had been filmed.
Novorossiysk handles a large share of Russia's seaborne oil exports, including crude from Kazakhstan.
(Reporting by Meridian's Kyiv bureau; writing by Anna Leclerc)
Our Standards: The Meridian Trust Principles."""),
    ],
    contradictions=[
        dict(kind="denial", wording="had_not", category="attack",
             a=("q03-a", "its long-range drones struck the Sheskharis oil terminal in the Russian port of Novorossiysk"),
             b=("q03-a", "but that the terminal had not been hit")),
    ]),

dict(
    num=4, slug="ru-su34-said-no", conflict="Russia-Ukraine",
    note="Denial of a loss of materiel in a second document: Ukraine's Air Force says it shot down a Russian Su-34 over the Kharkiv region on Monday; the Russian Defence Ministry says no Russian aircraft were lost in the Kharkiv area that day. The Russian doc's own drone claim is about the other side's losses and has no counterpart.",
    tests="denial (said_no) of a materiel loss, second doc, ministry",
    docs=[
        dict(id="q04-a",
             url="https://kharkivpost.example/war/air-force-says-su-34-downed-over-kharkiv-region",
             title="Air Force says Su-34 downed over Kharkiv region",
             published="2026-05-05T13:00:00+03:00",
             text="""Ukrainian air defence units shot down a Russian Su-34 fighter-bomber over the Kharkiv region on Monday morning, Air Force spokesman Colonel Yurii Dovhan said.
Dovhan said the aircraft had been dropping guided bombs on positions near Vovchansk before it was hit by a surface-to-air missile. He did not say which system had been used.
"Every aircraft we take out means fewer glide bombs on our cities," he said on national television.
If confirmed, it would be the second Russian combat jet reported downed over the region this year.
Get breaking news alerts from Kharkiv Post - turn on notifications
Cookie settings | Privacy | Terms"""),
        dict(id="q04-b",
             url="https://moskvavestnik.example/defence/2026/05/06/ministry-daily-briefing",
             title="Defence ministry briefing: drones downed over border regions",
             published="2026-05-06T12:30:00+03:00",
             text="""MOSCOW - The Russian Defence Ministry said no Russian aircraft were lost in the Kharkiv area on Monday, responding to Ukrainian statements about a downed fighter-bomber.
At its daily briefing the ministry also said air defences had destroyed 44 Ukrainian drones over the Belgorod, Kursk and Bryansk regions in the past day.
Ministry spokesman Colonel Gennady Rusakov did not take questions.
Subscribe to our Telegram channel
Advertisement"""),
    ],
    contradictions=[
        dict(kind="denial", wording="said_no", category="materiel_lost",
             a=("q04-a", "shot down a Russian Su-34 fighter-bomber over the Kharkiv region on Monday morning"),
             b=("q04-b", "said no Russian aircraft were lost in the Kharkiv area on Monday")),
    ]),

dict(
    num=5, slug="ru-kharkiv-liveblog-revision", conflict="Russia-Ukraine",
    note="Trap: a live blog (newest entry first) in which the same Kharkiv governor raises his toll for one glide-bomb strike from 4 to 7 to 9 killed and his wounded figure from 23 to 31. One claimant revising: tally points, not contradictions.",
    tests="trap: revision by one claimant in a live blog, newest first",
    docs=[
        dict(id="q05-a",
             url="https://dailyfront.example/live/2026-01-22-russia-ukraine-war-live",
             title="Russia-Ukraine war live: glide bomb hits Kharkiv apartment block",
             published="2026-01-22T21:40:00+02:00",
             text="""LIVE - Updated 21:40 EET
Refresh | Share this live blog
21:35
The death toll from the afternoon strike on an apartment block in Kharkiv's Saltivskyi district has risen to 9, regional governor Mykola Tereshchuk said, after rescuers recovered two more bodies from the rubble. The number of wounded now stands at 31, he said.
19:50
Ukraine's air force has warned of a new wave of attack drones heading toward the northern regions tonight and urged residents to stay near shelters.
18:05
Governor Tereshchuk now says 7 people were killed and 23 wounded in the strike on Saltivskyi district. Two children are among the injured, he said.
ADVERTISEMENT
16:40
Kharkiv's city council says emergency shelters have been opened in three schools near the site, and a hotline has been set up for relatives.
15:20
At least 4 people were killed when a Russian guided bomb hit a nine-storey apartment block in Kharkiv's Saltivskyi district, governor Mykola Tereshchuk said on Telegram. Rescuers are searching the rubble.
14:55
Welcome to our live coverage of the war in Ukraine. We will bring you the latest from Kharkiv and the front line throughout the day.
Daily Front live blogs are updated by our team in London and Kyiv. Send us your tips."""),
    ],
    contradictions=[]),

dict(
    num=6, slug="ru-pokrovsk-armour-both-sides", conflict="Russia-Ukraine",
    note="Trap: one side's losses against the other's. A Ukrainian group says it destroyed 14 Russian tanks and 22 armoured vehicles near Pokrovsk; the Russian ministry says it destroyed 9 Ukrainian tanks and 17 armoured vehicles in the 'Krasnoarmeysk' (Pokrovsk) direction. Different victims.",
    tests="trap: one side's materiel losses vs the other's, same place and day",
    docs=[
        dict(id="q06-a",
             url="https://donbasfrontline.example/news/khortytsia-group-russian-assault-pokrovsk-repelled",
             title="Khortytsia group says Russian armoured assault near Pokrovsk repelled",
             published="2026-03-25T10:00:00+02:00",
             text="""Ukrainian forces destroyed 14 Russian tanks and 22 armoured vehicles as they repelled a large mechanised assault south of Pokrovsk on Tuesday, Khortytsia group spokesman Captain Dmytro Lysak said.
Lysak said the Russian column had tried to advance under cover of fog and that drone units had struck the vehicles as they bunched up near a damaged bridge.
He gave no figure for Ukrainian losses.
Footage released by the group showed several burning vehicles in a field; Donbas Frontline could not confirm the total.
Support independent journalism from the front line - donate
Newsletter: The Front, delivered at 7:00 every morning"""),
        dict(id="q06-b",
             url="https://vestipolk.example/news/2026/03/25/ministry-summary-krasnoarmeysk",
             title="Russian ministry: Ukrainian armour destroyed in Krasnoarmeysk direction",
             published="2026-03-25T14:30:00+03:00",
             text="""The Russian Defence Ministry said its Tsentr group of forces destroyed 9 Ukrainian tanks and 17 armoured vehicles in the Krasnoarmeysk direction over the past day.
Krasnoarmeysk is the Soviet-era name that Russian officials use for Pokrovsk.
The ministry said Ukraine had lost up to 420 servicemen in that direction over the same period. It did not mention any losses of its own.
Read more on Vesti Polk
Accept cookies to watch the video"""),
    ],
    contradictions=[]),
]
