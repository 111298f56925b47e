from lib import G, A, R, U, PUB, text

ID = "ev16-02"
URL = "https://eastboundmonitor.com/frontline/week-48-2025-kupiansk-vovchansk-huliaipole"
TITLE = "Frontline week: Moscow claims Kupiansk and Vovchansk, Kyiv calls it fiction as Huliaipole front buckles"
PUBLISHED = "2025-12-01T09:30:00+02:00"
CONFLICT = "Russia-Ukraine"
FORM = "OSINT weekly front-line review (Kharkiv, Lyman, Huliaipole)"

TEXT = text(
"EASTBOUND MONITOR",
"Frontline | Maps | Losses | Support us",
"Frontline week: Moscow claims Kupiansk and Vovchansk, Kyiv calls it fiction as Huliaipole front buckles",
"By Oksana Hrytsenko and Tom Wexler | 1 December 2025",
"Our weekly review covers 24–30 November. Changes are marked only when we can tie them to geolocated footage or to two independent sources; everything else is listed as a claim.",
"+9 View gallery",
"Map of the week: the Kupiansk and Huliaipole sectors as of 30 November. Shaded areas mark Russian gains.",
"Map of the week: the Kupiansk and Huliaipole sectors as of 30 November. Shaded areas mark Russian gains.",
"KUPIANSK",
"The headline claim of the week came on 27 November, when the Russian General Staff announced the 'complete liberation' of Kupiansk and congratulated the 6th Army. Ukraine's Joint Forces Task Force called this 'a lie for the Kremlin's foreign guests', saying Ukrainian units control most of the city and are mopping up small groups of infiltrators in its northern districts.",
"We see nothing to support Moscow's version. Footage from 28 November, geolocated by our team, shows Ukrainian soldiers walking freely near the central market. The Task Force said its units took 17 Russian soldiers prisoner during clearing operations over the week.",
"▼ Ukrainian gain: Kindrashivka. A Ukrainian assault brigade published drone video of its troops raising a flag over the village's school, which we geolocated. This pushes the Russian salient north of Kupiansk back by about two kilometres.",
"▲ Russian gains: on the eastern bank of the Oskil, Russian troops advanced in Petropavlivka and on the outskirts of Kurylivka, where they now hold the road junction.",
"Across the river, a Russian FPV drone hit an evacuation van in Kupiansk-Vuzlovyi on 26 November, killing two volunteers, according to the Kharkiv regional prosecutor's office.",
"VOVCHANSK",
"Russia's defence ministry said on 29 November that troops of the Northern grouping had 'completed the liberation' of Vovchansk, a border town fought over since May 2024. A spokesman for Ukraine's General Staff dismissed that as 'pure fantasy' and said Ukrainian forces still hold positions in the town's southern quarter. We cannot confirm either account.",
"▲ Russian gain: Vilcha. Geolocated footage from 25 November shows Russian infantry in the northern streets of Vilcha, southwest of Vovchansk.",
"LYMAN AND BOROVA",
"▲ Russian gain: Torske. Russian troops crossed the Zherebets and entered the eastern edge of Torske, according to footage we geolocated on 27 November.",
"▼ Ukrainian gain: Zarichne. After a counterattack by a Ukrainian National Guard brigade, Russian troops pulled out of the positions they had held since October in the southern part of Zarichne.",
"⚠ Claim: Russian milbloggers said units of the 20th Army reached the outskirts of Borova. We have seen no footage.",
"HULIAIPOLE — THE WEEK'S BIGGEST SHIFT",
"The Russian push on Huliaipole from the northeast accelerated. The Russian defence ministry claimed the capture of Uspenivka and Poltavka. Geolocated footage confirms the seizure of Uspenivka; for Poltavka we have only the ministry's word.",
"Ukraine's Zaporizhzhia operational group said on 29 November that its troops had withdrawn from Ternuvate to avoid encirclement, the first such admission on this axis since the summer.",
"Huliaipole itself is now shelled around the clock. The head of the town's military administration said about 2,300 residents remain, most of them sheltering in basements, and that evacuations had become possible only at night.",
"LOSSES AND STRIKES",
"Russia's defence ministry said its air defences shot down 1,120 Ukrainian drones over the week, a figure we cannot verify.",
"Read more: How Kupiansk became a test of Russian claims",
"Support independent mapping — become a member from €5 a month",
"Share this: Facebook | X | Telegram | Copy link",
)

KUP = G("Kupiansk", "UA", "07", geoname="Kupyansk")
KINDR = G("Kindrashivka", "UA", "07")
PETRO = G("Petropavlivka", "UA", "07")
KURYL = G("Kurylivka", "UA", "07")
KUPV = G("Kupiansk-Vuzlovyi", "UA", "07")
VOV = G("Vovchansk", "UA", "07")
VILCHA = G("Vilcha", "UA", "07")
TORSKE = G("Torske", "UA", "05")
ZARICH = G("Zarichne", "UA", "05")
LYMAN = G("Lyman", "UA", "05")
DROBY = G("Drobysheve", "UA", "05")
BOROVA = G("Borova", "UA", "07")
USPEN = G("Uspenivka", "UA", "26", idx=0)
POLTAVKA = G("Poltavka", "UA", "26")
TERNUV = G("Ternuvate", "UA", "26")
HULIA = G("Huliaipole", "UA", "26", geoname="Hulyaypole")
VELYKO = G("Velykomykhailivka", "UA", "04")
UKRAINE = R("Ukraine", 48.8, 31.2, 600)
RUSSIA = R("Russia", 52.0, 38.0, 800, aliases=["Russian territory"])

