from common import *

T1 = ("PEKÍN, 26 de marzo de 2023 — China y Honduras establecieron este domingo relaciones diplomáticas, después de que el Gobierno hondureño "
"rompiera sus lazos con Taiwán, su aliado durante más de ocho décadas. El canciller chino, Qin Gang, y su homólogo hondureño, Eduardo Enrique Reina, "
"firmaron en Pekín un comunicado conjunto en el que Honduras reconoce que solo existe una China en el mundo y que Taiwán es parte inalienable del "
"territorio chino. La cancillería hondureña había anunciado el sábado por la noche que dejaba de reconocer a Taiwán. "
"En Taipéi, el ministro de Exteriores taiwanés, Joseph Wu, dijo que la isla ponía fin a los vínculos con Tegucigalpa para salvaguardar su soberanía "
"y dignidad, y acusó al Gobierno hondureño de haber pedido 2.500 millones de dólares en ayuda a cambio de mantener la relación. "
"La presidenta Xiomara Castro había anunciado el 14 de marzo que buscaría establecer relaciones con Pekín. "
"Con este cambio, Taiwán conserva apenas 13 aliados diplomáticos en todo el mundo.")

D1 = doc("heldout-es-01-honduras-china", "es", "2023-03-26", "2023-03-26", T1,
 [E("China","country","CHN"), E("Honduras","country","HND"), E("Taiwán","country","TWN"), E("Qin Gang","person","CHN.GOV"),
  E("Eduardo Enrique Reina","person","HND.GOV"), E("Pekín","place","CHN"), E("Taipéi","place","TWN"),
  E("Joseph Wu","person","TWN.GOV"), E("Tegucigalpa","place","HND"), E("Xiomara Castro","person","HND.GOV")],
 [sym("es01-relations", True, ["SUPPORT","AGREE"], "CHN", "HND", ["2023-03-26","2023-03-26"],
     "China y Honduras establecieron este domingo relaciones diplomáticas; firmaron en Pekín un comunicado conjunto",
     "Establishing diplomatic relations: SUPPORT [recognition]; AGREE also accepted."),
  ev("es01-honduras-breaks", True, "SANCTION", "HND.GOV", "TWN", ["2023-03-25","2023-03-26"],
     "La cancillería hondureña había anunciado el sábado por la noche que dejaba de reconocer a Taiwán",
     "Saturday night in Tegucigalpa = Sunday in Asia; 25-26 March accepted. SANCTION [break relations]."),
  ev("es01-taiwan-ends", True, "SANCTION", "TWN.GOV", "HND", ["2023-03-25","2023-03-26"],
     "Joseph Wu, dijo que la isla ponía fin a los vínculos con Tegucigalpa"),
  ev("es01-wu-accuses", True, "ACCUSE", "TWN.GOV", "HND.GOV", ["2023-03-26","2023-03-26"],
     "acusó al Gobierno hondureño de haber pedido 2.500 millones de dólares en ayuda"),
  ev("es01-reina-visit", False, "CONSULT", "HND.GOV", "CHN", ["2023-03-26","2023-03-26"],
     "Qin Gang, y su homólogo hondureño, Eduardo Enrique Reina, firmaron en Pekín"),
  ev("es01-recognition", False, "SUPPORT", "HND", "CHN", ["2023-03-26","2023-03-26"],
     "Honduras reconoce que solo existe una China en el mundo"),
  ev("es01-castro-march", False, ["AGREE","SUPPORT"], "HND.GOV", "CHN", ["2023-03-14","2023-03-14"],
     "La presidenta Xiomara Castro había anunciado el 14 de marzo que buscaría establecer relaciones con Pekín",
     "An intention (AGREE) announced on 14 March; acceptable only if dated 2023-03-14."),
  ev("es01-aid-demand", False, "REQUEST", "HND.GOV", "TWN", ["2023-01-01","2023-03-26"],
     "haber pedido 2.500 millones de dólares en ayuda", "Alleged by Taiwan; undated."),
 ],
 [],
 [],
 "The 14 March announcement shares type and source with Sunday's recognition, so it is optional with its own date rather than forbidden.")

