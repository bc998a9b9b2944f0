from common import *
DOCS = []
t = ("BERLIN, 15. Dezember 2021 — Das Berliner Kammergericht hat den Russen Vadim K. wegen des Mordes an einem Georgier im Kleinen Tiergarten zu lebenslanger Haft verurteilt. "
"Nach Überzeugung der Richter handelte der Angeklagte im Auftrag staatlicher Stellen der Russischen Föderation. "
"Das Opfer, ein Tschetschene, der im Zweiten Tschetschenienkrieg gegen Russland gekämpft hatte, war im August 2019 am helllichten Tag mit einer schallgedämpften Pistole erschossen worden.\n"
"Außenministerin Annalena Baerbock erklärte noch am Mittwoch zwei Mitarbeiter der russischen Botschaft zu unerwünschten Personen. "
"Der Mord sei eine schwerwiegende Verletzung deutschen Rechts und der Souveränität der Bundesrepublik, sagte die Grünen-Politikerin.\n"
"Zuvor hatte Baerbock den russischen Botschafter Sergej Netschajew ins Auswärtige Amt einbestellt. Netschajew nannte das Urteil politisch motiviert; das Außenministerium in Moskau sprach von einem unfreundlichen Akt, der nicht ohne Antwort bleiben werde. "
"Bereits im Dezember 2019 hatte die Bundesregierung wegen des Falls zwei russische Diplomaten ausgewiesen. Moskau reagierte damals mit der Ausweisung zweier deutscher Diplomaten.")
DOCS.append(D("heldout-de-01-tiergarten-verdict", "de", "2021-12-15", "2021-12-15", t,
 ents(("Kammergericht","organization","DEU.JUD"),("Vadim K.","person","RUS"),("Kleinen Tiergarten","place","DEU"),("Russischen Föderation","country","RUS"),
      ("Russland","country","RUS"),("Annalena Baerbock","person","DEU.GOV"),("russischen Botschaft","organization","RUS.GOV"),("Bundesrepublik","country","DEU"),
      ("Sergej Netschajew","person","RUS.GOV"),("Auswärtige Amt","organization","DEU.GOV"),("Außenministerium in Moskau","organization","RUS.GOV"),("Moskau","place","RUS"),("Bundesregierung","organization","DEU.GOV")),
 [E("de01-verdict",True,["SANCTION","COERCE"],"DEU.JUD","RUS",["2021-12-15","2021-12-15"],
    "Das Berliner Kammergericht hat den Russen Vadim K. wegen des Mordes an einem Georgier im Kleinen Tiergarten zu lebenslanger Haft verurteilt",
    "SANCTION [convict]. Target: the Russian defendant (RUS)."),
  E("de01-court-state-order",False,"ACCUSE","DEU.JUD","RUS.GOV",["2021-12-15","2021-12-15"],
    "Nach Überzeugung der Richter handelte der Angeklagte im Auftrag staatlicher Stellen der Russischen Föderation",
    "The court's finding that Russian state bodies ordered the murder: readable as ACCUSE; optional because it is part of the judgment."),
  E("de01-expel",True,"SANCTION","DEU.GOV","RUS",["2021-12-15","2021-12-15"],
    "Annalena Baerbock erklärte noch am Mittwoch zwei Mitarbeiter der russischen Botschaft zu unerwünschten Personen","SANCTION [expel]."),
  E("de01-baerbock-condemns",True,"ACCUSE","DEU.GOV","RUS",["2021-12-15","2021-12-15"],
    "Der Mord sei eine schwerwiegende Verletzung deutschen Rechts und der Souveränität der Bundesrepublik"),
  E("de01-ambassador-rejects",True,["ACCUSE","REJECT"],"RUS.GOV","DEU",["2021-12-15","2021-12-15"],"Netschajew nannte das Urteil politisch motiviert"),
  E("de01-summons",False,["ACCUSE","REQUEST"],"DEU.GOV","RUS.GOV",["2021-12-15","2021-12-15"],"Baerbock den russischen Botschafter Sergej Netschajew ins Auswärtige Amt einbestellt",
    "Summoning the ambassador (to notify the expulsions): ACCUSE [disapprove] or REQUEST [meet]."),
  E("de01-countermeasures",False,["THREATEN","ACCUSE"],"RUS.GOV","DEU",["2021-12-15","2021-12-15"],"das Außenministerium in Moskau sprach von einem unfreundlichen Akt, der nicht ohne Antwort bleiben werde"),
  E("de01-murder-2019",False,"ASSAULT","RUS","GEO",["2019-08-01","2019-08-31"],"im August 2019 am helllichten Tag mit einer schallgedämpften Pistole erschossen worden",
    "History: the killing of 2019-08-23, attributed by the court to the Russian state; acceptable only dated August 2019. Target GEO (a Georgian citizen) or '*'."),
  S("de01-chechen-war",False,"ASSAULT",["RUS","*"],["1999-01-01","2009-12-31"],"der im Zweiten Tschetschenienkrieg gegen Russland gekämpft hatte",
    "History (1999-2009); optional."),
  E("de01-expel-2019",False,"SANCTION","DEU.GOV","RUS",["2019-12-01","2019-12-31"],"Bereits im Dezember 2019 hatte die Bundesregierung wegen des Falls zwei russische Diplomaten ausgewiesen",
    "History, 2019-12-04. No forbidden rule possible (same type and source as de01-expel)."),
  E("de01-russia-retaliation-2019",False,"SANCTION","RUS","DEU",["2019-12-01","2019-12-31"],"Moskau reagierte damals mit der Ausweisung zweier deutscher Diplomaten"),
 ],
 [F("the 2019 murder dated 2021","ASSAULT","RUS",date_after="2021-01-01"),
  F("Russia's 2019 retaliation, or its announced countermeasures, coded as an expulsion in 2021","SANCTION","RUS",date_after="2021-01-01",unless_aux="future")],
 [("Annalena Baerbock","Der Mord sei eine schwerwiegende Verletzung deutschen Rechts und der Souveränität der Bundesrepublik")],
 "Dateline 15 December 2021 (Wednesday). The Baerbock 'quote' is reported speech in Konjunktiv, attributed to her."))

