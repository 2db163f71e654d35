// The weights the generator draws from. README.md tabulates them; change both together.
import type { IndustryCode, SkillLevel } from '@bayu/reference';

/**
 * Where skilled workers work, percent (sums to 100). Roughly by population, weighted towards industry: the
 * central districts, the three zones and 万州, 涪陵, 江津, 合川, 永川 large; the mountain counties small.
 */
export const DISTRICT_WEIGHTS: Readonly<Record<string, number>> = {
  '500112': 8.0, // 渝北区
  '500107': 6.5, // 九龙坡区
  '500106': 5.0, // 沙坪坝区
  '500105': 4.5, // 江北区
  '500108': 4.0, // 南岸区
  '500113': 3.8, // 巴南区
  '500103': 3.0, // 渝中区
  '500109': 3.0, // 北碚区
  '500104': 1.5, // 大渡口区
  LJXQ: 7.0, // 两江新区
  GXQ: 2.5, // 重庆高新区
  WSJK: 0.7, // 万盛经开区
  '500101': 4.5, // 万州区
  '500116': 4.0, // 江津区
  '500118': 3.9, // 永川区
  '500102': 3.85, // 涪陵区
  '500117': 3.3, // 合川区
  '500120': 2.4, // 璧山区
  '500154': 2.2, // 开州区
  '500111': 2.1, // 大足区
  '500115': 2.0, // 长寿区
  '500110': 1.8, // 綦江区
  '500151': 1.7, // 铜梁区
  '500153': 1.7, // 荣昌区
  '500152': 1.4, // 潼南区
  '500155': 1.4, // 梁平区
  '500119': 1.2, // 南川区
  '500114': 1.0, // 黔江区
  '500156': 0.6, // 武隆区
  '500235': 1.5, // 云阳县
  '500231': 1.3, // 垫江县
  '500233': 1.3, // 忠县
  '500236': 1.3, // 奉节县
  '500230': 1.0, // 丰都县
  '500241': 0.9, // 秀山县
  '500242': 0.9, // 酉阳县
  '500237': 0.8, // 巫山县
  '500243': 0.8, // 彭水县
  '500240': 0.7, // 石柱县
  '500238': 0.6, // 巫溪县
  '500229': 0.35, // 城口县
};

/**
 * The industry mix of a manufacturing city, percent (sums to 100), and how much likelier than average a
 * high-skilled worker is to be in it (the mix of high-skilled workers is weight × factor, renormalised; the
 * others make up the rest, so the overall mix stays exactly the weight).
 */
export const INDUSTRY_WEIGHTS: Readonly<Partial<Record<IndustryCode, { readonly percent: number; readonly highSkilledFactor: number }>>> = {
  C: { percent: 34, highSkilledFactor: 1.2 }, // 制造业
  E: { percent: 14, highSkilledFactor: 0.8 }, // 建筑业
  G: { percent: 8, highSkilledFactor: 0.9 }, // 交通运输、仓储和邮政业
  H: { percent: 7, highSkilledFactor: 0.8 }, // 住宿和餐饮业
  O: { percent: 7, highSkilledFactor: 0.7 }, // 居民服务、修理和其他服务业
  F: { percent: 6, highSkilledFactor: 0.5 }, // 批发和零售业
  I: { percent: 4.5, highSkilledFactor: 1.1 }, // 信息传输、软件和信息技术服务业
  Q: { percent: 4, highSkilledFactor: 0.9 }, // 卫生和社会工作
  P: { percent: 2.5, highSkilledFactor: 1.6 }, // 教育
  D: { percent: 2.5, highSkilledFactor: 1.5 }, // 电力、热力、燃气及水生产和供应业
  L: { percent: 2.5, highSkilledFactor: 0.5 }, // 租赁和商务服务业
  A: { percent: 2, highSkilledFactor: 0.7 }, // 农、林、牧、渔业
  M: { percent: 1.5, highSkilledFactor: 1.4 }, // 科学研究和技术服务业
  N: { percent: 1.3, highSkilledFactor: 0.9 }, // 水利、环境和公共设施管理业
  B: { percent: 1.2, highSkilledFactor: 1.1 }, // 采矿业
  R: { percent: 0.8, highSkilledFactor: 1.3 }, // 文化、体育和娱乐业
  K: { percent: 0.8, highSkilledFactor: 0.6 }, // 房地产业
  S: { percent: 0.3, highSkilledFactor: 1.0 }, // 公共管理、社会保障和社会组织
  J: { percent: 0.1, highSkilledFactor: 0.8 }, // 金融业
};

