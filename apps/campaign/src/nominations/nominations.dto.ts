import { z } from 'zod';
import { parseNationalId } from '@bayu/national-id';
import { zodCheckMessage, zodMessage } from '@bayu/platform/http';
import { CONTRIBUTION_CRITERION_CODES, DEPARTMENT_CODES, EDUCATION_LEVELS, ETHNIC_GROUPS, POLITICAL_AFFILIATIONS, SKILL_LEVEL_CODES } from '@bayu/reference';
import { FORM_ACTIONS, NOMINATION_STATUSES } from './nomination-lifecycle';

/** Length as a reader counts it: characters (汉字 count one each, even outside the BMP), not UTF-16 units. */
export const characterCount = (text: string) => [...text.normalize('NFC')].length;

const chars = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .transform((s) => s.normalize('NFC'))
    .refine((s) => characterCount(s) <= max, {
      ...zodMessage({ zh: `不能超过${max}个字`, en: `at most ${max} characters` }, { max }),
    });

const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, zodCheckMessage({ zh: '须为年月，如 1985-07', en: 'a year and month like 1985-07' }));

/** The 推荐表 of seed 002, every field. The photo and the evidence file come as uploads of their own. */
const nominationFormFields = z
  .object({
    name: chars(50),
    gender: z.enum(['male', 'female']),
    birthYearMonth: yearMonth,
    nationalId: z.string().max(32),
    ethnicity: z.enum(ETHNIC_GROUPS),
    politicalAffiliation: z.enum(POLITICAL_AFFILIATIONS),
    education: z.enum(EDUCATION_LEVELS),
    occupation: chars(100).describe('职业（工种）'),
    qualification: z
      .object({
        skillLevel: z.enum(SKILL_LEVEL_CODES).optional().describe('职业资格（技能）等级'),
        professionalTitle: chars(100).optional().describe('专业技术职称, e.g. 高级工程师'),
      })
      .strict()
      .refine((q) => q.skillLevel !== undefined || q.professionalTitle !== undefined, zodMessage({ zh: '请填写技能等级或专业技术职称', en: 'give a skill level or a professional title' })),
    employerName: chars(200),
    workStartYearMonth: yearMonth.describe('参加工作时间'),
    employerAddress: chars(200),
    employerPostcode: z.string().regex(/^\d{6}$/, zodCheckMessage({ zh: '须为6位数字', en: 'six digits' })),
    employerContact: chars(50),
    employerPhone: z.string().regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, zodCheckMessage({ zh: '须为手机号码或带区号的固定电话号码', en: 'a mobile number or an area code and number' })),
    deedsAndAwards: chars(1000).describe('主要事迹及获奖情况，不超过1000字'),
    deedsStatement: chars(2000).describe('事迹材料，1500字左右'),
    contributions: z
      .array(
        z
          .object({
            criterion: z.enum(CONTRIBUTION_CRITERION_CODES),
            evidence: chars(500),
          })
          .strict(),
      )
      .max(4)
      .refine((list) => new Set(list.map((c) => c.criterion)).size === list.length, zodMessage({ zh: '每项条件只能选一次', en: 'each criterion once' }))
      .describe('the four contribution criteria ticked, each with its supporting text'),
  })
  .strict();

const CROSS_CHECKED = new Set(['nationalId', 'gender', 'birthYearMonth', 'workStartYearMonth']);

/** The fields checked against one another; a correction may leave the ID number out to keep the stored one. */
type CrossCheckedForm = Pick<z.output<typeof nominationFormFields>, 'gender' | 'birthYearMonth' | 'workStartYearMonth'> & { readonly nationalId?: string };

/**
 * The ID number must agree with the gender and birth month on the form. Checked even when other fields are
 * wrong (as long as these four are well formed), so the clerk sees every mistake in one answer. Without a
 * number (a correction keeping the stored one) only the work start is checked here; the service then checks
 * the form against the stored number with {@link nominationFormSchema}. The refinement and its options, for
 * `superRefine`.
 */
const idChecks = [
  (form: CrossCheckedForm, ctx: z.RefinementCtx<CrossCheckedForm>) => {
    const id = form.nationalId === undefined ? undefined : parseNationalId(form.nationalId);
    if (id && !id.ok) {
      ctx.addIssue({
        code: 'custom',
        path: ['nationalId'],
        ...zodMessage({ zh: id.messageZh, en: id.message }, { problem: id.problem }),
      });
      return;
    }
    if (id && form.gender !== id.facts.gender)
      ctx.addIssue({
        code: 'custom',
        path: ['gender'],
        ...zodMessage({ zh: '与身份证号不符', en: 'does not match the ID number' }),
      });
    if (id && form.birthYearMonth !== id.facts.birthDate.slice(0, 7))
      ctx.addIssue({
        code: 'custom',
        path: ['birthYearMonth'],
        ...zodMessage({ zh: '与身份证号不符', en: 'does not match the ID number' }),
      });
    if (form.workStartYearMonth < form.birthYearMonth)
      ctx.addIssue({
        code: 'custom',
        path: ['workStartYearMonth'],
        ...zodMessage({ zh: '不能早于出生年月', en: 'cannot be before the birth' }),
      });
  },
  {
    when: (payload: z.core.ParsePayload) => typeof payload.value === 'object' && payload.value !== null && payload.issues.every((issue) => !CROSS_CHECKED.has(String(issue.path?.[0]))),
  },
] as const;

export const nominationFormSchema = nominationFormFields.superRefine(...idChecks);
export type NominationForm = z.infer<typeof nominationFormSchema>;

