from common import *

T1 = ("PEKING, 4. November 2022 — Bundeskanzler Olaf Scholz ist am Freitag als erster Regierungschef eines G7-Staates seit Beginn der Corona-Pandemie "
"nach China gereist und in Peking von Staats- und Parteichef Xi Jinping empfangen worden. Beide lehnten den Einsatz von Atomwaffen im Ukraine-Krieg "
"und Drohungen damit ab, sagte Scholz nach dem Treffen. Xi rief nach Angaben der chinesischen Seite zu Friedensgesprächen auf. "
"Scholz forderte China auf, seinen Einfluss auf Russland geltend zu machen, und sprach nach eigenen Worten auch die Menschenrechtslage in Xinjiang "
"sowie die Spannungen um Taiwan an. Anschließend traf er Ministerpräsident Li Keqiang. Nach Angaben des Kanzlers sollen in China lebende Ausländer "
"künftig mit dem Impfstoff von Biontech geimpft werden können. Die nur rund elfstündige Reise war in Deutschland umstritten, auch weil die "
"Bundesregierung Ende Oktober den Einstieg der chinesischen Staatsreederei Cosco bei einem Hamburger Containerterminal genehmigt hatte.")

D1 = doc("heldout-de-01-scholz-beijing", "de", "2022-11-04", "2022-11-04", T1,
 [E("Olaf Scholz","person","DEU.GOV"), E("China","country","CHN"), E("Peking","place","CHN"), E("Xi Jinping","person","CHN.GOV"),
  E("Russland","country","RUS"), E("Xinjiang","place","CHN"), E("Taiwan","place","TWN"), E("Li Keqiang","person","CHN.GOV"),
  E("Bundesregierung","organization","DEU.GOV"), E("Cosco","organization","CHN.BUS"), E("Deutschland","country","DEU"),
  E("Biontech","organization","DEU.BUS")],
 [ev("de01-visit", True, "CONSULT", "DEU.GOV", "CHN", ["2022-11-04","2022-11-04"],
     "Olaf Scholz ist am Freitag ... nach China gereist und in Peking von ... Xi Jinping empfangen worden"),
  ev("de01-scholz-urges", True, "REQUEST", "DEU.GOV", "CHN", ["2022-11-04","2022-11-04"],
     "Scholz forderte China auf, seinen Einfluss auf Russland geltend zu machen"),
  sym("de01-xi-meeting", False, "CONSULT", "CHN", "DEU", ["2022-11-04","2022-11-04"], "von Staats- und Parteichef Xi Jinping empfangen worden"),
  sym("de01-li-meeting", False, "CONSULT", "DEU", "CHN.GOV", ["2022-11-04","2022-11-04"], "Anschließend traf er Ministerpräsident Li Keqiang"),
  sym("de01-nuclear", False, ["AGREE","SUPPORT"], "DEU", "CHN", ["2022-11-04","2022-11-04"],
     "Beide lehnten den Einsatz von Atomwaffen im Ukraine-Krieg und Drohungen damit ab",
     "A shared position; a coder may also read it as disapproval of nuclear threats (de01-nuclear-disapprove) or code nothing."),
  ev("de01-nuclear-disapprove", False, "ACCUSE", "*", "*", ["2022-11-04","2022-11-04"],
     "lehnten den Einsatz von Atomwaffen ... und Drohungen damit ab", "Implicitly aimed at Russia; any actors."),
  ev("de01-xi-peace-talks", False, "REQUEST", "CHN.GOV", "*", ["2022-11-04","2022-11-04"], "Xi rief ... zu Friedensgesprächen auf"),
  ev("de01-xinjiang-taiwan", False, "ACCUSE", "DEU.GOV", "CHN", ["2022-11-04","2022-11-04"],
     "sprach ... auch die Menschenrechtslage in Xinjiang sowie die Spannungen um Taiwan an"),
  ev("de01-biontech", False, ["AGREE","COOPERATE"], "CHN", "DEU", ["2022-11-04","2022-11-04"],
     "sollen in China lebende Ausländer künftig mit dem Impfstoff von Biontech geimpft werden können",
     "Reported concession, to take effect later: AGREE; marked future it is not scored."),
  ev("de01-cosco", False, ["COOPERATE","AGREE"], "DEU.GOV", "CHN", ["2022-10-20","2022-10-31"],
     "die Bundesregierung Ende Oktober den Einstieg der chinesischen Staatsreederei Cosco ... genehmigt hatte",
     "History (26 October 2022): acceptable only if dated late October."),
  ev("de01-ukraine-war", False, "ASSAULT", "RUS", "UKR", ["2022-02-24","2022-11-04"], "im Ukraine-Krieg", "Background reference."),
 ],
 [F("the October Cosco approval dated on the day of the visit", "COOPERATE", "DEU", date="2022-11-04")],
 [],
 "'nach eigenen Worten' / 'nach Angaben der chinesischen Seite': reported speech, still events of Friday.")

