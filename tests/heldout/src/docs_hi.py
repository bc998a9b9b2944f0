from common import *

T1 = ("नई दिल्ली, ७ मई २०२५ — भारतीय सशस्त्र बलों ने बुधवार तड़के 'ऑपरेशन सिंदूर' के तहत पाकिस्तान और पाकिस्तान के कब्ज़े वाले कश्मीर में नौ ठिकानों पर "
"मिसाइल हमले किए। सरकार ने कहा कि निशाने पर जैश-ए-मोहम्मद और लश्कर-ए-तैयबा के आतंकी ढांचे थे, जिनमें बहावलपुर और मुरीदके के ठिकाने शामिल हैं, "
"और किसी पाकिस्तानी सैन्य प्रतिष्ठान को निशाना नहीं बनाया गया। विदेश सचिव विक्रम मिसरी ने कर्नल सोफ़िया क़ुरैशी और विंग कमांडर व्योमिका सिंह "
"के साथ संवाददाता सम्मेलन में कहा कि यह कार्रवाई २२ अप्रैल को पहलगाम में हुए आतंकी हमले का जवाब है, जिसमें २६ लोग मारे गए थे। "
"पाकिस्तान के प्रधानमंत्री शहबाज़ शरीफ़ ने हमलों को \"युद्ध की कार्रवाई\" बताया और कहा कि पाकिस्तान को इसका जवाब देने का पूरा अधिकार है। "
"पाकिस्तानी सेना ने दावा किया कि हमलों में आम नागरिक मारे गए हैं। उधर, नियंत्रण रेखा पर पाकिस्तानी सेना की भारी गोलाबारी में पुंछ ज़िले में "
"कई नागरिकों की मौत की खबर है।")

D1 = doc("heldout-hi-01-operation-sindoor", "hi", "2025-05-07", "2025-05-07", T1,
 [E("भारतीय सशस्त्र बलों","organization","IND.MIL"), E("पाकिस्तान","country","PAK"), E("जैश-ए-मोहम्मद","organization","PAK.REB"),
  E("लश्कर-ए-तैयबा","organization","PAK.REB"), E("बहावलपुर","place","PAK"), E("मुरीदके","place","PAK"),
  E("विक्रम मिसरी","person","IND.GOV"), E("सोफ़िया क़ुरैशी","person","IND.MIL"), E("व्योमिका सिंह","person","IND.MIL"),
  E("पहलगाम","place","IND"), E("शहबाज़ शरीफ़","person","PAK.GOV"), E("पाकिस्तानी सेना","organization","PAK.MIL"),
  E("पुंछ","place","IND")],
 [ev("hi01-strikes", True, "ASSAULT", "IND.MIL", "*", ["2025-05-06","2025-05-07"],
     "भारतीय सशस्त्र बलों ने बुधवार तड़के 'ऑपरेशन सिंदूर' के तहत ... नौ ठिकानों पर मिसाइल हमले किए",
     "ASSAULT [aerial]. Early Wednesday 2025-05-07 IST = evening of 2025-05-06 UTC. Target Pakistan or the named militant groups (PAK.REB): any target accepted."),
  ev("hi01-sharif-accuses", True, "ACCUSE", "PAK.GOV", "IND", ["2025-05-07","2025-05-07"],
     "शहबाज़ शरीफ़ ने हमलों को \"युद्ध की कार्रवाई\" बताया"),
  ev("hi01-sharif-threatens", True, "THREATEN", "PAK.GOV", "IND", ["2025-05-07","2025-05-07"],
     "पाकिस्तान को इसका जवाब देने का पूरा अधिकार है", "THREATEN [violence]: the right to retaliate."),
  ev("hi01-loc-shelling", False, "ASSAULT", "PAK.MIL", "IND", ["2025-05-06","2025-05-07"],
     "नियंत्रण रेखा पर पाकिस्तानी सेना की भारी गोलाबारी में पुंछ ज़िले में कई नागरिकों की मौत की खबर है",
     "Reported ('खबर है'), hence optional, though most coders will take it."),
  ev("hi01-pak-army-claim", False, "ACCUSE", "PAK.MIL", "IND", ["2025-05-07","2025-05-07"],
     "पाकिस्तानी सेना ने दावा किया कि हमलों में आम नागरिक मारे गए हैं"),
  ev("hi01-india-terror-claim", False, "ACCUSE", "IND.GOV", "*", ["2025-05-07","2025-05-07"],
     "निशाने पर जैश-ए-मोहम्मद और लश्कर-ए-तैयबा के आतंकी ढांचे थे; यह कार्रवाई ... पहलगाम में हुए आतंकी हमले का जवाब है"),
  ev("hi01-pahalgam", False, "ASSAULT", "*", "IND", ["2025-04-22","2025-04-22"],
     "२२ अप्रैल को पहलगाम में हुए आतंकी हमले ... जिसमें २६ लोग मारे गए थे",
     "History: acceptable only if dated 2025-04-22."),
 ],
 [],
 [Q("शहबाज़ शरीफ़", "युद्ध की कार्रवाई")],
 "Dateline in Devanagari digits. 'No Pakistani military facility was targeted' is a negation. Pahalgam cannot carry a forbidden rule: a rule on ASSAULT dated after April would also hit the present strikes and the shelling, so it is optional with its own window.")

