/**
 * The closed lists of the 推荐表 (seed 002): who may recommend besides the districts, and the personal
 * fields every Chinese form takes from national standards. Codes are stable; the names are what forms show.
 */

/** 市级行业主管部门 that recommend (quota per department). Codes match the SSO's `department_code` claim. */
export const DEPARTMENTS = [
  { code: 'cq-economy-it', nameZh: '市经济信息委', nameEn: 'Municipal Commission of Economy and Information Technology' },
  { code: 'cq-education', nameZh: '市教委', nameEn: 'Municipal Education Commission' },
  { code: 'cq-housing', nameZh: '市住房城乡建委', nameEn: 'Municipal Commission of Housing and Urban-Rural Development' },
  { code: 'cq-transport', nameZh: '市交通局', nameEn: 'Municipal Transport Bureau' },
  { code: 'cq-water', nameZh: '市水利局', nameEn: 'Municipal Water Resources Bureau' },
  { code: 'cq-agriculture', nameZh: '市农业农村委', nameEn: 'Municipal Commission of Agriculture and Rural Affairs' },
  { code: 'cq-commerce', nameZh: '市商务委', nameEn: 'Municipal Commission of Commerce' },
  { code: 'cq-culture-tourism', nameZh: '市文化旅游委', nameEn: 'Municipal Commission of Culture and Tourism' },
  { code: 'cq-health', nameZh: '市卫生健康委', nameEn: 'Municipal Health Commission' },
  { code: 'cq-sasac', nameZh: '市国资委', nameEn: 'Municipal State-owned Assets Supervision and Administration Commission' },
  { code: 'cq-planning', nameZh: '市规划自然资源局', nameEn: 'Municipal Planning and Natural Resources Bureau' },
  { code: 'cq-ecology', nameZh: '市生态环境局', nameEn: 'Municipal Ecology and Environment Bureau' },
] as const;
export type DepartmentCode = (typeof DEPARTMENTS)[number]['code'];
export const DEPARTMENT_CODES = DEPARTMENTS.map((d) => d.code) as unknown as readonly [DepartmentCode, ...DepartmentCode[]];

/** The 56 nationalities (GB/T 3304), as written on forms. */
export const ETHNIC_GROUPS = [
  '汉族', '蒙古族', '回族', '藏族', '维吾尔族', '苗族', '彝族', '壮族', '布依族', '朝鲜族', '满族', '侗族', '瑶族', '白族',
  '土家族', '哈尼族', '哈萨克族', '傣族', '黎族', '傈僳族', '佤族', '畲族', '高山族', '拉祜族', '水族', '东乡族', '纳西族',
  '景颇族', '柯尔克孜族', '土族', '达斡尔族', '仫佬族', '羌族', '布朗族', '撒拉族', '毛南族', '仡佬族', '锡伯族', '阿昌族',
  '普米族', '塔吉克族', '怒族', '乌孜别克族', '俄罗斯族', '鄂温克族', '德昂族', '保安族', '裕固族', '京族', '塔塔尔族',
  '独龙族', '鄂伦春族', '赫哲族', '门巴族', '珞巴族', '基诺族',
] as const;
export type EthnicGroup = (typeof ETHNIC_GROUPS)[number];

/** 政治面貌 (GB/T 4762). */
export const POLITICAL_AFFILIATIONS = [
  '中共党员', '中共预备党员', '共青团员', '民革党员', '民盟盟员', '民建会员', '民进会员', '农工党党员', '致公党党员',
  '九三学社社员', '台盟盟员', '无党派人士', '群众',
] as const;
export type PoliticalAffiliation = (typeof POLITICAL_AFFILIATIONS)[number];

/** 学历, highest completed. */
export const EDUCATION_LEVELS = [
  '博士研究生', '硕士研究生', '大学本科', '大学专科', '中等专科', '技工学校', '职业高中', '普通高中', '初中', '小学及以下',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** The four contribution criteria of seed 002; at least one, with supporting text, makes a candidate eligible. */
export const CONTRIBUTION_CRITERIA = [
  { code: 'innovation', nameZh: '技术创新或攻关取得重大突破，创造显著效益', nameEn: 'A technical innovation or breakthrough with major benefit' },
  { code: 'leading-skill', nameZh: '技艺精湛，首创先进操作法并得到广泛应用', nameEn: 'A leading skill with an advanced method that was widely adopted' },
  { code: 'new-products', nameZh: '研发新产品或推动技术成果转化', nameEn: 'New products or a transfer of technology' },
  { code: 'unique-skill', nameZh: '身怀绝技绝活达到国内先进水平，传帮带成绩突出', nameEn: 'A unique skill at a national-advanced level with outstanding apprenticeship teaching' },
] as const;
export type ContributionCriterion = (typeof CONTRIBUTION_CRITERIA)[number]['code'];
export const CONTRIBUTION_CRITERION_CODES = CONTRIBUTION_CRITERIA.map((c) => c.code) as unknown as readonly [ContributionCriterion, ...ContributionCriterion[]];
