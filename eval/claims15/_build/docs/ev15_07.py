from lib import G, M, R, U

ID = "ev15-07"
URL = "https://southernbugmedia.com.ua/en/news/kherson-drones-riverside-districts-2025-08-21"
TITLE = "'They hunt anything that moves': Russian drones turn Kherson's riverside into a kill zone"
PUBLISHED = "2025-08-21"

TEXT = """Southern Bug Media
News | War | Kherson | Mykolaiv | Opinion | Support us
'They hunt anything that moves': Russian drones turn Kherson's riverside into a kill zone
By Iryna Kovalchuk, Kherson
21 August 2025, 08:30
A municipal bus damaged by a Russian drone in Kherson on 20 August 2025. Photo: Kherson City Military Administration
A municipal bus damaged by a Russian drone in Kherson on 20 August 2025. Photo: Kherson City Military Administration
The bus on route 29 had just left the stop on Ushakova Avenue when the drone came down on its roof. The attack on Wednesday morning in Kherson's Dniprovskyi district wounded five people, including the driver, the city military administration said.
"You hear the buzzing and you have maybe three seconds," said Halyna, 61, who was sitting near the back. "Then the glass is everywhere."
Residents of the riverside districts say this is now daily life. Russian troops dug in on the left bank of the Dnipro, less than a kilometre away in places, fly small FPV drones across the water and drop grenades on cars, bicycles, ambulances and people queuing for bread.
Read also: Mykolaiv: power restored after overnight strike on substation
The same morning, in the suburb of Antonivka, a 58-year-old man was killed when a drone hit his car near the bridge, regional governor Oleksandr Prokudin reported.
Since the beginning of 2025, Russian attacks have killed 118 civilians in Kherson region and injured 1,042, according to the regional prosecutor's office, which is investigating the drone attacks as war crimes. Most of the victims were hit within 15 kilometres of the river.
The UN human rights monitoring mission has said the pattern of attacks may amount to crimes against humanity.
About 1,900 people have left the city's coastal neighbourhoods since May under a voluntary evacuation scheme, city officials say. Roughly 57,000 people still live in Kherson, a city that had close to 280,000 residents before the full-scale invasion.
Across the river, in Russian-occupied Oleshky, Ukrainian officials estimate that about 3,000 residents remain trapped without running water or regular medical care. Russian authorities in the occupied part of the region have not allowed humanitarian convoys in.
Ukraine's Southern Defence Forces said on Wednesday that over the previous week they had destroyed six Russian boats and 11 artillery systems on the left bank.
Support independent journalism from the south of Ukraine. Become a patron →
Tags: Kherson, drones, war crimes, evacuation
Share: Facebook Telegram X Copy link
Subscribe to our newsletter
Related articles
In Kherson, a volunteer ambulance crew drives under drone fire every night
"""

KHE = G("Kherson", "UA", aliases=["Dniprovskyi district"])
ANT = G("Antonivka", "UA", a1="08", near=(46.68, 32.73))
KHR = R("Kherson region", 46.7, 33.3, 150, ["Kherson Oblast", "Kherson"])
OLE = G("Oleshky", "UA")
LEFT = R("left bank of the Dnipro", 46.55, 32.9, 60, ["left bank", "Dnipro"])

D20 = ("2025-08-20", "day", "text")
UNITS = [
    U("attack", None, KHE, ["city military administration", "Kherson City Military Administration"],
      ["A municipal bus damaged by a Russian drone in Kherson on 20 August 2025",
       "The attack on Wednesday morning in Kherson's Dniprovskyi district wounded five people"],
      D20, ("ukraine", "civilian", "russia"), mod="claimed",
      note="Caption printed twice; the same fragment covers both."),
    U("wounded", 5, KHE, ["city military administration"],
      ["wounded five people, including the driver, the city military administration said"],
      D20, ("ukraine", "civilian", "russia"), mod="claimed"),
    U("attack", None, ANT, ["Oleksandr Prokudin"],
      ["in the suburb of Antonivka, a 58-year-old man was killed when a drone hit his car"],
      D20, ("ukraine", "civilian", "russia"), mod="claimed"),
    U("killed", 1, ANT, ["Oleksandr Prokudin"],
      ["a 58-year-old man was killed when a drone hit his car"],
      D20, ("ukraine", "civilian", "russia"), mod="claimed"),
    U("killed", 118, KHR, ["regional prosecutor's office", "Kherson regional prosecutor's office"],
      ["Since the beginning of 2025, Russian attacks have killed 118 civilians in Kherson region and injured 1,042"],
      ("2025-08-21", "day", "published"), ("ukraine", "civilian", "russia"), scope="cumulative", mod="claimed"),
    U("wounded", 1042, KHR, ["regional prosecutor's office", "Kherson regional prosecutor's office"],
      ["Russian attacks have killed 118 civilians in Kherson region and injured 1,042"],
      ("2025-08-21", "day", "published"), ("ukraine", "civilian", "russia"), scope="cumulative", mod="claimed"),
    U("displaced", 1900, KHE, ["city officials"],
      ["About 1,900 people have left the city's coastal neighbourhoods since May under a voluntary evacuation scheme"],
      ("2025-08-21", "day", "published"), ("ukraine", "civilian", None), scope="cumulative", mod="claimed"),
    U("affected", 3000, OLE, ["Ukrainian officials"],
      ["about 3,000 residents remain trapped without running water or regular medical care"],
      ("2025-08-21", "day", "published"), ("ukraine", "civilian", "russia"), mod="claimed",
      note="Trapped residents; 57,000 and 280,000 are population figures, not units."),
    U("materiel_lost", 6, LEFT, ["Southern Defence Forces", "Ukraine's Southern Defence Forces"],
      ["they had destroyed six Russian boats and 11 artillery systems on the left bank"],
      D20, ("ukraine", "russia", "ukraine"), mod="claimed", note="item ship; a week's total reported on 20 August."),
    U("materiel_lost", 11, LEFT, ["Southern Defence Forces", "Ukraine's Southern Defence Forces"],
      ["they had destroyed six Russian boats and 11 artillery systems on the left bank"],
      D20, ("ukraine", "russia", "ukraine"), mod="claimed", note="item artillery."),
]
