from lib import *
DOCS = []

t1 = ("नई दिल्ली, 1 मार्च 2022 — यूक्रेन के खारकीव शहर में मंगलवार सुबह हुई गोलाबारी में कर्नाटक के 21 वर्षीय मेडिकल छात्र नवीन शेखरप्पा ज्ञानगौडर की मौत हो गई। "
      "विदेश मंत्रालय के प्रवक्ता अरिंदम बागची ने बताया कि वह खाने का सामान खरीदने के लिए कतार में खड़ा था। "
      "इसके बाद विदेश सचिव हर्षवर्धन श्रृंगला ने रूस और यूक्रेन के राजदूतों को बुलाकर खारकीव और अन्य संघर्षग्रस्त शहरों में फंसे भारतीयों के लिए तत्काल सुरक्षित रास्ते की मांग दोहराई। "
      "कीव स्थित भारतीय दूतावास ने सभी भारतीय नागरिकों से आज ही राजधानी छोड़ने को कहा। "
      "प्रधानमंत्री नरेंद्र मोदी की अध्यक्षता में हुई बैठक के बाद सरकार ने 'ऑपरेशन गंगा' में भारतीय वायुसेना के विमानों को भी शामिल करने का फैसला किया। "
      "इससे पहले सोमवार को चार केंद्रीय मंत्रियों को यूक्रेन के पड़ोसी देशों में भेजने का निर्णय लिया गया था। "
      "शनिवार से अब तक रोमानिया और हंगरी के रास्ते कई उड़ानों से हजारों भारतीयों को स्वदेश लाया जा चुका है।")
DOCS.append(D("dev2-hi-01-operation-ganga", "hi", "2022-03-01", "2022-03-01", t1,
 [N("नई दिल्ली","place","IND"), N("यूक्रेन","country","UKR"), N("खारकीव","place","UKR"), N("कर्नाटक","place","IND"),
  N("नवीन शेखरप्पा ज्ञानगौडर","person","IND"), N("विदेश मंत्रालय","organization","IND.GOV"), N("अरिंदम बागची","person","IND.GOV"),
  N("हर्षवर्धन श्रृंगला","person","IND.GOV"), N("रूस","country","RUS"), N("कीव","place","UKR"), N("नरेंद्र मोदी","person","IND.GOV"),
  N("भारतीय वायुसेना","organization","IND.MIL"), N("रोमानिया","country","ROU"), N("हंगरी","country","HUN")],
 [E("hi01-shelling", True, "ASSAULT", "*", "*", "2022-03-01", date="2022-03-01",
    ev="खारकीव शहर में मंगलवार सुबह हुई गोलाबारी में कर्नाटक के 21 वर्षीय मेडिकल छात्र नवीन शेखरप्पा ज्ञानगौडर की मौत हो गई",
    notes="The text does not say who fired (agentless); the victim is Indian (IND) and the place Ukrainian; any actors accepted."),
  E("hi01-demand-russia", True, ["REQUEST","CONSULT"], "IND.GOV", "RUS", "2022-03-01", ev="हर्षवर्धन श्रृंगला ने रूस और यूक्रेन के राजदूतों को बुलाकर ... तत्काल सुरक्षित रास्ते की मांग दोहराई",
    notes="Coordinated objects: one demand to each ambassador."),
  E("hi01-demand-ukraine", True, ["REQUEST","CONSULT"], "IND.GOV", "UKR", "2022-03-01", ev="रूस और यूक्रेन के राजदूतों को बुलाकर ... तत्काल सुरक्षित रास्ते की मांग दोहराई"),
  E("hi01-embassy-advisory", False, "REQUEST", "IND.GOV", "IND", "2022-03-01", ev="कीव स्थित भारतीय दूतावास ने सभी भारतीय नागरिकों से आज ही राजधानी छोड़ने को कहा"),
  E("hi01-iaf", False, ["MOBILIZE","AID"], "IND", "*", ["2022-02-28","2022-03-01"], ev="सरकार ने 'ऑपरेशन गंगा' में भारतीय वायुसेना के विमानों को भी शामिल करने का फैसला किया",
    notes="Decision to send air force aircraft for the evacuation (taken at the PM's meeting of 28 Feb evening, announced 1 March; undated in the text)."),
  E("hi01-envoys", False, "CONSULT", "IND.GOV", "*", ["2022-02-28","2022-03-01"], ev="सोमवार को चार केंद्रीय मंत्रियों को यूक्रेन के पड़ोसी देशों में भेजने का निर्णय लिया गया था",
    notes="Agentless passive; the visits (ministers as special envoys) began 28 Feb-1 Mar."),
  E("hi01-evac-romania", False, "COOPERATE", actors=["IND","ROU"], win=["2022-02-26","2022-03-01"], ev="रोमानिया और हंगरी के रास्ते कई उड़ानों से हजारों भारतीयों को स्वदेश लाया जा चुका है",
    notes="Evacuation flights via Romania (Bucharest) since Saturday 2022-02-26."),
  E("hi01-evac-hungary", False, "COOPERATE", actors=["IND","HUN"], win=["2022-02-26","2022-03-01"], ev="रोमानिया और हंगरी के रास्ते कई उड़ानों से हजारों भारतीयों को स्वदेश लाया जा चुका है"),
  E("hi01-evac", False, ["AID","RETREAT"], "IND", "*", ["2022-02-26","2022-03-01"], ev="हजारों भारतीयों को स्वदेश लाया जा चुका है", notes="The evacuation itself, however coded.")],
 [],
 notes="Dateline 2022-03-01 (Tuesday). Russia and Ukraine are recipients of India's demand; neither is named as the shooter."))

