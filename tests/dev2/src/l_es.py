from lib import *
DOCS = []

t1 = ("Estados Unidos advirtió a Rusia que no se quedará de brazos cruzados mientras Moscú agrava las tensiones en Venezuela, después de que dos aviones de la Fuerza Aeroespacial rusa aterrizaran el sábado en el aeropuerto de Maiquetía con cerca de un centenar de militares y varias toneladas de carga. "
      "El secretario de Estado, Mike Pompeo, transmitió la advertencia el lunes en una conversación telefónica con el canciller ruso, Serguéi Lavrov, según el Departamento de Estado, que acusó a Moscú de prolongar el sufrimiento de los venezolanos al sostener con sus militares al régimen ilegítimo de Nicolás Maduro. "
      "Lavrov respondió, según la cancillería rusa, que Washington intenta organizar un golpe de Estado en Caracas y que sus amenazas constituyen una injerencia en los asuntos internos de un Estado soberano. "
      "El contingente está encabezado por el general Vasili Tonkoshkúrov, jefe del Estado Mayor de las Fuerzas Terrestres, según la prensa venezolana. "
      "En diciembre, Rusia ya había enviado a Venezuela dos bombarderos estratégicos Tu-160 para unas maniobras conjuntas.")
DOCS.append(D("dev2-es-01-russian-troops-caracas", "es", "2019-03-26", None, t1,
 [N("Estados Unidos","country","USA"), N("Rusia","country","RUS"), N("Moscú","place","RUS"), N("Venezuela","country","VEN"), N("Maiquetía","place","VEN"),
  N("Mike Pompeo","person","USA.GOV"), N("Serguéi Lavrov","person","RUS.GOV"), N("Departamento de Estado","organization","USA.GOV"),
  N("Nicolás Maduro","person","VEN.GOV"), N("Washington","place","USA"), N("Caracas","place","VEN"), N("Vasili Tonkoshkúrov","person","RUS.MIL")],
 [E("es01-deployment", True, ["MOBILIZE","COOPERATE","AID"], "RUS.MIL", "VEN", "2019-03-23", date="2019-03-23",
    ev="dos aviones de la Fuerza Aeroespacial rusa aterrizaran el sábado en el aeropuerto de Maiquetía con cerca de un centenar de militares",
    notes="Subordinate clause ('después de que ... aterrizaran el sábado'): Saturday 2019-03-23, published Tuesday 2019-03-26. Deployment of troops to an ally: MOBILIZE, or military cooperation/aid."),
  E("es01-us-warning", True, "THREATEN", "USA.GOV", "RUS", "2019-03-25", ev="Estados Unidos advirtió a Rusia que no se quedará de brazos cruzados",
    notes="The warning was conveyed Monday 2019-03-25 in the Pompeo-Lavrov call."),
  E("es01-call", False, "CONSULT", actors=["USA.GOV","RUS.GOV"], win="2019-03-25", ev="el lunes en una conversación telefónica con el canciller ruso, Serguéi Lavrov"),
  E("es01-us-accuses", False, "ACCUSE", "USA.GOV", "RUS", "2019-03-25", ev="acusó a Moscú de prolongar el sufrimiento de los venezolanos"),
  E("es01-lavrov", True, "ACCUSE", "RUS.GOV", "USA", "2019-03-25", ev="Lavrov respondió, según la cancillería rusa, que Washington intenta organizar un golpe de Estado en Caracas"),
  E("es01-bombers", False, ["MOBILIZE","COOPERATE"], "RUS", "VEN", ["2018-12-01","2018-12-31"], ev="En diciembre, Rusia ya había enviado a Venezuela dos bombarderos estratégicos Tu-160 para unas maniobras conjuntas",
    notes="History: December 2018 (the bombers arrived on 10 Dec 2018).")],
 [F("Saturday's landing dated Monday", "MOBILIZE", "RUS", date="2019-03-25"),
  F("Saturday's landing dated on publication", "MOBILIZE", "RUS", date="2019-03-26"),
  F("the alleged US coup attempt coded as a coup (COERCE)", "COERCE", "USA")],
 notes="No dateline: published Tuesday 2019-03-26. 'de brazos cruzados' is the Spanish rendering of the State Department's 'stand idly by'. Washington and Caracas are metonyms/places; Maduro's government is VEN.GOV."))

