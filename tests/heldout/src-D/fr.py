from common import *
DOCS = []
t = ("LA HAYE, 12 mars 2017 — La crise diplomatique entre les Pays-Bas et la Turquie s'est envenimée dimanche après l'expulsion vers l'Allemagne de la ministre turque de la Famille, "
"Fatma Betül Sayan Kaya, qui voulait participer à un meeting en faveur du référendum constitutionnel voulu par Recep Tayyip Erdogan. "
"La ministre, arrivée en voiture à Rotterdam samedi soir, a été empêchée d'accéder au consulat de Turquie, puis reconduite à la frontière allemande par la police néerlandaise.\n"
"Quelques heures plus tôt, La Haye avait retiré l'autorisation d'atterrissage de l'avion du chef de la diplomatie turque, Mevlüt Cavusoglu. "
"M. Erdogan a aussitôt qualifié les Néerlandais de « vestiges du nazisme » et de « fascistes ». Le Premier ministre Mark Rutte a jugé ces propos totalement déplacés.\n"
"Dans la nuit, la police a dispersé à l'aide de canons à eau plusieurs centaines de manifestants rassemblés près du consulat turc de Rotterdam. "
"À Ankara, les autorités ont bouclé l'ambassade des Pays-Bas, officiellement par mesure de sécurité. Le référendum doit se tenir le 16 avril.")
DOCS.append(D("heldout-fr-01-turkey-netherlands-row", "fr", "2017-03-12", "2017-03-12", t,
 ents(("Pays-Bas","country","NLD"),("Turquie","country","TUR"),("Allemagne","country","DEU"),("Fatma Betül Sayan Kaya","person","TUR.GOV"),("Recep Tayyip Erdogan","person","TUR.GOV"),
      ("Rotterdam","place","NLD"),("police néerlandaise","organization","NLD.COP"),("La Haye","place","NLD"),("Mevlüt Cavusoglu","person","TUR.GOV"),
      ("Mark Rutte","person","NLD.GOV"),("Ankara","place","TUR")),
 [E("fr01-expulsion",True,["SANCTION","COERCE"],"NLD","TUR.GOV",["2017-03-11","2017-03-12"],
    "l'expulsion vers l'Allemagne de la ministre turque de la Famille",
    "SANCTION [expel] / COERCE [deport]: she was escorted to the German border in the early hours of Sunday 2017-03-12. Source NLD (NLD.GOV or NLD.COP)."),
  E("fr01-blocked",False,"COERCE","NLD.COP","TUR.GOV",["2017-03-11","2017-03-12"],"a été empêchée d'accéder au consulat de Turquie",
    "Same episode as fr01-expulsion; optional."),
  E("fr01-landing-ban",True,["SANCTION","COERCE","REJECT"],"NLD.GOV","TUR.GOV",["2017-03-11","2017-03-11"],
    "La Haye avait retiré l'autorisation d'atterrissage de l'avion du chef de la diplomatie turque",
    "Saturday 2017-03-11 ('quelques heures plus tôt' than Saturday evening). COERCE [restrict] or REJECT [meet] or SANCTION."),
  E("fr01-erdogan-nazi",True,"ACCUSE","TUR.GOV","NLD",["2017-03-11","2017-03-11"],"M. Erdogan a aussitôt qualifié les Néerlandais de « vestiges du nazisme »"),
  E("fr01-rutte",True,"ACCUSE","NLD.GOV","TUR.GOV",["2017-03-11","2017-03-12"],"Le Premier ministre Mark Rutte a jugé ces propos totalement déplacés"),
  E("fr01-water-cannon",False,["COERCE","ASSAULT"],"NLD.COP","*",["2017-03-11","2017-03-12"],
    "la police a dispersé à l'aide de canons à eau plusieurs centaines de manifestants",
    "Crowd control against pro-Erdogan demonstrators (target '*': TUR or NLD civilians)."),
  E("fr01-demo",False,"PROTEST","*","NLD",["2017-03-11","2017-03-12"],"plusieurs centaines de manifestants rassemblés près du consulat turc de Rotterdam"),
  E("fr01-embassy-sealed",False,["COERCE","MOBILIZE"],"TUR.GOV","NLD",["2017-03-11","2017-03-12"],"À Ankara, les autorités ont bouclé l'ambassade des Pays-Bas",
    "Sealing off an embassy: COERCE [restrict] (or police deployment, MOBILIZE)."),
 ],
 [F("Cavusoglu's barred visit coded as a visit","CONSULT","TUR",unless_aux="negated")],
 [("Recep Tayyip Erdogan","vestiges du nazisme")],
 "The minister came to address a rally, not to meet Dutch officials: no CONSULT. Dateline 12 March; 'samedi soir' = 11 March."))

