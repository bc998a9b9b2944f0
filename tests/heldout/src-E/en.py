from h import *
DOCS = []
t1 = ("DUBAI, January 23, 2025 — Yemen's Houthis on Wednesday released the 25 crew members of the Galaxy Leader, more than a year after seizing the "
"cargo ship in the Red Sea, and handed them over to Oman, which had mediated their release. The sailors, from the Philippines, Bulgaria, Ukraine, "
"Mexico and Romania, were flown to Muscat.\n\n"
"The group's Supreme Political Council said the release was a gesture in support of the ceasefire agreement in Gaza and had been coordinated with "
"Hamas and Omani mediators. The Philippine government, whose nationals made up most of the crew, welcomed the news and thanked Oman for its mediation.\n\n"
"Houthi fighters landed by helicopter on the Bahamas-flagged vessel, which is operated by a Japanese company and linked to an Israeli businessman, "
"on November 19, 2023, and took it to the port of Hodeidah. Israel blamed Iran for the hijacking. The Houthis went on to attack dozens of merchant "
"ships they said were linked to Israel, and the United States and Britain have struck Houthi targets in Yemen since January 2024.")
DOCS.append(doc("heldoutE-en-01-galaxy-leader-crew", "en", "2025-01-23", "2025-01-23", t1,
 [E("Yemen","country","YEM"), E("Houthis","organization","YEM.REB"), E("Oman","country","OMN"), E("Philippines","country","PHL"), E("Bulgaria","country","BGR"),
  E("Ukraine","country","UKR"), E("Mexico","country","MEX"), E("Romania","country","ROU"), E("Muscat","place","OMN"), E("Supreme Political Council","organization","YEM.REB"),
  E("Gaza","place","PSE"), E("Hamas","organization","PSE.REB"), E("Philippine government","organization","PHL.GOV"), E("Hodeidah","place","YEM"),
  E("Israel","country","ISR"), E("Iran","country","IRN"), E("United States","country","USA"), E("Britain","country","GBR")],
 [ev("en01-release", True, "RETREAT", "YEM", "*", ("2025-01-22","2025-01-22"),
     "Yemen's Houthis on Wednesday released the 25 crew members of the Galaxy Leader",
     "RETREAT [release]; Houthis YEM.REB (YEM accepted at country level). Target: the crew (PHL, BGR, UKR, MEX, ROU) or none."),
  ev("en01-handover", False, "COOPERATE", "YEM", "OMN", ("2025-01-22","2025-01-22"), "and handed them over to Oman", "Subject left out after 'and'; optional."),
  ev("en01-oman-mediation", False, ["CONSULT","COOPERATE"], "OMN", "*", ("2023-11-19","2025-01-22"), "Oman, which had mediated their release", "Relative clause, pluperfect; undated mediation."),
  ev("en01-gaza-support", False, "SUPPORT", "YEM", "*", ("2025-01-22","2025-01-22"), "the release was a gesture in support of the ceasefire agreement in Gaza"),
  sym("en01-hamas-coord", False, ["CONSULT","COOPERATE"], "YEM", "PSE", ("2025-01-01","2025-01-22"), "had been coordinated with Hamas and Omani mediators"),
  ev("en01-phl-welcome", False, "SUPPORT", "PHL.GOV", "*", ("2025-01-22","2025-01-23"), "The Philippine government, whose nationals made up most of the crew, welcomed the news"),
  ev("en01-phl-thanks", True, "SUPPORT", "PHL.GOV", "OMN", ("2025-01-22","2025-01-23"), "and thanked Oman for its mediation", "Praise/thanks: SUPPORT; subject left out after 'and'."),
  ev("en01-seizure", False, ["COERCE","ASSAULT"], "YEM", "*", ("2023-11-19","2023-11-19"),
     "Houthi fighters landed by helicopter on the Bahamas-flagged vessel ... on November 19, 2023, and took it to the port of Hodeidah",
     "History: COERCE [seize] (ASSAULT [abduct] accepted) on 2023-11-19; target the ship's owners/crew (JPN, ISR) or none."),
  ev("en01-israel-blames", False, "ACCUSE", "ISR", "IRN", ("2023-11-19","2023-11-20"), "Israel blamed Iran for the hijacking", "History: the day of the seizure (undated in its own sentence)."),
  ev("en01-ship-attacks", False, "ASSAULT", "YEM", "*", ("2023-11-19","2025-01-22"), "The Houthis went on to attack dozens of merchant ships"),
  ev("en01-us-strikes", False, "ASSAULT", "USA", "YEM", ("2024-01-01","2025-01-22"), "the United States and Britain have struck Houthi targets in Yemen since January 2024", "Coordinated subjects; ongoing since January 2024."),
  ev("en01-uk-strikes", False, "ASSAULT", "GBR", "YEM", ("2024-01-01","2025-01-22"), "the United States and Britain have struck Houthi targets in Yemen since January 2024"),
 ],
 [F("the November 2023 seizure dated 2025", "COERCE", "YEM", date_after="2024-01-01"),
  F("Israel's 2023 accusation dated 2025", "ACCUSE", "ISR", date_after="2024-01-01"),
  F("Wednesday's release dated on the publication day (Thursday)", "RETREAT", "YEM", date="2025-01-23")],
 [], "Dateline gives the publication day (Thursday 23 January); the release was 'on Wednesday' (22 January). The ongoing ship attacks and the US/UK strikes span up to publication and are optional."))

