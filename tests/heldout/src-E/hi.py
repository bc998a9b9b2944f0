from h import *
DOCS = []
t1 = ("नई दिल्ली, 1 जून 2020 — भारत ने जासूसी में लिप्त पाए गए पाकिस्तान उच्चायोग के दो अधिकारियों को 'अवांछित व्यक्ति' घोषित करते हुए 24 घंटे के भीतर "
"देश छोड़ने को कहा है। विदेश मंत्रालय के अनुसार वीज़ा विभाग में कार्यरत आबिद हुसैन और मोहम्मद ताहिर को रविवार को दिल्ली पुलिस की विशेष शाखा ने "
"करोल बाग़ इलाके से उस समय पकड़ा, जब वे एक भारतीय नागरिक से सुरक्षा प्रतिष्ठानों से जुड़े दस्तावेज़ ले रहे थे।\n\n"
"मंत्रालय ने पाकिस्तान के प्रभारी उच्चायुक्त के समक्ष कड़ा विरोध दर्ज कराया और कहा कि उच्चायोग का कोई भी सदस्य अपने राजनयिक दर्जे के विपरीत "
"गतिविधियों में शामिल न हो।\n\n"
"पाकिस्तान के विदेश कार्यालय ने भारत के आरोपों को निराधार बताते हुए खारिज कर दिया और इस कार्रवाई को वियना संधि का उल्लंघन क़रार दिया। "
"इससे पहले अक्टूबर 2016 में भी भारत ने जासूसी के आरोप में पाकिस्तान उच्चायोग के कर्मचारी महमूद अख़्तर को निष्कासित किया था।")
DOCS.append(doc("heldoutE-hi-01-pak-officials-expelled", "hi", "2020-06-01", "2020-06-01", t1,
 [E("भारत","country","IND"), E("पाकिस्तान उच्चायोग","organization","PAK.GOV"), E("विदेश मंत्रालय","organization","IND.GOV"),
  E("आबिद हुसैन","person","PAK.GOV"), E("मोहम्मद ताहिर","person","PAK.GOV"), E("दिल्ली पुलिस","organization","IND.COP"),
  E("करोल बाग़","place","IND"), E("पाकिस्तान के विदेश कार्यालय","organization","PAK.GOV"), E("महमूद अख़्तर","person","PAK.GOV")],
 [ev("hi01-expel", True, "SANCTION", "IND", "PAK", ("2020-05-31","2020-06-01"),
     "भारत ने ... पाकिस्तान उच्चायोग के दो अधिकारियों को 'अवांछित व्यक्ति' घोषित करते हुए 24 घंटे के भीतर देश छोड़ने को कहा है",
     "SANCTION [expel]; declared on Sunday 31 May, reported with a present perfect on 1 June."),
  ev("hi01-arrest", True, "COERCE", "IND", "PAK", ("2020-05-31","2020-05-31"),
     "आबिद हुसैन और मोहम्मद ताहिर को रविवार को दिल्ली पुलिस की विशेष शाखा ने करोल बाग़ इलाके से उस समय पकड़ा",
     "COERCE [arrest] by IND.COP; object fronted, agent after it; Sunday = 2020-05-31."),
  ev("hi01-accuse-spying", False, "ACCUSE", "IND", "PAK", ("2020-05-31","2020-06-01"), "जासूसी में लिप्त पाए गए", "The espionage allegation itself; optional."),
  ev("hi01-demarche", True, "ACCUSE", "IND.GOV", "PAK", ("2020-05-31","2020-06-01"),
     "मंत्रालय ने पाकिस्तान के प्रभारी उच्चायुक्त के समक्ष कड़ा विरोध दर्ज कराया", "A formal protest (démarche) to the chargé: ACCUSE [disapprove]."),
  ev("hi01-demand", False, "REQUEST", "IND.GOV", "PAK", ("2020-05-31","2020-06-01"),
     "कहा कि उच्चायोग का कोई भी सदस्य अपने राजनयिक दर्जे के विपरीत गतिविधियों में शामिल न हो"),
  ev("hi01-pak-reject", True, ["REJECT","ACCUSE"], "PAK.GOV", "IND", ("2020-05-31","2020-06-01"),
     "पाकिस्तान के विदेश कार्यालय ने भारत के आरोपों को निराधार बताते हुए खारिज कर दिया और इस कार्रवाई को वियना संधि का उल्लंघन क़रार दिया",
     "Rejecting the allegation (REJECT) and calling the expulsion a breach of the Vienna Convention (ACCUSE); one event, either type."),
  ev("hi01-pak-accuse", False, "ACCUSE", "PAK.GOV", "IND", ("2020-05-31","2020-06-01"), "इस कार्रवाई को वियना संधि का उल्लंघन क़रार दिया", "The second reading as its own event; optional."),
  ev("hi01-2016", False, "SANCTION", "IND", "PAK", ("2016-10-01","2016-10-31"),
     "अक्टूबर 2016 में भी भारत ने जासूसी के आरोप में पाकिस्तान उच्चायोग के कर्मचारी महमूद अख़्तर को निष्कासित किया था", "History: October 2016."),
 ],
 [F("Sunday's arrest dated Monday", "COERCE", "IND", date="2020-06-01")],
 [], "The 2016 expulsion dated 2020 is an error, but it shares type and source (SANCTION, IND) with the core expulsion, so no forbidden rule can express it."))

