from common import *
DOCS = []
t = ("नई दिल्ली, 30 जून 2020 — भारत सरकार ने टिकटॉक, वीचैट और यूसी ब्राउज़र समेत 59 चीनी मोबाइल ऐप्स पर प्रतिबंध लगा दिया है। "
"इलेक्ट्रॉनिकी और सूचना प्रौद्योगिकी मंत्रालय ने सोमवार देर शाम जारी आदेश में कहा कि ये ऐप्स ऐसी गतिविधियों में लगे थे जो भारत की संप्रभुता और अखंडता, रक्षा, "
"राज्य की सुरक्षा और सार्वजनिक व्यवस्था के लिए हानिकारक हैं। यह कदम सूचना प्रौद्योगिकी अधिनियम की धारा 69ए के तहत उठाया गया।\n"
"बीजिंग में चीनी विदेश मंत्रालय के प्रवक्ता झाओ लिजियान ने मंगलवार को कहा कि चीन इस फैसले से \"गंभीर रूप से चिंतित\" है और स्थिति की जांच कर रहा है। "
"उन्होंने कहा कि भारत सरकार की ज़िम्मेदारी है कि वह चीनी कंपनियों समेत अंतरराष्ट्रीय निवेशकों के वैध अधिकारों की रक्षा करे।\n"
"यह फैसला पूर्वी लद्दाख में दोनों देशों के बीच जारी सीमा तनाव के बीच आया है। टिकटॉक इंडिया ने कहा है कि वह अपना पक्ष रखने के लिए सरकार के संबंधित अधिकारियों से मिलेगा।")
DOCS.append(D("heldout-hi-01-chinese-apps-ban", "hi", "2020-06-30", "2020-06-30", t,
 ents(("भारत सरकार","organization","IND.GOV"),("इलेक्ट्रॉनिकी और सूचना प्रौद्योगिकी मंत्रालय","organization","IND.GOV"),("बीजिंग","place","CHN"),
      ("चीनी विदेश मंत्रालय","organization","CHN.GOV"),("झाओ लिजियान","person","CHN.GOV"),("चीन","country","CHN"),("पूर्वी लद्दाख","place","IND"),
      ("टिकटॉक इंडिया","organization","CHN.BUS")),
 [E("hi01-ban",True,["COERCE","SANCTION"],"IND.GOV","CHN",["2020-06-29","2020-06-30"],
    "भारत सरकार ने टिकटॉक, वीचैट और यूसी ब्राउज़र समेत 59 चीनी मोबाइल ऐप्स पर प्रतिबंध लगा दिया है",
    "COERCE [restrict/censor] against Chinese companies (CHN.BUS; country CHN). The order was issued late on Monday 2020-06-29."),
  E("hi01-ministry-accuses",False,"ACCUSE","IND.GOV","CHN",["2020-06-29","2020-06-29"],
    "ये ऐप्स ऐसी गतिविधियों में लगे थे जो भारत की संप्रभुता और अखंडता, रक्षा, राज्य की सुरक्षा और सार्वजनिक व्यवस्था के लिए हानिकारक हैं",
    "The justification of the ban, readable as an allegation against the apps' owners."),
  E("hi01-china-concern",True,"ACCUSE","CHN.GOV","IND",["2020-06-30","2020-06-30"],"चीन इस फैसले से \"गंभीर रूप से चिंतित\" है"),
  E("hi01-china-demand",False,"REQUEST","CHN.GOV","IND",["2020-06-30","2020-06-30"],
    "भारत सरकार की ज़िम्मेदारी है कि वह चीनी कंपनियों समेत अंतरराष्ट्रीय निवेशकों के वैध अधिकारों की रक्षा करे"),
 ],
 [F("TikTok's planned meeting with officials coded as held","CONSULT","CHN",unless_aux="future")],
 [("झाओ लिजियान","गंभीर रूप से चिंतित")],
 "The border tension in eastern Ladakh is an undated background condition, not an event. The dateline is 30 June; 'सोमवार' = 29 June."))

