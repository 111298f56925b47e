from lib import G, M, R, U

ID = "ev15-01"
URL = "https://www.frontlineassessments.org/research/eastern-front-daily-assessment-january-14-2026"
TITLE = "Eastern Front Daily Assessment, January 14, 2026"
PUBLISHED = "2026-01-14T19:45:00-05:00"

TEXT = """Skip to main content
Research | Maps | Podcasts | Donate
Eastern Front Daily Assessment, January 14, 2026
Maryna Holub, Daniel Ferris, Katherine Odell, and the Frontline Mapping Team
January 14, 2026, 7:45 pm ET
Click here to see the interactive map of the Russian invasion of Ukraine. The map is updated each day alongside the static maps in this report.
Cutoff for this product: 1:30 pm ET on January 14. The data cutoff for the map was 11:00 am ET.
Key Takeaways:
Russian forces recently advanced into central Rodynske, northeast of Pokrovsk, and are trying to push the last Ukrainian defenders out of the town.
The Russian Ministry of Defense (MoD) claimed the seizure of Myrnohrad, a claim that Ukrainian forces defending the town rejected.
Ukrainian forces recently counterattacked in the Dobropillia direction and retook Shakhove.
Russian glide bombs killed three civilians in Dobropillia on January 13.
Russian forces recently advanced in southern Pleshchiivka, southeast of Kostiantynivka.
Assessed Russian advances: 14 square kilometers over the past 24 hours. We do not report how many square kilometers a side claims.
Pokrovsk direction
Russian forces recently advanced in the Pokrovsk direction. Geolocated footage published on January 13 shows Russian servicemen raising a flag over a residential building in central Rodynske.[1] Rodynske, which Russian troops have tried to envelop since October 2025, sits astride the last paved road into Myrnohrad from the north, and its loss would leave the Ukrainian grouping in Myrnohrad dependent on dirt tracks and drone deliveries.
The Russian MoD claimed on January 14 that elements of the 2nd Combined Arms Army had completed the "liberation" of Myrnohrad (which Russian sources call Dimitrov).[2] A spokesperson for Ukraine's 7th Rapid Response Corps denied the claim, telling Ukrainian media that Ukrainian units still hold positions in Myrnohrad's western microdistricts and that supplies reach them by ground robotic systems.[3] We have not observed visual confirmation of the Russian MoD claim.
Unconfirmed claims: Russian milbloggers claimed on January 13 that Russian forces seized Hryshyne, west of Pokrovsk.[4] The Russian MoD separately claimed that Russian forces seized Bilytske, though no footage accompanied the report.[5]
Russian forces continued offensive operations near Pokrovsk itself and toward Svitle and Udachne on January 13 and 14 but did not make confirmed advances.[6]
Dobropillia direction
Ukrainian forces recently counterattacked in the Dobropillia direction. Geolocated footage published on January 12 and 13 indicates that Ukrainian forces retook Shakhove, northeast of Dobropillia, and advanced north of Kucheriv Yar.[7] A Russian milblogger acknowledged that Russian troops had pulled back from Shakhove to "more advantageous lines" after Ukrainian drones cut their supply routes.[8] The commander of a Ukrainian assault regiment operating in the area told a Kyiv outlet that his unit had taken 11 Russian servicemen prisoner in the fighting for Shakhove.[9]
Russian guided glide bombs struck Dobropillia on January 13, killing three civilians and wounding nine, according to Donetsk Oblast Military Administration Head Vadym Filashkin.[10] Filashkin added that Russian strikes have killed 27 civilians in Donetsk Oblast since the start of January.[11]
Kostiantynivka direction
Russian forces recently advanced in the Kostiantynivka direction. Geolocated footage published on January 14 indicates that Russian forces advanced in southern Pleshchiivka.[12]
A Russian milblogger claimed that Russian assault groups infiltrated the eastern outskirts of Kostiantynivka, but we have seen no evidence supporting the claim.[13]
Russian forces attacked near Ivanopillia, Kleban-Byk and Stupochky on January 13 and 14.[14] Elements of the Ukrainian 93rd Mechanized Brigade reported that they repelled a reinforced company-sized Russian mechanized assault near Kleban-Byk on January 12 and destroyed six tanks and 14 armored vehicles.[15]
Russian drones struck Kramatorsk and Druzhkivka overnight on January 13 to 14. Kramatorsk City Military Administration Head Oleksandr Honcharenko reported that a drone damaged a multistory building and injured five people.[16]
Note: Frontline Assessments does not publish the locations of Ukrainian units or any information that would endanger Ukrainian forces.
[1] https://t.me/mod_russia/55871 ; https://x.com/GeoConfirmed/status/2011 (embedded)
[2] https://t.me/mod_russia/55902
[3] https://suspilne.media/donbas/
[4] https://t.me/rybar/70551
Subscribe to receive our daily updates
Enter your email address | Sign up
Share this: Facebook | X | LinkedIn | Email | Print
"""

