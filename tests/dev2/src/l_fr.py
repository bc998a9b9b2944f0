from lib import *
DOCS = []

t1 = ("PARIS, 24 octobre 2023 — La France livrera à l'Arménie trois radars de défense aérienne Ground Master 200, en vertu d'un contrat signé lundi à Paris par le ministre des Armées Sébastien Lecornu et son homologue arménien Souren Papikian. "
      "Les deux ministres ont également paraphé une lettre d'intention portant sur la future fourniture de systèmes de missiles sol-air à courte portée Mistral. "
      "M. Lecornu a souligné le caractère défensif de ces équipements et annoncé que Paris aiderait aussi Erevan à former ses militaires. "
      "Ces accords concrétisent l'engagement pris début octobre à Erevan par la ministre des Affaires étrangères Catherine Colonna, qui avait annoncé que la France allait conclure des contrats de livraison d'équipements militaires à l'Arménie. "
      "Bakou avait alors vivement réagi : le lendemain, le ministère azerbaïdjanais des Affaires étrangères avait jugé inacceptables les efforts de la France pour armer l'Arménie et l'entraîner de nouveau dans une agression. "
      "Lundi, M. Lecornu a assuré que ces radars ne pouvaient servir qu'en cas d'agression contre le territoire arménien.")
DOCS.append(D("dev2-fr-01-armenia-radars", "fr", "2023-10-24", "2023-10-24", t1,
 [N("PARIS","place","FRA"), N("France","country","FRA"), N("Arménie","country","ARM"), N("Sébastien Lecornu","person","FRA.GOV"),
  N("Souren Papikian","person","ARM.GOV"), N("Erevan","place","ARM"), N("Catherine Colonna","person","FRA.GOV"), N("Bakou","place","AZE"),
  N("ministère azerbaïdjanais des Affaires étrangères","organization","AZE.GOV")],
 [E("fr01-contract", True, ["SUPPORT","AGREE","COOPERATE"], actors=["FRA","ARM"], win="2023-10-23", date="2023-10-23",
    ev="un contrat signé lundi à Paris par le ministre des Armées Sébastien Lecornu et son homologue arménien Souren Papikian",
    notes="Passive with agent ('signé ... par'); 'lundi' = 2023-10-23. Defence ministers: GOV or MIL, hence country codes. The delivery itself is future."),
  E("fr01-loi", False, ["AGREE","SUPPORT","COOPERATE"], actors=["FRA","ARM"], win="2023-10-23", ev="Les deux ministres ont également paraphé une lettre d'intention"),
  E("fr01-visit", False, "CONSULT", actors=["ARM","FRA"], win="2023-10-23", ev="signé lundi à Paris par le ministre des Armées Sébastien Lecornu et son homologue arménien"),
  E("fr01-training", True, "AGREE", "FRA", "ARM", "2023-10-23", ev="annoncé que Paris aiderait aussi Erevan à former ses militaires",
    notes="Promise of military training (future-tense cooperation = AGREE)."),
  E("fr01-colonna-pledge", False, "AGREE", "FRA.GOV", "ARM", ["2023-10-01","2023-10-05"], ev="l'engagement pris début octobre à Erevan par la ministre des Affaires étrangères Catherine Colonna",
    notes="History: Colonna in Yerevan on 3 October 2023."),
  E("fr01-colonna-visit", False, "CONSULT", "FRA.GOV", "ARM", ["2023-10-01","2023-10-05"], ev="début octobre à Erevan"),
  E("fr01-azerbaijan", False, "ACCUSE", "AZE.GOV", "FRA", ["2023-10-02","2023-10-06"], ev="le lendemain, le ministère azerbaïdjanais des Affaires étrangères avait jugé inacceptables les efforts de la France pour armer l'Arménie",
    notes="History: 'le lendemain' of Colonna's early-October announcement (in fact 3 Oct 2023, so 4 Oct); the text gives only 'début octobre', hence the window; pluperfect."),
  E("fr01-lecornu-defensive", False, ["SUPPORT","AGREE"], "FRA.GOV", "ARM", "2023-10-23", ev="M. Lecornu a assuré que ces radars ne pouvaient servir qu'en cas d'agression contre le territoire arménien")],
 [F("the radars' future delivery coded as aid delivered", "AID", "FRA", unless="future"),
  F("Colonna's early-October pledge (or Monday's signing) dated 24 October", "AGREE", "FRA", date="2023-10-24"),
  F("Baku's 4 October reaction dated at the signing", "ACCUSE", "AZE", after="2023-10-20")],
 notes="Dateline Tuesday 2023-10-24 ('lundi' = 2023-10-23). Paris appears both as place and as metonym for France ('Paris aiderait'). 'Bakou' here is a metonym for Azerbaijan's government; its only reaction in the text is the historical one of 4 October."))

