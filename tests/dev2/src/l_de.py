from lib import *
DOCS = []

t1 = ("BERLIN, 19. November 2018 — Die Bundesregierung hat wegen der Tötung des Journalisten Jamal Khashoggi Einreisesperren gegen 18 saudische Staatsbürger verhängt. "
      "Die Namen würden in das Schengener Informationssystem eingetragen; der Schritt sei eng mit Frankreich und Großbritannien abgestimmt, sagte Außenminister Heiko Maas am Montag am Rande eines EU-Treffens in Brüssel. "
      "Das Wirtschaftsministerium teilte zudem mit, dass auch bereits genehmigte Rüstungslieferungen nach Saudi-Arabien unterbunden würden. "
      "Neue Genehmigungen hatte Kanzlerin Angela Merkel schon im Oktober ausgesetzt. "
      "Khashoggi war am 2. Oktober im saudischen Konsulat in Istanbul getötet worden. "
      "Die saudische Staatsanwaltschaft hatte am Donnerstag für fünf Verdächtige die Todesstrafe gefordert; die USA verhängten am selben Tag Sanktionen gegen 17 Saudis. "
      "Maas sagte, es gebe weiterhin mehr Fragen als Antworten.")
DOCS.append(D("dev2-de-01-khashoggi-entry-bans", "de", "2018-11-19", "2018-11-19", t1,
 [N("BERLIN","place","DEU"), N("Bundesregierung","organization","DEU.GOV"), N("Jamal Khashoggi","person","SAU.JRN"), N("Frankreich","country","FRA"),
  N("Großbritannien","country","GBR"), N("Heiko Maas","person","DEU.GOV"), N("Wirtschaftsministerium","organization","DEU.GOV"), N("Brüssel","place","BEL"), N("Saudi-Arabien","country","SAU"),
  N("Angela Merkel","person","DEU.GOV"), N("Istanbul","place","TUR"), N("USA","country","USA")],
 [E("de01-entry-bans", True, ["COERCE","SANCTION"], "DEU.GOV", "SAU", "2018-11-19", date="2018-11-19",
    ev="Die Bundesregierung hat wegen der Tötung des Journalisten Jamal Khashoggi Einreisesperren gegen 18 saudische Staatsbürger verhängt",
    notes="Travel ban: COERCE [restrict] or SANCTION."),
  E("de01-arms-halt", False, ["COERCE","SANCTION"], "DEU.GOV", "SAU", "2018-11-19", ev="Das Wirtschaftsministerium teilte zudem mit, dass auch bereits genehmigte Rüstungslieferungen nach Saudi-Arabien unterbunden würden",
    notes="Same actors, type and date as the entry bans; listed optional so that a system merging the two is not penalised."),
  E("de01-coord-fra", False, ["COOPERATE","CONSULT"], actors=["DEU","FRA"], win=["2018-11-12","2018-11-19"], ev="der Schritt sei eng mit Frankreich und Großbritannien abgestimmt"),
  E("de01-coord-gbr", False, ["COOPERATE","CONSULT"], actors=["DEU","GBR"], win=["2018-11-12","2018-11-19"], ev="der Schritt sei eng mit Frankreich und Großbritannien abgestimmt"),
  E("de01-maas-eu", False, "CONSULT", actors=["DEU.GOV","EUR"], win="2018-11-19", ev="am Rande eines EU-Treffens in Brüssel"),
  E("de01-maas-criticism", False, "ACCUSE", "DEU.GOV", "SAU", "2018-11-19", ev="es gebe weiterhin mehr Fragen als Antworten"),
  E("de01-merkel-october", False, ["COERCE","SANCTION"], "DEU.GOV", "SAU", ["2018-10-01","2018-10-31"], ev="Neue Genehmigungen hatte Kanzlerin Angela Merkel schon im Oktober ausgesetzt",
    notes="History: the October 2018 freeze on new approvals (announced 21 Oct)."),
  E("de01-killing", False, "ASSAULT", "SAU", "*", "2018-10-02", ev="Khashoggi war am 2. Oktober im saudischen Konsulat in Istanbul getötet worden",
    notes="Agentless passive (pluperfect); the perpetrators were Saudi agents; target Khashoggi (SAU.JRN) or none."),
  E("de01-prosecutor", False, ["ACCUSE","REQUEST"], "SAU.JUD", "SAU", "2018-11-15", ev="Die saudische Staatsanwaltschaft hatte am Donnerstag für fünf Verdächtige die Todesstrafe gefordert",
    notes="'am Donnerstag' = 2018-11-15."),
  E("de01-us-sanctions", False, ["SANCTION","COERCE"], "USA", "SAU", "2018-11-15", ev="die USA verhängten am selben Tag Sanktionen gegen 17 Saudis",
    notes="'am selben Tag' refers back to Thursday 2018-11-15.")],
 [F("the 2 October killing dated November", "ASSAULT", "SAU", after="2018-11-01"),
  F("Thursday's US sanctions dated Monday (SANCTION)", "SANCTION", "USA", date="2018-11-19"),
  F("Thursday's US sanctions dated Monday (COERCE)", "COERCE", "USA", date="2018-11-19"),
  F("the Saudi prosecutor's Thursday demand dated Monday", "ACCUSE", "SAU", date="2018-11-19")],
 notes="Dateline Monday 2018-11-19. Istanbul is the place of the killing; Turkey is not an actor. Brussels is the venue of the EU meeting."))

