from h import *
DOCS = []
t1 = ("BAGDAD, 16 de enero de 2024 — Irak llamó a consultas a su embajador en Teherán y convocó al encargado de negocios iraní en Bagdad después de que "
"la Guardia Revolucionaria de Irán lanzara misiles balísticos contra Erbil, capital de la región autónoma del Kurdistán iraquí, en la noche del lunes. "
"El Gobierno iraquí anunció además que presentará una queja ante el Consejo de Seguridad de la ONU.\n\n"
"Los ataques causaron la muerte de al menos cuatro civiles, entre ellos el empresario kurdo Peshraw Dizayee y varios miembros de su familia. "
"La Guardia Revolucionaria aseguró haber destruido un «cuartel de espionaje» del Mossad israelí en la ciudad y, de forma simultánea, atacó posiciones "
"del grupo Estado Islámico en la provincia siria de Idlib.\n\n"
"El primer ministro del Kurdistán iraquí, Masrour Barzani, afirmó desde Davos que no hay razón ni excusa para estos ataques y que no deben quedar sin respuesta. Estados Unidos condenó los bombardeos, "
"que consideró imprudentes.\n\n"
"Teherán presentó la ofensiva como respuesta al atentado del 3 de enero en Kerman, reivindicado por el Estado Islámico, que dejó casi un centenar de muertos "
"durante un acto en memoria del general Qasem Soleimani.")
DOCS.append(doc("heldoutE-es-01-iran-strikes-erbil", "es", "2024-01-16", "2024-01-16", t1,
 [E("Irak","country","IRQ"), E("Teherán","place","IRN"), E("Bagdad","place","IRQ"), E("Guardia Revolucionaria de Irán","organization","IRN.MIL"),
  E("Erbil","place","IRQ"), E("Gobierno iraquí","organization","IRQ.GOV"), E("Consejo de Seguridad de la ONU","organization","UNO"),
  E("Peshraw Dizayee","person","IRQ.BUS"), E("Mossad","organization","ISR.SPY"), E("Estado Islámico","organization","IMG"), E("Idlib","place","SYR"),
  E("Masrour Barzani","person","IRQ.GOV"), E("Davos","place","CHE"), E("Estados Unidos","country","USA"), E("Kerman","place","IRN"), E("Qasem Soleimani","person","IRN.MIL")],
 [ev("es01-recall", True, "SANCTION", "IRQ", "IRN", ("2024-01-16","2024-01-16"),
     "Irak llamó a consultas a su embajador en Teherán", "SANCTION [withdraw] (recall of the ambassador)."),
  ev("es01-summon", True, ["ACCUSE","CONSULT"], "IRQ", "IRN", ("2024-01-16","2024-01-16"),
     "y convocó al encargado de negocios iraní en Bagdad", "Subject left out after 'y'."),
  ev("es01-strike", True, "ASSAULT", "IRN", "IRQ", ("2024-01-15","2024-01-16"),
     "la Guardia Revolucionaria de Irán lanzara misiles balísticos contra Erbil ... en la noche del lunes",
     "ASSAULT [aerial/heavy-weapons]; IRN.MIL. Monday night 15 January (local reports also say early 16 January)."),
  ev("es01-unsc", False, "ACCUSE", "IRQ.GOV", "IRN", ("2024-01-16","2024-01-16"),
     "El Gobierno iraquí anunció además que presentará una queja ante el Consejo de Seguridad de la ONU", "The announced complaint (future) read as a present accusation; optional."),
  ev("es01-irgc-claim", False, "ACCUSE", "IRN", "ISR", ("2024-01-15","2024-01-16"), "aseguró haber destruido un «cuartel de espionaje» del Mossad israelí", "Optional."),
  ev("es01-idlib", True, "ASSAULT", "IRN", "*", ("2024-01-15","2024-01-16"),
     "de forma simultánea, atacó posiciones del grupo Estado Islámico en la provincia siria de Idlib", "Subject (the IRGC) left out; target IMG, or SYR as location-country."),
  ev("es01-barzani", True, "ACCUSE", "IRQ", "IRN", ("2024-01-15","2024-01-16"),
     "Masrour Barzani, afirmó desde Davos que no hay razón ni excusa para estos ataques y que no deben quedar sin respuesta", "Kurdistan Regional Government (IRQ.GOV, regional); condemnation (ACCUSE). The demand for a response is not coded separately."),
  ev("es01-us", True, "ACCUSE", "USA", "IRN", ("2024-01-15","2024-01-16"), "Estados Unidos condenó los bombardeos, que consideró imprudentes"),
  ev("es01-kerman", False, "ASSAULT", "IMG", "IRN", ("2024-01-03","2024-01-03"),
     "atentado del 3 de enero en Kerman, reivindicado por el Estado Islámico", "History: 2024-01-03."),
 ],
 [F("the 3 January Kerman bombing dated mid-January", "ASSAULT", "IMG", date_after="2024-01-10"),
  F("the announced UN complaint coded as a request to the Council", "REQUEST", "IRQ", unless="future")],
 [Q("Guardia Revolucionaria de Irán", "cuartel de espionaje")], "Two core ACCUSE events IRQ→IRN may fall on 16 January (summons, Barzani); the summons also accepts CONSULT so that both can be matched without a duplicate key."))

