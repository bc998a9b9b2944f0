from lib import *
DOCS = []

t1 = ("ANKARA, 14 Ocak 2022 — Türkiye ile Ermenistan arasında ilişkilerin normalleşmesi için atanan özel temsilciler bugün Moskova'da ilk kez bir araya geldi. "
      "Türkiye'yi emekli Büyükelçi Serdar Kılıç'ın, Ermenistan'ı ise Meclis Başkan Yardımcısı Ruben Rubinyan'ın temsil ettiği görüşme yaklaşık bir buçuk saat sürdü. "
      "Dışişleri Bakanlığı'nın açıklamasında, toplantının olumlu ve yapıcı bir atmosferde geçtiği, tarafların tam normalleşme hedefiyle müzakerelere ön koşulsuz devam etme konusunda mutabık kaldığı belirtildi. "
      "Ermenistan Dışişleri Bakanlığı da benzer bir açıklama yaptı. Bir sonraki toplantının tarihi ve yeri daha sonra kararlaştırılacak. "
      "Rusya Dışişleri Bakanı Sergey Lavrov ise yıllık basın toplantısında, görüşmenin Moskova'da yapılmasını memnuniyetle karşıladıklarını söyledi. "
      "İstanbul ile Erivan arasında karşılıklı charter seferlerinin 2 Şubat'ta başlaması bekleniyor. "
      "Türkiye, 1993'te Dağlık Karabağ savaşı sırasında Azerbaycan'la dayanışma amacıyla Ermenistan sınırını kapatmıştı. "
      "İki ülkenin 2009'da Zürih'te imzaladığı protokoller ise hiçbir zaman onaylanmadı.")
DOCS.append(D("dev2-tr-01-armenia-envoys", "tr", "2022-01-14", "2022-01-14", t1,
 [N("ANKARA","place","TUR"), N("Türkiye","country","TUR"), N("Ermenistan","country","ARM"), N("Moskova","place","RUS"),
  N("Serdar Kılıç","person","TUR.GOV"), N("Ruben Rubinyan","person","ARM.LEG"), N("Dışişleri Bakanlığı","organization","TUR.GOV"),
  N("Ermenistan Dışişleri Bakanlığı","organization","ARM.GOV"), N("Rusya","country","RUS"), N("Sergey Lavrov","person","RUS.GOV"), N("İstanbul","place","TUR"), N("Erivan","place","ARM"),
  N("Dağlık Karabağ","place","AZE"), N("Azerbaycan","country","AZE"), N("Zürih","place","CHE")],
 [E("tr01-meeting", True, "CONSULT", actors=["TUR","ARM"], win="2022-01-14", date="2022-01-14",
    ev="Türkiye ile Ermenistan arasında ilişkilerin normalleşmesi için atanan özel temsilciler bugün Moskova'da ilk kez bir araya geldi",
    notes="Moscow is the venue: Russia hosts but is not a party. Armenian envoy is deputy speaker (ARM.LEG), hence country-level codes."),
  E("tr01-agree", True, "AGREE", actors=["TUR","ARM"], win="2022-01-14", ev="tarafların tam normalleşme hedefiyle müzakerelere ön koşulsuz devam etme konusunda mutabık kaldığı belirtildi"),
  E("tr01-positive", False, "SUPPORT", actors=["TUR","ARM"], win="2022-01-14", ev="toplantının olumlu ve yapıcı bir atmosferde geçtiği"),
  E("tr01-lavrov", False, "SUPPORT", "RUS.GOV", "*", "2022-01-14", ev="Sergey Lavrov ise yıllık basın toplantısında, görüşmenin Moskova'da yapılmasını memnuniyetle karşıladıklarını söyledi"),
  E("tr01-russia-host", False, "CONSULT", actors=["RUS","*"], win="2022-01-14", ev="Moskova'da ilk kez bir araya geldi",
    notes="Russia as host/facilitator (CONSULT, third-party) is acceptable."),
  E("tr01-border-1993", False, ["SANCTION","COERCE"], "TUR", "ARM", ["1993-01-01","1993-12-31"], ev="Türkiye, 1993'te ... Ermenistan sınırını kapatmıştı",
    notes="History: the 1993 border closure."),
  E("tr01-karabakh-war", False, "ASSAULT", actors=["ARM","AZE"], win=["1988-01-01","1994-12-31"], ev="Dağlık Karabağ savaşı"),
  E("tr01-protocols-2009", False, ["SUPPORT","AGREE"], actors=["TUR","ARM"], win=["2009-01-01","2009-12-31"], ev="İki ülkenin 2009'da Zürih'te imzaladığı protokoller",
    notes="History: the Zurich protocols of 10 Oct 2009; their non-ratification is negated.")],
 [F("the 1993 border closure dated 2022 (SANCTION)", "SANCTION", "TUR", after="2000-01-01"),
  F("the 1993 border closure dated 2022 (COERCE)", "COERCE", "TUR", after="2000-01-01"),
  F("the expected charter flights coded as begun", "COOPERATE", "TUR", date="2022-02-02", unless="future"),
  F("the Karabakh war dated 2022", "ASSAULT", "ARM", after="2000-01-01")],
 notes="Dateline Friday 2022-01-14. The next meeting and the flights are future."))