ROD = G("Rodynske", "UA")
MYR = G("Myrnohrad", "UA", aliases=["Dimitrov"])
HRY = G("Hryshyne", "UA")
BIL = G("Bilytske", "UA")
POK = G("Pokrovsk", "UA")
SVI = G("Svitle", "UA", near=(48.40, 37.12))
UDA = G("Udachne", "UA", a1="05")
SHA = G("Shakhove", "UA")
KUY = M("Kucheriv Yar", 48.50, 37.27)
DOB = G("Dobropillia", "UA", a1="05")
DON = R("Donetsk Oblast", 48.2, 37.7, 150, ["Donetsk region", "Donetsk"])
PLE = M("Pleshchiivka", 48.49, 37.77)
KOS = G("Kostiantynivka", "UA", a1="05")
IVA = G("Ivanopillia", "UA", geoname="Ivanopillia")
KLB = M("Kleban-Byk", 48.44, 37.69)
STU = M("Stupochky", 48.55, 37.87)
KRA = G("Kramatorsk", "UA")
DRU = G("Druzhkivka", "UA")

D13 = ("2026-01-13", "day", "text")
D14 = ("2026-01-14", "day", "text")
D12 = ("2026-01-12", "day", "text")
RU_UA = ("russia", "ukraine", "russia")

