import { jpegOfSize } from '@bayu/platform/files/testing';
import { campaignSteps, nominationForm, startCampaign, type CampaignHarness } from '../test/campaign-harness';

/** Every role of the realm that could call the campaign service, plus no token at all. */
const CALLERS = [
  'skills.office',
  'district.chengkou',
  'district.yuzhong',
  'dept.transport',
  'dept.culture',
  'employer.chengkou-power',
  'employer.shouxun',
  'central.unit',
  'hrss.clerk',
  'union.staff',
  'citizen.demo',
  'anonymous',
] as const;
type Caller = (typeof CALLERS)[number];
type Expected = Partial<Record<Caller, number>> & { otherwise: number };

const expand = (expected: Expected): Record<Caller, number> => Object.fromEntries(CALLERS.map((c) => [c, expected[c] ?? expected.otherwise])) as Record<Caller, number>;

/**
 * Every campaign endpoint × every role × own or other scope: the status each caller gets. Forms (both submitted):
 * `district` goes through 城口县 from 国网城口供电; `department` through 市交通局 from 首讯科技. Denied changes must
 * leave the form as it was.
 */
describe('who may do what with campaigns and forms: the whole matrix (real tokens, real PostgreSQL)', () => {
  jest.setTimeout(180_000);
  let campaign: CampaignHarness;
  let steps: ReturnType<typeof campaignSteps>;
  let campaignId = '';
  const forms = { district: '', department: '' };

  const callAs = async (caller: Caller, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    caller === 'anonymous' ? campaign.call(method, path, undefined, body, headers) : campaign.call(method, path, caller, body, headers);
  const statuses = async (method: string, path: () => string, body?: () => unknown) => {
    const result: Partial<Record<Caller, number>> = {};
    for (const caller of CALLERS) result[caller] = (await callAs(caller, method, path(), body?.(), { 'if-match': '"999"' })).status;
    return result;
  };
  const versions = async () => Promise.all(Object.values(forms).map(async (id) => (await campaign.call('GET', `/api/v1/nominations/${id}`, 'skills.office')).body.version));

  beforeAll(async () => {
    campaign = await startCampaign();
    steps = campaignSteps(campaign);
    campaignId = await steps.openCampaign();
    forms.district = String((await steps.create(campaignId)).body.id);
    forms.department = String((await steps.create(campaignId, 'employer.shouxun', nominationForm(), { kind: 'department', code: 'cq-transport' })).body.id);
    await steps.act(forms.district, 'employer.chengkou-power', 'submit', '同意推荐。');
    await steps.act(forms.department, 'employer.shouxun', 'submit', '同意推荐。');
    // A draft stays the employer's own: its district does not see it until it is submitted.
    const draft = String((await steps.create(campaignId)).body.id);
    expect((await campaign.call('GET', `/api/v1/nominations/${draft}`, 'district.chengkou')).status).toBe(404);
    expect((await campaign.call('GET', `/api/v1/nominations/${draft}`, 'employer.chengkou-power')).status).toBe(200);
  });
  afterAll(() => campaign?.stop());

  const parties: Expected = { otherwise: 403, anonymous: 401 };
  const outsiders = { 'district.yuzhong': 404, 'dept.culture': 404, 'central.unit': 404 } as const;
  const readDistrictForm: Expected = { ...parties, ...outsiders, 'skills.office': 200, 'district.chengkou': 200, 'employer.chengkou-power': 200, 'dept.transport': 404, 'employer.shouxun': 404 };
  const readDepartmentForm: Expected = { ...parties, ...outsiders, 'skills.office': 200, 'dept.transport': 200, 'employer.shouxun': 200, 'district.chengkou': 404, 'employer.chengkou-power': 404 };
  const participants: Expected = { otherwise: 200, 'hrss.clerk': 403, 'citizen.demo': 403, anonymous: 401 };
  const officeOnly: Expected = { otherwise: 403, anonymous: 401 };

  it.each([
    ['GET a district form', 'GET', (): string => `/api/v1/nominations/${forms.district}`, readDistrictForm],
    ['GET a department form', 'GET', (): string => `/api/v1/nominations/${forms.department}`, readDepartmentForm],
    ['GET the history of a district form', 'GET', (): string => `/api/v1/nominations/${forms.district}/history`, readDistrictForm],
    ['GET the photo of a department form', 'GET', (): string => `/api/v1/nominations/${forms.department}/photo`, readDepartmentForm],
    ['GET the evidence of a district form', 'GET', (): string => `/api/v1/nominations/${forms.district}/evidence`, readDistrictForm],
    ['GET the forms of a campaign', 'GET', (): string => `/api/v1/campaigns/${campaignId}/nominations`, { ...parties, 'skills.office': 200, 'district.chengkou': 200, 'district.yuzhong': 200, 'dept.transport': 200, 'dept.culture': 200, 'employer.chengkou-power': 200, 'employer.shouxun': 200, 'central.unit': 200 }],
    ['GET the quota usage of a campaign', 'GET', (): string => `/api/v1/campaigns/${campaignId}/quota-usage`, { ...parties, 'skills.office': 200, 'district.chengkou': 200, 'district.yuzhong': 200, 'dept.transport': 200, 'dept.culture': 200, 'employer.chengkou-power': 200, 'employer.shouxun': 200, 'central.unit': 200 }],
    ['GET the campaigns', 'GET', (): string => '/api/v1/campaigns', participants],
    ['GET a campaign', 'GET', (): string => `/api/v1/campaigns/${campaignId}`, participants],
    ['GET the public campaigns', 'GET', (): string => '/api/v1/public/campaigns', { otherwise: 200 }],
  ] as const)('%s', async (_what, method, path, expected) => {
    expect(await statuses(method, path)).toEqual(expand(expected));
  });

  // Changes, sent with a stale version: whoever may reach the form gets as far as the version check (412),
  // everyone else is stopped before it, and no form moves.
  it.each([
    ['PUT a district form', 'PUT', (): string => `/api/v1/nominations/${forms.district}`, (): unknown => ({ form: nominationForm() }), { ...officeOnly, 'employer.chengkou-power': 412, 'employer.shouxun': 404, 'central.unit': 404 }],
    ['PUT a department form', 'PUT', (): string => `/api/v1/nominations/${forms.department}`, (): unknown => ({ form: nominationForm() }), { ...officeOnly, 'employer.shouxun': 412, 'employer.chengkou-power': 404, 'central.unit': 404 }],
    [
      'submit a district form',
      'POST',
      (): string => `/api/v1/nominations/${forms.district}/actions`,
      (): unknown => ({ action: 'submit', opinion: '同意' }),
      { ...parties, ...outsiders, 'skills.office': 412, 'district.chengkou': 412, 'employer.chengkou-power': 412, 'dept.transport': 404, 'employer.shouxun': 404 },
    ],
    ['override eligibility', 'POST', (): string => `/api/v1/nominations/${forms.district}/eligibility-override`, (): unknown => ({ eligible: true, justification: '理由' }), { ...officeOnly, 'skills.office': 412 }],
    ['create a campaign', 'POST', (): string => '/api/v1/campaigns', (): unknown => ({}), { ...officeOnly, 'skills.office': 400 }],
    ['change the phase', 'POST', (): string => `/api/v1/campaigns/${campaignId}/phase`, (): unknown => ({ action: 'start-selection' }), { ...officeOnly, 'skills.office': 412 }],
    ['publish the shortlist', 'POST', (): string => `/api/v1/campaigns/${campaignId}/shortlist`, (): unknown => ({ nominationIds: [forms.district] }), { ...officeOnly, 'skills.office': 412 }],
    ['create a form', 'POST', (): string => '/api/v1/nominations', (): unknown => ({}), { ...officeOnly, 'employer.chengkou-power': 400, 'employer.shouxun': 400, 'central.unit': 400 }],
  ] as const)('%s', async (_what, method, path, body, expected) => {
    const before = await versions();
    expect(await statuses(method, path, body)).toEqual(expand(expected));
    expect(await versions()).toEqual(before);
  });

  it('uploads a photo only to its own form, as its own employer, while it may change', async () => {
    const result: Partial<Record<Caller, number>> = {};
    for (const caller of CALLERS) {
      const headers = { 'content-type': 'image/jpeg', 'if-match': '"999"' };
      result[caller] = (await campaign.send('PUT', `/api/v1/nominations/${forms.district}/photo`, caller === 'anonymous' ? undefined : caller, jpegOfSize(413, 579), headers)).status;
    }
    // The form is submitted, so even its own employer may no longer change its files (409).
    expect(result).toEqual(expand({ ...officeOnly, 'employer.chengkou-power': 409, 'employer.shouxun': 404, 'central.unit': 404 }));
  });
});