t2 = ("Dışişleri Bakanı Mevlüt Çavuşoğlu, Türkiye'nin Suriye'ye asker taşıyan Rus askeri ve sivil uçaklarına hava sahasını kapattığını açıkladı. "
      "Latin Amerika turu kapsamında Uruguay'a giderken gazetecilerin sorularını yanıtlayan Çavuşoğlu, bu uçuşlara verilen iznin nisan ayına kadar geçerli olduğunu, kararın mart ayında Rus tarafına iletildiğini söyledi. "
      "Bakan, kararı Rusya Dışişleri Bakanı Sergey Lavrov'a ilettiğini, Lavrov'un konuyu Devlet Başkanı Vladimir Putin'e aktardığını ve bir iki gün sonra Rus tarafının artık bu uçuşları yapmayacaklarını bildirdiğini anlattı. "
      "Türk hava sahası, Rus uçaklarının Suriye'deki Hmeymim üssüne ulaşmak için kullandığı başlıca güzergâhlardan biriydi. "
      "Moskova'dan Çavuşoğlu'nun açıklamasına ilişkin henüz resmi bir yorum gelmedi. "
      "Rusya, 2015'ten bu yana Suriye'de Beşar Esad yönetimini desteklemek için askeri operasyon yürütüyor. "
      "Türkiye ise Ukrayna'daki savaşta arabuluculuk çabalarını sürdürüyor; Rus ve Ukraynalı heyetler 29 Mart'ta İstanbul'da yüz yüze görüşmüştü.")
DOCS.append(D("dev2-tr-02-airspace-closure", "tr", "2022-04-23", None, t2,
 [N("Mevlüt Çavuşoğlu","person","TUR.GOV"), N("Türkiye'nin","country","TUR"), N("Suriye'ye","country","SYR"), N("Uruguay'a","country","URY"),
  N("Rusya","country","RUS"), N("Sergey Lavrov","person","RUS.GOV"), N("Vladimir Putin","person","RUS.GOV"), N("Moskova","place","RUS"),
  N("Beşar Esad","person","SYR.GOV"), N("Ukrayna","country","UKR"), N("İstanbul","place","TUR")],
 [E("tr02-closure", True, ["COERCE","SANCTION"], "TUR.GOV", "RUS", ["2022-03-01","2022-04-23"],
    ev="Türkiye'nin Suriye'ye asker taşıyan Rus askeri ve sivil uçaklarına hava sahasını kapattığını açıkladı",
    notes="Airspace closure to Russian flights to Syria: COERCE [restrict] (SANCTION accepted). Decided in March, effective once the permission expired in April, announced 22-23 April 2022; any date in the window accepted."),
  E("tr02-informed", False, "CONSULT", "TUR", "RUS", ["2022-03-01","2022-03-31"], ev="kararın mart ayında Rus tarafına iletildiğini söyledi",
    notes="Agentless passive: Turkey told Russia in March."),
  E("tr02-lavrov", False, "CONSULT", actors=["TUR.GOV","RUS.GOV"], win=["2022-03-01","2022-04-23"], ev="kararı Rusya Dışişleri Bakanı Sergey Lavrov'a ilettiğini"),
  E("tr02-russia-complies", True, ["CONCEDE","AGREE","RETREAT"], "RUS", "TUR", ["2022-03-01","2022-04-23"], ev="bir iki gün sonra Rus tarafının artık bu uçuşları yapmayacaklarını bildirdiğini",
    notes="Russia's acceptance, a day or two after being told (March-April 2022, undated)."),
  E("tr02-russia-syria", False, ["ASSAULT","AID","COOPERATE","MOBILIZE"], "RUS", "SYR", ["2015-09-30","2022-04-23"], ev="Rusya, 2015'ten bu yana Suriye'de Beşar Esad yönetimini desteklemek için askeri operasyon yürütüyor",
    notes="Ongoing since 2015: any date from the start of the intervention."),
  E("tr02-istanbul-talks", False, "CONSULT", actors=["RUS","UKR"], win="2022-03-29", ev="Rus ve Ukraynalı heyetler 29 Mart'ta İstanbul'da yüz yüze görüşmüştü",
    notes="History: the Istanbul round of 29 March 2022."),
  E("tr02-mediation", False, "CONSULT", "TUR", "*", ["2022-03-01","2022-04-23"], ev="Türkiye ise Ukrayna'daki savaşta arabuluculuk çabalarını sürdürüyor")],
 [F("the 29 March Istanbul talks dated April (Ukraine)", "CONSULT", "UKR", after="2022-04-01"),
  F("Moscow's absent comment coded as a rejection", "REJECT", "RUS", unless="negated")],
 notes="No dateline: reported Saturday 2022-04-23. Uruguay is the minister's destination, not an actor."))