t = ("Deutschland und Usbekistan haben ein Migrationsabkommen geschlossen, das die Anwerbung von Fachkräften erleichtern und die Rückführung ausreisepflichtiger Usbeken beschleunigen soll. "
"Die Vereinbarung wurde am Sonntag in Samarkand im Beisein von Bundeskanzler Olaf Scholz und Präsident Schawkat Mirsijojew unterzeichnet; "
"Bundesinnenministerin Nancy Faeser war eigens mitgereist.\n"
"Scholz war am Sonntag zu seinem ersten Besuch in dem zentralasiatischen Land eingetroffen. Nach dem Gespräch mit Mirsijojew sagte er, Deutschland wolle die wirtschaftliche Zusammenarbeit mit Usbekistan ausbauen. "
"Am Montag reist der Kanzler weiter nach Kasachstan, wo am Dienstag in Astana ein Gipfeltreffen mit den Staatschefs der fünf zentralasiatischen Republiken geplant ist.\n"
"Ein erstes Treffen in diesem Format hatte im September 2023 in Berlin stattgefunden.")
DOCS.append(D("heldout-de-02-scholz-samarkand", "de", "2024-09-15", None, t,
 ents(("Deutschland","country","DEU"),("Usbekistan","country","UZB"),("Nancy Faeser","person","DEU.GOV"),("Samarkand","place","UZB"),
      ("Olaf Scholz","person","DEU.GOV"),("Schawkat Mirsijojew","person","UZB.GOV"),("Kasachstan","country","KAZ"),("Astana","place","KAZ"),("Berlin","place","DEU")),
 [S("de02-agreement",True,["SUPPORT","AGREE","COOPERATE"],["DEU","UZB"],["2024-09-15","2024-09-15"],
    "Die Vereinbarung wurde am Sonntag in Samarkand im Beisein von Bundeskanzler Olaf Scholz und Präsident Schawkat Mirsijojew unterzeichnet",
    "Signing the migration agreement (passive): SUPPORT (signing) or AGREE; COOPERATE accepted. The lead ('haben ... geschlossen') reports the same event. 'am Sonntag' = 2024-09-15 (publication the same day)."),
  E("de02-visit",True,"CONSULT","DEU.GOV","UZB.GOV",["2024-09-15","2024-09-15"],"Nach dem Gespräch mit Mirsijojew",
    "CONSULT [visit]: Scholz (visitor) as actor; the reverse order accepted (de02-visit-sym)."),
  S("de02-visit-sym",False,"CONSULT",["UZB.GOV","DEU.GOV"],["2024-09-15","2024-09-15"],"Scholz war am Sonntag zu seinem ersten Besuch in dem zentralasiatischen Land eingetroffen"),
  E("de02-pledge",False,"AGREE","DEU.GOV","UZB",["2024-09-15","2024-09-15"],"Deutschland wolle die wirtschaftliche Zusammenarbeit mit Usbekistan ausbauen"),
  S("de02-berlin-2023",False,"CONSULT",["DEU","*"],["2023-09-01","2023-09-30"],"Ein erstes Treffen in diesem Format hatte im September 2023 in Berlin stattgefunden",
    "History: the first Central Asia-Germany summit, 2023-09-29."),
 ],
 [F("the Kazakhstan leg (Monday) coded as done","CONSULT","DEU",date="2024-09-16",unless_aux="future"),
  F("the Astana summit (Tuesday) coded as held","CONSULT","DEU",date="2024-09-17",unless_aux="future"),
  F("the Astana summit coded as held (Kazakh side)","CONSULT","KAZ",date="2024-09-17",unless_aux="future")],
 [],
 "No dateline. The returns the agreement is meant to speed up are its purpose, not an event."))
