import { newWorker, startRegistry, type RegistryHarness } from '../../test/registry-harness';
import { VERIFICATION_FLOOR_MS } from './verification.service';

describe('public certificate verification (real PostgreSQL, dev SSO)', () => {
  jest.setTimeout(60_000);
  let registry: RegistryHarness;

  beforeAll(async () => {
    registry = await startRegistry();
    const id = (await registry.call('POST', '/api/v1/workers', 'hrss.clerk', newWorker({ name: '李真芹' }))).body.id as string;
    await registry.call('POST', `/api/v1/workers/${id}/certificates`, 'hrss.clerk', { kind: 'skill-level', skillLevel: 'technician', occupation: '美容师', certificateNumber: 'V-OK', issuingBody: '重庆市职业技能鉴定指导中心', issueDate: '2019-06-01' });
    const revoked = (await registry.call('POST', `/api/v1/workers/${id}/certificates`, 'hrss.clerk', { kind: 'skill-level', skillLevel: 'senior', occupation: '美容师', certificateNumber: 'V-OLD', issuingBody: '重庆市职业技能鉴定指导中心', issueDate: '2016-06-01' })).body.certificate as unknown as { id: string };
    await registry.call('POST', `/api/v1/certificates/${revoked.id}/revocation`, 'hrss.clerk', { reason: '换发新证' });
  });
  afterAll(() => registry?.stop());

  const verify = async (certificateNumber: string, holderName: string) => {
    const started = performance.now();
    const answer = await registry.call('POST', '/api/v1/public/certificates/verify', undefined, { certificateNumber, holderName });
    return { ...answer, ms: performance.now() - started };
  };

  it('answers valid, revoked or not found without a login, and nothing more', async () => {
    expect((await verify('V-OK', '李真芹')).body).toEqual({ result: 'valid' });
    expect((await verify('V-OLD', '李真芹')).body).toEqual({ result: 'revoked' });
    expect((await verify('NOPE', '李真芹')).body).toEqual({ result: 'not-found' });
  });

  it('treats a wrong holder name like an unknown number, so numbers cannot be traced to people', async () => {
    expect((await verify('V-OK', '王小明')).body).toEqual({ result: 'not-found' });
    expect((await verify('V-OK', ' 李 真芹 ')).body).toEqual({ result: 'valid' });
  });

  it('takes the same time whatever the answer', async () => {
    for (const [number, name] of [['V-OK', '李真芹'], ['NOPE', 'x'], ['V-OLD', '李真芹']] as const) {
      const { ms } = await verify(number, name);
      expect(ms).toBeGreaterThanOrEqual(VERIFICATION_FLOOR_MS - 5);
      expect(ms).toBeLessThan(VERIFICATION_FLOOR_MS + 200);
    }
  });

  it('refuses an oversize or malformed question', async () => {
    expect((await verify('x'.repeat(65), '李真芹')).status).toBe(400);
    expect((await registry.call('POST', '/api/v1/public/certificates/verify', undefined, { certificateNumber: 'V-OK' })).status).toBe(400);
  });
});
