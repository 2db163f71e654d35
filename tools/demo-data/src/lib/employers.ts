// Plausible Chongqing employers. The large ones are well-known names placed in plausible districts (demo
// data, not facts about them); everything else is a local firm or public unit named after its district.
import { DISTRICTS, type IndustryCode } from '@bayu/reference';

export interface LargeEmployer {
  readonly name: string;
  readonly industry: IndustryCode;
  readonly districts: readonly string[];
  /** Account id in the realm (employer_id claim); deploy/keycloak/realm-bayu.json knows the first two. */
  readonly id: string;
  /** Evaluates its own workers' skill levels (用人单位自主评价) since 2020. */
  readonly selfEvaluation: boolean;
}

const e = (id: string, name: string, industry: IndustryCode, districts: string[], selfEvaluation = false): LargeEmployer => ({ id, name, industry, districts, selfEvaluation });

export const LARGE_EMPLOYERS: readonly LargeEmployer[] = [
  e('emp-shouxun', '重庆首讯科技股份有限公司', 'I', ['500112']),
  e('emp-chengkou-power', '国网重庆市电力公司城口供电公司', 'D', ['500229']),
  e('emp-changan', '重庆长安汽车股份有限公司', 'C', ['500105', '500112', 'LJXQ'], true),
  e('emp-changan-ford', '长安福特汽车有限公司', 'C', ['LJXQ', '500112'], true),
  e('emp-seres', '赛力斯汽车有限公司', 'C', ['500106', 'LJXQ'], true),
  e('emp-qingling', '庆铃汽车（集团）有限公司', 'C', ['500107'], true),
  e('emp-boe', '重庆京东方光电科技有限公司', 'C', ['LJXQ'], true),
  e('emp-hkc', '重庆惠科金渝光电科技有限公司', 'C', ['500113']),
  e('emp-swal', '西南铝业（集团）有限责任公司', 'C', ['500107'], true),
  e('emp-cqsteel', '重庆钢铁股份有限公司', 'C', ['500115'], true),
  e('emp-chuanwei', '中国石化集团重庆川维化工有限公司', 'C', ['500115'], true),
  e('emp-zongshen', '重庆宗申动力机械股份有限公司', 'C', ['500113'], true),
  e('emp-loncin', '隆鑫通用动力股份有限公司', 'C', ['500107']),
  e('emp-sichuan-instrument', '中国四联仪器仪表集团有限公司', 'C', ['500109'], true),
  e('emp-changan-liangjiang', '重庆长安两江工业集团有限公司', 'C', ['LJXQ']),
  e('emp-taiji', '重庆太极实业（集团）股份有限公司', 'C', ['500102']),
  e('emp-kerui', '重庆科瑞制药(集团)有限公司', 'C', ['500108']),
  e('emp-fuling-zhacai', '重庆市涪陵榨菜集团股份有限公司', 'C', ['500102']),
  e('emp-dafeng', '达丰（重庆）电脑有限公司', 'C', ['GXQ'], true),
  e('emp-inventec', '英业达（重庆）有限公司', 'C', ['GXQ']),
  e('emp-weichai', '重庆潍柴发动机有限公司', 'C', ['500105']),
  e('emp-cqmt', '重庆机床（集团）有限责任公司', 'C', ['500108'], true),
  e('emp-gearbox', '重庆齿轮箱有限责任公司', 'C', ['500116'], true),
  e('emp-hongjiang', '重庆红江机械有限责任公司', 'C', ['500118']),
  e('emp-wangjiang', '重庆望江工业有限公司', 'C', ['500105']),
  e('emp-cceg', '重庆建工集团股份有限公司', 'E', ['500103', '500112', '500108'], true),
  e('emp-mcc-construction', '中冶建工集团有限公司', 'E', ['500104'], true),
  e('emp-cq-traffic-construction', '重庆交通建设（集团）有限责任公司', 'E', ['500112']),
  e('emp-cq-foreign-construction', '重庆对外建设（集团）有限公司', 'E', ['500103']),
  e('emp-cq-urban-construction', '重庆城建控股（集团）有限责任公司', 'E', ['500108']),
  e('emp-cq-rail', '重庆市轨道交通（集团）有限公司', 'G', ['500112', '500103', '500106'], true),
  e('emp-cq-bus', '重庆市公共交通控股（集团）有限公司', 'G', ['500105', '500107', '500108']),
  e('emp-cq-port', '重庆港务物流集团有限公司', 'G', ['500105', '500117']),
  e('emp-cq-road-maintenance', '重庆市公路养护管理段', 'G', ['500106']),
  e('emp-cq-airport', '重庆江北国际机场有限公司', 'G', ['500112']),
  e('emp-cq-post', '中国邮政集团有限公司重庆市分公司', 'G', ['500103']),
  e('emp-minsheng-shipping', '民生轮船股份有限公司', 'G', ['500103']),
  e('emp-dezhuang', '重庆德庄实业（集团）有限公司', 'H', ['500108'], true),
  e('emp-taoranju', '重庆陶然居饮食文化（集团）股份有限公司', 'H', ['500107']),
  e('emp-xiaotiane', '重庆小天鹅投资控股（集团）有限公司', 'H', ['500105']),
  e('emp-cq-telecom', '中国电信股份有限公司重庆分公司', 'I', ['500112', '500103']),
  e('emp-cq-mobile', '中国移动通信集团重庆有限公司', 'I', ['500112', 'LJXQ']),
  e('emp-zbj', '猪八戒股份有限公司', 'I', ['500112']),
  e('emp-cqmu-first', '重庆医科大学附属第一医院', 'Q', ['500103']),
  e('emp-southwest-hospital', '陆军军医大学第一附属医院', 'Q', ['500106']),
  e('emp-cq-welfare-1', '重庆市第一社会福利院', 'Q', ['500108']),
  e('emp-cqipc', '重庆工业职业技术学院', 'P', ['500112']),
  e('emp-cqcmvc', '重庆城市管理职业学院', 'P', ['500106']),
  e('emp-cqcvc', '重庆城市职业学院', 'P', ['500118']),
  e('emp-cq-wuyi', '重庆五一职业技术学院', 'P', ['500107']),
  e('emp-cqvie', '重庆工程职业技术学院', 'P', ['500116']),
  e('emp-cq-electric-power-college', '重庆电力高等专科学校', 'P', ['500107']),
  e('emp-sichuan-instrument-school', '四川仪表工业学校', 'P', ['500109']),
  e('emp-sgcc-cq', '国网重庆市电力公司', 'D', ['500103', '500112'], true),
  e('emp-cq-gas', '重庆燃气集团股份有限公司', 'D', ['500105']),
  e('emp-cq-water', '重庆水务集团股份有限公司', 'D', ['500103', '500108']),
  e('emp-fuling-shale-gas', '中国石化重庆涪陵页岩气勘探开发有限公司', 'B', ['500102'], true),
  e('emp-cq-energy', '重庆能源投资集团有限公司', 'B', ['500112', '500110']),
  e('emp-cq-survey', '重庆市勘测院', 'M', ['500112']),
  e('emp-cq-geology-institute', '重庆地质矿产研究院', 'M', ['500108']),
  e('emp-cq-208', '重庆市地质矿产勘查开发局208水文地质工程地质队', 'M', ['500108']),
  e('emp-caeri', '中国汽车工程研究院股份有限公司', 'M', ['GXQ']),
  e('emp-jiangbei-landscape', '江北区园林绿化管理所', 'N', ['500105']),
  e('emp-hongyan-museum', '重庆红岩革命历史博物馆', 'R', ['500103']),
  e('emp-three-gorges-museum', '重庆中国三峡博物馆', 'R', ['500103']),
  e('emp-yandiao', '重庆砚雕文化传播有限公司', 'R', ['500117']),
  e('emp-cq-department-store', '重庆百货大楼股份有限公司', 'F', ['500103', '500112', '500106']),
  e('emp-cq-pharma', '重庆医药（集团）股份有限公司', 'F', ['500103']),
  e('emp-cq-rural-bank', '重庆农村商业银行股份有限公司', 'J', ['500105']),
  e('emp-bank-of-cq', '重庆银行股份有限公司', 'J', ['500105']),
];

