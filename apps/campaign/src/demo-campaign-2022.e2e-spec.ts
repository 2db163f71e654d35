import { AWARDEES_2022, loadCampaign2022, NOMINATIONS_2022, planCampaign2022 } from '@bayu/dev/demo-data';
import { startCampaign, type CampaignHarness } from '../test/campaign-harness';
import { HOLDS_QUOTA, type NominationStatus } from './nominations/nomination-lifecycle';
import { nominationFormSchema } from './nominations/nominations.dto';

describe('the 2022 campaign as demo data (seeds 000 and 002), read back through the service', () => {
  jest.setTimeout(120_000);
  let campaign: CampaignHarness;

  beforeAll(async () => {
    campaign = await startCampaign();
  });
  afterAll(() => campaign?.stop());

  it('plans more than a thousand forms the service would accept, within every quota, with the 2022 outcome', () => {
    const plan = planCampaign2022();
    expect(plan.length).toBeGreaterThan(1_000);
    for (const planned of plan) expect(nominationFormSchema.safeParse(planned.form).error?.issues ?? []).toEqual([]);
    expect(new Set(plan.map((p) => p.form.nationalId)).size).toBe(plan.length);
    const count = (statuses: readonly string[]) => plan.filter((p) => statuses.includes(p.status)).length;
    expect(count(['awarded'])).toBe(10);
    expect(count(['award-nominee'])).toBe(10);
    expect(count(['awarded', 'award-nominee', 'not-selected'])).toBe(106);
    const places = new Map<string, number>();
    for (const p of plan.filter((q) => HOLDS_QUOTA.includes(q.status as NominationStatus))) places.set(`${p.recommender.kind}:${p.recommender.code}`, (places.get(`${p.recommender.kind}:${p.recommender.code}`) ?? 0) + 1);
    for (const [recommender, used] of places) expect([recommender, used <= (recommender.startsWith('district') ? 6 : 3)]).toEqual([recommender, true]);
  });

  it('loads once, and the public and the agencies see the 2022 result through the API', async () => {
    const first = await loadCampaign2022({ databaseUrl: campaign.db.url, vault: campaign.vault });
    expect(first.created).toBe(true);
    expect(await loadCampaign2022({ databaseUrl: campaign.db.url, vault: campaign.vault })).toMatchObject({ created: false, byStatus: first.byStatus });

    const candidates = (await campaign.call('GET', `/api/v1/public/campaigns/${first.campaignId}/candidates`)).body;
    expect(candidates).toHaveLength(106);
    const awarded = candidates.filter((c) => c.status === 'awarded').map((c) => c.name);
    expect(awarded.sort()).toEqual(AWARDEES_2022.map((a) => a.name).sort());
    expect(candidates.filter((c) => c.status === 'award-nominee').map((c) => c.name).sort()).toEqual(NOMINATIONS_2022.map((n) => n.name).sort());

    const chengkou = (await campaign.call('GET', `/api/v1/campaigns/${first.campaignId}/nominations?limit=100`, 'district.chengkou')).body.items as Array<{ recommender: { code: string }; form: { name: string } }>;
    expect(chengkou.length).toBeGreaterThan(0);
    expect(chengkou.every((n) => n.recommender.code === '500229')).toBe(true);
    expect(chengkou.map((n) => n.form.name)).toContain('冉洪位');
    expect((await campaign.call('GET', `/api/v1/campaigns/${first.campaignId}`, 'skills.office')).body).toMatchObject({ year: 2022, phase: 'closed', shortlistSize: 106, expertReviewSize: 40 });
  });
});
