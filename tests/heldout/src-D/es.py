from common import *
DOCS = []
t = ("PEKÍN, 31 de marzo de 2023 — El presidente del Gobierno, Pedro Sánchez, se reunió este viernes en Pekín con el presidente chino, Xi Jinping, "
"a quien animó a hablar con el presidente ucraniano, Volodímir Zelenski, para conocer de primera mano la fórmula de paz de Kiev. "
"En rueda de prensa en la embajada española, Sánchez subrayó que debe ser Ucrania, como Estado libre y soberano, quien decida sobre las cuestiones que le afectan.\n"
"Durante su jornada en la capital china, el presidente español se entrevistó también con el primer ministro, Li Qiang. "
"El jueves, Sánchez había intervenido en el Foro de Boao, en la isla de Hainan, primera etapa de un viaje de dos días.\n"
"La visita coincide con el 50.º aniversario del establecimiento de relaciones diplomáticas entre España y la República Popular China, en 1973.")
DOCS.append(D("heldout-es-01-sanchez-xi", "es", "2023-03-31", "2023-03-31", t,
 ents(("Pedro Sánchez","person","ESP.GOV"),("Pekín","place","CHN"),("Xi Jinping","person","CHN.GOV"),("Volodímir Zelenski","person","UKR.GOV"),("Kiev","place","UKR"),
      ("Ucrania","country","UKR"),("Li Qiang","person","CHN.GOV"),("Hainan","place","CHN"),("España","country","ESP"),("República Popular China","country","CHN")),
 [E("es01-meeting",True,"CONSULT","ESP.GOV","CHN.GOV",["2023-03-31","2023-03-31"],"Pedro Sánchez, se reunió este viernes en Pekín con el presidente chino, Xi Jinping",
    "CONSULT [visit], visitor as actor; reverse order accepted (es01-meeting-sym). 'este viernes' = 2023-03-31."),
  S("es01-meeting-sym",False,"CONSULT",["CHN.GOV","ESP.GOV"],["2023-03-31","2023-03-31"]),
  E("es01-urge",True,"REQUEST","ESP.GOV","CHN.GOV",["2023-03-31","2023-03-31"],"a quien animó a hablar con el presidente ucraniano, Volodímir Zelenski"),
  E("es01-territorial",False,["REQUEST","SUPPORT"],"ESP.GOV","*",["2023-03-31","2023-03-31"],
    "debe ser Ucrania, como Estado libre y soberano, quien decida sobre las cuestiones que le afectan","Statement of position; optional (REQUEST, or SUPPORT for Ukraine)."),
  S("es01-li-qiang",False,"CONSULT",["ESP.GOV","CHN.GOV"],["2023-03-31","2023-03-31"],"se entrevistó también con el primer ministro, Li Qiang",
    "Same pair and day as es01-meeting: a second CONSULT is acceptable."),
  E("es01-boao",False,"CONSULT","ESP.GOV","*",["2023-03-30","2023-03-30"],"El jueves, Sánchez había intervenido en el Foro de Boao",
    "Multilateral forum, 'el jueves' = 2023-03-30."),
  S("es01-relations-1973",False,["SUPPORT","AGREE"],["ESP","CHN"],["1973-01-01","1973-12-31"],
    "establecimiento de relaciones diplomáticas entre España y la República Popular China, en 1973","History (9 March 1973); only dated 1973."),
 ],
 [F("the 1973 establishment of relations dated 2023 (AGREE)","AGREE","ESP",date_after="2000-01-01")],
 [],
 "No forbidden SUPPORT rule for the 1973 relations: es01-territorial may be read as SUPPORT by Spain on 31 March. The Boao forum intervention is the first leg of the trip (30 March)."))

