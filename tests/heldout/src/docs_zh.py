from common import *

T1 = ("新华社天津2021年7月28日电 国务委员兼外长王毅28日在天津会见来华访问的阿富汗塔利班政治委员会负责人巴拉达尔。"
"王毅表示，阿富汗塔利班是阿富汗国内重要的军事和政治力量，希望其在阿和平和解与重建进程中发挥重要作用。"
"王毅指出，“东伊运”是联合国安理会列名的国际恐怖组织，对中国国家安全和领土完整构成直接威胁，"
"希望阿富汗塔利班同一切恐怖组织彻底划清界限，坚决有效打击“东伊运”。"
"巴拉达尔感谢中方长期以来对阿富汗人民的支持和帮助，表示阿塔绝不允许任何势力利用阿富汗领土做危害中国的事情。"
"今年5月以来，美国和北约军队开始从阿富汗撤出，塔利班随后在多地发动攻势。")

D1 = doc("heldout-zh-01-wang-yi-baradar", "zh", "2021-07-28", "2021-07-28", T1,
 [E("王毅","person","CHN.GOV"), E("天津","place","CHN"), E("阿富汗塔利班","organization","AFG.REB"),
  E("巴拉达尔","person","AFG.REB"), E("东伊运","organization","IMG"), E("联合国安理会","organization","UNO"),
  E("中国","country","CHN"), E("阿富汗","country","AFG"), E("美国","country","USA"), E("北约","organization","IGO")],
 [ev("zh01-visit", True, "CONSULT", "AFG.REB", "CHN", ["2021-07-28","2021-07-28"],
     "王毅28日在天津会见来华访问的阿富汗塔利班政治委员会负责人巴拉达尔",
     "Before 2021-08-15 the Taliban are AFG.REB (an insurgency), not AFG.GOV."),
  ev("zh01-demand-etim", True, "REQUEST", "CHN.GOV", "AFG.REB", ["2021-07-28","2021-07-28"],
     "希望阿富汗塔利班同一切恐怖组织彻底划清界限，坚决有效打击“东伊运”"),
  ev("zh01-pledge", True, "AGREE", "AFG.REB", "CHN", ["2021-07-28","2021-07-28"],
     "表示阿塔绝不允许任何势力利用阿富汗领土做危害中国的事情",
     "A promise (AGREE), not a negated event."),
  sym("zh01-meeting", False, "CONSULT", "CHN", "AFG.REB", ["2021-07-28","2021-07-28"], "王毅28日在天津会见",
     "The meeting, with China as source."),
  ev("zh01-praise", False, ["SUPPORT","REQUEST"], "CHN.GOV", "AFG.REB", ["2021-07-28","2021-07-28"],
     "阿富汗塔利班是阿富汗国内重要的军事和政治力量，希望其在阿和平和解与重建进程中发挥重要作用"),
  ev("zh01-accuse-etim", False, "ACCUSE", "CHN.GOV", "IMG", ["2021-07-28","2021-07-28"],
     "“东伊运”...对中国国家安全和领土完整构成直接威胁"),
  ev("zh01-thanks", False, "SUPPORT", "AFG.REB", "CHN", ["2021-07-28","2021-07-28"],
     "巴拉达尔感谢中方长期以来对阿富汗人民的支持和帮助"),
  ev("zh01-withdrawal", False, "RETREAT", "USA.MIL", "AFG", ["2021-05-01","2021-07-28"],
     "今年5月以来，美国和北约军队开始从阿富汗撤出", "Ongoing since May 2021: any date from May to publication accepted."),
  ev("zh01-nato-withdrawal", False, "RETREAT", "IGO", "AFG", ["2021-05-01","2021-07-28"], "美国和北约军队开始从阿富汗撤出"),
  ev("zh01-offensive", False, "ASSAULT", "AFG.REB", "AFG", ["2021-05-01","2021-07-28"], "塔利班随后在多地发动攻势",
     "Offensive against the Afghan republic's forces (AFG.GOV/AFG.MIL), May-July 2021."),
 ],
 [],
 [],
 "The year of the dateline is given in full. 'ETIM' coded IMG (transnational militant group); CHN.REB would be matched by nothing listed but is not wrong as an entity reading.")

T2 = ("国家主席习近平14日在人民大会堂同来华进行国事访问的伊朗总统莱希举行会谈。习近平指出，无论国际和地区形势如何变化，"
"中方都将坚定不移发展中伊友好合作，支持伊朗维护国家主权、独立、领土完整和民族尊严，反对外部势力干涉伊朗内政。"
"莱希表示，伊方坚定奉行一个中国政策，愿同中方加强在经贸、能源、基础设施等领域合作。"
"会谈后，两国元首共同见证了农业、贸易、旅游、环保、卫生、救灾、文化、体育等领域多份双边合作文件的签署。"
"莱希当天抵达北京，开始为期三天的访问。2016年1月，习近平对伊朗进行国事访问，两国宣布建立全面战略伙伴关系。")

D2 = doc("heldout-zh-02-raisi-beijing", "zh", "2023-02-15", None, T2,
 [E("习近平","person","CHN.GOV"), E("人民大会堂","place","CHN"), E("伊朗","country","IRN"), E("莱希","person","IRN.GOV"),
  E("中方","country","CHN"), E("北京","place","CHN")],
 [ev("zh02-visit", True, "CONSULT", "IRN.GOV", "CHN", ["2023-02-14","2023-02-14"],
     "同来华进行国事访问的伊朗总统莱希举行会谈 ... 莱希当天抵达北京",
     "Raisi arrived in Beijing on 2023-02-14 and was received the same day."),
  sym("zh02-documents", True, ["SUPPORT","AGREE","COOPERATE"], "CHN", "IRN", ["2023-02-14","2023-02-14"],
     "两国元首共同见证了...多份双边合作文件的签署"),
  sym("zh02-talks", False, "CONSULT", "CHN", "IRN", ["2023-02-14","2023-02-14"], "习近平14日在人民大会堂同...莱希举行会谈"),
  ev("zh02-xi-support", False, ["SUPPORT","AGREE"], "CHN.GOV", "IRN", ["2023-02-14","2023-02-14"],
     "支持伊朗维护国家主权、独立、领土完整和民族尊严"),
  ev("zh02-xi-oppose", False, "ACCUSE", "CHN.GOV", "*", ["2023-02-14","2023-02-14"], "反对外部势力干涉伊朗内政"),
  ev("zh02-raisi-one-china", False, ["SUPPORT","AGREE"], "IRN.GOV", "CHN", ["2023-02-14","2023-02-14"],
     "伊方坚定奉行一个中国政策，愿同中方加强...合作"),
  ev("zh02-xi-2016", False, "CONSULT", "CHN.GOV", "IRN", ["2016-01-01","2016-01-31"],
     "2016年1月，习近平对伊朗进行国事访问", "History (23 January 2016): acceptable only if dated January 2016."),
  sym("zh02-partnership-2016", False, ["SUPPORT","AGREE","COOPERATE"], "CHN", "IRN", ["2016-01-01","2016-01-31"],
     "两国宣布建立全面战略伙伴关系", "History: acceptable only if dated January 2016."),
 ],
 [],
 [],
 "Published 2023-02-15; '14日' is 2023-02-14. The 2016 visit and partnership share type and actors with the 2023 events (symmetric talks and signing), so they are optional with January 2016 windows rather than forbidden.")

DOCS = [D1, D2]