/** A correction's form: every field as above, but the ID number may be left out to keep the stored one. */
export const correctedFormSchema = nominationFormFields
  .extend({ nationalId: nominationFormFields.shape.nationalId.optional().describe('leave out to keep the stored number (never returned in clear); send it to change the person') })
  .superRefine(...idChecks);
export type CorrectedForm = z.infer<typeof correctedFormSchema>;

export const recommenderChoiceSchema = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('district') })
    .strict()
    .describe("through the employer's district (central units too)"),
  z
    .object({ kind: z.literal('department'), code: z.enum(DEPARTMENT_CODES) })
    .strict()
    .describe('through a municipal department'),
]);

export const createNominationSchema = z
  .object({
    campaignId: z.uuid(),
    recommender: recommenderChoiceSchema,
    form: nominationFormSchema,
  })
  .strict();
export type CreateNominationInput = z.infer<typeof createNominationSchema>;

export const replaceNominationSchema = z.object({ form: correctedFormSchema }).strict();
export type ReplaceNominationInput = z.infer<typeof replaceNominationSchema>;

export const nominationActionSchema = z
  .object({
    action: z.enum(FORM_ACTIONS),
    opinion: chars(500).optional().describe('the opinion of an endorsement, or the reasons for a return or rejection'),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.action !== 'withdraw' && input.opinion === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['opinion'],
        ...zodMessage({ zh: '请填写审核意见或理由', en: 'an opinion or the reasons are required' }),
      });
  });
export type NominationActionInput = z.infer<typeof nominationActionSchema>;

export const listNominationsSchema = z
  .object({
    status: z.enum(NOMINATION_STATUSES).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    cursor: z.uuid().optional().describe('nextCursor of the previous page'),
  })
  .strict();
export type ListNominationsInput = z.infer<typeof listNominationsSchema>;

const formView = nominationFormFields.omit({ nationalId: true });

export const eligibilityViewSchema = z.object({
  eligible: z.boolean().describe('the result of the rules of seed 002 against the registry record'),
  effective: z.boolean().describe('what counts: the override when there is one'),
  checks: z.array(z.object({ rule: z.enum(['qualification', 'contribution', 'not-already-awarded']), ok: z.boolean(), detailZh: z.string(), detailEn: z.string() })),
  override: z.object({ eligible: z.boolean(), justification: z.string(), by: z.string(), at: z.iso.datetime() }).nullable(),
});

export const eligibilityOverrideSchema = z.object({ eligible: z.boolean(), justification: chars(500) }).strict();
export type EligibilityOverrideInput = z.infer<typeof eligibilityOverrideSchema>;
export const nominationViewSchema = z.object({
  id: z.uuid(),
  campaignId: z.uuid(),
  status: z.enum(NOMINATION_STATUSES),
  recommender: z.object({
    kind: z.enum(['district', 'department']),
    code: z.string(),
    nameZh: z.string(),
  }),
  employerId: z.string(),
  districtCode: z.string(),
  nationalIdMasked: z.string(),
  form: formView,
  eligibility: eligibilityViewSchema,
  attachments: z.object({
    photo: z.object({ type: z.string(), width: z.number().int(), height: z.number().int(), bytes: z.number().int() }).nullable(),
    evidence: z.object({ type: z.string(), pages: z.number().int(), bytes: z.number().int(), fileName: z.string().optional() }).nullable(),
  }),
  nextActions: z.array(z.object({ action: z.string(), labelZh: z.string(), labelEn: z.string() })),
  version: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type NominationView = z.infer<typeof nominationViewSchema>;

export const nominationPageSchema = z.object({
  items: z.array(nominationViewSchema),
  nextCursor: z.uuid().nullable().describe('cursor of the next page; null on the last page'),
});
export type NominationPage = z.infer<typeof nominationPageSchema>;

export const transitionViewSchema = z.object({
  action: z.string(),
  from: z.string().nullable(),
  to: z.string(),
  actor: z.string(),
  actorAgency: z.string(),
  actorName: z.string().nullable(),
  opinion: z.string().nullable(),
  changes: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })).nullable(),
  at: z.iso.datetime(),
});
export type TransitionView = z.infer<typeof transitionViewSchema>;

export const nominationIdParam = z.uuid();

export const recommenderQuotaSchema = z.object({
  kind: z.enum(['district', 'department']),
  code: z.string().describe('district code (GB/T 2260, or the zone code) or department code'),
  nameZh: z.string(),
  nameEn: z.string(),
  quota: z.number().int().describe('the campaign’s quota for this kind of recommender'),
  used: z.number().int().describe('forms holding a quota place: from the recommender’s endorsement on (a returned, rejected or withdrawn form gives its place back); exactly what the quota check counts'),
  remaining: z.number().int().min(0).describe('quota − used, never below 0'),
  byStatus: z.record(z.string(), z.number().int()).describe('every form of this recommender by status, drafts included; a status with no forms is absent'),
});
export type RecommenderQuotaView = z.infer<typeof recommenderQuotaSchema>;

export const quotaUsageViewSchema = z.object({
  campaignId: z.uuid(),
  formDeadline: z.iso.datetime(),
  quotas: z.object({ district: z.number().int(), department: z.number().int() }).describe('per recommender, as in the campaign'),
  recommenders: z
    .array(recommenderQuotaSchema)
    .describe('the recommenders in your scope, districts first, each kind in reference order: the skills office every district, zone and municipal department; a district or department itself; an employer or central unit its district and the recommenders its own forms go through'),
});
export type QuotaUsageView = z.infer<typeof quotaUsageViewSchema>;
