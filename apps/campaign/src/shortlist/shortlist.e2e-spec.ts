import { campaignSteps, startCampaign, type CampaignHarness } from '../../test/campaign-harness';

describe('the shortlist and the public candidate profiles (real PostgreSQL, dev broker, dev SSO)', () => {
  jest.setTimeout(120_000);
  let campaign: CampaignHarness;
  let steps: ReturnType<typeof campaignSteps>;
  const call: CampaignHarness['call'] = (...args) => campaign.call(...args);
  const versionOf = async (campaignId: string) => ({ 'if-match': String((await call('GET', `/api/v1/campaigns/${campaignId}`, 'skills.office')).headers.get('etag')) });
  const publish = async (campaignId: string, nominationIds: string[], user = 'skills.office') => call('POST', `/api/v1/campaigns/${campaignId}/shortlist`, user, { nominationIds }, await versionOf(campaignId));

  beforeAll(async () => {
    campaign = await startCampaign({ consumers: true });
    steps = campaignSteps(campaign);
  });
  afterAll(() => campaign?.stop());

  it('publishes the shortlist once, in the selection phase, after the audit, within its size', async () => {
    const campaignId = await steps.openCampaign({ shortlistSize: 2, expertReviewSize: 2, awardCount: 1, awardNominationCount: 1 });
    const [a, b, c] = [await steps.endorsedForm(campaignId), await steps.endorsedForm(campaignId), await steps.endorsedForm(campaignId)];
    const waiting = String((await steps.create(campaignId)).body.id);
    await steps.act(waiting, 'employer.chengkou-power', 'submit', '同意。');
    await steps.act(waiting, 'district.chengkou', 'recommender-endorse', '同意。');

    expect(await publish(campaignId, [a])).toMatchObject({ status: 409, body: { code: 'shortlist.wrong-phase', phase: 'recommendation' } });
    expect((await call('POST', `/api/v1/campaigns/${campaignId}/phase`, 'skills.office', { action: 'start-selection' }, await versionOf(campaignId))).status).toBe(200);
    expect((await publish(campaignId, [a], 'district.chengkou')).status).toBe(403);
    expect(await publish(campaignId, [a])).toMatchObject({ status: 409, body: { code: 'shortlist.audit-unfinished', awaitingOffice: 1 } });
    await steps.act(waiting, 'skills.office', 'office-reject', '不符合条件。');

    expect(await publish(campaignId, [a, b, c])).toMatchObject({ status: 422, body: { code: 'shortlist.too-many', shortlistSize: 2 } });
    expect(await publish(campaignId, [a, waiting])).toMatchObject({ status: 422, body: { code: 'shortlist.not-endorsed', errors: [{ field: 'nominationIds.1' }] } });
    expect(await Promise.all([a, b, c].map(steps.statusOf))).toEqual(['endorsed', 'endorsed', 'endorsed']);

    expect(await publish(campaignId, [a, b])).toMatchObject({ status: 200, body: { shortlistPublishedAt: expect.any(String) } });
    expect(await Promise.all([a, b, c].map(steps.statusOf))).toEqual(['shortlisted', 'shortlisted', 'not-shortlisted']);
    expect(await publish(campaignId, [c])).toMatchObject({ status: 409, body: { code: 'shortlist.already-published' } });

    const events = await campaign.sql<{ subject: string; data: { workerId: string | null; name: string } }>(
      `SELECT message_key AS subject, envelope->'data' AS data FROM outbox_event WHERE event_type = 'bayu.nomination.shortlisted.v1' ORDER BY id`,
    );
    expect(events.map((e) => e.subject).sort()).toEqual([a, b].sort());
    for (const event of events) expect(event.data.workerId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('shows the published candidates to anyone, with nothing private, and nothing before publication', async () => {
    const campaignId = await steps.openCampaign();
    const id = await steps.endorsedForm(campaignId);
    expect((await call('GET', `/api/v1/public/campaigns/${campaignId}/candidates`)).status).toBe(404);
    expect((await call('GET', `/api/v1/public/campaigns/${campaignId}/candidates/${id}/photo`)).status).toBe(404);
    await call('POST', `/api/v1/campaigns/${campaignId}/phase`, 'skills.office', { action: 'start-selection' }, await versionOf(campaignId));
    await publish(campaignId, [id]);

    const candidates = await call('GET', `/api/v1/public/campaigns/${campaignId}/candidates`);
    expect(candidates.status).toBe(200);
    expect(candidates.body).toEqual([expect.objectContaining({ nominationId: id, name: '冉洪位', employerName: '国网重庆市电力公司城口供电公司', recommenderZh: '城口县', status: 'shortlisted' })]);
    const photo = await fetch(`${campaign.service.url}${String(candidates.body[0]?.photoUrl)}`);
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/jpeg');
    const text = JSON.stringify(candidates.body);
    for (const privateField of ['nationalId', 'birthYearMonth', 'employerPhone', 'employerContact', 'politicalAffiliation', '500229']) expect(text).not.toContain(privateField);
    expect((await call('GET', '/api/v1/public/campaigns')).body.map((c) => c.id)).toContain(campaignId);
  });
});
