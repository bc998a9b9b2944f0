from common import *

T1 = ("ISLAMABAD, Jan. 18, 2024 — Pakistan carried out military strikes on what it called militant hideouts inside Iran's "
"Sistan-Baluchestan province early on Thursday, two days after Iran hit targets in Pakistan's Balochistan province. "
"Iranian officials said nine people, among them four children, were killed in the Pakistani strikes near the border town of Saravan. "
"Pakistan's foreign ministry said the operation was aimed at Baloch separatist groups and that Pakistan fully respected Iran's "
"sovereignty and territorial integrity. Tehran summoned Pakistan's charge d'affaires to protest. "
"On Tuesday evening, Iran had fired missiles and drones at what it said were bases of the Jaish al-Adl group near Panjgur; "
"Islamabad said two children were killed. Pakistan recalled its ambassador from Tehran on Wednesday and said Iran's envoy, "
"who was away on a visit home, would not be allowed to return for now. Relations between the neighbours, which share a "
"900-kilometre border, had appeared to be improving before the crisis.")

D1 = doc("heldout-en-01-pakistan-iran-strikes", "en", "2024-01-18", "2024-01-18", T1,
 [E("Pakistan","country","PAK"), E("Iran","country","IRN"), E("Sistan-Baluchestan","place","IRN"),
  E("Balochistan","place","PAK"), E("Saravan","place","IRN"), E("Tehran","place","IRN"),
  E("Jaish al-Adl","organization","IRN.REB"), E("Panjgur","place","PAK"), E("Islamabad","place","PAK")],
 [ev("en01-pak-strikes", True, "ASSAULT", "PAK", "*", ["2024-01-18","2024-01-18"],
     "Pakistan carried out military strikes on what it called militant hideouts inside Iran's Sistan-Baluchestan province early on Thursday",
     "Target is the Baloch separatist groups (PAK.REB) on Iranian soil, or Iran whose territory was struck: any target accepted."),
  ev("en01-iran-strikes", True, "ASSAULT", "IRN", "*", ["2024-01-16","2024-01-16"],
     "On Tuesday evening, Iran had fired missiles and drones at what it said were bases of the Jaish al-Adl group near Panjgur",
     "Tuesday = 2024-01-16. Target Jaish al-Adl (IRN.REB) or Pakistan, whose territory was struck."),
  ev("en01-summon", True, ["ACCUSE","REQUEST"], "IRN.GOV", "PAK", ["2024-01-18","2024-01-18"],
     "Tehran summoned Pakistan's charge d'affaires to protest",
     "Summoning a diplomat to protest: ACCUSE [disapprove]; REQUEST also accepted."),
  ev("en01-recall", True, "SANCTION", "PAK.GOV", "IRN", ["2024-01-17","2024-01-17"],
     "Pakistan recalled its ambassador from Tehran on Wednesday"),
  ev("en01-envoy-barred", False, ["SANCTION","COERCE","REJECT"], "PAK.GOV", "IRN", ["2024-01-17","2024-01-17"],
     "said Iran's envoy ... would not be allowed to return for now"),
  ev("en01-iran-casualty-claim", False, "ACCUSE", "IRN.GOV", "PAK", ["2024-01-18","2024-01-18"],
     "Iranian officials said nine people, among them four children, were killed in the Pakistani strikes"),
  ev("en01-pak-casualty-claim", False, "ACCUSE", "PAK.GOV", "IRN", ["2024-01-16","2024-01-18"],
     "Islamabad said two children were killed"),
  ev("en01-respects-sovereignty", False, "SUPPORT", "PAK.GOV", "IRN", ["2024-01-18","2024-01-18"],
     "Pakistan fully respected Iran's sovereignty and territorial integrity"),
 ],
 [F("Iran's Tuesday strike dated Thursday", "ASSAULT", "IRN", date="2024-01-18"),
  F("Wednesday's recall dated Thursday", "SANCTION", "PAK", date="2024-01-18")],
 [],
 "Iran's strike was on the evening of 2024-01-16, Pakistan's recall of its ambassador on 2024-01-17, Pakistan's strikes near Saravan in the early hours of 2024-01-18. The border length and 'appeared to be improving' are background, no event.")

