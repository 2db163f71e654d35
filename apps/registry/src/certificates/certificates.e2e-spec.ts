import { newWorker, startRegistry, type RegistryHarness } from '../../test/registry-harness';

describe('certificates and the derived skill level (real PostgreSQL, dev broker, dev SSO)', () => {
  jest.setTimeout(60_000);
  let registry: RegistryHarness;
  const call: RegistryHarness['call'] = (...args) => registry.call(...args);
  const skill = (skillLevel: string, certificateNumber: string, issueDate = '2015-06-01') => ({ kind: 'skill-level', skillLevel, occupation: '电工', certificateNumber, issuingBody: '重庆市职业技能鉴定指导中心', issueDate });
  const register = async (overrides: Record<string, unknown> = {}) => (await call('POST', '/api/v1/workers', 'hrss.clerk', newWorker(overrides))).body.id as string;
  const cells = (district: string) => registry.sql<{ level: string; workers: number }>(`SELECT level, workers::int FROM talent_stat WHERE district_code = $1 AND workers <> 0 ORDER BY level`, [district]);

  beforeAll(async () => {
    registry = await startRegistry();
  });
  afterAll(() => registry?.stop());

  it('derives the level from the highest valid certificate and moves the worker in the statistics', async () => {
    const id = await register({ districtCode: '500108' });
    expect(await call('POST', `/api/v1/workers/${id}/certificates`, 'hrss.clerk', skill('中级工', 'C-100'))).toMatchObject({ status: 201, body: { workerCurrentLevel: 'intermediate', workerVersion: 2 } });
    const second = await call('POST', `/api/v1/workers/${id}/certificates`, 'hrss.clerk', skill('二级', 'C-101', '2019-06-01'));
    expect(second.body).toMatchObject({ workerCurrentLevel: 'technician', certificate: { skillLevel: 'technician', status: 'valid' } });
    expect(await call('GET', `/api/v1/workers/${id}`, 'hrss.clerk')).toMatchObject({ body: { currentLevel: 'technician', highSkilled: true } });
    expect(await cells('500108')).toEqual([{ level: 'technician', workers: 1 }]);
  });

  it('lowers the level again when the higher certificate is revoked, and says so in the events', async () => {
    const id = await register({ districtCode: '500109' });
    await call('POST', `/api/v1/workers/${id}/certificates`, 'hrss.clerk', skill('senior', 'R-1'));
    const top = (await call('POST', `/api/v1/workers/${id}/certificates`, 'hrss.clerk', skill('senior-technician', 'R-2', '2020-01-01'))).body.certificate as unknown as { id: string };
    const revoked = await call('POST', `/api/v1/certificates/${top.id}/revocation`, 'hrss.clerk', { reason: '发证机构核查发现材料不实' });
    expect(revoked).toMatchObject({ status: 200, body: { status: 'revoked', revokeReason: '发证机构核查发现材料不实' } });
    expect(await call('GET', `/api/v1/workers/${id}`, 'hrss.clerk')).toMatchObject({ body: { currentLevel: 'senior' } });
    expect(await call('POST', `/api/v1/certificates/${top.id}/revocation`, 'hrss.clerk', { reason: 'again' })).toMatchObject({ status: 409, body: { code: 'certificate.already-revoked' } });
    const events = await registry.sql<{ type: string; data: { workerCurrentLevel?: string; changed?: string[] } }>(
      `SELECT envelope->>'type' AS type, envelope->'data' AS data FROM outbox_event WHERE message_key = $1 ORDER BY id`,
      [id],
    );
    expect(events.map((e) => e.type)).toEqual([
      'bayu.talent.registered.v1',
      'bayu.talent.updated.v1',
      'bayu.certificate.issued.v1',
      'bayu.talent.updated.v1',
      'bayu.certificate.issued.v1',
      'bayu.talent.updated.v1',
      'bayu.certificate.revoked.v1',
    ]);
    expect(events.at(-1)?.data.workerCurrentLevel).toBe('senior');
    expect(await cells('500109')).toEqual([{ level: 'senior', workers: 1 }]);
  });

  it('records professional and heritage titles without changing the skill level', async () => {
    const id = await register();
    expect(await call('POST', `/api/v1/workers/${id}/certificates`, 'hrss.clerk', { kind: 'professional-title', titleField: 'cultural-relics', titleGrade: 'deputy-senior', certificateNumber: 'T-9', issuingBody: '重庆市人力资源和社会保障局', issueDate: '2018-12-01' })).toMatchObject({
      status: 201,
      body: { workerCurrentLevel: null, certificate: { kind: 'professional-title', titleGrade: 'deputy-senior' } },
    });
    expect(await call('POST', `/api/v1/workers/${id}/certificates`, 'hrss.clerk', { kind: 'heritage-inheritor', heritageLevel: 'municipal', heritageItem: '合川峡砚制作技艺', certificateNumber: 'H-3', issuingBody: '重庆市文化和旅游发展委员会', issueDate: '2016-05-01' })).toMatchObject({ status: 201 });
    expect((await call('GET', `/api/v1/workers/${id}/certificates`, 'hrss.clerk')).body).toHaveLength(2);
  });

  it('refuses a taken number, a future date, a date before the holder turned 16, a kind without its fields and the wrong role', async () => {
    const id = await register();
    await call('POST', `/api/v1/workers/${id}/certificates`, 'hrss.clerk', skill('junior', 'DUP-1'));
    expect(await call('POST', `/api/v1/workers/${id}/certificates`, 'hrss.clerk', skill('junior', 'DUP-1'))).toMatchObject({ status: 409, body: { code: 'certificate.number-taken', errors: [{ field: 'certificateNumber' }] } });
    expect(await call('POST', `/api/v1/workers/${id}/certificates`, 'hrss.clerk', skill('junior', 'F-1', '2999-01-01'))).toMatchObject({ status: 400, body: { errors: [{ field: 'issueDate' }] } });
    expect(await call('POST', `/api/v1/workers/${id}/certificates`, 'hrss.clerk', skill('junior', 'E-1', '1985-01-01'))).toMatchObject({ status: 400, body: { code: 'certificate.before-birth' } });
    expect(await call('POST', `/api/v1/workers/${id}/certificates`, 'hrss.clerk', { kind: 'skill-level', certificateNumber: 'X-1', issuingBody: 'x', issueDate: '2015-01-01' })).toMatchObject({ status: 400 });
    expect(await call('POST', `/api/v1/workers/${id}/certificates`, 'hrss.clerk', skill('特级', 'L-1'))).toMatchObject({ status: 400, body: { errors: [{ field: 'skillLevel' }] } });
    expect((await call('POST', `/api/v1/workers/${id}/certificates`, 'district.yuzhong', skill('junior', 'Z-1'))).status).toBe(403);
    expect((await registry.sql<{ n: number }>(`SELECT count(*)::int AS n FROM certificate WHERE worker_id = $1`, [id]))[0]?.n).toBe(1);
  });
});