/** Large employers by `${industry}|${district}`. */
export const LARGE_EMPLOYERS_AT: ReadonlyMap<string, readonly LargeEmployer[]> = (() => {
  const map = new Map<string, LargeEmployer[]>();
  for (const employer of LARGE_EMPLOYERS) {
    for (const district of employer.districts) {
      const key = `${employer.industry}|${district}`;
      map.set(key, [...(map.get(key) ?? []), employer]);
    }
  }
  return map;
})();

/** Where a large employer is present, this share of the section's workers in that district work for one. */
export const LARGE_EMPLOYER_SHARE = 0.5;

const ZONE_SHORT: Readonly<Record<string, string>> = { LJXQ: '两江新区', GXQ: '高新区', WSJK: '万盛经开区' };

/** District name as used inside firm names: 璧山, 城口, 石柱, 两江新区. */
export const DISTRICT_SHORT_NAMES: ReadonlyMap<string, string> = new Map(
  DISTRICTS.map((d) => [d.code, ZONE_SHORT[d.code] ?? d.nameZh.replace(/(土家族苗族自治县|苗族土家族自治县|土家族自治县|区|县)$/, '')]),
);

/** District name as used by public units: 璧山区, 城口县, 两江新区. */
export const DISTRICT_FULL_NAMES: ReadonlyMap<string, string> = new Map(DISTRICTS.map((d) => [d.code, d.nameZh]));

