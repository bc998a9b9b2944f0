from common import *

T1 = ("کابل، د ۱۴۰۴ لمریز کال د چنګاښ ۲۶مه: د افغانستان، ازبکستان او پاکستان د بهرنیو چارو وزیرانو نن په کابل کې د ازبکستان-افغانستان-پاکستان "
"د اورګاډي د پټلۍ د پروژې د امکان سنجۍ د مطالعې لپاره چوکاټیز تړون لاسلیک کړ. دا تړون د طالبانو د حکومت د بهرنیو چارو وزیر امیرخان متقي، "
"د پاکستان د بهرنیو چارو وزیر اسحاق ډار او د ازبکستان د بهرنیو چارو وزیر بختیار سعیدوف لاسلیک کړ. متقي وویل چې دا پټلۍ به منځنۍ اسیا "
"د افغانستان له لارې د پاکستان له بندرونو سره ونښلوي او د سیمې سوداګرۍ ته به وده ورکړي. اسحاق ډار او بختیار سعیدوف په کابل کې "
"له متقي سره جلا جلا ولیدل او د سوداګرۍ، ترانزیت او امنیت پر مسایلو یې خبرې وکړې. د درې واړو هېوادونو استازو د دې پروژې لومړنۍ نقشه "
"د ۲۰۲۱ کال په فبرورۍ کې په تاشکند کې لاسلیک کړې وه.")

D1 = doc("heldout-ps-01-trans-afghan-railway", "ps", "2025-07-17", "2025-07-17", T1,
 [E("کابل","place","AFG"), E("افغانستان","country","AFG"), E("ازبکستان","country","UZB"), E("پاکستان","country","PAK"),
  E("امیرخان متقي","person","AFG.GOV"), E("اسحاق ډار","person","PAK.GOV"), E("بختیار سعیدوف","person","UZB.GOV"),
  E("طالبانو","organization","AFG.GOV"), E("تاشکند","place","UZB")],
 [sym("ps01-sign-afg-uzb", True, ["SUPPORT","AGREE","COOPERATE"], "AFG", "UZB", ["2025-07-17","2025-07-17"],
     "د بهرنیو چارو وزیرانو نن په کابل کې ... چوکاټیز تړون لاسلیک کړ",
     "26 Saratan (Chingash) 1404 = 2025-07-17. A trilateral signing: each pair of signatories is an acceptable dyad."),
  sym("ps01-sign-afg-pak", True, ["SUPPORT","AGREE","COOPERATE"], "AFG", "PAK", ["2025-07-17","2025-07-17"],
     "د بهرنیو چارو وزیرانو نن په کابل کې ... چوکاټیز تړون لاسلیک کړ"),
  sym("ps01-sign-pak-uzb", False, ["SUPPORT","AGREE","COOPERATE"], "PAK", "UZB", ["2025-07-17","2025-07-17"],
     "د بهرنیو چارو وزیرانو نن په کابل کې ... چوکاټیز تړون لاسلیک کړ"),
  ev("ps01-dar-visit", True, "CONSULT", "PAK.GOV", "AFG", ["2025-07-17","2025-07-17"],
     "اسحاق ډار ... له متقي سره ... ولیدل", "The visitors to Kabul are the actors."),
  ev("ps01-saidov-visit", True, "CONSULT", "UZB.GOV", "AFG", ["2025-07-17","2025-07-17"],
     "بختیار سعیدوف ... له متقي سره ... ولیدل"),
  ev("ps01-muttaqi-praise", False, "SUPPORT", "AFG.GOV", "*", ["2025-07-17","2025-07-17"],
     "متقي وویل چې دا پټلۍ به منځنۍ اسیا ... ونښلوي",
     "Praise of the project; the railway itself is future."),
  sym("ps01-roadmap-2021", False, ["SUPPORT","AGREE","COOPERATE"], "PAK", "UZB", ["2021-02-01","2021-02-28"],
     "د ۲۰۲۱ کال په فبرورۍ کې په تاشکند کې لاسلیک کړې وه",
     "History (2 February 2021, the Afghan side then the Islamic Republic): acceptable only if dated February 2021; any pair of the three countries, e.g. AFG-UZB, is equally acceptable."),
  sym("ps01-roadmap-2021-afg", False, ["SUPPORT","AGREE","COOPERATE"], "AFG", "*", ["2021-02-01","2021-02-28"],
     "د ۲۰۲۱ کال په فبرورۍ کې په تاشکند کې لاسلیک کړې وه"),
 ],
 [],
 [],
 "The 2021 roadmap shares type and actors with today's signing, so it is optional with its February 2021 window rather than forbidden. The meetings of Dar and Saidov with Muttaqi are coded as their visits (ps01-dar-visit, ps01-saidov-visit).")

