import { newWorker, startRegistry, type RegistryHarness } from '../../test/registry-harness';

describe('workers (real PostgreSQL, dev broker, dev SSO)', () => {
  jest.setTimeout(60_000);
  let registry: RegistryHarness;
  const call: RegistryHarness['call'] = (...args) => registry.call(...args);
  const count = async (table: string) => Number((await registry.sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]?.n);

  beforeAll(async () => {
    registry = await startRegistry();
  });
  afterAll(() => registry?.stop());

  it('names every wrong field in one problem and writes nothing', async () => {
    const good = newWorker();
    const badId = good.nationalId.slice(0, 17) + (good.nationalId.endsWith('1') ? '2' : '1');
    const response = await call('POST', '/api/v1/workers', 'hrss.clerk', { ...good, nationalId: badId, districtCode: '123456', name: '', industryCode: 'Z', extra: 1 });
    expect(response.status).toBe(400);
    expect(response.type).toMatch(/application\/problem\+json/);
    const fields = (response.body.errors as unknown as Array<{ field: string }>).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['districtCode', 'name', 'industryCode']));
    expect(await count('worker')).toBe(0);
    expect(await count('outbox_event')).toBe(0);
  });

  it('rejects a gender or birth date that contradicts the ID number', async () => {
    const response = await call('POST', '/api/v1/workers', 'hrss.clerk', { ...newWorker(), gender: 'male', birthDate: '1980-01-01' });
    expect((response.body.errors as unknown as Array<{ field: string }>).map((e) => e.field).sort()).toEqual(['birthDate', 'gender']);
  });

  it('answers malformed JSON with 400 and an oversize body with 413, both as problem+json', async () => {
    expect(await call('POST', '/api/v1/workers', 'hrss.clerk', '{"nationalId": ')).toMatchObject({ status: 400, body: { code: 'request.malformed-body' } });
    expect(await call('POST', '/api/v1/workers', 'hrss.clerk', { ...newWorker(), occupation: 'x'.repeat(2 * 1024 * 1024) })).toMatchObject({ status: 413, body: { code: 'request.payload-too-large' } });
  });

  it('registers a worker with its event, audit entry and statistics in the same transaction', async () => {
    const created = await call('POST', '/api/v1/workers', 'hrss.clerk', newWorker({ districtCode: '500229', industryCode: 'D' }));
    expect(created).toMatchObject({ status: 201, body: { currentLevel: null, highSkilled: false, version: 1, registeredYear: new Date().getUTCFullYear() } });
    expect(await count('outbox_event')).toBe(1);
    expect(await count('audit_entry')).toBe(1);
    expect(await registry.sql(`SELECT level, workers::int FROM talent_stat WHERE district_code = '500229' AND industry_code = 'D'`)).toEqual([{ level: 'none', workers: 1 }]);
  });

  it('updates a worker only against the version read, moving it in the statistics', async () => {
    const created = await call('POST', '/api/v1/workers', 'hrss.clerk', newWorker({ districtCode: '500101', industryCode: 'C' }));
    const id = created.body.id as string;
    const read = await call('GET', `/api/v1/workers/${id}`, 'hrss.clerk');
    expect(read.headers.get('etag')).toBe('"1"');
    expect(await call('PATCH', `/api/v1/workers/${id}`, 'hrss.clerk', { districtCode: '500102' })).toMatchObject({ status: 428, body: { code: 'worker.version-required' } });
    expect(await call('PATCH', `/api/v1/workers/${id}`, 'hrss.clerk', { districtCode: '500102' }, { 'if-match': '"7"' })).toMatchObject({ status: 412, body: { code: 'worker.version-conflict', currentVersion: 1 } });
    const updated = await call('PATCH', `/api/v1/workers/${id}`, 'hrss.clerk', { districtCode: '500102' }, { 'if-match': '"1"' });
    expect(updated).toMatchObject({ status: 200, body: { districtCode: '500102', version: 2 } });
    expect(updated.headers.get('etag')).toBe('"2"');
    expect(await call('PATCH', `/api/v1/workers/${id}`, 'hrss.clerk', { districtCode: '500103' }, { 'if-match': '"1"' })).toMatchObject({ status: 412 });
    const cells = await registry.sql<{ district_code: string; workers: number }>(`SELECT district_code, workers::int FROM talent_stat WHERE district_code IN ('500101', '500102') AND industry_code = 'C' ORDER BY 1`);
    expect(cells).toEqual([
      { district_code: '500101', workers: 0 },
      { district_code: '500102', workers: 1 },
    ]);
    const [event] = await registry.sql<{ envelope: { data: { changed: string[]; version: number } } }>(`SELECT envelope FROM outbox_event WHERE event_type = 'bayu.talent.updated.v1' AND message_key = $1`, [id]);
    expect(event?.envelope.data).toMatchObject({ changed: ['districtCode'], version: 2 });
    expect(await call('PATCH', `/api/v1/workers/${id}`, 'hrss.clerk', { nationalId: 'x', currentLevel: 'chief-technician' }, { 'if-match': '"2"' })).toMatchObject({ status: 400 });
  });

  it('shows a district its own workers only, an employer its own staff, and refuses departments', async () => {
    const yuzhong = (await call('POST', '/api/v1/workers', 'hrss.clerk', newWorker({ districtCode: '500103' }))).body.id as string;
    const chengkou = (await call('POST', '/api/v1/workers', 'hrss.clerk', newWorker({ districtCode: '500229', employerId: 'emp-chengkou-power' }))).body.id as string;
    expect((await call('GET', `/api/v1/workers/${yuzhong}`, 'district.yuzhong')).status).toBe(200);
    expect(await call('GET', `/api/v1/workers/${chengkou}`, 'district.yuzhong')).toMatchObject({ status: 404, body: { code: 'worker.not-found' } });
    expect((await call('GET', `/api/v1/workers/${chengkou}`, 'skills.office')).status).toBe(200);
    expect((await call('GET', `/api/v1/workers/${chengkou}`, 'employer.chengkou-power')).status).toBe(200);
    expect((await call('GET', `/api/v1/workers/${yuzhong}`, 'employer.chengkou-power')).status).toBe(404);
    expect((await call('GET', `/api/v1/workers/${chengkou}`, 'dept.transport')).status).toBe(403);
    const mine = await call('GET', '/api/v1/workers?limit=100', 'district.yuzhong');
    expect((mine.body.items as unknown as Array<{ districtCode: string }>).every((w) => w.districtCode === '500103')).toBe(true);
  });

  it('searches by name prefix, district and level, newest first, in pages that join up', async () => {
    for (let i = 0; i < 5; i++) await call('POST', '/api/v1/workers', 'hrss.clerk', newWorker({ name: `易宗成${i}`, districtCode: '500117', occupation: '砚雕工' }));
    const first = await call('GET', '/api/v1/workers?name=易宗&district=500117&limit=2', 'hrss.clerk');
    expect(first.body).toMatchObject({ total: 5, totalIsLowerBound: false });
    const names = (first.body.items as unknown as Array<{ name: string }>).map((w) => w.name);
    expect(names).toEqual(['易宗成4', '易宗成3']);
    const second = await call('GET', `/api/v1/workers?name=易宗&district=500117&limit=2&cursor=${String(first.body.nextCursor)}`, 'hrss.clerk');
    expect((second.body.items as unknown as Array<{ name: string }>).map((w) => w.name)).toEqual(['易宗成2', '易宗成1']);
    const none = await call('GET', '/api/v1/workers?name=易宗&level=technician', 'hrss.clerk');
    expect(none.body).toMatchObject({ items: [], total: 0, nextCursor: null });
    expect(await call('GET', '/api/v1/workers?limit=1000', 'hrss.clerk')).toMatchObject({ status: 400, body: { errors: [{ field: 'limit' }] } });
  });

  it('reveals the ID number only to national-id-reader and audits each reveal', async () => {
    const input = newWorker();
    const id = (await call('POST', '/api/v1/workers', 'hrss.clerk', input)).body.id as string;
    expect((await call('GET', `/api/v1/workers/${id}/national-id`, 'hrss.clerk')).status).toBe(403);
    const before = await count('audit_entry');
    expect(await call('GET', `/api/v1/workers/${id}/national-id`, 'hrss.admin')).toMatchObject({ status: 200, body: { nationalId: input.nationalId } });
    expect(await count('audit_entry')).toBe(before + 1);
  });

  it('finds a worker by ID number sent in the body, however it is typed, only within scope', async () => {
    const input = newWorker({ districtCode: '500112' });
    const id = (await call('POST', '/api/v1/workers', 'hrss.clerk', input)).body.id as string;
    expect(await call('POST', '/api/v1/workers/lookup', 'hrss.clerk', { nationalId: input.nationalId.toLowerCase() })).toMatchObject({ status: 200, body: { id } });
    expect(await call('POST', '/api/v1/workers/lookup', 'district.yuzhong', { nationalId: input.nationalId })).toMatchObject({ status: 404 });
    expect(await call('POST', '/api/v1/workers/lookup', 'hrss.clerk', { nationalId: '12345' })).toMatchObject({ status: 400, body: { errors: [{ field: 'nationalId', detail: '身份证号应为18位：17位数字加1位数字或X' }] } });
    expect(await call('POST', '/api/v1/workers/lookup', 'hrss.clerk', { nationalId: '12345' }, { 'accept-language': 'en' })).toMatchObject({
      status: 400,
      body: { errors: [{ field: 'nationalId', detail: 'must be 18 characters: 17 digits and a digit or X', code: 'custom' }] },
    });
  });

  it('audits every lookup by ID number, the misses as well, without the number', async () => {
    const input = newWorker({ districtCode: '500112' });
    const id = (await call('POST', '/api/v1/workers', 'hrss.clerk', input)).body.id as string;
    await call('POST', '/api/v1/workers/lookup', 'hrss.clerk', { nationalId: input.nationalId });
    await call('POST', '/api/v1/workers/lookup', 'district.yuzhong', { nationalId: input.nationalId });
    const entries = await registry.sql<{ actor: string; resource_id: string | null; details: { found: boolean }; row: string }>(
      `SELECT actor, resource_id, details, row_to_json(a)::text AS row FROM audit_entry a WHERE action = 'worker.looked-up-by-national-id' ORDER BY id DESC LIMIT 2`,
    );
    expect(entries.map(({ actor, resource_id, details }) => ({ actor, resource_id, details }))).toEqual([
      { actor: 'district.yuzhong', resource_id: null, details: { found: false } },
      { actor: 'hrss.clerk', resource_id: id, details: { found: true } },
    ]);
    for (const entry of entries) expect(entry.row).not.toContain(input.nationalId);
  });

  it('keeps the ID number encrypted at rest', async () => {
    const input = newWorker();
    await call('POST', '/api/v1/workers', 'hrss.clerk', input);
    for (const row of await registry.sql<{ row: string }>('SELECT row_to_json(w)::text AS row FROM worker w')) expect(row.row).not.toContain(input.nationalId);
  });

  it('refuses a malformed worker id with a field error, not a database error', async () => {
    expect(await call('GET', '/api/v1/workers/not-a-uuid', 'hrss.clerk')).toMatchObject({ status: 400, body: { errors: [{ field: 'id' }] } });
  });
});
