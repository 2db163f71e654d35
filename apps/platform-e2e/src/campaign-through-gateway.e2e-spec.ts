import { AWARDEES_2022, campaignSettingsFor, recommendationFormOf, registrationOf, type Craftsman2022 } from '@bayu/dev/demo-data';
import { jpegOfSize, pdfWithPages } from '@bayu/platform/files/testing';
import { apiClient, eventually, querySql, startPlatform, type ApiClient, type RunningPlatform } from '@bayu/platform/testing';

const byKey = (key: string) => AWARDEES_2022.find((a) => a.key === key) as Craftsman2022;
const ran = byKey('ran-hongwei');
const wang = byKey('wang-shisen');
/** Two colleagues of 冉洪位 at the same employer; their names and numbers are invented. */
const colleague = (name: string, sequence: number): Craftsman2022 => ({ ...ran, key: `colleague-${sequence}`, name, synthetic: { ...ran.synthetic, sequence } });
const xiang = colleague('向前进', 321);
const chen = colleague('陈光明', 323);

/**
 * One campaign shaped like 2022's, from creation to the published shortlist, as the agencies do it: every
 * call through the gateway with real tokens, candidates registered in the registry whose events reach the
 * campaign through the broker, against real PostgreSQL.
 */
describe('a 最美巴渝工匠 campaign through the gateway, from creation to the published shortlist', () => {
  jest.setTimeout(240_000);
  let platform: RunningPlatform;
  let api: ApiClient;
  const forms: Record<string, string> = {};
  let campaignId = '';

  const etagOf = async (path: string) => ({ 'if-match': String((await api.call('GET', path, 'skills.office')).headers.get('etag')) });
  const act = async (form: string, user: string, action: string, opinion: string) =>
    api.call('POST', `/api/v1/nominations/${forms[form]}/actions`, user, { action, opinion }, await etagOf(`/api/v1/nominations/${forms[form]}`));
  const phase = async (action: string) => api.call('POST', `/api/v1/campaigns/${campaignId}/phase`, 'skills.office', { action }, await etagOf(`/api/v1/campaigns/${campaignId}`));
  const register = async (person: Craftsman2022, level: string) => {
    const worker = await api.call('POST', '/api/v1/workers', 'hrss.clerk', registrationOf(person));
    expect(worker.status).toBe(201);
    const certificate = { kind: 'skill-level', skillLevel: level, occupation: person.occupation, certificateNumber: `CQ-${person.synthetic.sequence}-${level}`, issuingBody: '重庆市职业技能鉴定指导中心', issueDate: '2019-05-20' };
    expect((await api.call('POST', `/api/v1/workers/${String(worker.body.id)}/certificates`, 'hrss.clerk', certificate)).status).toBe(201);
  };
  /** The photo and the evidence file, as the employer uploads them before submitting. */
  const attachFiles = async (form: string, user: string) => {
    for (const [kind, bytes, type] of [['photo', jpegOfSize(413, 579), 'image/jpeg'], ['evidence', pdfWithPages(4), 'application/pdf']] as const) {
      const etag = String((await api.call('GET', `/api/v1/nominations/${forms[form]}`, user)).headers.get('etag'));
      expect((await api.send('PUT', `/api/v1/nominations/${forms[form]}/${kind}`, user, bytes, { 'content-type': type, 'if-match': etag })).status).toBe(200);
    }
  };
  const eligibilityOf = async (form: string) => (await api.call('GET', `/api/v1/nominations/${forms[form]}`, 'skills.office')).body.eligibility as { eligible: boolean };

  beforeAll(async () => {
    platform = await startPlatform();
    api = apiClient(platform.gateway.url, platform.stack.realmUrl);
  }, 120_000);
  afterAll(() => platform?.stop());

  it('the skills office sets the campaign up and opens recommendations; hrss has the candidates on the register', async () => {
    const created = await api.call('POST', '/api/v1/campaigns', 'skills.office', campaignSettingsFor(2031, { quotas: { district: 2, department: 3 }, shortlistSize: 3, expertReviewSize: 3, awardCount: 1, awardNominationCount: 1 }));
    expect(created.status).toBe(201);
    campaignId = String(created.body.id);
    expect(await phase('open-recommendation')).toMatchObject({ status: 200, body: { phase: 'recommendation' } });
    await register(ran, 'senior-technician');
    await register(xiang, 'technician');
    await register(chen, 'technician');
    await register(wang, 'senior'); // 高级工 only: below the 技师 the rules ask for
  });

  it('employers fill the forms, each through its district or department', async () => {
    for (const [key, person] of [['ran', ran], ['xiang', xiang], ['chen', chen]] as const) {
      const form = recommendationFormOf(person, { overrides: { employerName: ran.employerName } });
      const created = await api.call('POST', '/api/v1/nominations', 'employer.chengkou-power', { campaignId, recommender: { kind: 'district' }, form });
      expect(created).toMatchObject({ status: 201, body: { recommender: { code: '500229', nameZh: '城口县' } } });
      forms[key] = String(created.body.id);
      expect((await act(key, 'employer.chengkou-power', 'submit', '同意推荐。')).body).toMatchObject({ code: 'nomination.incomplete' });
      await attachFiles(key, 'employer.chengkou-power');
      expect(await act(key, 'employer.chengkou-power', 'submit', '同意推荐。')).toMatchObject({ status: 200 });
    }
    const viaDepartment = await api.call('POST', '/api/v1/nominations', 'employer.shouxun', { campaignId, recommender: { kind: 'department', code: 'cq-transport' }, form: recommendationFormOf(wang) });
    expect(viaDepartment.status).toBe(201);
    forms.wang = String(viaDepartment.body.id);
    await attachFiles('wang', 'employer.shouxun');
    expect(await act('wang', 'employer.shouxun', 'submit', '同意推荐。')).toMatchObject({ status: 200 });
  });

  it('the district returns a form, the employer corrects it, and the district holds to its quota of two', async () => {
    expect(await act('xiang', 'district.chengkou', 'recommender-return', '请补充专利证书编号。')).toMatchObject({ status: 200, body: { status: 'returned' } });
    const current = await api.call('GET', `/api/v1/nominations/${forms.xiang}`, 'employer.chengkou-power');
    const form = { ...recommendationFormOf(xiang, { overrides: { employerName: ran.employerName } }), deedsAndAwards: '获国家实用新型专利3项（ZL2021 2 0000001.X等）。' };
    expect((await api.call('PUT', `/api/v1/nominations/${forms.xiang}`, 'employer.chengkou-power', { form }, { 'if-match': String(current.headers.get('etag')) })).status).toBe(200);
    expect(await act('xiang', 'employer.chengkou-power', 'submit', '已补充。')).toMatchObject({ status: 200, body: { status: 'awaiting-recommender' } });

    expect((await act('ran', 'district.chengkou', 'recommender-endorse', '同意推荐。')).status).toBe(200);
    expect((await act('xiang', 'district.chengkou', 'recommender-endorse', '同意推荐。')).status).toBe(200);
    expect(await act('chen', 'district.chengkou', 'recommender-endorse', '同意推荐。')).toMatchObject({ status: 409, body: { code: 'nomination.quota-exhausted', quota: 2 } });
    expect((await act('wang', 'dept.transport', 'recommender-endorse', '同意推荐。')).status).toBe(200);
    expect((await api.call('GET', `/api/v1/nominations/${forms.wang}`, 'district.chengkou')).status).toBe(404);
  });

  it('the skills office audits: eligibility comes from the registry through the broker, one candidate by override', async () => {
    for (const key of ['ran', 'xiang']) await eventually(async () => ((await eligibilityOf(key)).eligible ? true : undefined), { what: `${key}'s certificate to reach the campaign`, timeoutMs: 60_000 });
    expect(await act('ran', 'skills.office', 'office-approve', '审核通过。')).toMatchObject({ status: 200, body: { status: 'endorsed' } });
    expect(await act('xiang', 'skills.office', 'office-approve', '审核通过。')).toMatchObject({ status: 200, body: { status: 'endorsed' } });

    await eventually(async () => ((await api.call('GET', `/api/v1/nominations/${forms.wang}`, 'skills.office')).body.eligibility as { checks: Array<{ ok: boolean; detailEn: string }> }).checks[0]?.detailEn.includes('No technician') || undefined, {
      what: "王世森's record to reach the campaign",
      timeoutMs: 60_000,
    });
    expect(await act('wang', 'skills.office', 'office-approve', '审核通过。')).toMatchObject({ status: 409, body: { code: 'nomination.ineligible' } });
    const decision = { eligible: true, justification: '该同志在智慧交通领域取得系列创新成果，经联席会办公室研究，认定符合推荐条件。' };
    expect((await api.call('POST', `/api/v1/nominations/${forms.wang}/eligibility-override`, 'skills.office', decision, await etagOf(`/api/v1/nominations/${forms.wang}`))).status).toBe(200);
    expect(await act('wang', 'skills.office', 'office-approve', '经认定，审核通过。')).toMatchObject({ status: 200, body: { status: 'endorsed' } });
  });

  it('a form for a campaign whose deadline has passed is refused, and nothing is written', async () => {
    const late = String((await api.call('POST', '/api/v1/campaigns', 'skills.office', campaignSettingsFor(2021))).body.id);
    await api.call('POST', `/api/v1/campaigns/${late}/phase`, 'skills.office', { action: 'open-recommendation' }, { 'if-match': '"1"' });
    const refused = await api.call('POST', '/api/v1/nominations', 'employer.chengkou-power', { campaignId: late, recommender: { kind: 'district' }, form: recommendationFormOf(chen, { sequence: 325 }) });
    expect(refused).toMatchObject({ status: 409, body: { code: 'nomination.late' } });
    expect(refused.type).toContain('application/problem+json');
    expect(await querySql(platform.databases.campaign.url, 'SELECT 1 FROM nomination WHERE campaign_id = $1', [late])).toHaveLength(0);
  });

  it('the skills office publishes the shortlist and the public sees the candidates, with nothing private', async () => {
    expect(await phase('start-selection')).toMatchObject({ status: 200, body: { phase: 'selection' } });
    const published = await api.call('POST', `/api/v1/campaigns/${campaignId}/shortlist`, 'skills.office', { nominationIds: [forms.ran, forms.xiang, forms.wang] }, await etagOf(`/api/v1/campaigns/${campaignId}`));
    expect(published).toMatchObject({ status: 200, body: { shortlistPublishedAt: expect.any(String) } });

    const candidates = await api.call('GET', `/api/v1/public/campaigns/${campaignId}/candidates`);
    expect(candidates.status).toBe(200);
    expect(candidates.body.map((c) => c.name).sort()).toEqual([ran.name, xiang.name, wang.name].sort());
    const text = JSON.stringify(candidates.body);
    for (const person of [ran, xiang, wang]) expect(text).not.toContain(registrationOf(person).nationalId.slice(6, 14));
    const photo = await fetch(`${platform.gateway.url}${String(candidates.body[0]?.photoUrl)}`);
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/jpeg');

    // Every step went out through the outbox relay to the broker.
    await eventually(async () => Number((await querySql<{ n: number }>(platform.databases.campaign.url, 'SELECT count(*)::int AS n FROM outbox_event WHERE published_at IS NULL'))[0]?.n) === 0 || undefined, { what: 'the campaign outbox to drain' });
    const shortlisted = await querySql<{ n: number }>(platform.databases.campaign.url, `SELECT count(*)::int AS n FROM outbox_event WHERE event_type = 'bayu.nomination.shortlisted.v1'`);
    expect(shortlisted[0]?.n).toBe(3);
  });

  it('no service wrote a candidate’s ID number to its logs, and the campaign stores it only sealed', async () => {
    const numbers = [ran, xiang, chen, wang].map((person) => registrationOf(person).nationalId);
    for (const service of [platform.gateway, platform.registry, platform.campaign]) {
      expect(service.logs.length).toBeGreaterThan(0);
      const logs = JSON.stringify(service.logs);
      for (const number of numbers) expect(logs).not.toContain(number);
    }
    const stored = (await querySql<{ row: string }>(platform.databases.campaign.url, 'SELECT row_to_json(n)::text AS row FROM nomination n')).map((r) => r.row).join('\n');
    for (const number of numbers) expect(stored).not.toContain(number);
  });
});
