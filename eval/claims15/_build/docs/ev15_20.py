from lib import G, M, R, U

ID = "ev15-20"
URL = "https://www.carelineintl.org/en/news/drc-lubero-ntoyo-attack-emergency-response"
TITLE = "DR Congo: 52 killed in attack on funeral in Lubero as our teams treat the wounded"
PUBLISHED = "2025-09-11"

TEXT = """CareLine International
Who we are | Where we work | News | Donate now
Press release
DR Congo: 52 killed in attack on funeral in Lubero as our teams treat the wounded
Goma/Geneva, 11 September 2025
Armed men attacked a funeral gathering in the village of Ntoyo, in Lubero territory, North Kivu, on the night of 8 September, killing at least 52 people with guns and machetes, according to local civil society leaders. Local authorities attributed the attack to the Allied Democratic Forces (ADF), an armed group affiliated with the Islamic State.
"Many of the dead were women who were still in the mourning house when it was set on fire," said a CareLine nurse who reached the village on 9 September.
Our team at the general referral hospital in Lubero has received 17 wounded patients from Ntoyo, most with machete and gunshot wounds. Civil society leaders say the attackers also abducted around a dozen people, including children, and took them into the forest.
South of Lubero, in Masisi territory, fighting between the AFC/M23 armed group and Wazalendo militias around Nyabiondo has forced more than 30,000 people to flee their homes since late August, according to humanitarian partners. AFC/M23 said on 6 September that it had taken control of Nyabiondo.
On 4 September, bullets pierced the paediatric ward of the hospital in Masisi centre, injuring two patients. Our teams had to move children under beds for shelter.
"The people of North Kivu are caught between armed groups, with nowhere safe left to go," said CareLine's country director, Dr. Amina Tchoumba.
Across the country, some 5.7 million people are internally displaced, the highest figure in Africa after Sudan.
CareLine calls on all parties to respect medical facilities and allow the safe passage of the wounded.
Notes to editors: CareLine has worked in North Kivu since 2008 and supports five hospitals and 22 health centres in Lubero, Masisi and Rutshuru territories.
Media contact: press@carelineintl.org
Support our emergency response in DR Congo → Donate
"""

NTO = M("Ntoyo", -0.28, 28.95, ["Lubero territory"])
LUB = G("Lubero", "CD")
NYA = M("Nyabiondo", -1.33, 28.78, ["Masisi territory"])
MAS = M("Masisi", -1.40, 28.81, ["Masisi centre"])
DRC = R("Democratic Republic of Congo", -2.9, 23.6, 1000, ["DR Congo", "DRC"])

CS = ["local civil society leaders", "civil society leaders", "Local authorities"]
D8 = ("2025-09-08", "day", "text")
UNITS = [
    U("attack", None, NTO, CS,
      ["attack on funeral in Lubero",
       "Armed men attacked a funeral gathering in the village of Ntoyo, in Lubero territory, North Kivu, on the night of 8 September"],
      D8, ("other", "civilian", "armed_groups"), mod="claimed",
      note="ADF named by local authorities: armed_groups. Coordinates approximate."),
    U("killed", 52, NTO, CS,
      ["52 killed in attack on funeral in Lubero", "killing at least 52 people with guns and machetes"],
      D8, ("other", "civilian", "armed_groups"), mod="claimed"),
    U("wounded", 17, LUB, None,
      ["Our team at the general referral hospital in Lubero has received 17 wounded patients from Ntoyo"],
      ("2025-09-11", "day", "published"), (None, "civilian", "armed_groups"),
      note="Hospital admissions are the whole wounded count the release gives."),
    U("abducted", 12, NTO, ["Civil society leaders", "civil society leaders"],
      ["the attackers also abducted around a dozen people, including children"],
      D8, ("other", "civilian", "armed_groups"), mod="claimed", note="'around a dozen' -> 12."),
    U("displaced", 30000, NYA, ["humanitarian partners"],
      ["has forced more than 30,000 people to flee their homes since late August"],
      ("2025-09-11", "day", "published"), ("other", "civilian", None), scope="cumulative", mod="claimed",
      note="Coordinates approximate."),
    U("territory", None, NYA, ["AFC/M23", "M23"],
      ["AFC/M23 said on 6 September that it had taken control of Nyabiondo"],
      ("2025-09-06", "day", "text"), ("m23", "armed_groups", "m23"), mod="claimed",
      note="Wazalendo militias: armed_groups."),
    U("attack", None, MAS, None,
      ["bullets pierced the paediatric ward of the hospital in Masisi centre, injuring two patients"],
      ("2025-09-04", "day", "text"), (None, "civilian", None), note="Coordinates approximate."),
    U("wounded", 2, MAS, None, ["injuring two patients"],
      ("2025-09-04", "day", "text"), (None, "civilian", None)),
    U("displaced", 5700000, DRC, None,
      ["some 5.7 million people are internally displaced"],
      ("2025-09-11", "day", "published"), (None, "civilian", None), scope="cumulative"),
]