t2 = ("Albania has severed diplomatic relations with Iran and given its diplomats and embassy staff 24 hours to leave the country, accusing Tehran of "
"orchestrating a cyberattack that crippled government websites and public services in July.\n\n"
"Prime Minister Edi Rama said in a video statement on Wednesday that an in-depth investigation had produced indisputable evidence that the attack "
"was sponsored by the Islamic Republic and carried out by four groups working for it. The decision was communicated to the Iranian embassy in Tirana "
"in an official note.\n\n"
"The White House condemned the attack and said the United States would take further action to hold Iran accountable for actions that threaten "
"the security of a NATO ally. Iran's foreign ministry strongly condemned the decision and rejected Albania's accusation as baseless.\n\n"
"Albania has hosted several thousand members of the exiled Iranian opposition group Mujahedin-e Khalq since they began to be moved there from Iraq in 2013 at Washington's request.")
DOCS.append(doc("heldoutE-en-02-albania-iran-cyber", "en", "2022-09-08", None, t2,
 [E("Albania","country","ALB"), E("Iran","country","IRN"), E("Tehran","place","IRN"), E("Edi Rama","person","ALB.GOV"), E("Islamic Republic","country","IRN"),
  E("Tirana","place","ALB"), E("White House","organization","USA.GOV"), E("United States","country","USA"), E("NATO","organization","IGO"),
  E("Iran's foreign ministry","organization","IRN.GOV"), E("Mujahedin-e Khalq","organization","IRN.OPP"), E("Iraq","country","IRQ"), E("Washington","place","USA")],
 [ev("en02-sever", True, "SANCTION", "ALB", "IRN", ("2022-09-07","2022-09-07"),
     "Albania has severed diplomatic relations with Iran and given its diplomats and embassy staff 24 hours to leave the country",
     "SANCTION [discontinue relations / expel]. Announced Wednesday 2022-09-07 (video statement), reported with a present perfect on the 8th."),
  ev("en02-expel", False, "SANCTION", "ALB", "IRN", ("2022-09-07","2022-09-07"), "given its diplomats and embassy staff 24 hours to leave the country",
     "Expulsion as a second SANCTION (subject left out after 'and'); optional, since it shares type, actors and date with en02-sever."),
  ev("en02-accuse", True, "ACCUSE", "ALB", "IRN", ("2022-09-07","2022-09-07"),
     "accusing Tehran of orchestrating a cyberattack", "Also Rama's statement ('indisputable evidence ... sponsored by the Islamic Republic')."),
  ev("en02-note", False, ["CONSULT","SANCTION"], "ALB", "IRN", ("2022-09-07","2022-09-07"), "The decision was communicated to the Iranian embassy in Tirana in an official note", "Agentless passive; optional."),
  ev("en02-cyberattack", False, "COERCE", "IRN", "ALB", ("2022-07-01","2022-07-31"),
     "a cyberattack that crippled government websites and public services in July", "History, as Albania's accusation: COERCE [cyber], July 2022 (15 July)."),
  ev("en02-us-condemn", True, "ACCUSE", "USA.GOV", "IRN", ("2022-09-07","2022-09-08"), "The White House condemned the attack"),
  ev("en02-us-threat", False, "THREATEN", "USA", "IRN", ("2022-09-07","2022-09-08"),
     "said the United States would take further action to hold Iran accountable", "Announced future action: THREATEN (the actual US sanctions came on 9 September, after publication)."),
  ev("en02-iran-reject", True, ["REJECT","ACCUSE"], "IRN.GOV", "ALB", ("2022-09-07","2022-09-08"),
     "Iran's foreign ministry strongly condemned the decision and rejected Albania's accusation as baseless"),
  ev("en02-us-request-mek", False, "REQUEST", "USA", "ALB", ("2013-01-01","2013-12-31"), "at Washington's request", "History: 2013; optional."),
  ev("en02-mek-hosting", False, ["COOPERATE","AID"], "ALB", "IRN", ("2013-01-01","2022-09-08"),
     "Albania has hosted several thousand members of the exiled Iranian opposition group Mujahedin-e Khalq since they began to be moved there from Iraq in 2013",
     "Hosting the MEK (IRN.OPP) since 2013; optional."),
 ],
 [F("the July cyberattack dated September", "COERCE", "IRN", date_after="2022-09-01"),
  F("the announced US 'further action' coded as sanctions already imposed", "SANCTION", "USA", unless="future")],
 [], "No dateline; published Thursday 2022-09-08, Rama's statement 'on Wednesday' (2022-09-07). The first sentence's 'accusing Tehran' is a participle clause carrying the accusation."))
