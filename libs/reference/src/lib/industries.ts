/** Industry sections of GB/T 4754-2017 (国民经济行业分类, 门类), the level statistics are reported at. */
export const INDUSTRIES = [
  { code: 'A', nameZh: '农、林、牧、渔业', nameEn: 'Agriculture, forestry, animal husbandry and fishery' },
  { code: 'B', nameZh: '采矿业', nameEn: 'Mining' },
  { code: 'C', nameZh: '制造业', nameEn: 'Manufacturing' },
  { code: 'D', nameZh: '电力、热力、燃气及水生产和供应业', nameEn: 'Electricity, heat, gas and water supply' },
  { code: 'E', nameZh: '建筑业', nameEn: 'Construction' },
  { code: 'F', nameZh: '批发和零售业', nameEn: 'Wholesale and retail trade' },
  { code: 'G', nameZh: '交通运输、仓储和邮政业', nameEn: 'Transport, storage and post' },
  { code: 'H', nameZh: '住宿和餐饮业', nameEn: 'Accommodation and catering' },
  { code: 'I', nameZh: '信息传输、软件和信息技术服务业', nameEn: 'Information transmission, software and IT services' },
  { code: 'J', nameZh: '金融业', nameEn: 'Finance' },
  { code: 'K', nameZh: '房地产业', nameEn: 'Real estate' },
  { code: 'L', nameZh: '租赁和商务服务业', nameEn: 'Leasing and business services' },
  { code: 'M', nameZh: '科学研究和技术服务业', nameEn: 'Scientific research and technical services' },
  { code: 'N', nameZh: '水利、环境和公共设施管理业', nameEn: 'Water, environment and public facilities management' },
  { code: 'O', nameZh: '居民服务、修理和其他服务业', nameEn: 'Resident services, repair and other services' },
  { code: 'P', nameZh: '教育', nameEn: 'Education' },
  { code: 'Q', nameZh: '卫生和社会工作', nameEn: 'Health and social work' },
  { code: 'R', nameZh: '文化、体育和娱乐业', nameEn: 'Culture, sports and entertainment' },
  { code: 'S', nameZh: '公共管理、社会保障和社会组织', nameEn: 'Public administration, social security and social organisations' },
  { code: 'T', nameZh: '国际组织', nameEn: 'International organisations' },
] as const;

export type IndustryCode = (typeof INDUSTRIES)[number]['code'];
export const INDUSTRY_CODES = INDUSTRIES.map((i) => i.code) as unknown as readonly [IndustryCode, ...IndustryCode[]];

const byName = new Map<string, IndustryCode>(INDUSTRIES.flatMap((i) => [[i.code, i.code] as [string, IndustryCode], [i.nameZh, i.code] as [string, IndustryCode]]));

/** Accepts the section letter or its Chinese name, as spreadsheets carry either. */
export function industryCodeOf(value: string): IndustryCode | undefined {
  return byName.get(value.trim().toUpperCase()) ?? byName.get(value.trim());
}
