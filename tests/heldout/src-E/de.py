from h import *
DOCS = []
t1 = ("BERLIN, 3. Mai 2024 — Die Bundesregierung hat Russland für einen Cyberangriff auf die SPD verantwortlich gemacht und den Geschäftsträger der "
"russischen Botschaft ins Auswärtige Amt einbestellt. Hinter dem Angriff auf E-Mail-Konten der SPD-Parteizentrale im vergangenen Jahr stehe die Gruppe "
"APT28, die vom russischen Militärgeheimdienst GRU gesteuert werde, teilte die Regierung am Freitag mit. Ins Visier genommen wurden demnach auch "
"Unternehmen aus den Bereichen Rüstung, Logistik und Luftfahrt.\n\n"
"„Staatliche russische Hacker haben Deutschland im Cyberraum angegriffen“, sagte Außenministerin Annalena Baerbock bei einem Besuch in Australien. "
"Das sei völlig inakzeptabel und werde nicht ohne Konsequenzen bleiben.\n\n"
"Auch die Europäische Union und die NATO verurteilten die Aktivitäten der Gruppe. Der russische Diplomat wies die Vorwürfe zurück.\n\n"
"APT28 wird auch der Angriff auf das Computernetz des Bundestags im Jahr 2015 zugeschrieben.")
DOCS.append(doc("heldoutE-de-01-apt28-spd", "de", "2024-05-03", "2024-05-03", t1,
 [E("Bundesregierung","organization","DEU.GOV"), E("Russland","country","RUS"), E("SPD","organization","DEU.PTY"), E("Auswärtige Amt","organization","DEU.GOV"),
  E("APT28","organization","RUS.SPY"), E("GRU","organization","RUS.SPY"), E("Deutschland","country","DEU"), E("Annalena Baerbock","person","DEU.GOV"),
  E("Australien","country","AUS"), E("Europäische Union","organization","EUR"), E("NATO","organization","IGO"), E("Bundestags","organization","DEU.LEG")],
 [ev("de01-blame", True, "ACCUSE", "DEU.GOV", "RUS", ("2024-05-03","2024-05-03"),
     "Die Bundesregierung hat Russland für einen Cyberangriff auf die SPD verantwortlich gemacht"),
  ev("de01-summon", True, ["ACCUSE","CONSULT"], "DEU.GOV", "RUS", ("2024-05-03","2024-05-03"),
     "und den Geschäftsträger der russischen Botschaft ins Auswärtige Amt einbestellt", "Subject left out after 'und'; CONSULT accepted so that it need not share a key with de01-blame."),
  ev("de01-spd-hack", False, "COERCE", "RUS", "DEU", ("2023-01-01","2023-12-31"),
     "Hinter dem Angriff auf E-Mail-Konten der SPD-Parteizentrale im vergangenen Jahr stehe die Gruppe APT28", "COERCE [cyber], reported in indirect speech (Konjunktiv): 'im vergangenen Jahr' = 2023. RUS.SPY."),
  ev("de01-companies", False, "COERCE", "RUS", "DEU", ("2023-01-01","2024-04-30"),
     "Ins Visier genommen wurden demnach auch Unternehmen aus den Bereichen Rüstung, Logistik und Luftfahrt", "Agentless passive, undated: before publication."),
  ev("de01-baerbock", False, "ACCUSE", "DEU.GOV", "RUS", ("2024-05-03","2024-05-03"), "„Staatliche russische Hacker haben Deutschland im Cyberraum angegriffen“, sagte Außenministerin Annalena Baerbock",
     "Same key as de01-blame; optional."),
  ev("de01-warning", True, "THREATEN", "DEU.GOV", "RUS", ("2024-05-03","2024-05-03"), "Das sei völlig inakzeptabel und werde nicht ohne Konsequenzen bleiben",
     "Unspecified threat of consequences (THREATEN); the subject is Baerbock, from the previous sentence."),
  ev("de01-baerbock-australia", False, "CONSULT", "DEU.GOV", "AUS", ("2024-05-03","2024-05-03"), "bei einem Besuch in Australien", "Visit (CONSULT [visit]); optional."),
  ev("de01-eu", True, "ACCUSE", "EUR", "RUS", ("2024-05-03","2024-05-03"), "Auch die Europäische Union und die NATO verurteilten die Aktivitäten der Gruppe", "Coordinated subjects: the EU (core) and NATO (de01-nato)."),
  ev("de01-nato", False, "ACCUSE", "IGO", "RUS", ("2024-05-02","2024-05-03"), "die NATO verurteilten die Aktivitäten der Gruppe", "The North Atlantic Council's statement came on the evening of 2 May."),
  ev("de01-russia-reject", True, ["REJECT","ACCUSE"], "RUS", "DEU", ("2024-05-03","2024-05-03"), "Der russische Diplomat wies die Vorwürfe zurück"),
  ev("de01-bundestag-2015", False, "COERCE", "RUS", "DEU", ("2015-01-01","2015-12-31"),
     "APT28 wird auch der Angriff auf das Computernetz des Bundestags im Jahr 2015 zugeschrieben", "History, passive attribution: 2015."),
 ],
 [F("a past cyberattack (2015 Bundestag or 2023 SPD) dated on the publication day", "COERCE", "RUS", date="2024-05-03"),
  F("the 2015 Bundestag hack dated 2024 (as an ASSAULT)", "ASSAULT", "RUS", date_after="2024-01-01")],
 [Q("Annalena Baerbock", "Staatliche russische Hacker haben Deutschland im Cyberraum angegriffen")], "Dateline gives the publication day (Friday). The Baerbock quote is as publicly reported."))