/** Trade names of small firms. */
export const BRANDS: readonly string[] = [
  '鑫达', '宏盛', '恒通', '宏达', '金鼎', '天宇', '瑞丰', '永兴', '顺发', '建新', '佳美', '中联', '华欣', '博远', '德润', '嘉陵',
  '渝丰', '巴山', '长江', '蜀渝', '新锐', '众诚', '合力', '金桥', '海川', '兴旺', '凯达', '鸿运', '腾飞', '银河', '东升', '盛世',
  '万通', '利民', '安达', '福瑞', '祥和', '金山', '川江', '缙云', '龙腾', '恒远', '益丰', '三峡', '华瑞', '正大', '亿通', '晨光',
];

type FirmName = (short: string, full: string, brand: string) => string;

/** Local firm and public-unit names per section. */
export const SMALL_FIRMS: Readonly<Partial<Record<IndustryCode, readonly FirmName[]>>> = {
  C: [
    (s, _f, b) => `重庆${s}${b}机械制造有限公司`,
    (s, _f, b) => `重庆${b}汽车零部件有限公司`,
    (s, _f, b) => `重庆${s}${b}电子科技有限公司`,
    (s, _f, b) => `重庆${b}精密模具有限公司`,
    (s, _f, b) => `重庆${s}${b}摩托车配件有限公司`,
    (s, _f, b) => `重庆${s}${b}食品有限公司`,
    (s, _f, b) => `重庆${b}化工有限公司`,
    (s, _f, b) => `重庆${s}${b}铸造有限公司`,
  ],
  E: [(s, _f, b) => `重庆${s}${b}建筑工程有限公司`, (s, _f, b) => `重庆${b}建设工程有限公司`, (s, _f, b) => `重庆${s}${b}装饰工程有限公司`, (s, _f, b) => `重庆${s}${b}建筑劳务有限公司`],
  G: [(s, _f, b) => `重庆${s}${b}物流有限公司`, (s, _f, b) => `重庆${b}运输有限公司`, (s, _f, b) => `重庆${s}${b}汽车运输有限公司`],
  H: [(s, _f, b) => `重庆${s}${b}火锅店`, (s, _f, b) => `重庆${b}餐饮管理有限公司`, (s, _f, b) => `重庆${s}${b}大酒店有限公司`],
  O: [(s, _f, b) => `重庆${s}${b}美容美发店`, (s, _f, b) => `重庆${b}家政服务有限公司`, (s, _f, b) => `重庆${s}${b}汽车维修有限公司`],
  F: [(s, _f, b) => `重庆${s}${b}商贸有限公司`, (s, _f, b) => `重庆${b}超市有限公司`, (s, _f, b) => `重庆${s}${b}医药连锁有限公司`],
  I: [(s, _f, b) => `重庆${b}信息技术有限公司`, (s, _f, b) => `重庆${s}${b}网络科技有限公司`, (s, _f, b) => `重庆${b}软件有限公司`],
  Q: [(_s, f) => `重庆市${f}人民医院`, (_s, f) => `重庆市${f}中医院`, (s, _f, b) => `重庆${s}${b}养老服务有限公司`],
  P: [(_s, f) => `重庆市${f}职业教育中心`, (s, _f, b) => `重庆${s}${b}职业培训学校`],
  D: [(s) => `国网重庆市电力公司${s}供电分公司`, (s, _f, b) => `重庆${s}${b}燃气有限公司`, (s) => `重庆${s}水务有限公司`],
  L: [(s, _f, b) => `重庆${s}${b}保安服务有限公司`, (s, _f, b) => `重庆${b}人力资源管理有限公司`],
  A: [(s, _f, b) => `${s}${b}种养殖专业合作社`, (s, _f, b) => `重庆${s}${b}农业开发有限公司`],
  M: [(s, _f, b) => `重庆${b}检测技术有限公司`, (s, _f, b) => `重庆${s}${b}勘察设计有限公司`],
  N: [(_s, f) => `重庆市${f}园林绿化管理所`, (_s, f) => `重庆市${f}环境卫生管理所`, (s, _f, b) => `重庆${s}${b}环保科技有限公司`],
  B: [(s, _f, b) => `重庆${s}${b}矿业有限公司`, (s, _f, b) => `重庆${b}能源开发有限公司`],
  R: [(s, _f, b) => `重庆${s}${b}文化传播有限公司`, (_s, f) => `重庆市${f}文化馆`],
  K: [(s, _f, b) => `重庆${s}${b}物业管理有限公司`, (s, _f, b) => `重庆${b}房地产经纪有限公司`],
  S: [(_s, f) => `重庆市${f}人力资源和社会保障局`, (_s, f) => `重庆市${f}消防救援支队`],
  J: [(s) => `重庆农村商业银行股份有限公司${s}支行`],
};

/** Who issues skill-level certificates: before 2020 the municipal appraisal centre, since then evaluators. */
export const APPRAISAL_CENTRE = '重庆市职业技能鉴定指导中心';

export const EVALUATORS: Readonly<Partial<Record<IndustryCode, readonly string[]>>> = {
  C: ['重庆工业职业技术学院', '重庆市机械高级技工学校', '重庆工程职业技术学院'],
  E: ['重庆建筑工程职业学院', '重庆工程职业技术学院'],
  G: ['重庆交通职业学院', '重庆公共运输职业学院'],
  H: ['重庆城市职业学院', '重庆商务职业学院'],
  O: ['重庆城市管理职业学院', '重庆五一职业技术学院'],
  Q: ['重庆城市管理职业学院', '重庆医药高等专科学校'],
  D: ['重庆电力高等专科学校'],
  I: ['重庆电子工程职业学院', '重庆信息技术职业学院'],
};

export const DEFAULT_EVALUATORS: readonly string[] = ['重庆五一职业技术学院', '重庆三峡职业学院', '重庆工业职业技术学院'];