t2 = ("Le ministre de l'Intérieur Gérald Darmanin a accusé jeudi l'Azerbaïdjan d'ingérence en Nouvelle-Calédonie, où l'état d'urgence est en vigueur depuis la nuit de mercredi à jeudi. "
      "« Ce n'est pas un fantasme », a-t-il affirmé sur France 2, évoquant un accord entre certains indépendantistes calédoniens et Bakou. "
      "Le ministère azerbaïdjanais des Affaires étrangères a rejeté ces accusations, qu'il juge sans fondement. "
      "Décrété mercredi en Conseil des ministres, l'état d'urgence s'accompagne du déploiement de militaires pour sécuriser les ports et l'aéroport de Nouméa, ainsi que de l'interdiction du réseau social TikTok dans l'archipel, a annoncé le Premier ministre Gabriel Attal. "
      "Au moins quatre personnes, dont un gendarme, ont été tuées depuis le début des émeutes lundi soir. "
      "Les violences ont éclaté en marge de l'examen par l'Assemblée nationale d'une révision constitutionnelle élargissant le corps électoral provincial, adoptée dans la nuit de mardi à mercredi. "
      "Les indépendantistes y voient une menace pour le peuple kanak.")
DOCS.append(D("dev2-fr-02-new-caledonia-azerbaijan", "fr", "2024-05-16", None, t2,
 [N("Gérald Darmanin","person","FRA.GOV"), N("Azerbaïdjan","country","AZE"), N("Nouvelle-Calédonie","place","FRA"), N("Bakou","place","AZE"),
  N("ministère azerbaïdjanais des Affaires étrangères","organization","AZE.GOV"), N("Nouméa","place","FRA"), N("TikTok","organization","MNC"),
  N("Gabriel Attal","person","FRA.GOV"), N("Assemblée nationale","organization","FRA.LEG")],
 [E("fr02-darmanin", True, "ACCUSE", "FRA.GOV", "AZE", "2024-05-16", date="2024-05-16",
    ev="Gérald Darmanin a accusé jeudi l'Azerbaïdjan d'ingérence en Nouvelle-Calédonie"),
  E("fr02-baku-rejects", True, ["REJECT","ACCUSE"], "AZE.GOV", "FRA", "2024-05-16", ev="Le ministère azerbaïdjanais des Affaires étrangères a rejeté ces accusations"),
  E("fr02-emergency", True, "COERCE", "FRA.GOV", "*", ["2024-05-15","2024-05-16"], ev="l'état d'urgence est en vigueur depuis la nuit de mercredi à jeudi",
    notes="State of emergency decreed Wednesday 2024-05-15, in force from the night of 15-16 May (COERCE [martial-law/curfew]). Target: New Caledonia (FRA, or NCL) or none."),
  E("fr02-troops", True, "MOBILIZE", "FRA", "*", ["2024-05-15","2024-05-16"], ev="déploiement de militaires pour sécuriser les ports et l'aéroport de Nouméa",
    notes="Nominalisation ('déploiement'); announced by Attal. FRA.MIL or FRA.GOV."),
  E("fr02-tiktok", True, "COERCE", "FRA.GOV", "*", ["2024-05-15","2024-05-16"], ev="l'interdiction du réseau social TikTok dans l'archipel",
    notes="Nominalisation; COERCE [censor]."),
  E("fr02-riots", False, ["PROTEST","ASSAULT"], "*", "*", ["2024-05-13","2024-05-16"], ev="Au moins quatre personnes, dont un gendarme, ont été tuées depuis le début des émeutes lundi soir",
    notes="Riots from Monday evening 2024-05-13; deaths by unnamed perpetrators."),
  E("fr02-reform", False, ["SUPPORT","AGREE"], "FRA.LEG", "*", ["2024-05-14","2024-05-15"], ev="une révision constitutionnelle élargissant le corps électoral provincial, adoptée dans la nuit de mardi à mercredi"),
  E("fr02-independentists", False, "ACCUSE", "*", "FRA", ["2024-05-13","2024-05-16"], ev="Les indépendantistes y voient une menace pour le peuple kanak")],
 [F("the reform's adoption dated Thursday", "SUPPORT", "FRA", date="2024-05-16"),
  F("the alleged Azerbaijani deal coded as an agreement (AZE)", "AGREE", "AZE"),
  F("the alleged deal coded as cooperation (AZE)", "COOPERATE", "AZE")],
 [("Gérald Darmanin", "Ce n'est pas un fantasme")],
 notes="No dateline: published Thursday 2024-05-16. The 'accord' between independentists and Baku is Darmanin's allegation, not an event. France 2 is the broadcaster. Nouvelle-Calédonie is French territory (ISO NCL also exists; FRA is the actor code of the state)."))
