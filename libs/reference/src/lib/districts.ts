/**
 * Chongqing's 38 districts and counties (GB/T 2260 codes) plus the three special zones that recommend
 * nominees like a district does (DOMAIN.md). The zones have no GB/T 2260 code of their own, so they
 * carry short stable letter codes.
 */
export type DistrictKind = 'district' | 'county' | 'zone';

export interface District {
  readonly code: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly kind: DistrictKind;
}

const d = (code: string, nameZh: string, nameEn: string, kind: DistrictKind): District => ({ code, nameZh, nameEn, kind });

export const DISTRICTS: readonly District[] = [
  d('500101', '万州区', 'Wanzhou', 'district'),
  d('500102', '涪陵区', 'Fuling', 'district'),
  d('500103', '渝中区', 'Yuzhong', 'district'),
  d('500104', '大渡口区', 'Dadukou', 'district'),
  d('500105', '江北区', 'Jiangbei', 'district'),
  d('500106', '沙坪坝区', 'Shapingba', 'district'),
  d('500107', '九龙坡区', 'Jiulongpo', 'district'),
  d('500108', '南岸区', "Nan'an", 'district'),
  d('500109', '北碚区', 'Beibei', 'district'),
  d('500110', '綦江区', 'Qijiang', 'district'),
  d('500111', '大足区', 'Dazu', 'district'),
  d('500112', '渝北区', 'Yubei', 'district'),
  d('500113', '巴南区', 'Banan', 'district'),
  d('500114', '黔江区', 'Qianjiang', 'district'),
  d('500115', '长寿区', 'Changshou', 'district'),
  d('500116', '江津区', 'Jiangjin', 'district'),
  d('500117', '合川区', 'Hechuan', 'district'),
  d('500118', '永川区', 'Yongchuan', 'district'),
  d('500119', '南川区', 'Nanchuan', 'district'),
  d('500120', '璧山区', 'Bishan', 'district'),
  d('500151', '铜梁区', 'Tongliang', 'district'),
  d('500152', '潼南区', 'Tongnan', 'district'),
  d('500153', '荣昌区', 'Rongchang', 'district'),
  d('500154', '开州区', 'Kaizhou', 'district'),
  d('500155', '梁平区', 'Liangping', 'district'),
  d('500156', '武隆区', 'Wulong', 'district'),
  d('500229', '城口县', 'Chengkou', 'county'),
  d('500230', '丰都县', 'Fengdu', 'county'),
  d('500231', '垫江县', 'Dianjiang', 'county'),
  d('500233', '忠县', 'Zhongxian', 'county'),
  d('500235', '云阳县', 'Yunyang', 'county'),
  d('500236', '奉节县', 'Fengjie', 'county'),
  d('500237', '巫山县', 'Wushan', 'county'),
  d('500238', '巫溪县', 'Wuxi', 'county'),
  d('500240', '石柱土家族自治县', 'Shizhu', 'county'),
  d('500241', '秀山土家族苗族自治县', 'Xiushan', 'county'),
  d('500242', '酉阳土家族苗族自治县', 'Youyang', 'county'),
  d('500243', '彭水苗族土家族自治县', 'Pengshui', 'county'),
  d('LJXQ', '两江新区', 'Liangjiang New Area', 'zone'),
  d('GXQ', '重庆高新区', 'Chongqing Hi-tech Zone', 'zone'),
  d('WSJK', '万盛经开区', 'Wansheng Economic Development Zone', 'zone'),
];

const byCode = new Map(DISTRICTS.map((x) => [x.code, x]));

export const DISTRICT_CODES = DISTRICTS.map((x) => x.code) as readonly string[];

export function findDistrict(code: string): District | undefined {
  return byCode.get(code);
}

export function isDistrictCode(code: string): boolean {
  return byCode.has(code);
}

const byName = new Map(DISTRICTS.flatMap((x) => [[x.nameZh, x.code] as [string, string], [x.nameZh.replace(/(区|县|自治县)$/, ''), x.code] as [string, string]]));

/** Accepts a district code or its Chinese name (渝中区, 渝中), as spreadsheets carry either. */
export function districtCodeOf(value: string): string | undefined {
  const v = value.trim();
  return byCode.has(v) ? v : byName.get(v);
}