T2 = ("भारत ने सोमवार को कनाडा के छह राजनयिकों को निष्कासित कर दिया और उन्हें शनिवार रात तक देश छोड़ने को कहा। इनमें कार्यवाहक उच्चायुक्त "
"स्टीवर्ट व्हीलर भी शामिल हैं, जिन्हें इससे पहले विदेश मंत्रालय ने तलब किया था। कुछ घंटे पहले भारत ने ओटावा से अपने उच्चायुक्त संजय कुमार वर्मा "
"और कुछ अन्य अधिकारियों को वापस बुलाने की घोषणा की थी। विदेश मंत्रालय के अनुसार कनाडा ने वर्मा को खालिस्तानी अलगाववादी हरदीप सिंह निज्जर "
"की हत्या की जांच से जोड़ा है; भारत ने इसे \"बेतुका आरोप\" बताकर सिरे से खारिज कर दिया। कनाडा के प्रधानमंत्री जस्टिन ट्रूडो ने आरोप लगाया "
"कि भारत सरकार के एजेंट कनाडाई नागरिकों को निशाना बनाने वाली गतिविधियों में शामिल रहे हैं। कनाडा ने भी वर्मा समेत छह भारतीय राजनयिकों को "
"निष्कासित कर दिया। निज्जर की जून 2023 में ब्रिटिश कोलंबिया में गोली मारकर हत्या कर दी गई थी।")

D2 = doc("heldout-hi-02-india-canada-expulsions", "hi", "2024-10-15", None, T2,
 [E("भारत","country","IND"), E("कनाडा","country","CAN"), E("स्टीवर्ट व्हीलर","person","CAN.GOV"),
  E("विदेश मंत्रालय","organization","IND.GOV"), E("ओटावा","place","CAN"), E("संजय कुमार वर्मा","person","IND.GOV"),
  E("हरदीप सिंह निज्जर","person","CAN"), E("जस्टिन ट्रूडो","person","CAN.GOV"), E("ब्रिटिश कोलंबिया","place","CAN")],
 [ev("hi02-india-expels", True, "SANCTION", "IND.GOV", "CAN", ["2024-10-14","2024-10-14"],
     "भारत ने सोमवार को कनाडा के छह राजनयिकों को निष्कासित कर दिया", "SANCTION [expel]; Monday = 2024-10-14."),
  ev("hi02-canada-expels", True, "SANCTION", "CAN.GOV", "IND", ["2024-10-14","2024-10-14"],
     "कनाडा ने भी वर्मा समेत छह भारतीय राजनयिकों को निष्कासित कर दिया"),
  ev("hi02-trudeau-accuses", True, "ACCUSE", "CAN.GOV", "IND.GOV", ["2024-10-14","2024-10-14"],
     "जस्टिन ट्रूडो ने आरोप लगाया कि भारत सरकार के एजेंट ... शामिल रहे हैं"),
  ev("hi02-india-rejects", True, ["REJECT","ACCUSE"], "IND.GOV", "CAN", ["2024-10-14","2024-10-14"],
     "भारत ने इसे \"बेतुका आरोप\" बताकर सिरे से खारिज कर दिया"),
  ev("hi02-recall", False, ["RETREAT","SANCTION"], "IND.GOV", "CAN", ["2024-10-14","2024-10-14"],
     "भारत ने ओटावा से अपने उच्चायुक्त संजय कुमार वर्मा ... को वापस बुलाने की घोषणा की थी",
     "Withdrawing the high commissioner: RETREAT [withdraw] or SANCTION; optional because as SANCTION it has the same type, actors and date as hi02-india-expels."),
  ev("hi02-summon", False, ["ACCUSE","REQUEST"], "IND.GOV", "CAN", ["2024-10-14","2024-10-14"],
     "जिन्हें इससे पहले विदेश मंत्रालय ने तलब किया था"),
  ev("hi02-canada-links-verma", False, "ACCUSE", "CAN", "IND", ["2024-10-12","2024-10-14"],
     "कनाडा ने वर्मा को ... हरदीप सिंह निज्जर की हत्या की जांच से जोड़ा है",
     "Canada's diplomatic note arrived on Sunday 13 October; the text gives no date."),
  ev("hi02-nijjar-killing", False, "ASSAULT", "*", "*", ["2023-06-01","2023-06-30"],
     "निज्जर की जून 2023 में ब्रिटिश कोलंबिया में गोली मारकर हत्या कर दी गई थी",
     "History (18 June 2023): acceptable only if dated June 2023."),
 ],
 [F("the June 2023 killing of Nijjar dated 2024", "ASSAULT", date_after="2024-01-01")],
 [Q("विदेश मंत्रालय", "बेतुका आरोप")],
 "Published 2024-10-15; all of Monday's moves are 2024-10-14. The Saturday deadline (19 October) is future.")

DOCS = [D1, D2]
