import { Client } from 'pg';
import { eventually } from '@bayu/platform/testing';
import { campaignSettings, campaignSteps, nominationForm, startCampaign, type CampaignHarness } from '../../test/campaign-harness';

describe('recommendation forms and the endorsement chain (real PostgreSQL, dev broker, dev SSO)', () => {
  jest.setTimeout(90_000);
  let campaign: CampaignHarness;
  const call: CampaignHarness['call'] = (...args) => campaign.call(...args);
  let steps: ReturnType<typeof campaignSteps>;
  const openCampaign = (overrides: Record<string, unknown> = {}, settingsYear?: number) => steps.openCampaign(overrides, settingsYear);
  const create: ReturnType<typeof campaignSteps>['create'] = (...args) => steps.create(...args);
  const act: ReturnType<typeof campaignSteps>['act'] = (...args) => steps.act(...args);
  const statusOf = (id: string) => steps.statusOf(id);
  const eventsOf = (id: string) =>
    campaign.sql<{ event_type: string; data: Record<string, unknown> }>(`SELECT event_type, envelope->'data' AS data FROM outbox_event WHERE message_key = $1 ORDER BY id`, [id]);

  beforeAll(async () => {
    campaign = await startCampaign({ consumers: true });
    steps = campaignSteps(campaign);
  });
  afterAll(() => campaign?.stop());

  it('takes a form through employer, district and skills office, recording each step and its event', async () => {
    const campaignId = await openCampaign();
    const form = nominationForm();
    const created = await create(campaignId, 'employer.chengkou-power', form);
    expect(created).toMatchObject({ status: 201, body: { status: 'draft', recommender: { kind: 'district', code: '500229', nameZh: '城口县' }, nextActions: [{ action: 'submit' }, { action: 'withdraw' }] } });
    const id = String(created.body.id);
    expect(created.body.nationalIdMasked).toMatch(/^500229\*{8}\d{3}[\dX]$/);

    expect(await act(id, 'employer.chengkou-power', 'submit', '同意推荐。')).toMatchObject({ status: 200, body: { status: 'awaiting-recommender', nextActions: [{ action: 'withdraw' }] } });
    expect(await act(id, 'district.chengkou', 'recommender-endorse', '经审核，情况属实，同意推荐。')).toMatchObject({ status: 200, body: { status: 'awaiting-office' } });
    await campaign.registerTalent(form.nationalId, 'senior-technician');
    expect(await act(id, 'skills.office', 'office-approve', '审核通过。')).toMatchObject({ status: 200, body: { status: 'endorsed', eligibility: { eligible: true, effective: true } } });

    const history = await call('GET', `/api/v1/nominations/${id}/history`, 'district.chengkou');
    expect(history.body.map((t) => [t.action, t.from, t.to, t.actor, t.opinion])).toEqual([
      ['create', null, 'draft', 'employer.chengkou-power', null],
      ['attach-photo', 'draft', 'draft', 'employer.chengkou-power', null],
      ['attach-evidence', 'draft', 'draft', 'employer.chengkou-power', null],
      ['submit', 'draft', 'awaiting-recommender', 'employer.chengkou-power', '同意推荐。'],
      ['recommender-endorse', 'awaiting-recommender', 'awaiting-office', 'district.chengkou', '经审核，情况属实，同意推荐。'],
      ['office-approve', 'awaiting-office', 'endorsed', 'skills.office', '审核通过。'],
    ]);
    expect((await eventsOf(id)).map((e) => [e.event_type, e.data.step ?? null])).toEqual([
      ['bayu.nomination.submitted.v1', null],
      ['bayu.nomination.endorsed.v1', 'recommender'],
      ['bayu.nomination.endorsed.v1', 'skills-office'],
    ]);
    const stored = await campaign.sql<{ row: string }>('SELECT row_to_json(n)::text AS row FROM nomination n WHERE id = $1', [id]);
    expect(stored[0]?.row).toContain(form.nationalId.slice(14));
    expect(stored[0]?.row).not.toContain(form.nationalId);
    expect(JSON.stringify(created.body)).not.toContain(form.nationalId);
  });

  it('returns a form with reasons, keeps what the employer corrected, and takes it back as a resubmission', async () => {
    const campaignId = await openCampaign();
    const form = nominationForm();
    const id = String((await create(campaignId, 'employer.chengkou-power', form)).body.id);
    await act(id, 'employer.chengkou-power', 'submit', '同意推荐。');
    expect((await act(id, 'district.chengkou', 'recommender-return')).body).toMatchObject({ errors: [{ field: 'opinion' }] });
    expect(await act(id, 'district.chengkou', 'recommender-return', '事迹材料缺少获奖证书编号，请补充。')).toMatchObject({ status: 200, body: { status: 'returned' } });

    const etag = String((await call('GET', `/api/v1/nominations/${id}`, 'employer.chengkou-power')).headers.get('etag'));
    const corrected = { ...form, deedsAndAwards: `${String(form.deedsAndAwards)}获评“重庆市技术能手”（证书编号CQ-2020-118）。` };
    expect(await call('PUT', `/api/v1/nominations/${id}`, 'employer.chengkou-power', { form: corrected }, { 'if-match': etag })).toMatchObject({ status: 200, body: { status: 'returned' } });
    expect(await act(id, 'employer.chengkou-power', 'submit', '已按要求补充。')).toMatchObject({ status: 200, body: { status: 'awaiting-recommender' } });

    const edit = (await call('GET', `/api/v1/nominations/${id}/history`, 'employer.chengkou-power')).body.find((t) => t.action === 'edit');
    expect(Object.keys(edit?.changes as object)).toEqual(['deedsAndAwards']);
    const submissions = (await eventsOf(id)).filter((e) => e.event_type === 'bayu.nomination.submitted.v1').map((e) => e.data.resubmission);
    expect(submissions).toEqual([false, true]);
  });

  it('keeps the sealed ID number when a correction leaves it out, still checks the form against it, and takes a new one', async () => {
    const campaignId = await openCampaign();
    const form = nominationForm();
    await campaign.registerTalent(form.nationalId, 'senior-technician');
    const created = await create(campaignId, 'employer.chengkou-power', form);
    const id = String(created.body.id);
    const idColumns = async () =>
      (await campaign.sql<{ sealed: string; hash: string; masked: string; claim: string | null }>(
        `SELECT n.national_id_sealed AS sealed, n.national_id_hash AS hash, n.national_id_masked AS masked, c.national_id_hash AS claim
           FROM nomination n LEFT JOIN nomination_claim c ON c.nomination_id = n.id WHERE n.id = $1`,
        [id],
      ))[0];
    const stored = await idColumns();
    expect(stored).toMatchObject({ hash: campaign.vault.hash(form.nationalId), claim: campaign.vault.hash(form.nationalId) });
    const put = async (body: Record<string, unknown>) =>
      call('PUT', `/api/v1/nominations/${id}`, 'employer.chengkou-power', { form: body }, { 'if-match': String((await call('GET', `/api/v1/nominations/${id}`, 'employer.chengkou-power')).headers.get('etag')) });
    const { nationalId: _kept, ...withoutId } = form;

    // An address typo fixed without retyping the number: the sealed number, its hash and its claim stay, and
    // eligibility is still found by that hash in the registry's projection.
    const fixed = await put({ ...withoutId, employerAddress: '重庆市城口县葛城街道' });
    expect(fixed).toMatchObject({ status: 200, body: { nationalIdMasked: created.body.nationalIdMasked, form: { employerAddress: '重庆市城口县葛城街道' }, eligibility: { eligible: true } } });
    expect(await idColumns()).toEqual(stored);
    const edits = async () => (await call('GET', `/api/v1/nominations/${id}/history`, 'employer.chengkou-power')).body.filter((t) => t.action === 'edit').map((t) => t.changes as object);
    expect(Object.keys((await edits())[0] ?? {})).toEqual(['employerAddress']);

    // Gender and birth month are still checked against the stored number, and nothing is written.
    const otherGender = form.gender === 'male' ? 'female' : 'male';
    const contradicting = await put({ ...withoutId, gender: otherGender, employerAddress: '不应保存' });
    expect(contradicting).toMatchObject({ status: 400, body: { code: 'request.validation-failed' } });
    expect((contradicting.body.errors as unknown as Array<{ field: string }>).map((e) => e.field)).toEqual(['form.gender']);
    const wrongMonth = await put({ ...withoutId, birthYearMonth: `${Number(String(form.birthYearMonth).slice(0, 4)) - 1}${String(form.birthYearMonth).slice(4)}` });
    expect((wrongMonth.body.errors as unknown as Array<{ field: string }>).map((e) => e.field)).toEqual(['form.birthYearMonth']);
    const wrongCheckDigit = `${form.nationalId.slice(0, 17)}${form.nationalId[17] === '1' ? '2' : '1'}`;
    expect(await put({ ...withoutId, nationalId: wrongCheckDigit })).toMatchObject({ status: 400, body: { errors: [{ field: 'form.nationalId' }] } });
    expect((await call('GET', `/api/v1/nominations/${id}`, 'employer.chengkou-power')).body).toMatchObject({ form: { gender: form.gender, employerAddress: '重庆市城口县葛城街道' } });
    expect(await idColumns()).toEqual(stored);

    // A new number is validated and sealed as before: the form changes person and claims them instead.
    const other = nominationForm();
    const changed = await put({ ...withoutId, employerAddress: '重庆市城口县葛城街道', nationalId: other.nationalId });
    expect(changed).toMatchObject({ status: 200, body: { eligibility: { eligible: false } } });
    expect(changed.body.nationalIdMasked).not.toBe(created.body.nationalIdMasked);
    expect(changed.body.nationalIdMasked).toBe(`${other.nationalId.slice(0, 6)}********${other.nationalId.slice(14)}`);
    expect(await idColumns()).toMatchObject({ hash: campaign.vault.hash(other.nationalId), claim: campaign.vault.hash(other.nationalId) });
    const idEdit = (await edits())[1];
    expect(Object.keys(idEdit ?? {})).toEqual(['nationalId']);
    expect(JSON.stringify(idEdit)).not.toContain(other.nationalId);
    // The first person is free again; the second is taken.
    expect((await create(campaignId, 'employer.shouxun', { ...form, employerName: '重庆首讯科技股份有限公司' }, { kind: 'department', code: 'cq-transport' })).status).toBe(201);
    expect(await create(campaignId, 'employer.shouxun', { ...other, employerName: '重庆首讯科技股份有限公司' }, { kind: 'department', code: 'cq-transport' })).toMatchObject({ status: 409, body: { code: 'nomination.already-recommended' } });
  });

  it('shows eligibility with its reasons from the registry events, and lets only a justified override past it', async () => {
    const campaignId = await openCampaign();
    const seniorWorker = nominationForm();
    await campaign.registerTalent(seniorWorker.nationalId, 'senior');
    const id = String((await create(campaignId, 'employer.chengkou-power', seniorWorker)).body.id);
    const shown = (await call('GET', `/api/v1/nominations/${id}`, 'employer.chengkou-power')).body.eligibility as { eligible: boolean; checks: Array<{ rule: string; ok: boolean }> };
    expect(shown.eligible).toBe(false);
    expect(shown.checks.filter((c) => !c.ok).map((c) => c.rule)).toEqual(['qualification']);

    await act(id, 'employer.chengkou-power', 'submit', '同意推荐。');
    await act(id, 'district.chengkou', 'recommender-endorse', '同意推荐。');
    expect(await act(id, 'skills.office', 'office-approve', '通过')).toMatchObject({ status: 409, body: { code: 'nomination.ineligible', checks: [{ rule: 'qualification' }] } });
    expect(await statusOf(id)).toBe('awaiting-office');

    const etag = async () => ({ 'if-match': String((await call('GET', `/api/v1/nominations/${id}`, 'skills.office')).headers.get('etag')) });
    const decision = { eligible: true, justification: '该同志获全国技术能手称号，技艺水平达到技师要求，经联席会办公室研究予以认定。' };
    expect((await call('POST', `/api/v1/nominations/${id}/eligibility-override`, 'district.chengkou', decision, await etag())).status).toBe(403);
    expect((await call('POST', `/api/v1/nominations/${id}/eligibility-override`, 'skills.office', { eligible: true }, await etag())).body).toMatchObject({ errors: [{ field: 'justification' }] });
    expect(await call('POST', `/api/v1/nominations/${id}/eligibility-override`, 'skills.office', decision, await etag())).toMatchObject({
      status: 200,
      body: { eligibility: { eligible: false, effective: true, override: { eligible: true, by: 'skills.office' } } },
    });
    expect(await act(id, 'skills.office', 'office-approve', '经认定，同意通过。')).toMatchObject({ status: 200, body: { status: 'endorsed' } });
    const override = (await call('GET', `/api/v1/nominations/${id}/history`, 'district.chengkou')).body.find((t) => t.action === 'eligibility-override');
    expect(override).toMatchObject({ actor: 'skills.office', opinion: decision.justification, changes: { eligible: { before: false, after: true } } });
  });

  it('finds an earlier 最美巴渝工匠 ineligible however qualified', async () => {
    const campaignId = await openCampaign();
    const awardee = nominationForm();
    await campaign.registerTalent(awardee.nationalId, 'chief-technician', [{ kind: 'most-beautiful-craftsman', level: 'municipal' }]);
    const view = (await create(campaignId, 'employer.chengkou-power', awardee)).body.eligibility as { eligible: boolean; checks: Array<{ rule: string; ok: boolean }> };
    expect(view.checks.filter((c) => !c.ok).map((c) => c.rule)).toEqual(['not-already-awarded']);
  });

  it('counts the deeds in characters, and names every wrong field without writing anything', async () => {
    const campaignId = await openCampaign();
    const thousand = `${'匠'.repeat(998)}𠀀。`; // 1,000 characters, one of them outside the BMP (two UTF-16 units)
    expect((await create(campaignId, 'employer.chengkou-power', nominationForm({ deedsAndAwards: thousand }))).status).toBe(201);
    const before = await campaign.sql<{ n: number }>('SELECT count(*)::int AS n FROM nomination');
    const wrong = await create(campaignId, 'employer.chengkou-power', nominationForm({ deedsAndAwards: `${thousand}多`, gender: 'female', ethnicity: '火星族', employerPostcode: '4059', contributions: [] }));
    expect(wrong.status).toBe(400);
    expect((wrong.body.errors as unknown as Array<{ field: string }>).map((e) => e.field).sort()).toEqual(['form.deedsAndAwards', 'form.employerPostcode', 'form.ethnicity', 'form.gender']);
    expect(await campaign.sql('SELECT count(*)::int AS n FROM nomination')).toEqual(before);
  });

  it('keeps each agency to its own forms, drafts to their employer, and each step to its own party', async () => {
    const campaignId = await openCampaign();
    const id = String((await create(campaignId)).body.id);
    const viaTransport = String((await create(campaignId, 'employer.shouxun', nominationForm({ employerName: '重庆首讯科技股份有限公司' }), { kind: 'department', code: 'cq-transport' })).body.id);
    const draft = String((await create(campaignId)).body.id);
    await act(id, 'employer.chengkou-power', 'submit', '同意推荐。');
    await act(viaTransport, 'employer.shouxun', 'submit', '同意推荐。');

    for (const outsider of ['district.yuzhong', 'employer.shouxun', 'dept.transport']) expect((await call('GET', `/api/v1/nominations/${id}`, outsider)).status).toBe(404);
    expect((await call('GET', `/api/v1/nominations/${viaTransport}`, 'dept.transport')).status).toBe(200);
    expect((await call('GET', `/api/v1/nominations/${viaTransport}`, 'district.jiangbei')).status).toBe(404);
    const listed = async (user: string) => ((await call('GET', `/api/v1/campaigns/${campaignId}/nominations`, user)).body.items as Array<{ id: string }>).map((n) => n.id).sort();
    expect(await listed('skills.office')).toEqual([id, viaTransport, draft].sort());
    expect(await listed('district.chengkou')).toEqual([id]);
    expect(await listed('employer.chengkou-power')).toEqual([id, draft].sort());
    expect(await listed('dept.transport')).toEqual([viaTransport]);
    expect(await listed('employer.shouxun')).toEqual([viaTransport]);
    expect(await listed('central.unit')).toEqual([]);

    expect((await act(draft, 'district.chengkou', 'submit', '代为提交')).status).toBe(404);
    expect((await act(id, 'district.yuzhong', 'recommender-endorse', '越权')).status).toBe(404);
    expect(await act(id, 'employer.chengkou-power', 'recommender-endorse', '自己批准')).toMatchObject({ status: 403, body: { code: 'nomination.not-your-step' } });
    expect(await act(id, 'skills.office', 'office-approve', '跳过区县')).toMatchObject({ status: 409, body: { code: 'nomination.wrong-step' } });
    expect((await call('POST', '/api/v1/nominations', 'district.chengkou', { campaignId, recommender: { kind: 'district' }, form: nominationForm() })).status).toBe(403);
    await act(id, 'district.chengkou', 'recommender-return', '请补充材料。');
    expect(await act(id, 'district.chengkou', 'submit', '代为提交')).toMatchObject({ status: 403, body: { code: 'nomination.not-your-step' } });
    expect(await statusOf(id)).toBe('returned');
  });

  it('lets a central unit recommend through the district where it sits, and see only its own forms', async () => {
    const campaignId = await openCampaign();
    const viaDepartment = await create(campaignId, 'central.unit', nominationForm({ employerName: '中国石油西南油气田分公司重庆气矿' }), { kind: 'department', code: 'cq-transport' });
    expect(viaDepartment).toMatchObject({ status: 422, body: { code: 'nomination.central-units-through-district', errors: [{ field: 'recommender.kind' }] } });
    const created = await create(campaignId, 'central.unit', nominationForm({ employerName: '中国石油西南油气田分公司重庆气矿' }));
    expect(created).toMatchObject({ status: 201, body: { recommender: { kind: 'district', code: '500112', nameZh: '渝北区' } } });
    const id = String(created.body.id);
    expect(await act(id, 'central.unit', 'submit', '同意推荐。')).toMatchObject({ status: 200, body: { status: 'awaiting-recommender' } });
    const mine = (await call('GET', `/api/v1/campaigns/${campaignId}/nominations`, 'central.unit')).body.items as Array<{ id: string }>;
    expect(mine.map((n) => n.id)).toEqual([id]);
    expect((await call('GET', `/api/v1/nominations/${id}`, 'employer.shouxun')).status).toBe(404);
  });

  it('holds a district to its quota, even when endorsements race for the last places', async () => {
    const campaignId = await openCampaign({ quotas: { district: 2, department: 3 } });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const id = String((await create(campaignId)).body.id);
      await act(id, 'employer.chengkou-power', 'submit', '同意推荐。');
      ids.push(id);
    }
    const [waiting, ...racing] = ids as [string, ...string[]];
    const etags = await Promise.all(racing.map(async (id) => String((await call('GET', `/api/v1/nominations/${id}`, 'district.chengkou')).headers.get('etag'))));
    // Hold the campaign row so the four endorsements queue behind it, then let them all go at once.
    const holder = new Client({ connectionString: campaign.db.url });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT id FROM campaign WHERE id = $1 FOR UPDATE', [campaignId]);
    const racingCalls = Promise.all(racing.map((id, i) => call('POST', `/api/v1/nominations/${id}/actions`, 'district.chengkou', { action: 'recommender-endorse', opinion: '同意' }, { 'if-match': etags[i] ?? '' })));
    await eventually(async () => Number((await campaign.sql<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`))[0]?.n) === 4 || undefined, { what: 'four endorsements waiting' });
    await holder.query('COMMIT');
    await holder.end();
    const raced = await racingCalls;
    expect(raced.map((r) => r.status).sort()).toEqual([200, 200, 409, 409]);
    expect(raced.find((r) => r.status === 409)?.body).toMatchObject({ code: 'nomination.quota-exhausted', quota: 2, used: 2 });
    const losers = racing.filter((_, i) => raced[i]?.status === 409);
    for (const loser of losers) expect(await statusOf(loser)).toBe('awaiting-recommender');
    expect(await act(waiting, 'district.chengkou', 'recommender-endorse', '同意')).toMatchObject({ status: 409, body: { code: 'nomination.quota-exhausted' } });

    // A place comes back when the skills office returns a form that held it.
    const winner = racing.find((_, i) => raced[i]?.status === 200) ?? '';
    await act(winner, 'skills.office', 'office-return', '请补充证明材料。');
    expect(await act(waiting, 'district.chengkou', 'recommender-endorse', '同意')).toMatchObject({ status: 200, body: { status: 'awaiting-office' } });
  });

  it('refuses a person already recommended in the campaign through any agency, until that form is withdrawn', async () => {
    const campaignId = await openCampaign();
    const form = nominationForm();
    const first = String((await create(campaignId, 'employer.chengkou-power', form)).body.id);
    const again = await create(campaignId, 'employer.shouxun', { ...form, employerName: '重庆首讯科技股份有限公司' }, { kind: 'department', code: 'cq-transport' });
    expect(again).toMatchObject({ status: 409, body: { code: 'nomination.already-recommended', errors: [{ field: 'form.nationalId' }] } });
    expect(await act(first, 'employer.chengkou-power', 'withdraw')).toMatchObject({ status: 200, body: { status: 'withdrawn' } });
    expect((await create(campaignId, 'employer.shouxun', { ...form, employerName: '重庆首讯科技股份有限公司' }, { kind: 'department', code: 'cq-transport' })).status).toBe(201);
    // The same person may be recommended again in another year's campaign.
    expect((await create(await openCampaign(), 'employer.chengkou-power', form)).status).toBe(201);
  });

  it('refuses forms after the deadline and outside the recommendation phase', async () => {
    const late = await openCampaign({}, 2020);
    expect(await create(late)).toMatchObject({ status: 409, body: { code: 'nomination.late', deadline: '2020-06-30T15:59:59.000Z' } });
    const notOpen = String((await call('POST', '/api/v1/campaigns', 'skills.office', campaignSettings(steps.nextYear()))).body.id);
    expect(await create(notOpen)).toMatchObject({ status: 409, body: { code: 'nomination.not-open', phase: 'draft' } });
    expect(await create('01938f5e-2b7c-7d41-9a3e-5c2b1d0e9f87')).toMatchObject({ status: 422, body: { errors: [{ field: 'campaignId' }] } });
  });
});
