from h import *
DOCS = []
t1 = ("PARIS, 27 décembre 2023 — La France a déclaré persona non grata deux agents de l'ambassade d'Azerbaïdjan, en réponse à l'expulsion mardi par Bakou "
"de deux membres de l'ambassade de France, a annoncé mercredi le ministère des Affaires étrangères. Paris « réfute catégoriquement » les allégations avancées par "
"l'Azerbaïdjan pour justifier sa décision, a ajouté le Quai d'Orsay, qui a convoqué l'ambassadrice azerbaïdjanaise pour l'en informer.\n\n"
"La veille, le ministère azerbaïdjanais des Affaires étrangères avait convoqué l'ambassadrice de France, Anne Boillon, pour protester contre des « actions "
"incompatibles avec leur statut diplomatique » de deux employés de l'ambassade, sommés de quitter le pays sous 48 heures.\n\n"
"Les relations entre Paris et Bakou se sont fortement dégradées depuis l'offensive éclair lancée en septembre par l'Azerbaïdjan au Haut-Karabakh, "
"qui a provoqué l'exode de la quasi-totalité de ses habitants arméniens. Fin octobre, la France a signé des contrats d'armement avec l'Arménie, "
"et en novembre le président Ilham Aliev a accusé Paris d'attiser les conflits dans le Caucase.")
DOCS.append(doc("heldoutE-fr-01-france-azerbaijan-expulsions", "fr", "2023-12-27", "2023-12-27", t1,
 [E("France","country","FRA"), E("Azerbaïdjan","country","AZE"), E("Bakou","place","AZE"), E("ministère des Affaires étrangères","organization","FRA.GOV"),
  E("Paris","place","FRA"), E("Quai d'Orsay","organization","FRA.GOV"), E("ministère azerbaïdjanais des Affaires étrangères","organization","AZE.GOV"),
  E("Anne Boillon","person","FRA.GOV"), E("Haut-Karabakh","place","AZE"), E("Arménie","country","ARM"), E("Ilham Aliev","person","AZE.GOV")],
 [ev("fr01-france-expels", True, "SANCTION", "FRA", "AZE", ("2023-12-27","2023-12-27"),
     "La France a déclaré persona non grata deux agents de l'ambassade d'Azerbaïdjan", "SANCTION [expel], announced Wednesday 27 December."),
  ev("fr01-baku-expels", True, "SANCTION", "AZE", "FRA", ("2023-12-26","2023-12-26"),
     "l'expulsion mardi par Bakou de deux membres de l'ambassade de France", "Nominalisation with agent ('par Bakou'); Tuesday = 2023-12-26."),
  ev("fr01-baku-png", False, "SANCTION", "AZE.GOV", "FRA", ("2023-12-26","2023-12-26"),
     "sommés de quitter le pays sous 48 heures", "The same expulsion told again (participle, agentless); optional (same key as fr01-baku-expels)."),
  ev("fr01-quai-refutes", True, ["REJECT","ACCUSE"], "FRA.GOV", "AZE", ("2023-12-27","2023-12-27"),
     "Paris « réfute catégoriquement » les allégations avancées par l'Azerbaïdjan pour justifier sa décision"),
  ev("fr01-quai-summons", False, ["CONSULT","ACCUSE"], "FRA.GOV", "AZE", ("2023-12-27","2023-12-27"),
     "le Quai d'Orsay, qui a convoqué l'ambassadrice azerbaïdjanaise pour l'en informer", "Relative clause; a summons to notify the decision. Optional (CONSULT, or ACCUSE sharing a key with fr01-quai-refutes)."),
  ev("fr01-baku-summons", True, ["ACCUSE","CONSULT"], "AZE.GOV", "FRA", ("2023-12-26","2023-12-26"),
     "La veille, le ministère azerbaïdjanais des Affaires étrangères avait convoqué l'ambassadrice de France, Anne Boillon, pour protester",
     "'La veille' = the day before Wednesday = 2023-12-26; pluperfect."),
  ev("fr01-offensive", False, "ASSAULT", "AZE", "*", ("2023-09-19","2023-09-30"),
     "l'offensive éclair lancée en septembre par l'Azerbaïdjan au Haut-Karabakh", "History: September 2023 (19–20); target the Karabakh Armenians (ARM) or none."),
  ev("fr01-arms", False, ["SUPPORT","AGREE","COOPERATE"], "FRA", "ARM", ("2023-10-16","2023-10-31"),
     "Fin octobre, la France a signé des contrats d'armement avec l'Arménie", "History: signing arms contracts (SUPPORT/AGREE; COOPERATE [military] accepted)."),
  ev("fr01-aliyev", False, "ACCUSE", "AZE.GOV", "FRA", ("2023-11-01","2023-11-30"),
     "en novembre le président Ilham Aliev a accusé Paris d'attiser les conflits dans le Caucase", "History: November 2023; subject after 'et en novembre'."),
 ],
 [F("Tuesday's Azerbaijani expulsion dated Wednesday", "SANCTION", "AZE", date="2023-12-27"),
  F("the September offensive dated December", "ASSAULT", "AZE", date_after="2023-12-01"),
  F("the October arms contracts dated December", "AGREE", "FRA", date_after="2023-12-01"),
  F("the October arms contracts (SUPPORT) dated December", "SUPPORT", "FRA", date_after="2023-12-01"),
  F("Aliyev's November accusation dated December", "ACCUSE", "AZE", date_after="2023-12-01")],
 [Q("Quai d'Orsay", "réfute catégoriquement"), Q("ministère azerbaïdjanais des Affaires étrangères", "actions incompatibles avec leur statut diplomatique")],
 "Reciprocal expulsions: the French measure is SANCTION FRA→AZE on 27 December, the Azerbaijani one SANCTION AZE→FRA on 26 December (dated Tuesday in a nominalisation). The exodus of Armenians is a consequence, not coded separately."))

