import { campaignSettings, startCampaign, type CampaignHarness } from '../../test/campaign-harness';

describe('campaigns (real PostgreSQL, dev broker, dev SSO)', () => {
  jest.setTimeout(60_000);
  let campaign: CampaignHarness;
  const call: CampaignHarness['call'] = (...args) => campaign.call(...args);

  beforeAll(async () => {
    campaign = await startCampaign();
  });
  afterAll(() => campaign?.stop());

  it('lets only the skills office create a campaign, with every number a setting', async () => {
    expect((await call('POST', '/api/v1/campaigns', 'district.chengkou', campaignSettings(2040))).status).toBe(403);
    const created = await call('POST', '/api/v1/campaigns', 'skills.office', campaignSettings(2040, { shortlistSize: 106, expertReviewSize: 40 }));
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"1"');
    expect(created.body).toMatchObject({ year: 2040, phase: 'draft', quotas: { district: 6, department: 3 }, shortlistSize: 106, expertReviewSize: 40, nextActions: [{ action: 'open-recommendation' }] });
    expect((await call('GET', `/api/v1/campaigns/${String(created.body.id)}`, 'district.chengkou')).body).toMatchObject({ year: 2040, nextActions: [] });
    expect(await call('POST', '/api/v1/campaigns', 'skills.office', campaignSettings(2040))).toMatchObject({ status: 409, body: { code: 'campaign.year-taken' } });
  });

  it('names every inconsistent setting and creates nothing', async () => {
    const settings = campaignSettings(2041, { expertReviewSize: 200, awardNominationCount: 35, formDeadline: '2041-07-15T12:00:00+08:00', quotas: { district: 0, department: 3 } });
    const refused = await call('POST', '/api/v1/campaigns', 'skills.office', settings);
    expect(refused.status).toBe(400);
    expect(refused.type).toContain('application/problem+json');
    expect((refused.body.errors as unknown as Array<{ field: string }>).map((e) => e.field).sort()).toEqual(['expertReviewSize', 'formDeadline', 'quotas.district']);
    expect(await campaign.sql('SELECT 1 FROM campaign WHERE year = 2041')).toHaveLength(0);
  });

  it('moves through the phases in order only, one event per change, with the version the caller read', async () => {
    const id = String((await call('POST', '/api/v1/campaigns', 'skills.office', campaignSettings(2042))).body.id);
    const act = (action: string, version?: number, user = 'skills.office') => call('POST', `/api/v1/campaigns/${id}/phase`, user, { action }, version === undefined ? {} : { 'if-match': `"${version}"` });
    expect((await act('open-recommendation')).status).toBe(428);
    expect((await act('open-recommendation', 1, 'district.chengkou')).status).toBe(403);
    expect(await act('start-selection', 1)).toMatchObject({ status: 409, body: { code: 'campaign.wrong-phase', phase: 'draft' } });
    expect(await act('open-recommendation', 1)).toMatchObject({ status: 200, body: { phase: 'recommendation', version: 2, nextActions: [{ action: 'start-selection' }] } });
    expect(await act('start-selection', 1)).toMatchObject({ status: 412, body: { currentVersion: 2 } });
    expect(await act('start-selection', 2)).toMatchObject({ status: 200, body: { phase: 'selection' } });
    const events = await campaign.sql<{ event_type: string; message_key: string; envelope: { data: { from: string; to: string } } }>(
      `SELECT event_type, message_key, envelope FROM outbox_event WHERE message_key = $1 ORDER BY id`,
      [id],
    );
    expect(events.map((e) => [e.event_type, e.envelope.data.from, e.envelope.data.to])).toEqual([
      ['bayu.campaign.phase-changed.v1', 'draft', 'recommendation'],
      ['bayu.campaign.phase-changed.v1', 'recommendation', 'selection'],
    ]);
  });

  it('extends the form deadline within the recommendation phase, and refuses one outside it', async () => {
    const settings = campaignSettings(2043);
    const id = String((await call('POST', '/api/v1/campaigns', 'skills.office', settings)).body.id);
    const schedule = settings.schedule as { recommendation: { start: string; end: string } };
    const moved = { schedule: { ...(settings.schedule as object), recommendation: { ...schedule.recommendation, end: '2043-07-10' }, selection: { start: '2043-07-11', end: '2043-08-31' } } };
    expect(await call('PUT', `/api/v1/campaigns/${id}/schedule`, 'skills.office', { ...moved, formDeadline: '2043-07-10T18:00:00+08:00' }, { 'if-match': '"1"' })).toMatchObject({
      status: 200,
      body: { formDeadline: '2043-07-10T10:00:00.000Z', version: 2 },
    });
    const outside = { ...moved, formDeadline: '2043-07-20T18:00:00+08:00' };
    expect(await call('PUT', `/api/v1/campaigns/${id}/schedule`, 'skills.office', outside, { 'if-match': '"2"' })).toMatchObject({
      status: 400,
      body: { title: '请求内容有误', errors: [{ field: 'formDeadline', detail: '须在推荐阶段内', code: 'custom' }] },
    });
    expect(await call('PUT', `/api/v1/campaigns/${id}/schedule`, 'skills.office', outside, { 'if-match': '"2"', 'accept-language': 'en-US,en;q=0.9' })).toMatchObject({
      status: 400,
      body: { title: 'The request has invalid fields', errors: [{ field: 'formDeadline', detail: 'must fall within the recommendation phase', code: 'custom' }] },
    });
  });
});
