from h import *
DOCS = []
t1 = ("کابل، د ۱۴۰۴ لمریز کال د وږي ۲۸مه — طالبانو د بریتانیا دوه زاړه اتباع، پیټر رینولډز او د هغه مېرمن باربي، چې نږدې اته میاشتې یې په بند کې تېرې کړې وې، "
"نن خوشې کړل. دوی د قطر په منځګړیتوب له کابل څخه دوحې ته ولېږدول شول.\n\n"
"دا جوړه، چې ۸۰ او ۷۶ کلن دي، د روان کال د فبرورۍ په لومړۍ نېټه د بامیان ولایت کې هغه وخت ونیول شول چې خپل کور ته ستنېدل. "
"دوی نږدې دوه لسیزې په افغانستان کې د ښوونې او روزنې پروګرامونه چلول او د طالبانو له بیا واکمنېدو وروسته یې هم هېواد پرې نه ښود.\n\n"
"د ملګرو ملتونو خپلواکو کارپوهانو د جولای په میاشت کې د دوی د روغتیا په اړه اندېښنه څرګنده کړې وه او د هغوی د سمدستي خوشې کېدو غوښتنه یې کړې وه. "
"د بریتانیا حکومت د دوی خوشې کېدل ښه خبر وباله او له قطر یې د مرستې لپاره مننه وکړه.")
DOCS.append(doc("heldoutE-ps-01-reynolds-release", "ps", "2025-09-19", "2025-09-19", t1,
 [E("طالبانو","organization","AFG.GOV"), E("بریتانیا","country","GBR"), E("پیټر رینولډز","person","GBR.CVL"), E("باربي","person","GBR.CVL"),
  E("قطر","country","QAT"), E("کابل","place","AFG"), E("دوحې","place","QAT"), E("بامیان","place","AFG"), E("افغانستان","country","AFG"),
  E("د ملګرو ملتونو","organization","UNO"), E("د بریتانیا حکومت","organization","GBR.GOV")],
 [ev("ps01-release", True, "RETREAT", "AFG.GOV", "GBR", ("2025-09-19","2025-09-19"),
     "طالبانو د بریتانیا دوه زاړه اتباع، پیټر رینولډز او د هغه مېرمن باربي، ... نن خوشې کړل", "RETREAT [release]; target the British nationals (GBR.CVL) or GBR."),
  ev("ps01-qatar", False, ["CONSULT","COOPERATE","AID"], "QAT", "*", ("2025-09-19","2025-09-19"),
     "د قطر په منځګړیتوب", "Mediation named in a nominalisation; optional (CONSULT [third-party] or COOPERATE)."),
  ev("ps01-arrest", False, "COERCE", "AFG.GOV", "GBR", ("2025-02-01","2025-02-01"),
     "د روان کال د فبرورۍ په لومړۍ نېټه د بامیان ولایت کې هغه وخت ونیول شول", "History, agentless passive (the Taliban implied): COERCE [arrest], 2025-02-01."),
  ev("ps01-un-experts", False, "REQUEST", "UNO", "AFG.GOV", ("2025-07-01","2025-07-31"),
     "د ملګرو ملتونو خپلواکو کارپوهانو د جولای په میاشت کې ... د هغوی د سمدستي خوشې کېدو غوښتنه یې کړې وه", "History: July 2025."),
  ev("ps01-uk-thanks", True, "SUPPORT", "GBR.GOV", "QAT", ("2025-09-19","2025-09-19"),
     "له قطر یې د مرستې لپاره مننه وکړه", "Thanks/praise: SUPPORT; subject carried over from the previous clause."),
  ev("ps01-uk-welcome", False, "SUPPORT", "GBR.GOV", "AFG", ("2025-09-19","2025-09-19"),
     "د بریتانیا حکومت د دوی خوشې کېدل ښه خبر وباله", "Welcoming the release; optional SUPPORT with the Taliban as recipient."),
 ],
 [F("the February arrest dated September", "COERCE", "AFG", date_after="2025-09-01"),
  F("the July UN appeal dated September", "REQUEST", "UNO", date_after="2025-09-01")],
 [], "Solar Hijri dateline: 28 Wazi (Sunbula/Shahrivar) 1404 = 2025-09-19. 'د هغه مېرمن' refers back to Reynolds; 'دوی/هغوی' to the couple."))