t2 = ("Les Français Benjamin Brière et Bernard Phelan, détenus en Iran, ont été libérés vendredi et ont regagné la France dans la soirée. "
"« Libres, enfin. […] C'est un soulagement », a réagi Emmanuel Macron, en promettant de continuer à agir pour le retour des autres Français détenus.\n\n"
"Benjamin Brière, arrêté en mai 2020 près de la frontière turkmène, avait été condamné à huit ans de prison pour espionnage avant d'être acquitté en appel en février, "
"sans pour autant être relâché. Bernard Phelan, un consultant franco-irlandais de 64 ans, avait été interpellé en octobre 2022 à Mashhad puis condamné "
"à six ans et demi de prison. Tous deux ont été libérés pour raisons humanitaires, leur santé s'étant dégradée.\n\n"
"La ministre des Affaires étrangères, Catherine Colonna, a indiqué s'être entretenue au téléphone avec son homologue iranien, Hossein Amir-Abdollahian, "
"à qui elle a réaffirmé la détermination de Paris à obtenir la libération rapide des autres ressortissants français, parmi lesquels Cécile Kohler et "
"son compagnon Jacques Paris, arrêtés en mai 2022.")
DOCS.append(doc("heldoutE-fr-02-briere-phelan-release", "fr", "2023-05-13", None, t2,
 [E("Benjamin Brière","person","FRA.CVL"), E("Bernard Phelan","person","FRA.CVL"), E("Iran","country","IRN"), E("France","country","FRA"),
  E("Emmanuel Macron","person","FRA.GOV"), E("Mashhad","place","IRN"), E("Catherine Colonna","person","FRA.GOV"),
  E("Hossein Amir-Abdollahian","person","IRN.GOV"), E("Paris","place","FRA"), E("Cécile Kohler","person","FRA.CVL"), E("Jacques Paris","person","FRA.CVL")],
 [ev("fr02-release", True, "RETREAT", "IRN", "FRA", ("2023-05-12","2023-05-12"),
     "Benjamin Brière et Bernard Phelan, détenus en Iran, ont été libérés vendredi", "Agentless passive (Iran implied): RETREAT [release]. Friday = 2023-05-12 (published Saturday)."),
  ev("fr02-humanitarian", False, "RETREAT", "IRN", "FRA", ("2023-05-12","2023-05-12"), "Tous deux ont été libérés pour raisons humanitaires", "The same release restated; optional (same key)."),
  ev("fr02-macron", False, "SUPPORT", "FRA.GOV", "*", ("2023-05-12","2023-05-12"), "« Libres, enfin. […] C'est un soulagement », a réagi Emmanuel Macron"),
  ev("fr02-macron-promise", False, "AGREE", "FRA.GOV", "*", ("2023-05-12","2023-05-12"), "en promettant de continuer à agir pour le retour des autres Français détenus", "A promise; optional."),
  ev("fr02-briere-arrest", False, "COERCE", "IRN", "FRA", ("2020-05-01","2020-05-31"), "Benjamin Brière, arrêté en mai 2020 près de la frontière turkmène", "History."),
  ev("fr02-briere-sentence", False, "SANCTION", "IRN", "FRA", ("2020-05-01","2023-02-28"), "avait été condamné à huit ans de prison pour espionnage", "SANCTION [convict], undated in the text (January 2022)."),
  ev("fr02-briere-acquittal", False, ["RETREAT","CONCEDE"], "IRN", "FRA", ("2023-02-01","2023-02-28"), "avant d'être acquitté en appel en février", "History: February 2023; optional."),
  ev("fr02-phelan-arrest", False, "COERCE", "IRN", "FRA", ("2022-10-01","2022-10-31"), "Bernard Phelan, un consultant franco-irlandais de 64 ans, avait été interpellé en octobre 2022 à Mashhad", "History; Phelan is also Irish (IRL acceptable, not required)."),
  ev("fr02-phelan-sentence", False, "SANCTION", "IRN", "FRA", ("2022-10-01","2023-05-11"), "puis condamné à six ans et demi de prison", "Subject left out; undated (spring 2023)."),
  sym("fr02-colonna-call", True, "CONSULT", "FRA.GOV", "IRN.GOV", ("2023-05-12","2023-05-12"),
     "Catherine Colonna, a indiqué s'être entretenue au téléphone avec son homologue iranien, Hossein Amir-Abdollahian", "CONSULT [phone]; day not stated in the sentence, the day of the release (12 May)."),
  ev("fr02-colonna-request", True, "REQUEST", "FRA.GOV", "IRN", ("2023-05-12","2023-05-12"),
     "à qui elle a réaffirmé la détermination de Paris à obtenir la libération rapide des autres ressortissants français", "Relative clause ('à qui' = Amir-Abdollahian)."),
  ev("fr02-kohler-arrest", False, "COERCE", "IRN", "FRA", ("2022-05-01","2022-05-31"), "Cécile Kohler et son compagnon Jacques Paris, arrêtés en mai 2022", "History."),
 ],
 [F("the 2020/2022 arrests dated 2023", "COERCE", "IRN", date_after="2023-01-01"),
  F("Brière's 2022 sentence dated May 2023", "SANCTION", "IRN", date_after="2023-05-12")],
 [Q("Emmanuel Macron", "Libres, enfin. […] C'est un soulagement")],
 "No dateline; published Saturday 2023-05-13, release 'vendredi' 12 May. Macron's words are from his public message of 12 May 2023."))