UNITS = [
    U("territory", None, KUP, ["Russian General Staff"],
      ["Moscow claims Kupiansk and Vovchansk, Kyiv calls it fiction",
       "the Russian General Staff announced the 'complete liberation' of Kupiansk",
       "Ukraine's Joint Forces Task Force called this 'a lie for the Kremlin's foreign guests'"],
      "2025-11-27", "russia/ukraine/russia", modality="denied",
      note="Russian claim denied by Ukraine's Joint Forces Task Force."),
    U("captured", 17, KUP, ["Joint Forces Task Force", "The Task Force"],
      ["its units took 17 Russian soldiers prisoner during clearing operations over the week"],
      "2025-11-30", "ukraine/russia/ukraine", note="Weekly tally; dated to the end of the reviewed week."),
    U("territory", None, KINDR, None,
      ["Ukrainian gain: Kindrashivka"], "2025-11-30", "-/russia/ukraine"),
    U("territory", None, PETRO, None,
      ["Russian troops advanced in Petropavlivka and on the outskirts of Kurylivka"], "2025-11-30", "-/ukraine/russia"),
    U("territory", None, KURYL, None,
      ["Russian troops advanced in Petropavlivka and on the outskirts of Kurylivka"], "2025-11-30", "-/ukraine/russia"),
    U("attack", None, KUPV, ["Kharkiv regional prosecutor's office"],
      ["a Russian FPV drone hit an evacuation van in Kupiansk-Vuzlovyi on 26 November"],
      "2025-11-26", "ukraine/civilian/russia"),
    U("killed", 2, KUPV, ["Kharkiv regional prosecutor's office"],
      ["killing two volunteers"], "2025-11-26", "ukraine/civilian/russia"),
    U("territory", None, VOV, ["Russia's defence ministry", "Russian defence ministry"],
      ["Moscow claims Kupiansk and Vovchansk, Kyiv calls it fiction",
       "troops of the Northern grouping had 'completed the liberation' of Vovchansk",
       "A spokesman for Ukraine's General Staff dismissed that as 'pure fantasy'"],
      "2025-11-29", "russia/ukraine/russia", modality="denied"),
    U("attack", None, VOV, None, ["a border town fought over since May 2024"], "2024-05", "-/ukraine/russia",
      optional=True, note="background: fighting over the town since May 2024"),
    U("territory", None, VILCHA, None,
      ["Russian gain: Vilcha", "Russian infantry in the northern streets of Vilcha"],
      "2025-11-25", "-/ukraine/russia"),
    U("territory", None, TORSKE, None,
      ["Russian gain: Torske", "entered the eastern edge of Torske"], "2025-11-27", "-/ukraine/russia"),
    U("territory", None, ZARICH, None,
      ["Ukrainian gain: Zarichne", "Russian troops pulled out of the positions they had held since October in the southern part of Zarichne"],
      "2025-11-30", "-/russia/ukraine"),
    U("territory", None, BOROVA, "Russian milbloggers",
      ["units of the 20th Army reached the outskirts of Borova"], "2025-11-30", "russia/ukraine/russia"),
    U("territory", None, USPEN, None,
      ["The Russian defence ministry claimed the capture of Uspenivka and Poltavka",
       "Geolocated footage confirms the seizure of Uspenivka"],
      "2025-11-30", "-/ukraine/russia", note="MoD claim confirmed by the outlet: own voice."),
    U("territory", None, POLTAVKA, ["Russian defence ministry"],
      ["The Russian defence ministry claimed the capture of Uspenivka and Poltavka",
       "for Poltavka we have only the ministry's word"],
      "2025-11-30", "russia/ukraine/russia", note="Within 25 km of Uspenivka."),
    U("territory", None, TERNUV, ["Zaporizhzhia operational group"],
      ["its troops had withdrawn from Ternuvate to avoid encirclement"], "2025-11-29", "ukraine/ukraine/russia"),
    U("territory", None, HULIA, None,
      ["The Russian push on Huliaipole from the northeast accelerated"], "2025-11-30", "-/ukraine/russia",
      note="advance on the town"),
    U("attack", None, HULIA, None,
      ["Huliaipole itself is now shelled around the clock"],
      "2025-11-30", "-/civilian/russia"),
    U("affected", 2300, HULIA, ["head of the town's military administration"],
      ["about 2,300 residents remain, most of them sheltering in basements"], "2025-11-30", "ukraine/civilian/russia"),
    U("materiel_lost", 1120, RUSSIA, ["Russia's defence ministry"],
      ["its air defences shot down 1,120 Ukrainian drones over the week"], "2025-11-30", "russia/ukraine/russia",
      note="item drone; weekly tally"),
]