t2 = ("सरकार ने गेहूं के निर्यात पर तत्काल प्रभाव से रोक लगा दी है। "
      "विदेश व्यापार महानिदेशालय (डीजीएफटी) की ओर से शुक्रवार देर रात जारी अधिसूचना में गेहूं को 'प्रतिबंधित' श्रेणी में डाल दिया गया। "
      "अधिसूचना के अनुसार, जिन सौदों के लिए पहले ही अपरिवर्तनीय साख पत्र जारी हो चुके हैं, उनकी खेप जा सकेगी, और जिन देशों की सरकारें अपनी खाद्य सुरक्षा के लिए अनुरोध करेंगी, उन्हें भारत सरकार की अनुमति से गेहूं भेजा जा सकेगा। "
      "खाद्य सचिव सुधांशु पांडे ने शनिवार को कहा कि यह कदम घरेलू कीमतों को काबू में रखने और जमाखोरी रोकने के लिए उठाया गया है। "
      "मार्च की भीषण गर्मी से उत्पादन घटने का अनुमान है। "
      "उधर जर्मनी के स्टटगार्ट में जी-7 देशों के कृषि मंत्रियों की बैठक में जर्मन कृषि मंत्री जेम ओज़देमीर ने भारत के फैसले की आलोचना करते हुए कहा कि अगर हर देश निर्यात पर रोक लगाने लगे तो संकट और गहरा जाएगा। "
      "पिछले महीने ही मिस्र ने भारत को गेहूं आपूर्तिकर्ता देश के रूप में मंजूरी दी थी।")
DOCS.append(D("dev2-hi-02-wheat-export-ban", "hi", "2022-05-14", None, t2,
 [N("विदेश व्यापार महानिदेशालय","organization","IND.GOV"), N("डीजीएफटी","organization","IND.GOV"), N("भारत","country","IND"),
  N("सुधांशु पांडे","person","IND.GOV"), N("जर्मनी","country","DEU"), N("स्टटगार्ट","place","DEU"), N("जी-7","organization","IGO"),
  N("जेम ओज़देमीर","person","DEU.GOV"), N("मिस्र","country","EGY")],
 [E("hi02-ban", True, ["COERCE","SANCTION"], "IND.GOV", "*", ["2022-05-13","2022-05-14"], date="2022-05-13",
    ev="सरकार ने गेहूं के निर्यात पर तत्काल प्रभाव से रोक लगा दी है",
    notes="Notification of Friday 2022-05-13 late night (reported Saturday 2022-05-14). Export ban: COERCE [restrict] (SANCTION accepted). No target country."),
  E("hi02-ozdemir", True, "ACCUSE", "DEU.GOV", "IND", "2022-05-14", ev="जेम ओज़देमीर ने भारत के फैसले की आलोचना करते हुए कहा",
    notes="Criticism at the G7 agriculture ministers' meeting in Stuttgart (14 May 2022)."),
  E("hi02-g7-meeting", False, "CONSULT", actors=["DEU","IGO"], win=["2022-05-13","2022-05-14"], ev="जी-7 देशों के कृषि मंत्रियों की बैठक"),
  E("hi02-egypt", False, ["SUPPORT","AGREE","COOPERATE"], "EGY", "IND", ["2022-04-01","2022-04-30"], ev="पिछले महीने ही मिस्र ने भारत को गेहूं आपूर्तिकर्ता देश के रूप में मंजूरी दी थी",
    notes="History: April 2022.")],
 [F("Egypt's April approval dated May (SUPPORT)", "SUPPORT", "EGY", after="2022-05-01"),
  F("Egypt's April approval dated May (AGREE)", "AGREE", "EGY", after="2022-05-01"),
  F("the conditional exports to food-insecure countries coded as aid given", "AID", "IND", unless="hypothetical")],
 notes="No dateline: published Saturday 2022-05-14. The exemptions (shipments under letters of credit, exports on request) are conditional, not events. The food secretary's explanation is not an event."))
