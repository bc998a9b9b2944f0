from common import *
DOCS = []
t = ("Saudi Arabia has expelled Canada's ambassador and frozen all new trade and investment with Canada in protest at Canadian calls "
"for the release of detained women's rights activists, the kingdom's foreign ministry said on Sunday. "
"Ambassador Dennis Horak was declared persona non grata and given 24 hours to leave the country, while Riyadh recalled its own envoy for consultations. "
"The ministry described Ottawa's position as \"blatant interference\" in the kingdom's internal affairs.\n"
"The row was triggered by a statement from Canada's foreign ministry last week urging the Saudi authorities to immediately release Samar Badawi, "
"who had been detained along with another activist a few days earlier. Foreign Minister Chrystia Freeland had said on Twitter that she was \"very alarmed\" by the arrest. "
"A Canadian government spokeswoman said Ottawa was seeking greater clarity on the Saudi decision and would always stand up for human rights.\n"
"Samar Badawi is the sister of the blogger Raif Badawi, who was sentenced in 2014 to ten years in prison and 1,000 lashes for insulting Islam.")
DOCS.append(D("heldout-en-01-saudi-canada-row", "en", "2018-08-06", None, t,
 ents(("Saudi Arabia","country","SAU"),("Canada","country","CAN"),("Dennis Horak","person","CAN.GOV"),("Riyadh","place","SAU"),
      ("Ottawa","place","CAN"),("Samar Badawi","person","SAU.CVL"),("Chrystia Freeland","person","CAN.GOV"),("Raif Badawi","person","SAU.CVL")),
 [E("en01-expel",True,["SANCTION","COERCE"],"SAU.GOV","CAN",["2018-08-05","2018-08-06"],
    "Ambassador Dennis Horak was declared persona non grata and given 24 hours to leave the country",
    "SANCTION [expel] of a diplomat; the decision was announced on Sunday 2018-08-05 (late evening, reported on the 6th). Source SAU or SAU.GOV (foreign ministry)."),
  E("en01-freeze-trade",False,["SANCTION","COERCE"],"SAU.GOV","CAN",["2018-08-05","2018-08-06"],
    "Saudi Arabia has expelled Canada's ambassador and frozen all new trade and investment with Canada",
    "Freezing trade: COERCE [restrict] in the CAMEO crosswalk or SANCTION. Optional only because a coder may fold it into the expulsion (same actors, date and possibly type); the sentence also carries en01-expel."),
  E("en01-recall",False,"SANCTION","SAU.GOV","CAN",["2018-08-05","2018-08-06"],"Riyadh recalled its own envoy for consultations",
    "Recalling an ambassador = SANCTION [withdraw]; optional because it shares type, actors and date with en01-expel."),
  E("en01-interference",True,"ACCUSE","SAU.GOV","CAN",["2018-08-05","2018-08-06"],"The ministry described Ottawa's position as \"blatant interference\""),
  E("en01-canada-urges",False,"REQUEST","CAN.GOV","SAU",["2018-08-02","2018-08-04"],
    "a statement from Canada's foreign ministry last week urging the Saudi authorities to immediately release Samar Badawi",
    "History in its own date: the Global Affairs Canada tweet of 2018-08-03 ('last week' from Monday 6 August)."),
  E("en01-freeland-alarmed",False,"ACCUSE","CAN.GOV","SAU",["2018-08-02","2018-08-04"],
    "Chrystia Freeland had said on Twitter that she was \"very alarmed\" by the arrest","Freeland's tweet of 2018-08-02."),
  E("en01-arrest",False,"COERCE","SAU","SAU",["2018-07-27","2018-08-03"],"who had been detained along with another activist a few days earlier",
    "COERCE [arrest] of Samar Badawi (detained about 30 July 2018); target SAU (a Saudi activist, SAU.CVL)."),
  E("en01-seek-clarity",False,"REQUEST","CAN.GOV","SAU",["2018-08-05","2018-08-06"],"Ottawa was seeking greater clarity on the Saudi decision",
    "A request for information: acceptable as REQUEST, not required."),
  E("en01-raif-sentence",False,["SANCTION","COERCE"],"SAU.JUD","SAU",["2014-01-01","2014-12-31"],
    "Raif Badawi, who was sentenced in 2014 to ten years in prison and 1,000 lashes",
    "History: SANCTION [convict] dated 2014 only. No forbidden rule possible (same type and source country as the present expulsion)."),
 ],
 [],
 [("Chrystia Freeland","very alarmed"),("Saudi Arabia","blatant interference")],
 "No dateline: 'on Sunday' = 2018-08-05 against publication 2018-08-06. 'would always stand up for human rights' is a statement of principle, not an event. No forbidden rule for Canada's statement of last week: a REQUEST by Canada on 5-6 August is acceptable (en01-seek-clarity)."))