T2 = ("Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a comprehensive strategic partnership treaty "
"in Pyongyang on Wednesday that obliges each side to provide military assistance to the other if it comes under armed attack. "
"Putin, on his first trip to North Korea in 24 years, landed shortly before dawn and was met at the airport by Kim. "
"Kim called the pact the \"strongest ever treaty\" between the two countries and pledged full support for Russia's policy. "
"Putin told reporters that Moscow did \"not rule out\" developing military-technical cooperation with Pyongyang. "
"The United States and South Korea have accused North Korea of supplying artillery shells and ballistic missiles for Russia's "
"war in Ukraine, a charge both Moscow and Pyongyang deny. "
"Putin last visited Pyongyang in July 2000, when he was received by Kim's father, Kim Jong Il. "
"He is expected to fly on to Vietnam later in the day.")

D2 = doc("heldout-en-02-putin-pyongyang", "en", "2024-06-19", None, T2,
 [E("Vladimir Putin","person","RUS.GOV"), E("Kim Jong Un","person","PRK.GOV"), E("Pyongyang","place","PRK"),
  E("North Korea","country","PRK"), E("Russia","country","RUS"), E("United States","country","USA"),
  E("South Korea","country","KOR"), E("Ukraine","country","UKR"), E("Kim Jong Il","person","PRK.GOV"),
  E("Moscow","place","RUS"), E("Vietnam","country","VNM")],
 [ev("en02-visit", True, "CONSULT", "RUS.GOV", "PRK", ["2024-06-18","2024-06-19"],
     "Putin, on his first trip to North Korea in 24 years, landed shortly before dawn and was met at the airport by Kim",
     "Putin landed around 03:00 local time on 2024-06-19 (still 2024-06-18 UTC)."),
  sym("en02-treaty", True, ["SUPPORT","AGREE","COOPERATE"], "RUS", "PRK", ["2024-06-19","2024-06-19"],
     "signed a comprehensive strategic partnership treaty in Pyongyang on Wednesday",
     "Signing a treaty with a mutual-assistance clause: SUPPORT (signing), AGREE or COOPERATE [military] all accepted."),
  sym("en02-talks", False, "CONSULT", "RUS", "PRK", ["2024-06-19","2024-06-19"], None, "The summit as a meeting, either side as source."),
  ev("en02-kim-praise", False, ["SUPPORT","AGREE"], "PRK.GOV", "RUS", ["2024-06-19","2024-06-19"],
     "Kim called the pact the \"strongest ever treaty\" ... and pledged full support for Russia's policy"),
  ev("en02-putin-offer", False, "AGREE", "RUS.GOV", "PRK", ["2024-06-19","2024-06-19"],
     "Moscow did \"not rule out\" developing military-technical cooperation with Pyongyang",
     "An openness to future cooperation; also acceptable if marked hypothetical (then not scored)."),
  ev("en02-us-accuses", False, "ACCUSE", "USA", "PRK", ["2022-09-01","2024-06-19"],
     "The United States and South Korea have accused North Korea of supplying artillery shells and ballistic missiles",
     "Ongoing accusations without a date: any date up to publication accepted."),
  ev("en02-kor-accuses", False, "ACCUSE", "KOR", "PRK", ["2022-09-01","2024-06-19"],
     "The United States and South Korea have accused North Korea"),
  ev("en02-deny-rus", False, ["REJECT","ACCUSE"], "RUS", "*", ["2022-09-01","2024-06-19"], "a charge both Moscow and Pyongyang deny"),
  ev("en02-deny-prk", False, ["REJECT","ACCUSE"], "PRK", "*", ["2022-09-01","2024-06-19"], "a charge both Moscow and Pyongyang deny"),
  ev("en02-war", False, "ASSAULT", "RUS", "UKR", ["2022-02-24","2024-06-19"], "Russia's war in Ukraine",
     "Background reference to the ongoing war."),
  ev("en02-visit-2000", False, "CONSULT", "RUS.GOV", "PRK", ["2000-07-19","2000-07-20"],
     "Putin last visited Pyongyang in July 2000, when he was received by Kim's father, Kim Jong Il",
     "History: acceptable only if dated July 2000."),
 ],
 [],
 [Q("Kim Jong Un", "strongest ever treaty"), Q("Vladimir Putin", "not rule out")],
 "The planned onward trip to Vietnam is future (not listed); it cannot be given a forbidden rule because the Pyongyang visit has the same type, source and date. The 2000 visit has the same type and actors as the present visit, so it is listed as optional with its own window rather than as forbidden.")

DOCS = [D1, D2]