t = ("China y Nicaragua restablecieron este viernes sus relaciones diplomáticas con la firma de un comunicado conjunto en la ciudad china de Tianjin, "
"un día después de que Managua anunciara la ruptura de sus lazos con Taiwán. El documento fue firmado por el viceministro chino de Exteriores, Ma Zhaoxu, "
"y por Laureano Ortega Murillo, asesor presidencial e hijo del mandatario Daniel Ortega.\n"
"El canciller nicaragüense, Denis Moncada, leyó el jueves un comunicado en el que el Gobierno reconoce que \"en el mundo existe una sola China\" y que Taiwán es "
"\"parte inalienable del territorio chino\".\n"
"El Ministerio de Asuntos Exteriores de Taiwán expresó su \"dolor y pesar\" por la decisión y anunció la retirada de su personal diplomático y de cooperación del país centroamericano. "
"Washington también criticó el paso dado por Managua.\n"
"Nicaragua ya había mantenido relaciones con Pekín entre 1985 y 1990, cuando el Gobierno de Violeta Chamorro volvió a reconocer a Taipéi.")
DOCS.append(D("heldout-es-02-nicaragua-china", "es", "2021-12-10", None, t,
 ents(("China","country","CHN"),("Nicaragua","country","NIC"),("Tianjin","place","CHN"),("Managua","place","NIC"),("Taiwán","country","TWN"),("Ma Zhaoxu","person","CHN.GOV"),
      ("Laureano Ortega Murillo","person","NIC.GOV"),("Daniel Ortega","person","NIC.GOV"),("Denis Moncada","person","NIC.GOV"),
      ("Ministerio de Asuntos Exteriores de Taiwán","organization","TWN.GOV"),("Washington","place","USA"),("Pekín","place","CHN"),("Violeta Chamorro","person","NIC.GOV"),("Taipéi","place","TWN")),
 [S("es02-restore",True,["SUPPORT","AGREE"],["CHN","NIC"],["2021-12-10","2021-12-10"],
    "China y Nicaragua restablecieron este viernes sus relaciones diplomáticas con la firma de un comunicado conjunto",
    "Signing the communiqué re-establishing relations: SUPPORT (recognition/signing) or AGREE. 'este viernes' = 2021-12-10."),
  S("es02-signing-meeting",False,"CONSULT",["CHN.GOV","NIC.GOV"],["2021-12-10","2021-12-10"],"El documento fue firmado por el viceministro chino de Exteriores, Ma Zhaoxu"),
  E("es02-break-taiwan",True,["SANCTION","REJECT"],"NIC","TWN",["2021-12-09","2021-12-10"],"Managua anunciara la ruptura de sus lazos con Taiwán",
    "SANCTION [discontinue relations]; 'el jueves' = 2021-12-09 in Managua (already 10 December in Beijing, hence the two-day window)."),
  E("es02-recognition",False,"SUPPORT","NIC.GOV","CHN",["2021-12-09","2021-12-10"],"el Gobierno reconoce que \"en el mundo existe una sola China\"",
    "Diplomatic recognition (SUPPORT) read on Thursday; optional because es02-restore carries the recognition on Friday."),
  E("es02-taiwan-regret",True,"ACCUSE","TWN.GOV","NIC",["2021-12-09","2021-12-10"],"expresó su \"dolor y pesar\" por la decisión"),
  E("es02-taiwan-withdraws",False,["SANCTION","RETREAT"],"TWN.GOV","NIC",["2021-12-09","2021-12-10"],
    "anunció la retirada de su personal diplomático y de cooperación del país centroamericano",
    "Announced withdrawal of diplomats and aid staff (SANCTION [withdraw] / RETREAT)."),
  E("es02-us-criticism",False,"ACCUSE","USA","NIC",["2021-12-09","2021-12-10"],"Washington también criticó el paso dado por Managua"),
  S("es02-ties-1985",False,["SUPPORT","AGREE"],["NIC","CHN"],["1985-01-01","1985-12-31"],"Nicaragua ya había mantenido relaciones con Pekín entre 1985 y 1990",
    "History: relations established in 1985."),
  E("es02-chamorro-1990",False,"SUPPORT","NIC.GOV","TWN",["1990-01-01","1990-12-31"],"el Gobierno de Violeta Chamorro volvió a reconocer a Taipéi",
    "History: recognition of Taipei in 1990 (SUPPORT toward TWN); the implied break with Beijing as SANCTION toward CHN is also acceptable (es02-break-1990)."),
  E("es02-break-1990",False,"SANCTION","NIC.GOV","CHN",["1990-01-01","1990-12-31"]),
 ],
 [],
 [("Denis Moncada","en el mundo existe una sola China"),("Ministerio de Asuntos Exteriores de Taiwán","dolor y pesar")],
 "No dateline. No forbidden rule for the 1985/1990 history: SUPPORT and SANCTION by Nicaragua on 9-10 December are the present events, and the scorer matches forbidden entries on type, source and date only."))
