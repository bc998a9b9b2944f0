from lib import *
DOCS = []

t1 = ("МОСКВА, 26 марта 2023 — Россия разместит тактическое ядерное оружие на территории Белоруссии, заявил президент Владимир Путин в интервью телеканалу «Россия-1», показанном в субботу. "
      "По его словам, строительство специального хранилища будет завершено к 1 июля, а Минску уже передан комплекс «Искандер», способный нести ядерные боеприпасы. "
      "Обучение белорусских экипажей начнется 3 апреля. "
      "Путин подчеркнул, что контроль над оружием Москва не передает, и сравнил этот шаг с размещением американского ядерного оружия в Европе. "
      "Поводом он назвал решение Лондона поставлять Украине снаряды с обедненным ураном. "
      "Об этом, по словам Путина, давно просил президент Белоруссии Александр Лукашенко. "
      "В воскресенье МИД Украины потребовал созвать экстренное заседание Совета Безопасности ООН, а представитель НАТО Оана Лунгеску назвала риторику Москвы «опасной и безответственной». "
      "Глава дипломатии ЕС Жозеп Боррель пригрозил Минску новыми санкциями, если размещение состоится.")
DOCS.append(D("dev2-ru-01-belarus-nuclear", "ru", "2023-03-26", "2023-03-26", t1,
 [N("МОСКВА","place","RUS"), N("Россия","country","RUS"), N("Белоруссии","country","BLR"), N("Владимир Путин","person","RUS.GOV"),
  N("Минску","place","BLR"), N("Москва","place","RUS"), N("Лондона","place","GBR"), N("Украине","country","UKR"),
  N("Александр Лукашенко","person","BLR.GOV"), N("МИД Украины","organization","UKR.GOV"), N("Совета Безопасности ООН","organization","UNO"),
  N("НАТО","organization","IGO"), N("Оана Лунгеску","person","IGO"), N("ЕС","organization","EUR"), N("Жозеп Боррель","person","EUR")],
 [E("ru01-iskander", True, ["AID","COOPERATE","MOBILIZE"], "RUS", "BLR", ["2022-06-01","2023-03-26"],
    ev="Минску уже передан комплекс «Искандер», способный нести ядерные боеприпасы",
    notes="Agentless passive, already done ('уже'), date not given: any date up to the report. The stationing of nuclear weapons itself is future (storage by 1 July)."),
  E("ru01-announce-threat", False, "THREATEN", "RUS.GOV", "*", "2023-03-25", ev="Россия разместит тактическое ядерное оружие на территории Белоруссии, заявил президент Владимир Путин",
    notes="The announcement read as a threat (THREATEN, aux none) is acceptable; dated on the broadcast, Saturday 2023-03-25."),
  E("ru01-announce-agree", False, "AGREE", "RUS.GOV", "BLR", "2023-03-25", ev="Россия разместит тактическое ядерное оружие на территории Белоруссии"),
  E("ru01-compare-us", False, "ACCUSE", "RUS.GOV", "USA", "2023-03-25", ev="сравнил этот шаг с размещением американского ядерного оружия в Европе",
    notes="Implicit reproach of the US; optional."),
  E("ru01-accuse-uk", False, "ACCUSE", "RUS.GOV", "GBR", "2023-03-25", ev="Поводом он назвал решение Лондона поставлять Украине снаряды с обедненным ураном"),
  E("ru01-uk-decision", False, ["AID","AGREE","COOPERATE"], "GBR", "UKR", ["2023-03-20","2023-03-25"], ev="решение Лондона поставлять Украине снаряды с обедненным ураном",
    notes="Nominalisation: the UK decision of 2023-03-20 (the supply is future)."),
  E("ru01-lukashenko", False, "REQUEST", "BLR.GOV", "RUS", ["2021-01-01","2023-03-25"], ev="давно просил президент Белоруссии Александр Лукашенко"),
  E("ru01-ukraine-unsc", True, "REQUEST", "UKR.GOV", "UNO", "2023-03-26", date="2023-03-26", ev="В воскресенье МИД Украины потребовал созвать экстренное заседание Совета Безопасности ООН"),
  E("ru01-nato", True, "ACCUSE", "IGO", "RUS", "2023-03-26", ev="представитель НАТО Оана Лунгеску назвала риторику Москвы «опасной и безответственной»"),
  E("ru01-borrell", True, "THREATEN", "EUR", "BLR", "2023-03-26", ev="Жозеп Боррель пригрозил Минску новыми санкциями, если размещение состоится")],
 [F("the stationing coded as done (MOBILIZE) on the day", "MOBILIZE", "RUS", after="2023-03-27", unless="future"),
  F("the crew training (3 April) coded as begun", "COOPERATE", "RUS", date="2023-04-03", unless="future"),
  F("Putin's Saturday interview dated Sunday (THREATEN)", "THREATEN", "RUS", date="2023-03-26"),
  F("Borrell's threatened sanctions coded as imposed", "SANCTION", "EUR", unless="hypothetical")],
 [("Оана Лунгеску", "опасной и безответственной")],
 notes="Dateline Sunday 2023-03-26; the interview was shown Saturday 2023-03-25, the reactions are of Sunday. 'Россия-1' is the broadcaster, not an actor. 'контроль ... не передает' is negated."))

