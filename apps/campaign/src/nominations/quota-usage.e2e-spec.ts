import { DEPARTMENTS, DISTRICTS } from '@bayu/reference';
import { campaignSteps, nominationForm, startCampaign, type CampaignHarness } from '../../test/campaign-harness';

type Row = { kind: string; code: string; nameZh: string; nameEn: string; quota: number; used: number; remaining: number; byStatus: Record<string, number> };

/**
 * Quota usage per recommender. Forms (quotas: district 2, department 3):
 * 城口县 (500229) from 国网城口供电: two endorsed by the district, one awaiting it, one draft;
 * 渝北区 (500112) from 首讯科技 and the central unit: one awaiting the district, one draft;
 * 市交通局 from 首讯科技: one endorsed by the department.
 */
describe('quota usage per recommender (real PostgreSQL, dev SSO)', () => {
  jest.setTimeout(120_000);
  let campaign: CampaignHarness;
  let steps: ReturnType<typeof campaignSteps>;
  let campaignId = '';
  const chengkou: string[] = [];
  const shouxun = { employerName: '重庆首讯科技股份有限公司' };

  const usage = (user: string, id = campaignId) => campaign.call('GET', `/api/v1/campaigns/${id}/quota-usage`, user);
  const rows = async (user: string) => (await usage(user)).body.recommenders as unknown as Row[];
  const row = async (user: string, code: string) => (await rows(user)).find((r) => r.code === code);
  const created = async (...args: Parameters<ReturnType<typeof campaignSteps>['create']>) => {
    const answer = await steps.create(...args);
    if (answer.status !== 201) throw new Error(`form not created: ${JSON.stringify(answer.body)}`);
    return String(answer.body.id);
  };
  const step = async (id: string, user: string, action: string) => {
    const answer = await steps.act(id, user, action, '同意。');
    if (answer.status !== 200) throw new Error(`${action} failed: ${JSON.stringify(answer.body)}`);
  };

  beforeAll(async () => {
    campaign = await startCampaign();
    steps = campaignSteps(campaign);
    campaignId = await steps.openCampaign({ quotas: { district: 2, department: 3 } });
    for (let i = 0; i < 4; i++) chengkou.push(await created(campaignId));
    for (const id of chengkou.slice(0, 3)) await step(id, 'employer.chengkou-power', 'submit');
    for (const id of chengkou.slice(0, 2)) await step(id, 'district.chengkou', 'recommender-endorse');

    await step(await created(campaignId, 'employer.shouxun', nominationForm(shouxun)), 'employer.shouxun', 'submit');
    await created(campaignId, 'central.unit', nominationForm({ employerName: '中国石油西南油气田分公司重庆气矿' }));

    const viaTransport = await created(campaignId, 'employer.shouxun', nominationForm(shouxun), { kind: 'department', code: 'cq-transport' });
    await step(viaTransport, 'employer.shouxun', 'submit');
    await step(viaTransport, 'dept.transport', 'recommender-endorse');
  });
  afterAll(() => campaign?.stop());

  it('shows the skills office every district, zone and department, with places used and left', async () => {
    const answer = await usage('skills.office');
    expect(answer.status).toBe(200);
    const campaignView = (await campaign.call('GET', `/api/v1/campaigns/${campaignId}`, 'skills.office')).body;
    expect(answer.body).toMatchObject({ campaignId, formDeadline: campaignView.formDeadline, quotas: { district: 2, department: 3 } });

    const all = answer.body.recommenders as unknown as Row[];
    expect(all.map((r) => `${r.kind}:${r.code}`)).toEqual([...DISTRICTS.map((d) => `district:${d.code}`), ...DEPARTMENTS.map((d) => `department:${d.code}`)]);
    expect(all.find((r) => r.code === '500229')).toEqual({
      kind: 'district',
      code: '500229',
      nameZh: '城口县',
      nameEn: 'Chengkou',
      quota: 2,
      used: 2,
      remaining: 0,
      byStatus: { 'awaiting-office': 2, 'awaiting-recommender': 1, draft: 1 },
    });
    expect(all.find((r) => r.code === '500112')).toMatchObject({ nameZh: '渝北区', quota: 2, used: 0, remaining: 2, byStatus: { 'awaiting-recommender': 1, draft: 1 } });
    expect(all.find((r) => r.code === 'cq-transport')).toEqual({ kind: 'department', code: 'cq-transport', nameZh: '市交通局', nameEn: 'Municipal Transport Bureau', quota: 3, used: 1, remaining: 2, byStatus: { 'awaiting-office': 1 } });
    // Recommenders without forms are there too, with every place left.
    expect(all.find((r) => r.code === 'WSJK')).toMatchObject({ kind: 'district', used: 0, remaining: 2, byStatus: {} });
    expect(all.find((r) => r.code === 'cq-culture-tourism')).toMatchObject({ kind: 'department', used: 0, remaining: 3, byStatus: {} });
  });

  it('counts as the quota check does: the refusal and the report agree, and a form given back frees its place', async () => {
    const [endorsed, , waiting] = chengkou as [string, string, string, string];
    expect(await steps.act(waiting, 'district.chengkou', 'recommender-endorse', '同意。')).toMatchObject({ status: 409, body: { code: 'nomination.quota-exhausted', quota: 2, used: 2 } });
    expect(await row('skills.office', '500229')).toMatchObject({ used: 2, remaining: 0 });

    // Returned by the skills office: still a form of 城口县 (in byStatus), no longer holding a place (not in used).
    await step(endorsed, 'skills.office', 'office-return');
    expect(await row('skills.office', '500229')).toMatchObject({ used: 1, remaining: 1, byStatus: { 'awaiting-office': 1, 'awaiting-recommender': 1, returned: 1, draft: 1 } });
    await step(waiting, 'district.chengkou', 'recommender-endorse');
    expect(await row('skills.office', '500229')).toMatchObject({ used: 2, remaining: 0, byStatus: { 'awaiting-office': 2, returned: 1, draft: 1 } });
  });

  it('shows a district or department its own row only, even with no forms', async () => {
    const own = await rows('district.chengkou');
    expect(own).toEqual([await row('skills.office', '500229')]);
    expect(await rows('dept.transport')).toEqual([await row('skills.office', 'cq-transport')]);
    expect(await rows('district.yuzhong')).toEqual([{ kind: 'district', code: '500103', nameZh: '渝中区', nameEn: 'Yuzhong', quota: 2, used: 0, remaining: 2, byStatus: {} }]);
  });

  it('shows an employer or central unit its district and the recommenders its own forms go through', async () => {
    expect((await rows('employer.shouxun')).map((r) => r.code)).toEqual(['500112', 'cq-transport']);
    expect((await rows('employer.chengkou-power')).map((r) => r.code)).toEqual(['500229']);
    expect(await rows('central.unit')).toEqual([await row('skills.office', '500112')]);
  });

  it('refuses callers outside the chain, and answers 404 for an unknown campaign', async () => {
    for (const user of ['citizen.demo', 'hrss.clerk', 'union.staff']) expect(await usage(user)).toMatchObject({ status: 403 });
    expect((await campaign.call('GET', `/api/v1/campaigns/${campaignId}/quota-usage`, undefined)).status).toBe(401);
    const unknown = await usage('skills.office', '01938f5e-2b7c-7d41-9a3e-5c2b1d0e9f87');
    expect(unknown).toMatchObject({ status: 404, body: { code: 'campaign.not-found' } });
    expect(unknown.type).toContain('application/problem+json');
    expect((await usage('skills.office', 'not-a-uuid')).status).toBe(400);
  });
});