t2 = ("रक्षा मंत्री राजनाथ सिंह ने मंगलवार को संसद में बताया कि चीन की पीपुल्स लिबरेशन आर्मी (पीएलए) के सैनिकों ने 9 दिसंबर को अरुणाचल प्रदेश के "
"तवांग सेक्टर के यांग्त्से इलाके में वास्तविक नियंत्रण रेखा (एलएसी) का अतिक्रमण कर यथास्थिति को एकतरफ़ा बदलने की कोशिश की। उन्होंने कहा कि "
"भारतीय सेना ने दृढ़ता से उन्हें रोका और अपनी चौकियों पर लौटने को मजबूर किया। इस झड़प में दोनों पक्षों के कुछ सैनिक घायल हुए, लेकिन भारत की ओर से "
"न कोई सैनिक मारा गया और न ही कोई गंभीर रूप से घायल हुआ।\n\n"
"सिंह के अनुसार 11 दिसंबर को दोनों पक्षों के स्थानीय कमांडरों ने फ़्लैग मीटिंग की, और यह मुद्दा राजनयिक माध्यमों से भी चीनी पक्ष के समक्ष उठाया गया है।\n\n"
"उधर चीनी सेना की पश्चिमी थिएटर कमान के प्रवक्ता ने आरोप लगाया कि भारतीय सैनिकों ने अवैध रूप से एलएसी पार कर चीनी गश्ती दल का रास्ता रोका। "
"विपक्षी दलों ने सदन में इस मुद्दे पर चर्चा की अनुमति न मिलने पर वॉकआउट किया।")
DOCS.append(doc("heldoutE-hi-02-yangtse-clash", "hi", "2022-12-13", None, t2,
 [E("राजनाथ सिंह","person","IND.GOV"), E("चीन","country","CHN"), E("पीपुल्स लिबरेशन आर्मी","organization","CHN.MIL"),
  E("अरुणाचल प्रदेश","place","IND"), E("तवांग","place","IND"), E("यांग्त्से","place","IND"), E("भारतीय सेना","organization","IND.MIL"),
  E("पश्चिमी थिएटर कमान","organization","CHN.MIL")],
 [ev("hi02-transgress", True, ["ASSAULT","COERCE"], "CHN", "IND", ("2022-12-09","2022-12-09"),
     "पीएलए) के सैनिकों ने 9 दिसंबर को ... वास्तविक नियंत्रण रेखा (एलएसी) का अतिक्रमण कर यथास्थिति को एकतरफ़ा बदलने की कोशिश की",
     "Reported speech; the scuffle is ASSAULT [primitive] (COERCE [seize/restrict] also accepted). CHN.MIL → IND.MIL."),
  ev("hi02-repel", True, ["ASSAULT","COERCE"], "IND", "CHN", ("2022-12-09","2022-12-09"),
     "भारतीय सेना ने दृढ़ता से उन्हें रोका और अपनी चौकियों पर लौटने को मजबूर किया", "'उन्हें' refers back to the PLA soldiers of the previous sentence."),
  ev("hi02-rajnath", True, "ACCUSE", "IND.GOV", "CHN", ("2022-12-13","2022-12-13"),
     "राजनाथ सिंह ने मंगलवार को संसद में बताया कि चीन की पीपुल्स लिबरेशन आर्मी (पीएलए) के सैनिकों ने", "The minister's statement is itself an accusation (Tuesday 13 December)."),
  sym("hi02-flag-meeting", True, "CONSULT", "IND.MIL", "CHN.MIL", ("2022-12-11","2022-12-11"),
     "11 दिसंबर को दोनों पक्षों के स्थानीय कमांडरों ने फ़्लैग मीटिंग की"),
  ev("hi02-diplomatic", False, "ACCUSE", "IND", "CHN", ("2022-12-09","2022-12-13"),
     "यह मुद्दा राजनयिक माध्यमों से भी चीनी पक्ष के समक्ष उठाया गया है", "Agentless passive; India raising the matter with China: ACCUSE [disapprove], optional."),
  ev("hi02-china-accuse", True, "ACCUSE", "CHN.MIL", "IND", ("2022-12-12","2022-12-13"),
     "चीनी सेना की पश्चिमी थिएटर कमान के प्रवक्ता ने आरोप लगाया कि भारतीय सैनिकों ने अवैध रूप से एलएसी पार कर चीनी गश्ती दल का रास्ता रोका"),
  ev("hi02-walkout", False, "PROTEST", "IND", "IND", ("2022-12-13","2022-12-13"),
     "विपक्षी दलों ने सदन में इस मुद्दे पर चर्चा की अनुमति न मिलने पर वॉकआउट किया", "PROTEST [boycott] by the opposition (IND.OPP/LEG) against the government."),
 ],
 [F("the 9 December clash dated on the day of the statement", "ASSAULT", "CHN", date="2022-12-13"),
  F("the 9 December clash (COERCE) dated on the day of the statement", "COERCE", "CHN", date="2022-12-13"),
  F("the 11 December flag meeting dated 13 December", "CONSULT", "IND", date="2022-12-13")],
 [], "No dateline; published Tuesday 2022-12-13. 'न कोई सैनिक मारा गया' is a negation: no killing is coded. The Chinese counter-accusation's day is not stated (12–13 December)."))