UNITS = [
    U("territory", None, ROD, None,
      ["Russian forces recently advanced into central Rodynske",
       "Geolocated footage published on January 13 shows Russian servicemen raising a flag over a residential building in central Rodynske"],
      D13, (None, "ukraine", "russia")),
    U("territory", None, MYR, ["Russian Ministry of Defense", "Russian MoD", "MoD"],
      ["The Russian Ministry of Defense (MoD) claimed the seizure of Myrnohrad",
       "had completed the \"liberation\" of Myrnohrad",
       "denied the claim, telling Ukrainian media that Ukrainian units still hold positions in Myrnohrad's western microdistricts"],
      D14, RU_UA, mod="denied",
      note="Russian MoD claim, denied by Ukraine's 7th Rapid Response Corps: one unit, claimant the asserting side."),
    U("territory", None, HRY, ["Russian milbloggers"],
      ["Russian milbloggers claimed on January 13 that Russian forces seized Hryshyne"],
      D13, RU_UA, mod="claimed"),
    U("territory", None, BIL, ["Russian MoD", "Russian Ministry of Defense"],
      ["The Russian MoD separately claimed that Russian forces seized Bilytske"],
      D14, RU_UA, mod="claimed", note="Claim undated in the text beyond this report; the report date stands in."),
    U("territory", None, POK, None,
      ["Russian forces continued offensive operations near Pokrovsk itself"],
      ("2026-01-14", "day", "text"), (None, "ukraine", "russia"), opt=True, note="Offensive operations without a claimed change."),
    U("territory", None, SVI, None, ["toward Svitle and Udachne on January 13 and 14"],
      D14, (None, "ukraine", "russia"), opt=True, note="Attempted advance; approximate which Svitle (the one north of Pokrovsk)."),
    U("territory", None, UDA, None, ["toward Svitle and Udachne on January 13 and 14"],
      D14, (None, "ukraine", "russia"), opt=True, note="Attempted advance."),
    U("territory", None, SHA, None,
      ["Ukrainian forces recently counterattacked in the Dobropillia direction and retook Shakhove",
       "indicates that Ukrainian forces retook Shakhove, northeast of Dobropillia",
       "Russian troops had pulled back from Shakhove to \"more advantageous lines\""],
      D13, (None, "russia", "ukraine")),
    U("territory", None, KUY, None, ["advanced north of Kucheriv Yar"],
      D13, (None, "russia", "ukraine"), note="Coordinates approximate."),
    U("captured", 11, SHA, ["commander of a Ukrainian assault regiment", "Ukrainian assault regiment"],
      ["his unit had taken 11 Russian servicemen prisoner in the fighting for Shakhove"],
      D13, ("ukraine", "russia", "ukraine"), mod="claimed"),
    U("attack", None, DOB, ["Vadym Filashkin", "Donetsk Oblast Military Administration"],
      ["Russian glide bombs killed three civilians in Dobropillia on January 13",
       "Russian guided glide bombs struck Dobropillia on January 13"],
      D13, ("ukraine", "civilian", "russia"), mod="claimed"),
    U("killed", 3, DOB, ["Vadym Filashkin", "Donetsk Oblast Military Administration"],
      ["Russian glide bombs killed three civilians in Dobropillia on January 13",
       "killing three civilians and wounding nine"],
      D13, ("ukraine", "civilian", "russia"), mod="claimed",
      note="Key-takeaway line in the outlet's voice repeats Filashkin's figure; claimant Filashkin."),
    U("wounded", 9, DOB, ["Vadym Filashkin", "Donetsk Oblast Military Administration"],
      ["killing three civilians and wounding nine"],
      D13, ("ukraine", "civilian", "russia"), mod="claimed"),
    U("killed", 27, DON, ["Vadym Filashkin", "Filashkin"],
      ["Russian strikes have killed 27 civilians in Donetsk Oblast since the start of January"],
      ("2026-01", "month", "text"), ("ukraine", "civilian", "russia"), scope="cumulative", mod="claimed"),
    U("territory", None, PLE, None,
      ["Russian forces recently advanced in southern Pleshchiivka",
       "indicates that Russian forces advanced in southern Pleshchiivka"],
      D14, (None, "ukraine", "russia"), note="Coordinates approximate."),
    U("territory", None, KOS, ["Russian milblogger", "A Russian milblogger"],
      ["A Russian milblogger claimed that Russian assault groups infiltrated the eastern outskirts of Kostiantynivka"],
      D14, RU_UA, mod="claimed"),
    U("territory", None, IVA, None, ["Russian forces attacked near Ivanopillia, Kleban-Byk and Stupochky"],
      D14, (None, "ukraine", "russia"), opt=True, note="Ground attacks without a claimed change."),
    U("territory", None, KLB, None,
      ["Russian forces attacked near Ivanopillia, Kleban-Byk and Stupochky",
       "repelled a reinforced company-sized Russian mechanized assault near Kleban-Byk on January 12"],
      D12, (None, "ukraine", "russia"), opt=True, note="Repelled assault; approximate coordinates."),
    U("territory", None, STU, None, ["Russian forces attacked near Ivanopillia, Kleban-Byk and Stupochky"],
      D14, (None, "ukraine", "russia"), opt=True, note="Approximate coordinates."),
    U("materiel_lost", 6, KLB, ["93rd Mechanized Brigade", "Ukrainian 93rd Mechanized Brigade"],
      ["destroyed six tanks and 14 armored vehicles"],
      D12, ("ukraine", "russia", "ukraine"), mod="claimed", note="item tank"),
    U("materiel_lost", 14, KLB, ["93rd Mechanized Brigade", "Ukrainian 93rd Mechanized Brigade"],
      ["destroyed six tanks and 14 armored vehicles"],
      D12, ("ukraine", "russia", "ukraine"), mod="claimed", note="item armoured_vehicle"),
    U("attack", None, KRA, None,
      ["Russian drones struck Kramatorsk and Druzhkivka overnight on January 13 to 14",
       "reported that a drone damaged a multistory building and injured five people"],
      D14, (None, "civilian", "russia"),
      note="The strike is stated in the outlet's own voice; Honcharenko's report of the damage is further evidence."),
    U("attack", None, DRU, None,
      ["Russian drones struck Kramatorsk and Druzhkivka overnight on January 13 to 14"],
      D14, (None, None, "russia")),
    U("wounded", 5, KRA, ["Oleksandr Honcharenko", "Kramatorsk City Military Administration"],
      ["a drone damaged a multistory building and injured five people"],
      D14, ("ukraine", "civilian", "russia"), mod="claimed"),
]
