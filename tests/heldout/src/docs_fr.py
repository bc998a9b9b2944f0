from common import *

T1 = ("PARIS, 14 juillet 2023 — Le Premier ministre indien Narendra Modi a assisté vendredi, aux côtés d'Emmanuel Macron, au défilé du 14-Juillet "
"sur les Champs-Élysées, dont l'Inde était l'invitée d'honneur à l'occasion des 25 ans du partenariat stratégique entre les deux pays. "
"Un détachement des trois armées indiennes a défilé au pas, et trois Rafale de l'armée de l'air indienne ont pris part au défilé aérien. "
"Arrivé jeudi à Paris, M. Modi s'était vu remettre le soir même par le président français la grand-croix de la Légion d'honneur, "
"la plus haute distinction française. Vendredi, les deux dirigeants ont adopté une feuille de route baptisée « Horizon 2047 », "
"qui doit guider la coopération bilatérale dans la défense, l'espace, le nucléaire civil et l'énergie pour les vingt-cinq prochaines années. "
"À New Delhi, le Conseil des acquisitions de défense avait donné jeudi son feu vert préliminaire à l'achat de 26 Rafale Marine destinés à la marine indienne. "
"Lors de sa précédente visite, en avril 2015, M. Modi avait annoncé la commande de 36 Rafale.")

D1 = doc("heldout-fr-01-modi-bastille-day", "fr", "2023-07-14", "2023-07-14", T1,
 [E("Narendra Modi","person","IND.GOV"), E("Emmanuel Macron","person","FRA.GOV"), E("Champs-Élysées","place","FRA"),
  E("l'Inde","country","IND"), E("Paris","place","FRA"), E("armée de l'air indienne","organization","IND.MIL"),
  E("New Delhi","place","IND"), E("Conseil des acquisitions de défense","organization","IND.GOV")],
 [ev("fr01-visit", True, "CONSULT", "IND.GOV", "FRA", ["2023-07-13","2023-07-14"],
     "Narendra Modi a assisté vendredi, aux côtés d'Emmanuel Macron, au défilé du 14-Juillet; Arrivé jeudi à Paris",
     "The visit ran from Thursday 13 to Saturday 15 July; 13-14 accepted."),
  ev("fr01-legion", True, "SUPPORT", "FRA.GOV", "IND.GOV", ["2023-07-13","2023-07-13"],
     "M. Modi s'était vu remettre le soir même par le président français la grand-croix de la Légion d'honneur",
     "Thursday 2023-07-13 (passive)."),
  sym("fr01-horizon-2047", True, ["SUPPORT","AGREE","COOPERATE"], "FRA", "IND", ["2023-07-14","2023-07-14"],
     "les deux dirigeants ont adopté une feuille de route baptisée « Horizon 2047 »"),
  sym("fr01-talks", False, "CONSULT", "FRA", "IND", ["2023-07-13","2023-07-14"], "aux côtés d'Emmanuel Macron"),
  ev("fr01-parade", False, "COOPERATE", "IND.MIL", "FRA", ["2023-07-14","2023-07-14"],
     "Un détachement des trois armées indiennes a défilé au pas, et trois Rafale de l'armée de l'air indienne ont pris part au défilé aérien",
     "COOPERATE [military]; a coder may also code nothing."),
  ev("fr01-guest-of-honour", False, ["SUPPORT","CONSULT"], "FRA", "IND", ["2023-07-13","2023-07-14"],
     "dont l'Inde était l'invitée d'honneur"),
  ev("fr01-rafale-marine", False, ["COOPERATE","AGREE"], "IND", "FRA", ["2023-07-13","2023-07-13"],
     "le Conseil des acquisitions de défense avait donné jeudi son feu vert préliminaire à l'achat de 26 Rafale Marine",
     "An Indian decision to buy French aircraft (military cooperation); the contract itself was signed in April 2025."),
  ev("fr01-rafale-2015", False, ["COOPERATE","AGREE"], "IND.GOV", "FRA", ["2015-04-01","2015-04-30"],
     "en avril 2015, M. Modi avait annoncé la commande de 36 Rafale", "History (10 April 2015): acceptable only if dated April 2015."),
 ],
 [],
 [],
 "The Légion d'honneur (Thursday) dated Friday cannot carry a forbidden rule: SUPPORT by France on Friday is acceptable through the Horizon 2047 roadmap. The 2015 order shares type and actors with the Rafale Marine approval, so it is optional with its own window.")