t2 = ("د هرات ولایت په زنده جان ولسوالۍ کې د شنبې ورځې د ۶.۳ درجې زلزلو له امله د مړو شمېر له دوو زرو تېر شوی دی او په لسګونو کلي په بشپړ ډول ویجاړ شوي دي. "
"د طالبانو حکومت له نړیوالو مرستندویه بنسټونو غوښتي دي چې له زلزله ځپلو سره بیړنۍ مرسته وکړي.\n\n"
"د افغانستان د سره میاشتې ټولنې له غوښتنې وروسته، د ایران د سره میاشتې جمعیت پرون د ژغورنې ټیمونه، د پلټنې سپي او د خېمو، کمپلو او خوړو کاروانونه هرات ته ولېږل. "
"د چین د سره صلیب ټولنې هم پرون اعلان وکړ چې افغان سره میاشتې ته به دوه لکه ډالر نغدې بیړنۍ مرسته ورکړي.\n\n"
"د چین د بهرنیو چارو وزارت ویاند ویلي چې بېجینګ به د اړتیاوو په اساس له افغانستان سره مرسته وکړي. په کابل کې د پاکستان سفیر هم وویل چې "
"هېواد یې د ژغورنې ټیمونو، درملو، خوړو او سرپناه د توکو لېږل په لومړیتوب کې نیسي.")
DOCS.append(doc("heldoutE-ps-02-herat-quake-aid", "ps", "2023-10-09", None, t2,
 [E("هرات","place","AFG"), E("زنده جان","place","AFG"), E("طالبانو حکومت","organization","AFG.GOV"),
  E("د افغانستان د سره میاشتې ټولنې","organization","AFG"), E("د ایران د سره میاشتې جمعیت","organization","IRN"),
  E("د چین د سره صلیب ټولنې","organization","CHN"), E("د چین د بهرنیو چارو وزارت","organization","CHN.GOV"), E("بېجینګ","place","CHN"),
  E("افغانستان","country","AFG"), E("کابل","place","AFG"), E("پاکستان","country","PAK")],
 [ev("ps02-appeal", True, "REQUEST", "AFG.GOV", "*", ("2023-10-07","2023-10-09"),
     "د طالبانو حکومت له نړیوالو مرستندویه بنسټونو غوښتي دي چې له زلزله ځپلو سره بیړنۍ مرسته وکړي", "REQUEST [assist] to international aid organisations (NGO/UNO/any)."),
  ev("ps02-arcs-request", False, "REQUEST", "AFG", "IRN", ("2023-10-07","2023-10-08"),
     "د افغانستان د سره میاشتې ټولنې له غوښتنې وروسته", "Nominalised request of the Afghan Red Crescent to its Iranian counterpart; optional."),
  ev("ps02-iran-aid", True, "AID", "IRN", "AFG", ("2023-10-08","2023-10-08"),
     "د ایران د سره میاشتې جمعیت پرون د ژغورنې ټیمونه، د پلټنې سپي او د خېمو، کمپلو او خوړو کاروانونه هرات ته ولېږل",
     "Iranian Red Crescent (IRN; NGO-like national society): AID. 'پرون' against Monday 9 October = Sunday 8 October."),
  ev("ps02-china-rc-pledge", True, "AGREE", "CHN", "AFG", ("2023-10-08","2023-10-08"),
     "د چین د سره صلیب ټولنې هم پرون اعلان وکړ چې افغان سره میاشتې ته به دوه لکه ډالر نغدې بیړنۍ مرسته ورکړي",
     "Announced future cash aid ('به ... ورکړي'): AGREE (promise of aid)."),
  ev("ps02-china-mfa", False, "AGREE", "CHN.GOV", "AFG", ("2023-10-08","2023-10-09"),
     "بېجینګ به د اړتیاوو په اساس له افغانستان سره مرسته وکړي", "Offer of help in the future: AGREE; optional."),
  ev("ps02-pakistan", False, "AGREE", "PAK", "AFG", ("2023-10-07","2023-10-09"),
     "هېواد یې د ژغورنې ټیمونو، درملو، خوړو او سرپناه د توکو لېږل په لومړیتوب کې نیسي", "Pakistan's envoy on planned dispatch; 'یې' refers back to Pakistan. AGREE; optional."),
 ],
 [F("China's pledged aid coded as delivered", "AID", "CHN", unless="future"),
  F("Pakistan's planned dispatch coded as delivered aid", "AID", "PAK", unless="future"),
  F("Sunday's Iranian aid dated on the publication day (Monday)", "AID", "IRN", date="2023-10-09")],
 [], "No dateline; published Monday 2023-10-09; the quake was Saturday 2023-10-07, the Iranian dispatch and the Chinese Red Cross pledge 'پرون' (Sunday 8 October). The earthquake itself has no actor and is not an event."))