T2 = ("د یکشنبې په شپه د افغانستان په ختیځ کې د شپږ درجو زلزلې وروسته، هند دوشنبې ورځ کابل ته د زرو کورنیو لپاره خیمې ولېږدولې او ویې ویل "
"چې پنځلس ټنه خوراکي توکي کونړ ته لېږدول کېږي. د هند د بهرنیو چارو وزیر سبرامنیم جیشنکر وویل چې نوره مرسته به هم ولېږل شي. "
"د طالبانو د حکومت ویاند ذبیح الله مجاهد دوشنبې ورځ وویل چې په زلزله کې له ۸۰۰ ډېر کسان وژل شوي او زرګونه نور ټپیان شوي دي. "
"بریتانیا د یو میلیون پونډو بیړنۍ مرستې اعلان وکړ، او چین وویل چې د اړتیا سره سم به افغانستان ته بیړنۍ مرسته ورکړي. "
"د طالبانو چارواکو له نړیوالې ټولنې او مرستندویه موسسو وغوښتل چې له زلزله ځپلو سره بیړنۍ مرسته وکړي. "
"د زلزلې مرکز د ننګرهار ولایت د جلال اباد ښار ته نږدې و، خو تر ټولو زیات زیان کونړ ولایت ته رسېدلی دی.")

D2 = doc("heldout-ps-02-kunar-earthquake-aid", "ps", "2025-09-02", None, T2,
 [E("افغانستان","country","AFG"), E("هند","country","IND"), E("کابل","place","AFG"), E("کونړ","place","AFG"),
  E("سبرامنیم جیشنکر","person","IND.GOV"), E("طالبانو","organization","AFG.GOV"), E("ذبیح الله مجاهد","person","AFG.GOV"),
  E("بریتانیا","country","GBR"), E("چین","country","CHN"), E("ننګرهار","place","AFG"), E("جلال اباد","place","AFG")],
 [ev("ps02-india-aid", True, "AID", "IND", "AFG", ["2025-09-01","2025-09-01"],
     "هند دوشنبې ورځ کابل ته د زرو کورنیو لپاره خیمې ولېږدولې", "Monday = 2025-09-01 (published Tuesday 2025-09-02)."),
  ev("ps02-uk-aid", True, ["AID","AGREE"], "GBR", "AFG", ["2025-09-01","2025-09-02"],
     "بریتانیا د یو میلیون پونډو بیړنۍ مرستې اعلان وکړ",
     "An announced allocation: AID, or AGREE (pledge). Date not given in the text (1 September in fact)."),
  ev("ps02-taliban-appeal", True, "REQUEST", "AFG.GOV", "*", ["2025-09-01","2025-09-02"],
     "د طالبانو چارواکو له نړیوالې ټولنې او مرستندویه موسسو وغوښتل چې ... مرسته وکړي"),
  ev("ps02-china-pledge", False, ["AGREE","AID"], "CHN", "AFG", ["2025-09-01","2025-09-02"],
     "چین وویل چې د اړتیا سره سم به افغانستان ته بیړنۍ مرسته ورکړي",
     "A promise of aid (AGREE); AID at the pledge date also accepted."),
  ev("ps02-jaishankar-pledge", False, "AGREE", "IND.GOV", "AFG", ["2025-09-01","2025-09-01"],
     "جیشنکر وویل چې نوره مرسته به هم ولېږل شي", "A promise of more aid; as future AID it is not scored."),
 ],
 [F("the earthquake coded as an attack", "ASSAULT")],
 [],
 "The earthquake (Sunday night 2025-08-31) is a natural disaster, not a PLOVER event. The food being moved to Kunar is part of India's aid (ps02-india-aid). Mujahid's toll is a report, not an event.")

DOCS = [D1, D2]