t = ("Emmanuel Macron a appelé jeudi Xi Jinping à user de son influence sur Moscou, lors d'un entretien au Palais du peuple à Pékin. "
"« Je sais pouvoir compter sur vous pour ramener la Russie à la raison et tout le monde à la table des négociations », a déclaré le président français. "
"Son homologue chinois s'est dit prêt à lancer avec la France un appel à la communauté internationale pour la retenue, sans toutefois condamner l'offensive russe en Ukraine.\n"
"Les deux dirigeants ont ensuite été rejoints par la présidente de la Commission européenne, Ursula von der Leyen, qui a averti Pékin que livrer des armes à la Russie "
"nuirait considérablement aux relations entre l'Union européenne et la Chine.\n"
"En marge de cette visite d'État, l'avionneur Airbus a annoncé l'ouverture d'une seconde chaîne d'assemblage à Tianjin. "
"Arrivé mercredi, M. Macron doit se rendre vendredi à Canton, où il rencontrera des étudiants.")
DOCS.append(D("heldout-fr-02-macron-beijing", "fr", "2023-04-06", None, t,
 ents(("Emmanuel Macron","person","FRA.GOV"),("Xi Jinping","person","CHN.GOV"),("Moscou","place","RUS"),("Palais du peuple","place","CHN"),("Pékin","place","CHN"),
      ("Russie","country","RUS"),("France","country","FRA"),("Ukraine","country","UKR"),("Commission européenne","organization","EUR"),("Ursula von der Leyen","person","EUR"),
      ("Union européenne","organization","EUR"),("Chine","country","CHN"),("Airbus","organization","MNC"),("Tianjin","place","CHN"),("Canton","place","CHN")),
 [E("fr02-talks",True,"CONSULT","FRA.GOV","CHN.GOV",["2023-04-06","2023-04-06"],"lors d'un entretien au Palais du peuple à Pékin",
    "CONSULT [visit], visitor as actor; 'jeudi' = 2023-04-06 (publication the same day). Reverse order accepted (fr02-talks-sym)."),
  S("fr02-talks-sym",False,"CONSULT",["CHN.GOV","FRA.GOV"],["2023-04-06","2023-04-06"]),
  E("fr02-appeal",True,"REQUEST","FRA.GOV","CHN.GOV",["2023-04-06","2023-04-06"],"Emmanuel Macron a appelé jeudi Xi Jinping à user de son influence sur Moscou"),
  E("fr02-xi-offer",False,["AGREE","REQUEST"],"CHN.GOV","FRA",["2023-04-06","2023-04-06"],"s'est dit prêt à lancer avec la France un appel à la communauté internationale pour la retenue",
    "An offer to cooperate (AGREE); the joint appeal itself would be a REQUEST to '*'."),
  S("fr02-trilateral",False,"CONSULT",["EUR","CHN.GOV"],["2023-04-06","2023-04-06"],"Les deux dirigeants ont ensuite été rejoints par la présidente de la Commission européenne"),
  E("fr02-vdl-warning",True,["THREATEN","ACCUSE","REQUEST"],"EUR","CHN",["2023-04-06","2023-04-06"],
    "a averti Pékin que livrer des armes à la Russie nuirait considérablement aux relations entre l'Union européenne et la Chine",
    "A warning of damage to relations: THREATEN [relations]; ACCUSE or REQUEST also accepted."),
  E("fr02-airbus",False,"COOPERATE","*","CHN",["2023-04-06","2023-04-06"],"l'avionneur Airbus a annoncé l'ouverture d'une seconde chaîne d'assemblage à Tianjin",
    "Economic cooperation by Airbus (MNC, EUR or FRA.BUS depending on convention: source '*')."),
  E("fr02-arrival",False,"CONSULT","FRA.GOV","CHN",["2023-04-05","2023-04-05"],"Arrivé mercredi, M. Macron","Start of the state visit, 2023-04-05."),
 ],
 [F("China's non-condemnation coded as condemnation","ACCUSE","CHN",unless_aux="negated"),
  F("the Guangzhou leg (Friday) coded as done","CONSULT","FRA",date="2023-04-07",unless_aux="future"),
  F("the Russian offensive (2022) dated 2023","ASSAULT","RUS",date_after="2023-01-01")],
 [("Emmanuel Macron","Je sais pouvoir compter sur vous pour ramener la Russie à la raison et tout le monde à la table des négociations")],
 "No dateline. The Russian offensive in Ukraine is mentioned without a date: not an event here."))