t2 = ("Bundeskanzler Olaf Scholz hat das Genehmigungsverfahren für die Ostsee-Gaspipeline Nord Stream 2 vorerst gestoppt. "
      "Er habe das Wirtschaftsministerium gebeten, den Bericht zur Versorgungssicherheit zurückzuziehen, ohne den die Pipeline nicht zertifiziert werden könne, sagte Scholz am Dienstag in Berlin bei einem Treffen mit dem irischen Regierungschef Micheál Martin. "
      "Zuvor hatte Russlands Präsident Wladimir Putin am Montagabend die Unabhängigkeit der selbsternannten Volksrepubliken Donezk und Luhansk in der Ostukraine anerkannt und das Verteidigungsministerium angewiesen, dort Truppen zu stationieren. "
      "Der frühere russische Präsident Dmitri Medwedew, heute Vizechef des Sicherheitsrats, reagierte auf Twitter mit der Warnung, die Europäer würden bald 2000 Euro für tausend Kubikmeter Gas zahlen. "
      "Die Außenminister der EU einigten sich am Abend auf ein erstes Sanktionspaket gegen Russland. "
      "Die 1230 Kilometer lange Pipeline war im September fertiggestellt worden, ist aber noch nicht in Betrieb.")
DOCS.append(D("dev2-de-02-nord-stream-halt", "de", "2022-02-22", None, t2,
 [N("Olaf Scholz","person","DEU.GOV"), N("Wirtschaftsministerium","organization","DEU.GOV"), N("Berlin","place","DEU"), N("Micheál Martin","person","IRL.GOV"),
  N("Russlands","country","RUS"), N("Wladimir Putin","person","RUS.GOV"), N("Donezk","place","UKR"), N("Luhansk","place","UKR"),
  N("Ostukraine","place","UKR"), N("Verteidigungsministerium","organization","RUS.MIL"), N("Dmitri Medwedew","person","RUS.GOV"),
  N("EU","organization","EUR"), N("Russland","country","RUS")],
 [E("de02-halt", True, ["COERCE","SANCTION"], "DEU.GOV", "RUS", "2022-02-22", date="2022-02-22",
    ev="Bundeskanzler Olaf Scholz hat das Genehmigungsverfahren für die Ostsee-Gaspipeline Nord Stream 2 vorerst gestoppt",
    notes="Halting the certification of a Russian pipeline in response to Russia's recognition: SANCTION or COERCE [restrict]; target RUS."),
  E("de02-asks-ministry", False, "REQUEST", "DEU.GOV", "DEU.GOV", "2022-02-22", ev="Er habe das Wirtschaftsministerium gebeten, den Bericht zur Versorgungssicherheit zurückzuziehen",
    notes="Domestic request inside the government (the means of the halt)."),
  E("de02-martin", False, "CONSULT", actors=["DEU.GOV","IRL.GOV"], win="2022-02-22", ev="bei einem Treffen mit dem irischen Regierungschef Micheál Martin"),
  E("de02-recognition", True, "SUPPORT", "RUS.GOV", "UKR", "2022-02-21", ev="Putin am Montagabend die Unabhängigkeit der selbsternannten Volksrepubliken Donezk und Luhansk in der Ostukraine anerkannt",
    notes="Diplomatic recognition = SUPPORT; target the separatist entities (UKR.REB; any UKR accepted). 'am Montagabend' = 2022-02-21. An ACCUSE/SANCTION reading against Ukraine is not listed."),
  E("de02-troops-order", True, "MOBILIZE", "RUS.GOV", "UKR", "2022-02-21", ev="das Verteidigungsministerium angewiesen, dort Truppen zu stationieren",
    notes="Subject left out after 'und': Putin ordered the deployment on Monday evening. The order is the event (MOBILIZE [troops])."),
  E("de02-medvedev", True, ["THREATEN","ACCUSE"], "RUS.GOV", "*", "2022-02-22", ev="Dmitri Medwedew, heute Vizechef des Sicherheitsrats, reagierte auf Twitter mit der Warnung",
    notes="Target: the Europeans (EUR/DEU) or none."),
  E("de02-eu-sanctions", True, ["SANCTION","COERCE","AGREE"], "EUR", "RUS", "2022-02-22", ev="Die Außenminister der EU einigten sich am Abend auf ein erstes Sanktionspaket gegen Russland",
    notes="Agreement on sanctions: SANCTION/COERCE (or AGREE among EU members)."),
  E("de02-eu-ministers", False, "CONSULT", actors=["EUR","*"], win="2022-02-22", ev="Die Außenminister der EU einigten sich am Abend")],
 [F("Monday's recognition dated Tuesday", "SUPPORT", "RUS", date="2022-02-22"),
  F("Monday's troop order dated Tuesday", "MOBILIZE", "RUS", date="2022-02-22"),
  F("the September completion coded as cooperation in February", "COOPERATE", "RUS", date="2022-02-22")],
 notes="No dateline: published Tuesday 2022-02-22. 'Verteidigungsministerium' here is Russia's. Ireland's prime minister is only the host's guest. 'noch nicht in Betrieb' is a negated state."))