t2 = ("BERLIN, 20. Juli 2017 — Nach der Inhaftierung des deutschen Menschenrechtlers Peter Steudtner in der Türkei verschärft die Bundesregierung ihren Kurs "
"gegenüber Ankara. Außenminister Sigmar Gabriel, der dafür seinen Urlaub unterbrach, kündigte am Donnerstag eine „Neuausrichtung“ der Türkei-Politik an. "
"Das Auswärtige Amt verschärfte die Reisehinweise für die Türkei; zudem sollen Bürgschaften für Exporte und Investitionen sowie EU-Vorbeitrittshilfen "
"überprüft werden.\n\n"
"Steudtner war am 5. Juli bei einem Seminar auf der Insel Büyükada bei Istanbul zusammen mit anderen Aktivisten, darunter die Direktorin von Amnesty "
"International in der Türkei, İdil Eser, festgenommen worden. Ein Istanbuler Gericht ordnete am Dienstag Untersuchungshaft gegen ihn und fünf weitere "
"Beschuldigte an; ihnen wird Unterstützung einer Terrororganisation vorgeworfen.\n\n"
"Bereits am Mittwoch war der türkische Botschafter ins Auswärtige Amt einbestellt worden. Das türkische Außenministerium wies die Kritik aus Berlin zurück.")
DOCS.append(doc("heldoutE-de-02-steudtner-turkey", "de", "2017-07-20", "2017-07-20", t2,
 [E("Peter Steudtner","person","DEU.CVL"), E("Türkei","country","TUR"), E("Bundesregierung","organization","DEU.GOV"), E("Ankara","place","TUR"),
  E("Sigmar Gabriel","person","DEU.GOV"), E("Auswärtige Amt","organization","DEU.GOV"), E("Büyükada","place","TUR"), E("Istanbul","place","TUR"),
  E("Amnesty International","organization","NGO"), E("İdil Eser","person","TUR.NGO"), E("türkische Außenministerium","organization","TUR.GOV"), E("Berlin","place","DEU")],
 [ev("de02-reorientation", True, ["THREATEN","ACCUSE"], "DEU.GOV", "TUR", ("2017-07-20","2017-07-20"),
     "Außenminister Sigmar Gabriel, der dafür seinen Urlaub unterbrach, kündigte am Donnerstag eine „Neuausrichtung“ der Türkei-Politik an",
     "Relative clause between subject and verb. Announced policy shift with economic measures under review: THREATEN (ACCUSE accepted)."),
  ev("de02-travel", False, ["SANCTION","ACCUSE"], "DEU.GOV", "TUR", ("2017-07-20","2017-07-20"), "Das Auswärtige Amt verschärfte die Reisehinweise für die Türkei",
     "A tightened travel advisory: optional, no settled PLOVER reading."),
  ev("de02-arrest", True, "COERCE", "TUR", "DEU", ("2017-07-05","2017-07-05"),
     "Steudtner war am 5. Juli ... festgenommen worden", "Agentless pluperfect passive; COERCE [arrest]."),
  ev("de02-arrest-eser", False, "COERCE", "TUR", "*", ("2017-07-05","2017-07-05"), "darunter die Direktorin von Amnesty International in der Türkei, İdil Eser", "The other activists (TUR, NGO)."),
  ev("de02-court", True, "COERCE", "TUR.JUD", "DEU", ("2017-07-18","2017-07-18"),
     "Ein Istanbuler Gericht ordnete am Dienstag Untersuchungshaft gegen ihn und fünf weitere Beschuldigte an", "Pre-trial detention order: COERCE [arrest] (SANCTION not listed: no conviction). Tuesday = 2017-07-18."),
  ev("de02-charge", False, "ACCUSE", "TUR", "DEU", ("2017-07-18","2017-07-18"), "ihnen wird Unterstützung einer Terrororganisation vorgeworfen"),
  ev("de02-summon", True, ["ACCUSE","CONSULT"], "DEU", "TUR", ("2017-07-19","2017-07-19"),
     "Bereits am Mittwoch war der türkische Botschafter ins Auswärtige Amt einbestellt worden", "Agentless pluperfect passive; Wednesday = 2017-07-19."),
  ev("de02-turkey-reject", True, ["REJECT","ACCUSE"], "TUR.GOV", "DEU", ("2017-07-19","2017-07-20"), "Das türkische Außenministerium wies die Kritik aus Berlin zurück", "Undated in the text; the Turkish MFA statement (\"kabul edilmesi mümkün değildir\") came on 19–20 July, Kalın on the 20th."),
 ],
 [F("the 5 July arrest dated on the publication day", "COERCE", "TUR", date="2017-07-20"),
  F("Wednesday's summons dated Thursday", "CONSULT", "DEU", date="2017-07-20")],
 [], "The review of guarantees and pre-accession aid ('sollen ... überprüft werden') is future and is not an event; coding it as a SANCTION by Germany would match nothing listed (a forbidden rule is impossible because the optional travel-advisory reading shares type and source). The travel advisory is optional."))
