from lib import *
DOCS = []

t1 = ("دوحه، د ۱۳۹۸ کال د کب ۱۰مه: امریکا او طالبانو نن شنبه د قطر په پلازمینه کې یو تړون لاسلیک کړ چې له مخې یې امریکايي ځواکونه به په ۱۴ میاشتو کې له افغانستانه ووځي. "
      "تړون د امریکا ځانګړي استازي زلمي خلیلزاد او د طالبانو د سیاسي دفتر مشر ملا عبدالغني برادر لاسلیک کړ، او د امریکا د بهرنیو چارو وزیر مایک پومپیو هم په مراسمو کې حاضر و. "
      "د تړون له مخې به امریکا په لومړیو ۱۳۵ ورځو کې د خپلو سرتیرو شمېر ۸۶۰۰ ته راټیټ کړي، او طالبانو ژمنه کړې چې القاعده او نورې ډلې به افغان خاوره د امریکا او د هغې د متحدینو پر ضد ونه کاروي. "
      "د بین الافغاني خبرو د پیل لپاره د مارچ لسمه نېټه ټاکل شوې ده. "
      "په ورته وخت کې په کابل کې د امریکا د دفاع وزیر مارک اسپر او ولسمشر اشرف غني یوه ګډه اعلامیه خپره کړه. "
      "له تړون مخکې دواړو خواوو یوه اونۍ د تاوتریخوالي د کمولو موافقې ته درناوی کړی و.")
DOCS.append(D("dev2-ps-01-doha-agreement", "ps", "2020-02-29", "2020-02-29", t1,
 [N("دوحه","place","QAT"), N("امریکا","country","USA"), N("طالبانو","organization","AFG.REB"), N("قطر","country","QAT"), N("افغانستانه","country","AFG"),
  N("زلمي خلیلزاد","person","USA.GOV"), N("ملا عبدالغني برادر","person","AFG.REB"), N("مایک پومپیو","person","USA.GOV"),
  N("القاعده","organization","IMG"), N("کابل","place","AFG"), N("مارک اسپر","person","USA.GOV"), N("اشرف غني","person","AFG.GOV")],
 [E("ps01-sign", True, ["SUPPORT","AGREE","COOPERATE"], actors=["USA","AFG"], win="2020-02-29", date="2020-02-29",
    ev="امریکا او طالبانو نن شنبه د قطر په پلازمینه کې یو تړون لاسلیک کړ",
    notes="Coordinated subject. In February 2020 the Taliban are AFG.REB (not AFG.GOV): 'AFG' accepts either sector, but a system coding them AFG.GOV on this date is wrong in spirit."),
  E("ps01-us-pledge", False, "AGREE", "USA", "AFG.REB", "2020-02-29", ev="امریکايي ځواکونه به په ۱۴ میاشتو کې له افغانستانه ووځي",
    notes="Promise to withdraw (AGREE, future-tense cooperation); the withdrawal itself is future."),
  E("ps01-taliban-pledge", False, "AGREE", "AFG.REB", "USA", "2020-02-29", ev="طالبانو ژمنه کړې چې القاعده او نورې ډلې به افغان خاوره د امریکا او د هغې د متحدینو پر ضد ونه کاروي"),
  E("ps01-pompeo", False, "CONSULT", actors=["USA.GOV","AFG.REB"], win="2020-02-29", ev="مایک پومپیو هم په مراسمو کې حاضر و"),
  E("ps01-pompeo-qatar", False, "CONSULT", "USA.GOV", "QAT", "2020-02-29", ev="مایک پومپیو هم په مراسمو کې حاضر و", notes="Visit to Qatar (host)."),
  E("ps01-kabul-declaration", True, ["SUPPORT","AGREE","COOPERATE"], actors=["USA","AFG.GOV"], win="2020-02-29",
    ev="په کابل کې د امریکا د دفاع وزیر مارک اسپر او ولسمشر اشرف غني یوه ګډه اعلامیه خپره کړه",
    notes="Defence secretary: USA.GOV or USA.MIL, hence country only."),
  E("ps01-esper-visit", False, "CONSULT", actors=["USA","AFG.GOV"], win="2020-02-29", ev="په کابل کې د امریکا د دفاع وزیر مارک اسپر"),
  E("ps01-rvi", False, ["RETREAT","CONCEDE"], actors=["USA","AFG"], win=["2020-02-21","2020-02-29"], ev="له تړون مخکې دواړو خواوو یوه اونۍ د تاوتریخوالي د کمولو موافقې ته درناوی کړی و",
    notes="The week-long reduction in violence (from 22 Feb 2020), a truce observed by both sides.")],
 [F("the promised withdrawal coded as done (dated after the signing)", "RETREAT", "USA", after="2020-03-01", unless="future"),
  F("the planned intra-Afghan talks (10 March) coded as held", "CONSULT", "AFG", date="2020-03-10", unless="future")],
 notes="Solar Hijri dateline with the Afghan month name: 10 Kab (Hoot/Esfand) 1398 = Saturday 2020-02-29. Al-Qaeda's use of Afghan soil is negated future, not an event. Qatar is the venue."))