/** Relative weight of each age (in the as-of year), by band: a working population peaking in its thirties. */
export const AGE_BANDS: ReadonlyArray<{ readonly from: number; readonly to: number; readonly weight: number }> = [
  { from: 16, to: 18, weight: 0.3 },
  { from: 19, to: 22, weight: 1.2 },
  { from: 23, to: 27, weight: 2.4 },
  { from: 28, to: 32, weight: 3.0 },
  { from: 33, to: 37, weight: 3.2 },
  { from: 38, to: 42, weight: 3.0 },
  { from: 43, to: 47, weight: 2.8 },
  { from: 48, to: 52, weight: 2.4 },
  { from: 53, to: 57, weight: 1.6 },
  { from: 58, to: 62, weight: 1.0 },
];

/** Birth years run from here to (as-of year − 16). */
export const FIRST_BIRTH_YEAR = 1960;

/** `null` is a worker on record without a skill-level certificate. */
export type LevelOrNone = SkillLevel | null;

/**
 * The level mix, percent of all workers (each sums to 100). High-skilled (高级工 and above) is exactly the
 * published share: 31.4 in 2022, 27.3 in 2019. 特级技师 and 首席技师 were created in 2022 (新八级工).
 */
export const LEVEL_MIX: Readonly<Record<2019 | 2022, ReadonlyArray<readonly [LevelOrNone, number]>>> = {
  2022: [
    [null, 6.0],
    ['apprentice', 3.0],
    ['junior', 27.0],
    ['intermediate', 32.6],
    ['senior', 21.6],
    ['technician', 7.4],
    ['senior-technician', 2.2],
    ['principal-technician', 0.15],
    ['chief-technician', 0.05],
  ],
  2019: [
    [null, 6.5],
    ['apprentice', 3.2],
    ['junior', 29.5],
    ['intermediate', 33.5],
    ['senior', 19.0],
    ['technician', 6.4],
    ['senior-technician', 1.9],
    ['principal-technician', 0],
    ['chief-technician', 0],
  ],
};

/**
 * How a level's holders are spread over ages: a bell around `mean` (years) with spread `sd`. The level mix by
 * age is proportional to this times a per-level factor fitted so the overall mix is exactly LEVEL_MIX.
 */
export const LEVEL_AGE_PROFILE: ReadonlyArray<readonly [LevelOrNone, { readonly mean: number; readonly sd: number }]> = [
  [null, { mean: 32, sd: 14 }],
  ['apprentice', { mean: 21, sd: 5 }],
  ['junior', { mean: 31, sd: 12 }],
  ['intermediate', { mean: 37, sd: 12 }],
  ['senior', { mean: 41, sd: 11 }],
  ['technician', { mean: 45, sd: 9 }],
  ['senior-technician', { mean: 48, sd: 8 }],
  ['principal-technician', { mean: 50, sd: 7 }],
  ['chief-technician', { mean: 52, sd: 7 }],
];

/**
 * New registrations per year, thousands (2010–2022). Cumulative to 2019: 3,750; to 2022: 5,032 (seeds 001
 * and 000). Workers registered by 2019 are 27.3 % high-skilled, those after 43.3 % (their levels are today's).
 */
export const REGISTRATIONS_PER_YEAR: Readonly<Record<number, number>> = {
  2010: 180,
  2011: 220,
  2012: 260,
  2013: 300,
  2014: 340,
  2015: 380,
  2016: 420,
  2017: 460,
  2018: 560,
  2019: 630,
  2020: 400,
  2021: 430,
  2022: 452,
};

/** Nobody registers before turning this old. */
export const MIN_REGISTRATION_AGE = 16;