T2 = ("La Cámara Federal de Casación Penal de Argentina responsabilizó el jueves a Irán y al grupo libanés Hezbolá por el atentado contra la sede "
"de la Asociación Mutual Israelita Argentina (AMIA), que dejó 85 muertos en Buenos Aires en julio de 1994, y lo calificó de crimen de lesa humanidad. "
"Según el fallo, el ataque respondió a una decisión política y estratégica del Estado iraní y fue ejecutado por Hezbolá. "
"Los jueces atribuyeron también a Irán el atentado contra la embajada de Israel en Buenos Aires de marzo de 1992, en el que murieron 29 personas. "
"La justicia argentina reclama desde 2006 la captura de varios exfuncionarios iraníes acusados de planificar el ataque a la AMIA, "
"entre ellos Ahmad Vahidi, actual ministro del Interior de Irán. "
"Teherán, que siempre ha negado cualquier implicación, nunca los ha entregado. "
"Dirigentes de la comunidad judía argentina celebraron el fallo, aunque recordaron que, casi treinta años después, nadie ha sido condenado por el atentado.")

D2 = doc("heldout-es-02-amia-ruling", "es", "2024-04-12", None, T2,
 [E("Cámara Federal de Casación Penal","organization","ARG.JUD"), E("Argentina","country","ARG"), E("Irán","country","IRN"),
  E("Hezbolá","organization","LBN.REB"), E("Asociación Mutual Israelita Argentina","organization","ARG.SOC"),
  E("Buenos Aires","place","ARG"), E("Israel","country","ISR"), E("Ahmad Vahidi","person","IRN.GOV"), E("Teherán","place","IRN")],
 [ev("es02-ruling", True, "ACCUSE", "ARG.JUD", "IRN", ["2024-04-11","2024-04-11"],
     "La Cámara Federal de Casación Penal de Argentina responsabilizó el jueves a Irán y al grupo libanés Hezbolá",
     "A court finding of responsibility without a conviction: ACCUSE [allege]. Thursday = 2024-04-11."),
  ev("es02-ruling-hezbollah", False, "ACCUSE", "ARG.JUD", "*", ["2024-04-11","2024-04-11"],
     "responsabilizó ... al grupo libanés Hezbolá", "Target Hezbollah (LBN.REB, or IMG)."),
  ev("es02-amia-1994", False, "ASSAULT", "*", "ARG", ["1994-07-01","1994-07-31"],
     "el atentado contra la sede de la Asociación Mutual Israelita Argentina (AMIA), que dejó 85 muertos en Buenos Aires en julio de 1994",
     "History (18 July 1994): acceptable only if dated July 1994."),
  ev("es02-embassy-1992", False, "ASSAULT", "*", "ISR", ["1992-03-01","1992-03-31"],
     "el atentado contra la embajada de Israel en Buenos Aires de marzo de 1992", "History (17 March 1992)."),
  ev("es02-arrest-requests", False, ["REQUEST","ACCUSE"], "ARG", "IRN", ["2006-01-01","2024-04-11"],
     "La justicia argentina reclama desde 2006 la captura de varios exfuncionarios iraníes",
     "A standing demand since 2006; any date in that span accepted."),
  ev("es02-iran-denies", False, ["REJECT","ACCUSE"], "IRN", "ARG", ["1994-07-18","2024-04-11"],
     "Teherán, que siempre ha negado cualquier implicación, nunca los ha entregado",
     "A standing denial and refusal (REJECT); undated."),
  ev("es02-families", False, "SUPPORT", "ARG", "ARG.JUD", ["2024-04-11","2024-04-12"],
     "Dirigentes de la comunidad judía argentina celebraron el fallo",
     "Domestic praise (ARG.SOC/CVL for the court); a coder may also code nothing."),
 ],
 [F("the 1994 AMIA bombing dated 2024", "ASSAULT", date_after="2024-01-01")],
 [],
 "'nadie ha sido condenado' is a negation. Published Friday 2024-04-12.")

DOCS = [D1, D2]