t2 = ("El Ejército de Pakistán dio por concluida el miércoles la operación para liberar a los pasajeros del tren Jaffar Express, secuestrado el martes por "
"separatistas baluchis en el suroeste del país. Según el portavoz militar, el general Ahmed Sharif Chaudhry, las fuerzas de seguridad abatieron a los 33 "
"atacantes y liberaron por fases a los rehenes, aunque antes de la operación final los milicianos habían matado a 21 pasajeros; cuatro paramilitares también murieron.\n\n"
"El convoy, que cubría la ruta entre Quetta y Peshawar con unas 440 personas a bordo, fue detenido por una explosión en la vía en una zona montañosa del "
"distrito de Bolan, tras lo cual los milicianos del Ejército de Liberación de Baluchistán (BLA) tomaron a los viajeros como rehenes. El grupo exigía la "
"liberación de presos baluchis.\n\n"
"Chaudhry afirmó que los atacantes estuvieron en contacto con sus cabecillas en Afganistán durante el asalto.\n\n"
"El BLA, considerado organización terrorista por Estados Unidos desde 2019, reivindicó en noviembre un atentado suicida en la estación de tren de Quetta "
"que mató a más de 20 personas.")
DOCS.append(doc("heldoutE-es-02-jaffar-express", "es", "2025-03-13", None, t2,
 [E("Ejército de Pakistán","organization","PAK.MIL"), E("Jaffar Express","organization","PAK"), E("Ahmed Sharif Chaudhry","person","PAK.MIL"),
  E("Quetta","place","PAK"), E("Peshawar","place","PAK"), E("Bolan","place","PAK"), E("Ejército de Liberación de Baluchistán","organization","PAK.REB"),
  E("BLA","organization","PAK.REB"), E("Afganistán","country","AFG"), E("Estados Unidos","country","USA")],
 [ev("es02-hijack", True, ["ASSAULT","COERCE"], "PAK.REB", "PAK", ("2025-03-11","2025-03-11"),
     "tren Jaffar Express, secuestrado el martes por separatistas baluchis",
     "Participial passive with agent: ASSAULT [abduct] (hostage-taking) by the BLA (PAK.REB) on Tuesday 2025-03-11; target PAK civilians."),
  ev("es02-hostages", False, ["ASSAULT","COERCE"], "PAK.REB", "PAK", ("2025-03-11","2025-03-11"),
     "los milicianos del Ejército de Liberación de Baluchistán (BLA) tomaron a los viajeros como rehenes", "The same hostage-taking told again; optional (same key)."),
  ev("es02-operation", True, "ASSAULT", "PAK.MIL", "PAK.REB", ("2025-03-11","2025-03-12"),
     "las fuerzas de seguridad abatieron a los 33 atacantes", "Military operation ending Wednesday 12 March."),
  ev("es02-rescue", False, ["RETREAT","AID"], "PAK.MIL", "PAK", ("2025-03-11","2025-03-12"), "liberaron por fases a los rehenes", "Rescue; optional, no settled PLOVER reading."),
  ev("es02-killing", False, "ASSAULT", "PAK.REB", "PAK", ("2025-03-11","2025-03-12"), "los milicianos habían matado a 21 pasajeros", "Killing of hostages; same key as es02-hijack when dated 11 March; optional."),
  ev("es02-demand", True, "REQUEST", "PAK.REB", "PAK", ("2025-03-11","2025-03-12"), "El grupo exigía la liberación de presos baluchis"),
  ev("es02-afghan-link", True, "ACCUSE", "PAK.MIL", "AFG", ("2025-03-12","2025-03-13"),
     "Chaudhry afirmó que los atacantes estuvieron en contacto con sus cabecillas en Afganistán durante el asalto", "Implicit accusation that the attack was directed from Afghanistan."),
  ev("es02-us-designation", False, ["SANCTION","ACCUSE"], "USA", "PAK.REB", ("2019-01-01","2019-12-31"),
     "considerado organización terrorista por Estados Unidos desde 2019", "History: US designation in 2019 (2 July)."),
  ev("es02-quetta-bombing", False, "ASSAULT", "PAK.REB", "PAK", ("2024-11-01","2024-11-30"),
     "reivindicó en noviembre un atentado suicida en la estación de tren de Quetta", "History: November 2024 (9 November)."),
 ],
 [F("the 2019 US designation dated 2025", "SANCTION", "USA", date_after="2025-01-01"),
  F("Tuesday's hijacking dated on the publication day", "ASSAULT", "PAK.REB", date="2025-03-13")],
 [], "No dateline; published Thursday 2025-03-13. The November 2024 Quetta bombing dated March 2025 would be wrong but shares type and source with the core hijacking, so it cannot be a forbidden rule."))