t = ("BAKU, Sept. 20, 2023 — Ethnic Armenian forces in Nagorno-Karabakh agreed on Wednesday to lay down their arms under a ceasefire brokered by Russian peacekeepers, "
"a day after Azerbaijan launched what it called \"local anti-terrorist measures\" in the breakaway region. "
"Under the deal, the separatist units are to be disbanded and disarmed, and talks on the region's reintegration into Azerbaijan will be held on Thursday in the town of Yevlakh, "
"the Azerbaijani presidency said.\n"
"Azerbaijani artillery and drones struck positions around Stepanakert on Tuesday, and local officials said dozens of people had been killed, civilians among them. "
"Armenian Prime Minister Nikol Pashinyan said in a televised address that Yerevan had played no part in drafting the agreement. "
"Russia's defence ministry said several of its peacekeepers were killed when their vehicle came under fire.\n"
"Azerbaijan and Armenia fought two wars over the mountainous region, in the early 1990s and in 2020, when Baku recaptured much of the territory around it.")
DOCS.append(D("heldout-en-02-karabakh-2023", "en", "2023-09-20", "2023-09-20", t,
 ents(("Nagorno-Karabakh","place","AZE"),("Russian peacekeepers","organization","RUS.MIL"),("Azerbaijan","country","AZE"),("Yevlakh","place","AZE"),
      ("Stepanakert","place","AZE"),("Nikol Pashinyan","person","ARM.GOV"),("Yerevan","place","ARM"),("Russia's defence ministry","organization","RUS.MIL"),
      ("Armenia","country","ARM"),("Baku","place","AZE")),
 [E("en02-offensive",True,"ASSAULT","AZE","*",["2023-09-19","2023-09-20"],
    "Azerbaijan launched what it called \"local anti-terrorist measures\" in the breakaway region",
    "Military offensive of 2023-09-19 ('a day after'). Target: the Karabakh Armenian forces, which have no agreed code (ARM, AZE.REB...): '*'."),
  E("en02-strikes",False,"ASSAULT","AZE.MIL","*",["2023-09-19","2023-09-19"],"Azerbaijani artillery and drones struck positions around Stepanakert on Tuesday",
    "Same operation, 'on Tuesday' = 2023-09-19 (aerial/heavy-weapons)."),
  E("en02-lay-down-arms",True,["RETREAT","CONCEDE"],"*","AZE",["2023-09-20","2023-09-20"],
    "Ethnic Armenian forces in Nagorno-Karabakh agreed on Wednesday to lay down their arms under a ceasefire",
    "RETREAT [disarm] or CONCEDE (ceasefire accepted). Source: Karabakh Armenian forces ('*': ARM or AZE.REB accepted)."),
  S("en02-ceasefire",False,["CONCEDE","RETREAT","AGREE"],["AZE","*"],["2023-09-20","2023-09-20"],"under a ceasefire brokered by Russian peacekeepers",
    "The ceasefire as a bilateral agreement between Baku and the Karabakh side."),
  S("en02-fighting",False,"ASSAULT",["AZE","*"],["2023-09-19","2023-09-20"],"local officials said dozens of people had been killed, civilians among them",
    "The fighting as a two-sided clash (the Karabakh forces fired back): either order, the Karabakh side coded '*' (ARM or AZE.REB)."),
  E("en02-russia-mediates",False,["CONSULT","AGREE"],"RUS.MIL","*",["2023-09-20","2023-09-20"],"a ceasefire brokered by Russian peacekeepers",
    "Third-party mediation: CONSULT [third-party]."),
  E("en02-peacekeepers-killed",False,"ASSAULT","*","RUS.MIL",["2023-09-20","2023-09-20"],
    "several of its peacekeepers were killed when their vehicle came under fire","Attacker not named in the text."),
  E("en02-war-1990s",False,"ASSAULT","ARM","AZE",["1988-01-01","1994-12-31"],"Azerbaijan and Armenia fought two wars over the mountainous region, in the early 1990s",
    "History; either direction (AZE as source also fine, see en02-war-2020 note)."),
  S("en02-war-2020",False,"ASSAULT",["AZE","ARM"],["2020-09-27","2020-11-10"],"in 2020, when Baku recaptured much of the territory around it",
    "History dated 2020 only. The 1990s war may be coded with either actor as source; no forbidden rule is possible for AZE because the present offensive has the same type and source."),
  S("en02-war-1990s-sym",False,"ASSAULT",["AZE","ARM"],["1988-01-01","1994-12-31"]),
 ],
 [F("the Yevlakh talks announced for Thursday coded as held","CONSULT","AZE",date="2023-09-21",unless_aux="future"),
  ],
 [],
 "Stepanakert strikes and the launch of the operation are the same event (either event matches). Pashinyan's statement that Yerevan played no part is a negation, not an event; it gets no forbidden rule because an AGREE by a Karabakh-Armenian actor coded ARM is an acceptable reading of the ceasefire. The 1990s/2020 wars get no forbidden rule because ASSAULT by ARM-coded Karabakh forces in September 2023 is acceptable (en02-fighting)."))