t2 = ("د افغانستان په اړه د ملګرو ملتونو په بلنه د ځانګړو استازو درېیمه غونډه نن دوشنبه په دوحه کې پای ته ورسېده. "
      "په دې دوه ورځنۍ غونډه کې چې پرون یکشنبه پیل شوې وه، د طالبانو پلاوي د لومړي ځل لپاره ګډون وکړ. "
      "پلاوی د دوی ویاند ذبیح الله مجاهد رهبري کاوه. "
      "مجاهد په خپله وینا کې له ګډونوالو وغوښتل چې د افغانستان کنګل شوې زېرمې آزادې او پر بانکي سیستم لګول شوي بندیزونه لرې کړي، او د اسلامي امارت او نړیوالې ټولنې ترمنځ د ګډو کاري ډلو د جوړولو وړاندیز یې وکړ. "
      "د ملګرو ملتونو د سیاسي چارو مرستیالې روزمري ډیکارلو، چې د غونډې مشري یې کوله، وویل چې د طالبانو ګډون د دوی په رسمیت پېژندل نه دي. "
      "د بشري حقونو سازمانونو په دې انتقاد وکړ چې افغانې ښځې اصلي غونډو ته نه وې رابلل شوې. "
      "طالبانو د فبرورۍ په میاشت کې د دوحې په دویمه غونډه کې له ګډون څخه ډډه کړې وه.")
DOCS.append(D("dev2-ps-02-doha-three", "ps", "2024-07-01", None, t2,
 [N("افغانستان","country","AFG"), N("ملګرو ملتونو","organization","UNO"), N("دوحه","place","QAT"), N("طالبانو","organization","AFG.GOV"),
  N("ذبیح الله مجاهد","person","AFG.GOV"), N("اسلامي امارت","organization","AFG.GOV"), N("روزمري ډیکارلو","person","UNO")],
 [E("ps02-meeting", True, "CONSULT", actors=["AFG.GOV","UNO"], win=["2024-06-30","2024-07-01"],
    ev="د طالبانو پلاوي د لومړي ځل لپاره ګډون وکړ",
    notes="UN-convened multilateral meeting, 30 June - 1 July 2024 ('پرون یکشنبه' = 2024-06-30, 'نن دوشنبه' = 2024-07-01)."),
  E("ps02-meeting-others", False, "CONSULT", actors=["AFG.GOV","*"], win=["2024-06-30","2024-07-01"], ev="د ځانګړو استازو درېیمه غونډه",
    notes="The same meeting with any of the special envoys' states."),
  E("ps02-mujahid-demand", True, "REQUEST", "AFG.GOV", "*", ["2024-06-30","2024-07-01"], ev="مجاهد په خپله وینا کې له ګډونوالو وغوښتل چې د افغانستان کنګل شوې زېرمې آزادې او پر بانکي سیستم لګول شوي بندیزونه لرې کړي",
    notes="Speech of Monday 1 July 2024 (the window covers both meeting days)."),
  E("ps02-mujahid-proposal", False, ["AGREE","REQUEST"], "AFG.GOV", "*", ["2024-06-30","2024-07-01"], ev="د ګډو کاري ډلو د جوړولو وړاندیز یې وکړ",
    notes="Offer to set up joint working groups (offer to cooperate = AGREE)."),
  E("ps02-dicarlo", False, "REJECT", "UNO", "AFG.GOV", ["2024-06-30","2024-07-01"], ev="وویل چې د طالبانو ګډون د دوی په رسمیت پېژندل نه دي",
    notes="A statement that participation is not recognition: REJECT (withhold recognition) at most."),
  E("ps02-rights-groups", False, "ACCUSE", "NGO", "UNO", ["2024-06-28","2024-07-01"], ev="د بشري حقونو سازمانونو په دې انتقاد وکړ چې افغانې ښځې اصلي غونډو ته نه وې رابلل شوې"),
  E("ps02-feb-boycott", False, "REJECT", "AFG", "UNO", ["2024-02-01","2024-02-29"], ev="طالبانو د فبرورۍ په میاشت کې د دوحې په دویمه غونډه کې له ګډون څخه ډډه کړې وه",
    notes="History: the Taliban stayed away from Doha II (18-19 Feb 2024).")],
 [F("the UN's denial of recognition coded as recognition", "SUPPORT", "UNO", unless="negated"),
  F("the February boycott dated July", "REJECT", "AFG", after="2024-06-01"),
  F("the February meeting coded as attended", "CONSULT", "AFG", date="2024-02-18", unless="negated")],
 notes="No dateline: published Monday 2024-07-01. Doha is the venue; Qatar is not an actor. Women's exclusion is an agentless negated passive, not an event."))