T2 = ("Nach mehr als einem Jahr in türkischer Untersuchungshaft ist der deutsch-türkische Journalist Deniz Yücel am Freitag freigelassen worden. "
"Ein Istanbuler Gericht ordnete seine Entlassung an, kurz nachdem die Staatsanwaltschaft Anklage erhoben und bis zu 18 Jahre Haft wegen "
"Terrorpropaganda und Volksverhetzung gefordert hatte. Der Korrespondent der Zeitung „Die Welt“ verließ die Türkei noch am Abend mit seiner Frau "
"in Richtung Berlin. Bundeskanzlerin Angela Merkel zeigte sich erleichtert. Erst am Donnerstag hatte sie den türkischen Ministerpräsidenten "
"Binali Yıldırım im Kanzleramt empfangen, der zuvor die Hoffnung auf eine baldige Freilassung geäußert hatte. "
"Außenminister Sigmar Gabriel versicherte, es habe keine Gegenleistung und „keine Deals“ gegeben. "
"Yücel war im Februar 2017 festgenommen worden; Präsident Recep Tayyip Erdoğan hatte ihn damals öffentlich als deutschen Agenten bezeichnet.")

D2 = doc("heldout-de-02-yucel-release", "de", "2018-02-16", None, T2,
 [E("Deniz Yücel","person","DEU.JRN"), E("Istanbuler Gericht","organization","TUR.JUD"), E("Staatsanwaltschaft","organization","TUR.JUD"),
  E("Die Welt","organization","DEU.JRN"), E("Türkei","country","TUR"), E("Berlin","place","DEU"), E("Angela Merkel","person","DEU.GOV"),
  E("Binali Yıldırım","person","TUR.GOV"), E("Kanzleramt","organization","DEU.GOV"), E("Sigmar Gabriel","person","DEU.GOV"),
  E("Recep Tayyip Erdoğan","person","TUR.GOV")],
 [ev("de02-release", True, "RETREAT", "TUR", "DEU", ["2018-02-16","2018-02-16"],
     "ist der deutsch-türkische Journalist Deniz Yücel am Freitag freigelassen worden. Ein Istanbuler Gericht ordnete seine Entlassung an",
     "RETREAT [release] by the Turkish court (TUR.JUD); target the journalist (DEU.JRN)."),
  ev("de02-yildirim-visit", True, "CONSULT", "TUR.GOV", "DEU", ["2018-02-15","2018-02-15"],
     "Erst am Donnerstag hatte sie den türkischen Ministerpräsidenten Binali Yıldırım im Kanzleramt empfangen",
     "The visitor (Yıldırım) is the actor; Thursday = 2018-02-15."),
  ev("de02-indictment", False, ["ACCUSE","SANCTION"], "TUR.JUD", "DEU", ["2018-02-16","2018-02-16"],
     "die Staatsanwaltschaft Anklage erhoben und bis zu 18 Jahre Haft ... gefordert hatte",
     "Indictment: ACCUSE [allege]; the pluperfect places it shortly before the release, on the same day."),
  sym("de02-merkel-yildirim", False, "CONSULT", "DEU", "TUR", ["2018-02-15","2018-02-15"], "den türkischen Ministerpräsidenten ... empfangen"),
  ev("de02-merkel-relief", False, "SUPPORT", "DEU.GOV", "TUR", ["2018-02-16","2018-02-16"], "Angela Merkel zeigte sich erleichtert",
     "A coder may also code nothing."),
  ev("de02-gabriel-denies", False, "REJECT", "DEU.GOV", "*", ["2018-02-16","2018-02-16"],
     "es habe keine Gegenleistung und „keine Deals“ gegeben", "A denial; a coder may also code nothing."),
  ev("de02-arrest-2017", False, "COERCE", "TUR", "DEU", ["2017-02-01","2017-02-28"],
     "Yücel war im Februar 2017 festgenommen worden", "History: acceptable only if dated February 2017."),
  ev("de02-erdogan-agent", False, "ACCUSE", "TUR.GOV", "DEU", ["2017-02-01","2017-12-31"],
     "Erdoğan hatte ihn damals öffentlich als deutschen Agenten bezeichnet", "History (2017): acceptable only if dated 2017."),
 ],
 [F("the February 2017 arrest dated 2018", "COERCE", "TUR", date_after="2018-01-01"),
  F("Thursday's visit dated Friday", "CONSULT", "TUR", date="2018-02-16")],
 [Q("Sigmar Gabriel", "keine Deals")],
 "Published Friday 2018-02-16. Yücel holds German and Turkish citizenship; coded as a German journalist (DEU.JRN), as the German government treated the case.")

DOCS = [D1, D2]