t = ("भारत ने सोमवार को मालदीव के उच्चायुक्त इब्राहिम शाहीब को विदेश मंत्रालय में तलब किया और प्रधानमंत्री नरेंद्र मोदी के खिलाफ मालदीव के मंत्रियों की अपमानजनक टिप्पणियों पर कड़ी चिंता जताई। "
"इससे पहले रविवार को मालदीव सरकार ने युवा सशक्तिकरण मंत्रालय के तीन उप मंत्रियों — मालशा शरीफ, मरियम शिउना और अब्दुल्ला महज़ूम माजिद — को निलंबित कर दिया था। "
"मालदीव सरकार ने कहा कि ये टिप्पणियां निजी विचार हैं और सरकार के रुख का प्रतिनिधित्व नहीं करतीं।\n"
"यह विवाद मोदी की लक्षद्वीप यात्रा की तस्वीरें सोशल मीडिया पर आने के बाद शुरू हुआ। इसके बाद कई भारतीय हस्तियों ने लोगों से मालदीव के बजाय भारतीय द्वीपों पर छुट्टियां मनाने की अपील की।\n"
"इसी बीच राष्ट्रपति मोहम्मद मुइज़्ज़ू सोमवार को पांच दिन की राजकीय यात्रा पर चीन रवाना हो गए। मुइज़्ज़ू ने पिछले साल सितंबर में हुए चुनाव में \"इंडिया आउट\" अभियान के सहारे जीत हासिल की थी।")
DOCS.append(D("heldout-hi-02-india-maldives-row", "hi", "2024-01-08", None, t,
 ents(("भारत","country","IND"),("मालदीव","country","MDV"),("इब्राहिम शाहीब","person","MDV.GOV"),("विदेश मंत्रालय","organization","IND.GOV"),
      ("नरेंद्र मोदी","person","IND.GOV"),("मालशा शरीफ","person","MDV.GOV"),("मरियम शिउना","person","MDV.GOV"),("अब्दुल्ला महज़ूम माजिद","person","MDV.GOV"),
      ("लक्षद्वीप","place","IND"),("मोहम्मद मुइज़्ज़ू","person","MDV.GOV"),("चीन","country","CHN")),
 [E("hi02-summon",True,["ACCUSE","REQUEST"],"IND.GOV","MDV",["2024-01-08","2024-01-08"],
    "भारत ने सोमवार को मालदीव के उच्चायुक्त इब्राहिम शाहीब को विदेश मंत्रालय में तलब किया",
    "Summoning an envoy to protest: ACCUSE [disapprove]; REQUEST [meet] also accepted. 'सोमवार' = 2024-01-08 (publication the same day)."),
  E("hi02-suspend",False,["SANCTION","COERCE","RETREAT"],"MDV.GOV","MDV.GOV",["2024-01-07","2024-01-07"],
    "रविवार को मालदीव सरकार ने युवा सशक्तिकरण मंत्रालय के तीन उप मंत्रियों",
    "Domestic disciplinary act (suspension of three deputy ministers), 'रविवार' = 2024-01-07; coders differ on its type."),
  E("hi02-disown",False,["CONCEDE","REJECT"],"MDV.GOV","IND",["2024-01-07","2024-01-07"],
    "मालदीव सरकार ने कहा कि ये टिप्पणियां निजी विचार हैं और सरकार के रुख का प्रतिनिधित्व नहीं करतीं",
    "Distancing statement; the government's statement of 7 January."),
  E("hi02-remarks",False,"ACCUSE","MDV.GOV","IND.GOV",["2024-01-04","2024-01-07"],"नरेंद्र मोदी के खिलाफ मालदीव के मंत्रियों की अपमानजनक टिप्पणियों",
    "The deputy ministers' posts of 6-7 January; optional."),
  E("hi02-boycott-call",False,["PROTEST","REQUEST"],"IND","MDV",["2024-01-04","2024-01-08"],
    "कई भारतीय हस्तियों ने लोगों से मालदीव के बजाय भारतीय द्वीपों पर छुट्टियां मनाने की अपील की",
    "Calls for a tourism boycott by Indian celebrities (IND.CVL); PROTEST [boycott] or REQUEST."),
  E("hi02-muizzu-china",False,"CONSULT","MDV.GOV","CHN",["2024-01-08","2024-01-08"],"राष्ट्रपति मोहम्मद मुइज़्ज़ू सोमवार को पांच दिन की राजकीय यात्रा पर चीन रवाना हो गए",
    "The state visit began on 8 January (departure; arrival in Fujian that evening)."),
 ],
 [F("the summons dated on Sunday with the suspension","ACCUSE","IND",date="2024-01-07")],
 [],
 "No dateline. Modi's Lakshadweep visit is domestic and undated here. The 2023 election is background, not an interstate event."))
