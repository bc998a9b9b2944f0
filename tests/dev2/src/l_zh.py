from lib import *
DOCS = []

t1 = ("新华社北京1月12日电 外交部发言人毛宁12日在例行记者会上宣布，在中方斡旋促和下，缅甸军方与缅北“三兄弟联盟”10日至11日在云南昆明举行和谈，达成正式停火协议。"
      "毛宁说，双方同意立即停火、军人脱离接触，通过和平协商解决彼此间的争端和诉求，并承诺不损害边境地区中方居民安全和在缅中方项目及人员安全。"
      "她表示，中方希望缅甸有关各方切实落实共识，保持最大限度克制，中方愿继续为此提供建设性帮助。"
      "“三兄弟联盟”由德昂民族解放军、果敢民族民主同盟军和若开军组成，自去年10月底起在缅北掸邦发起攻势，本月初攻占了果敢自治区首府老街。"
      "去年12月，在中方推动下，冲突双方曾在中国境内举行和谈。")
DOCS.append(D("dev2-zh-01-myanmar-ceasefire", "zh", "2024-01-12", "2024-01-12", t1,
 [N("外交部","organization","CHN.GOV"), N("毛宁","person","CHN.GOV"), N("缅甸","country","MMR"), N("三兄弟联盟","organization","MMR.REB"),
  N("云南","place","CHN"), N("昆明","place","CHN"), N("德昂民族解放军","organization","MMR.REB"), N("果敢民族民主同盟军","organization","MMR.REB"),
  N("若开军","organization","MMR.REB"), N("掸邦","place","MMR"), N("老街","place","MMR"), N("中国","country","CHN")],
 [E("zh01-ceasefire", True, ["AGREE","CONCEDE","RETREAT"], actors=["MMR.MIL","MMR.REB"], win=["2024-01-10","2024-01-11"],
    ev="缅甸军方与缅北“三兄弟联盟”10日至11日在云南昆明举行和谈，达成正式停火协议",
    notes="Coordinated subject; the agreement was reached at the end of the 10-11 January talks (announced 12 January)."),
  E("zh01-talks", False, "CONSULT", actors=["MMR.MIL","MMR.REB"], win=["2024-01-10","2024-01-11"], ev="10日至11日在云南昆明举行和谈"),
  E("zh01-china-mediation", True, "CONSULT", actors=["CHN","MMR"], win=["2024-01-10","2024-01-11"], ev="在中方斡旋促和下",
    notes="China as mediator (CONSULT, third-party); either Myanmar party accepted under MMR."),
  E("zh01-commitment", False, "AGREE", "MMR", "CHN", ["2024-01-10","2024-01-11"], ev="承诺不损害边境地区中方居民安全和在缅中方项目及人员安全"),
  E("zh01-china-appeal", False, "REQUEST", "CHN.GOV", "MMR", "2024-01-12", ev="中方希望缅甸有关各方切实落实共识，保持最大限度克制"),
  E("zh01-china-offer", False, "AGREE", "CHN.GOV", "MMR", "2024-01-12", ev="中方愿继续为此提供建设性帮助"),
  E("zh01-offensive", False, "ASSAULT", "MMR.REB", "MMR", ["2023-10-20","2024-01-09"], ev="自去年10月底起在缅北掸邦发起攻势",
    notes="History: Operation 1027 began 2023-10-27 and continued."),
  E("zh01-laukkai", False, ["ASSAULT","COERCE"], "MMR.REB", "MMR", ["2024-01-01","2024-01-09"], ev="本月初攻占了果敢自治区首府老街",
    notes="Laukkai fell on 2024-01-05 ('本月初')."),
  E("zh01-december-talks", False, ["CONSULT","AGREE"], actors=["MMR","MMR"], win=["2023-12-01","2023-12-31"], ev="去年12月，在中方推动下，冲突双方曾在中国境内举行和谈")],
 [F("the offensive or the fall of Laukkai dated at or after the ceasefire", "ASSAULT", "MMR", after="2024-01-12")],
 notes="Xinhua-style dateline (新华社北京1月12日电) = 2024-01-12. The ceasefire terms (disengagement, peaceful settlement) are future. Kunming is the venue; China acts only as mediator."))

t2 = ("商务部和海关总署3日发布公告，决定自8月1日起对镓、锗相关物项实施出口管制。"
      "公告说，为维护国家安全和利益，经国务院批准，相关物项未经许可不得出口，出口经营者须向商务部申请许可，并报告最终用户和最终用途。"
      "镓和锗是制造半导体、光伏电池和通信设备的重要原料，中国是这两种金属的主要生产国。"
      "欧盟委员会发言人4日对此表示关切，认为有关措施与维护全球和平稳定无关，并呼吁中方依照世贸组织规则、仅基于明确的安全考虑实施出口管制。"
      "欧委会表示，正在评估有关措施对全球供应链和欧洲产业的影响。"
      "此前，荷兰政府于6月30日公布了针对先进半导体设备的出口管制新规，美国去年10月也出台了对华芯片出口限制措施。")
DOCS.append(D("dev2-zh-02-gallium-germanium", "zh", "2023-07-05", None, t2,
 [N("商务部","organization","CHN.GOV"), N("海关总署","organization","CHN.GOV"), N("国务院","organization","CHN.GOV"), N("中国","country","CHN"),
  N("欧盟委员会","organization","EUR"), N("欧委会","organization","EUR"), N("荷兰","country","NLD"), N("美国","country","USA")],
 [E("zh02-controls", True, ["COERCE","SANCTION"], "CHN.GOV", "*", "2023-07-03", date="2023-07-03",
    ev="商务部和海关总署3日发布公告，决定自8月1日起对镓、锗相关物项实施出口管制",
    notes="Coordinated subject; export controls announced Monday 2023-07-03 (entering into force 1 August). COERCE [restrict] (SANCTION accepted); no target country."),
  E("zh02-eu", True, "ACCUSE", "EUR", "CHN", "2023-07-04", ev="欧盟委员会发言人4日对此表示关切"),
  E("zh02-eu-request", False, "REQUEST", "EUR", "CHN", "2023-07-04", ev="呼吁中方依照世贸组织规则、仅基于明确的安全考虑实施出口管制"),
  E("zh02-dutch", False, ["COERCE","SANCTION"], "NLD.GOV", "*", "2023-06-30", ev="荷兰政府于6月30日公布了针对先进半导体设备的出口管制新规"),
  E("zh02-us", False, ["COERCE","SANCTION"], "USA", "CHN", ["2022-10-01","2022-10-31"], ev="美国去年10月也出台了对华芯片出口限制措施")],
 [F("China's controls dated on their entry into force (1 August)", "COERCE", "CHN", date="2023-08-01", unless="future"),
  F("China's controls dated on their entry into force (1 August), as SANCTION", "SANCTION", "CHN", date="2023-08-01", unless="future"),
  F("the Dutch rules dated July", "COERCE", "NLD", after="2023-07-01"),
  F("the October 2022 US restrictions dated 2023 (COERCE)", "COERCE", "USA", after="2023-01-01"),
  F("the October 2022 US restrictions dated 2023 (SANCTION)", "SANCTION", "USA", after="2023-01-01")],
 notes="No dateline: published 2023-07-05 ('3日' = 2023-07-03, '4日' = 2023-07-04). The EU's assessment of the impact is ongoing, not an event."))