t2 = ("MADRID, 13 de septiembre de 2018 — El Gobierno entregará a Arabia Saudí las 400 bombas de guiado láser que el reino compró en 2015, rectificando así el anuncio del Ministerio de Defensa, que a principios de mes había dicho que anularía la venta y devolvería los 9,2 millones de euros abonados por Riad. "
      "El ministro de Asuntos Exteriores, Josep Borrell, confirmó este jueves la decisión y explicó que España honrará un contrato firmado por el anterior Gobierno en el que no se ha detectado ninguna irregularidad. "
      "Borrell defendió además que se trata de armamento de precisión que no produce efectos colaterales. "
      "Los trabajadores de Navantia habían denunciado que Riad amenazaba con cancelar el encargo de cinco corbetas, valorado en unos 1.800 millones de euros y firmado en julio, del que dependen unos 6.000 empleos en la bahía de Cádiz. "
      "Amnistía Internacional criticó la marcha atrás y recordó los bombardeos de la coalición que lidera Arabia Saudí en Yemen, como el ataque contra un autobús escolar en Saada que mató a decenas de niños en agosto.")
DOCS.append(D("dev2-es-02-saudi-bombs", "es", "2018-09-13", "2018-09-13", t2,
 [N("MADRID","place","ESP"), N("Arabia Saudí","country","SAU"), N("Ministerio de Defensa","organization","ESP.GOV"), N("Riad","place","SAU"),
  N("Josep Borrell","person","ESP.GOV"), N("España","country","ESP"), N("Navantia","organization","ESP.BUS"), N("Cádiz","place","ESP"),
  N("Amnistía Internacional","organization","NGO"), N("Yemen","country","YEM"), N("Saada","place","YEM")],
 [E("es02-reversal", True, ["AGREE","COOPERATE","CONCEDE"], "ESP.GOV", "SAU", ["2018-09-12","2018-09-13"], date="2018-09-13",
    ev="El Gobierno entregará a Arabia Saudí las 400 bombas de guiado láser que el reino compró en 2015, rectificando así el anuncio del Ministerio de Defensa",
    notes="The decision to deliver is today's event (AGREE, promise of material cooperation; CONCEDE for the climb-down); the delivery itself is future. Riyadh was told on Wednesday 12 Sept, per Spanish press."),
  E("es02-borrell", False, ["AGREE","SUPPORT"], "ESP.GOV", "SAU", "2018-09-13", ev="Josep Borrell, confirmó este jueves la decisión y explicó que España honrará un contrato firmado por el anterior Gobierno"),
  E("es02-cancellation", False, ["SANCTION","COERCE","REJECT"], "ESP.GOV", "SAU", ["2018-09-01","2018-09-07"], ev="el anuncio del Ministerio de Defensa, que a principios de mes había dicho que anularía la venta y devolvería los 9,2 millones de euros",
    notes="The earlier announcement (4 Sept 2018, 'a principios de mes'), now reversed; a stated intention at the time, so SANCTION/REJECT on its own date only."),
  E("es02-sale-2015", False, ["COOPERATE","AGREE"], actors=["SAU","ESP"], win=["2015-01-01","2015-12-31"], ev="que el reino compró en 2015"),
  E("es02-corvettes", False, ["SUPPORT","AGREE","COOPERATE"], actors=["SAU","ESP"], win=["2018-07-01","2018-07-31"], ev="el encargo de cinco corbetas, valorado en unos 1.800 millones de euros y firmado en julio"),
  E("es02-saudi-threat", False, "THREATEN", "SAU", "ESP", ["2018-09-04","2018-09-12"], ev="Riad amenazaba con cancelar el encargo de cinco corbetas",
    notes="Reported (by the shipyard workers) threat to cancel the corvette order; undated."),
  E("es02-workers", False, "ACCUSE", "ESP", "SAU", ["2018-09-04","2018-09-12"], ev="Los trabajadores de Navantia habían denunciado", notes="Shipyard workers (ESP.LAB) publicising the threat."),
  E("es02-amnesty", True, "ACCUSE", "NGO", "ESP.GOV", ["2018-09-12","2018-09-13"], ev="Amnistía Internacional criticó la marcha atrás"),
  E("es02-amnesty-coalition", False, "ACCUSE", "NGO", "SAU", ["2018-09-12","2018-09-13"], ev="recordó los bombardeos de la coalición que lidera Arabia Saudí en Yemen"),
  E("es02-saada", False, "ASSAULT", "SAU", "YEM", ["2018-08-01","2018-08-31"], ev="el ataque contra un autobús escolar en Saada que mató a decenas de niños en agosto",
    notes="History: the coalition air strike of 9 August 2018 (relative clause; coalition coded SAU).")],
 [F("the reversed cancellation dated today", "SANCTION", "ESP", date="2018-09-13"),
  F("the August Saada strike dated September", "ASSAULT", "SAU", after="2018-09-01"),
  F("the future delivery coded as aid delivered", "AID", "ESP", unless="future"),
  F("the threatened cancellation of the corvette order coded as done", "SANCTION", "SAU", unless="hypothetical")],
 notes="Dateline Thursday 2018-09-13. Borrell's defence of the bombs' precision is an argument, not an event. The Saudi threat is reported second-hand (pluperfect), hence optional."))