T2 = ("La France a rappelé samedi pour consultations son ambassadeur en Turquie, Hervé Magro, après que le président Recep Tayyip Erdogan a estimé "
"qu'Emmanuel Macron avait besoin de « soins mentaux » en raison de son attitude envers les musulmans. L'Élysée a dénoncé des propos « inacceptables » "
"et exigé que le chef de l'État turc change le cours d'une politique jugée « dangereuse à tous points de vue ». "
"Dimanche, le Premier ministre pakistanais Imran Khan a à son tour accusé M. Macron d'« attaquer l'islam » et d'encourager l'islamophobie, "
"tandis qu'au Koweït et au Qatar, des magasins retiraient des produits français de leurs rayons en signe de boycott. "
"Le président français avait défendu mercredi, lors de l'hommage national rendu à la Sorbonne à Samuel Paty, la liberté de publier des caricatures. "
"Ce professeur d'histoire-géographie avait été assassiné le 16 octobre près de son collège de Conflans-Sainte-Honorine pour avoir montré "
"des caricatures du prophète Mahomet à ses élèves.")

D2 = doc("heldout-fr-02-france-recalls-envoy-turkey", "fr", "2020-10-25", None, T2,
 [E("France","country","FRA"), E("Turquie","country","TUR"), E("Hervé Magro","person","FRA.GOV"),
  E("Recep Tayyip Erdogan","person","TUR.GOV"), E("Emmanuel Macron","person","FRA.GOV"), E("Élysée","organization","FRA.GOV"),
  E("Imran Khan","person","PAK.GOV"), E("Koweït","country","KWT"), E("Qatar","country","QAT"), E("Sorbonne","place","FRA"),
  E("Samuel Paty","person","FRA.EDU"), E("Conflans-Sainte-Honorine","place","FRA")],
 [ev("fr02-recall", True, "SANCTION", "FRA.GOV", "TUR", ["2020-10-24","2020-10-24"],
     "La France a rappelé samedi pour consultations son ambassadeur en Turquie", "Saturday = 2020-10-24 (published Sunday 2020-10-25)."),
  ev("fr02-erdogan-insult", True, "ACCUSE", "TUR.GOV", "FRA.GOV", ["2020-10-24","2020-10-24"],
     "Erdogan a estimé qu'Emmanuel Macron avait besoin de « soins mentaux »",
     "Said in a speech in Kayseri on Saturday; the text gives no day but the recall 'after' it is Saturday's."),
  ev("fr02-elysee-denounces", True, "ACCUSE", "FRA.GOV", "TUR.GOV", ["2020-10-24","2020-10-24"],
     "L'Élysée a dénoncé des propos « inacceptables »"),
  ev("fr02-imran-khan", True, "ACCUSE", "PAK.GOV", "FRA.GOV", ["2020-10-25","2020-10-25"],
     "Imran Khan a à son tour accusé M. Macron d'« attaquer l'islam »"),
  ev("fr02-elysee-demands", False, "REQUEST", "FRA.GOV", "TUR.GOV", ["2020-10-24","2020-10-24"],
     "exigé que le chef de l'État turc change le cours d'une politique jugée « dangereuse à tous points de vue »"),
  ev("fr02-boycott-kwt", False, "PROTEST", "KWT", "FRA", ["2020-10-23","2020-10-25"],
     "au Koweït et au Qatar, des magasins retiraient des produits français de leurs rayons en signe de boycott",
     "PROTEST [boycott] by shops (KWT.BUS)."),
  ev("fr02-boycott-qat", False, "PROTEST", "QAT", "FRA", ["2020-10-23","2020-10-25"],
     "au Koweït et au Qatar, des magasins retiraient des produits français"),
  ev("fr02-paty", False, "ASSAULT", "*", "FRA", ["2020-10-16","2020-10-16"],
     "Ce professeur ... avait été assassiné le 16 octobre près de son collège de Conflans-Sainte-Honorine",
     "History: acceptable only if dated 2020-10-16. Target the teacher (FRA.EDU)."),
 ],
 [F("the 16 October murder of Samuel Paty dated on publication", "ASSAULT", date_after="2020-10-20")],
 [Q("Élysée", "inacceptables"), Q("Élysée", "dangereuse à tous points de vue"), Q("Recep Tayyip Erdogan", "soins mentaux"),
  Q("Imran Khan", "attaquer l'islam")],
 "Macron's defence of caricatures on Wednesday 21 October (the national tribute) is a statement without a target actor; a coder codes nothing.")

DOCS = [D1, D2]