t2 = ("Российские военные и пограничники уйдут из ряда областей Армении, сообщил в четверг пресс-секретарь Кремля Дмитрий Песков. "
      "По его словам, об этом президент России Владимир Путин и премьер-министр Армении Никол Пашинян договорились в среду на встрече в Москве, куда армянский премьер прибыл на заседание Высшего Евразийского экономического совета. "
      "Решение было принято по просьбе Еревана: Пашинян, как пояснил Песков, заявил, что в изменившихся условиях необходимости в их присутствии больше нет. "
      "Глава фракции правящей партии «Гражданский договор» Айк Конджорян уточнил, что речь идет о Тавушской, Сюникской, Вайоцдзорской, Гегаркуникской и Араратской областях, граничащих с Азербайджаном. "
      "При этом российские пограничники продолжат охранять внешние границы Армении с Турцией и Ираном. "
      "Ранее Ереван уведомил Москву, что с 1 августа российских пограничников на контрольно-пропускном пункте аэропорта «Звартноц» сменят армянские. "
      "В феврале Пашинян заявил, что Армения заморозила участие в ОДКБ, обвинив организацию в невыполнении обязательств перед страной.")
DOCS.append(D("dev2-ru-02-armenia-border-guards", "ru", "2024-05-09", None, t2,
 [N("Армении","country","ARM"), N("Дмитрий Песков","person","RUS.GOV"), N("России","country","RUS"), N("Владимир Путин","person","RUS.GOV"),
  N("Никол Пашинян","person","ARM.GOV"), N("Москве","place","RUS"), N("Высшего Евразийского экономического совета","organization","IGO"),
  N("Гражданский договор","organization","ARM.PTY"), N("Айк Конджорян","person","ARM.LEG"), N("Азербайджаном","country","AZE"),
  N("Еревана","place","ARM"), N("Турцией","country","TUR"), N("Ираном","country","IRN"), N("Звартноц","place","ARM"),
  N("ОДКБ","organization","IGO"), N("Армения","country","ARM")],
 [E("ru02-agreement", True, ["AGREE","CONCEDE"], actors=["RUS.GOV","ARM.GOV"], win="2024-05-08", date="2024-05-08",
    ev="президент России Владимир Путин и премьер-министр Армении Никол Пашинян договорились в среду на встрече в Москве",
    notes="'в среду' = 2024-05-08 (published Thursday 2024-05-09). The withdrawal itself is future."),
  E("ru02-meeting", True, "CONSULT", "ARM.GOV", "RUS", "2024-05-08", ev="на встрече в Москве, куда армянский премьер прибыл на заседание",
    notes="Visitor (Pashinyan) as source; symmetric readings of the meeting are covered by ru02-meeting-sym."),
  E("ru02-meeting-sym", False, "CONSULT", actors=["RUS","ARM"], win="2024-05-08", ev="на встрече в Москве"),
  E("ru02-eaeu", False, "CONSULT", actors=["ARM.GOV","IGO"], win="2024-05-08", ev="прибыл на заседание Высшего Евразийского экономического совета"),
  E("ru02-peskov", False, ["CONCEDE","AGREE"], "RUS.GOV", "ARM", "2024-05-09", ev="Российские военные и пограничники уйдут из ряда областей Армении, сообщил в четверг пресс-секретарь Кремля Дмитрий Песков",
    notes="Announcement of a concession to Armenia's request; the withdrawal is future."),
  E("ru02-request", False, "REQUEST", "ARM", "RUS", ["2024-03-01","2024-05-08"], ev="Решение было принято по просьбе Еревана"),
  E("ru02-zvartnots", False, "REQUEST", "ARM", "RUS", ["2024-03-01","2024-05-08"], ev="Ранее Ереван уведомил Москву, что с 1 августа российских пограничников на контрольно-пропускном пункте аэропорта «Звартноц» сменят армянские",
    notes="Earlier notification (March 2024): a demand that Russia leave the airport checkpoint."),
  E("ru02-pashinyan-said", False, "REQUEST", "ARM.GOV", "RUS", "2024-05-08", ev="Пашинян, как пояснил Песков, заявил, что в изменившихся условиях необходимости в их присутствии больше нет"),
  E("ru02-konjoryan", False, ["AGREE","CONCEDE"], "ARM", "RUS", "2024-05-09", ev="Айк Конджорян уточнил, что речь идет о Тавушской, Сюникской, Вайоцдзорской, Гегаркуникской и Араратской областях",
    notes="The Armenian side's account of the same agreement, dated on its announcement."),
  E("ru02-csto-freeze", False, ["SANCTION","REJECT"], "ARM.GOV", "IGO", ["2024-02-01","2024-02-29"], ev="В феврале Пашинян заявил, что Армения заморозила участие в ОДКБ"),
  E("ru02-csto-accuse", False, "ACCUSE", "ARM.GOV", "IGO", ["2024-02-01","2024-02-29"], ev="обвинив организацию в невыполнении обязательств перед страной")],
 [F("the agreed withdrawal coded as done", "RETREAT", "RUS", unless="future"),
  F("the February CSTO freeze dated May (SANCTION)", "SANCTION", "ARM", after="2024-05-01"),
  F("the February accusation dated May", "ACCUSE", "ARM", after="2024-05-01"),
  F("the Zvartnots deadline (1 August) coded as a withdrawal", "RETREAT", "RUS", date="2024-08-01", unless="future")],
 notes="No dateline: published Thursday 2024-05-09. Azerbaijan is only the neighbour of the regions named. Turkey and Iran are only the borders Russian guards keep guarding (future). Pronoun 'об этом' refers back to the withdrawal."))
