import { composeNationalId } from '@bayu/national-id';
import { eventually, startPlatform, userToken, type RunningPlatform } from '@bayu/platform/testing';

const HEADER = '姓名,身份证号,区县,工作单位,行业,职业（工种）,技能等级,证书编号,发证机构,发证日期';
const people = {
  liu: { name: '刘永红', nationalId: composeNationalId('500229', '1979-03-08', 412, 'female'), district: '城口县', certificate: '技师,GW-2019-0001,重庆市职业技能鉴定指导中心,2019-05-20' },
  he: { name: '何家兴', nationalId: composeNationalId('500112', '1988-11-23', 77, 'male'), district: '渝北区', certificate: '高级工,GW-2020-0002,重庆市职业技能鉴定指导中心,2020-07-01' },
  tan: { name: '谭小琴', nationalId: composeNationalId('500229', '1995-01-30', 19, 'female'), district: '城口县', certificate: ',,,' },
};
const csvLine = (p: (typeof people)[keyof typeof people]) => `${p.name},${p.nationalId},${p.district},国网重庆城口供电公司,电力、热力、燃气及水生产和供应业,电力线路运维,${p.certificate}`;
const badLine = `坏行,500112198001011230,渝北区,某单位,制造业,焊工,,,,`;

/**
 * The registry's daily work as the agencies do it: every call through the gateway with real tokens from the
 * SSO, against real PostgreSQL and the dev broker.
 */
describe('the talent registry through the gateway', () => {
  let platform: RunningPlatform;
  let importId: string;
  const year = new Date().getUTCFullYear();

  beforeAll(async () => {
    platform = await startPlatform({ env: { gateway: { PUBLIC_RATE_LIMIT_PER_MINUTE: '6' }, registry: { LOG_LEVEL: 'info' }, campaign: { LOG_LEVEL: 'info' } } });
  }, 120_000);
  afterAll(() => platform?.stop());

  const api = async (path: string, options: { user?: string; method?: string; body?: string | Buffer; type?: string } = {}) => {
    const headers: Record<string, string> = { 'accept-language': 'zh-CN' };
    if (options.user) headers.authorization = `Bearer ${await userToken(platform.stack.realmUrl, options.user)}`;
    if (options.body !== undefined) headers['content-type'] = options.type ?? 'application/json';
    return fetch(`${platform.gateway.url}${path}`, { method: options.method ?? 'GET', headers, body: options.body });
  };
  const json = async (response: Response) => (await response.json()) as Record<string, unknown>;

  it('an hrss clerk imports a CSV, follows its progress as Server-Sent Events and downloads the rejected rows', async () => {
    const file = Buffer.from(`\uFEFF${[HEADER, csvLine(people.liu), badLine, csvLine(people.he), csvLine(people.tan)].join('\r\n')}\r\n`, 'utf8');
    const upload = await api('/api/v1/imports?fileName=城口名册.csv', { user: 'hrss.clerk', method: 'POST', body: file, type: 'text/csv' });
    expect(upload.status).toBe(202);
    importId = String((await json(upload)).id);

    const progress = await api(`/api/v1/imports/${importId}/progress`, { user: 'hrss.clerk' });
    expect(progress.headers.get('content-type')).toContain('text/event-stream');
    const events = (await progress.text())
      .split('\n')
      .filter((line) => line.startsWith('data: '))
      .map((line) => JSON.parse(line.slice(6)) as Record<string, unknown>);
    expect(events.at(-1)).toMatchObject({ status: 'completed', rowsRead: 4, rowsRegistered: 3, rowsRejected: 1, percent: 100 });

    const report = await api(`/api/v1/imports/${importId}/errors.csv`, { user: 'hrss.clerk' });
    expect(report.status).toBe(200);
    const lines = (await report.text()).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^3,身份证号,/);
    expect((await api(`/api/v1/imports/${importId}`, { user: 'district.chengkou' })).status).toBe(403);
  });

  it('the import registered the people with their derived levels, and a district sees only its own', async () => {
    const found = await api('/api/v1/workers/lookup', { user: 'hrss.clerk', method: 'POST', body: JSON.stringify({ nationalId: people.liu.nationalId }) });
    expect(found.status).toBe(200);
    const liu = await json(found);
    expect(liu).toMatchObject({ name: people.liu.name, currentLevel: 'technician', highSkilled: true, nationalIdMasked: `500229********${people.liu.nationalId.slice(14)}` });
    expect(JSON.stringify(liu)).not.toContain(people.liu.nationalId);

    const chengkou = await json(await api('/api/v1/workers?district=500229', { user: 'district.chengkou' }));
    expect((chengkou.items as Array<{ name: string }>).map((w) => w.name).sort()).toEqual([people.liu.name, people.tan.name].sort());
    const elsewhere = await api('/api/v1/workers/lookup', { user: 'district.chengkou', method: 'POST', body: JSON.stringify({ nationalId: people.he.nationalId }) });
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.headers.get('content-type')).toContain('application/problem+json');

    const clear = await api(`/api/v1/workers/${String(liu.id)}/national-id`, { user: 'hrss.admin' });
    expect(await json(clear)).toMatchObject({ nationalId: people.liu.nationalId });
    expect((await api(`/api/v1/workers/${String(liu.id)}/national-id`, { user: 'hrss.clerk' })).status).toBe(403);
  });

  it('the city statistics count the imported people, and progress against the target hrss sets', async () => {
    expect((await api(`/api/v1/statistics/targets/${year}`, { user: 'hrss.clerk', method: 'PUT', body: JSON.stringify({ newSkilledWorkers: 6, highSkilledSharePercent: 32 }) })).status).toBe(200);
    expect(await json(await api(`/api/v1/statistics/overview?year=${year}`, { user: 'skills.office' }))).toMatchObject({
      totalWorkers: 3,
      highSkilledWorkers: 2,
      registeredThisYear: 3,
      progress: { newWorkersPercentOfTarget: 50 },
    });
    const byDistrict = await json(await api(`/api/v1/statistics/breakdown?by=district&year=${year}`, { user: 'district.chengkou' }));
    // Aggregates hold no personal data: a district office sees the whole city's figures, its own among them.
    expect(byDistrict.rows).toEqual([
      expect.objectContaining({ key: '500112', labelZh: '渝北区', totalWorkers: 1, highSkilledWorkers: 1 }),
      expect.objectContaining({ key: '500229', labelZh: '城口县', totalWorkers: 2, highSkilledWorkers: 1 }),
    ]);
  });

  it('anyone checks a certificate without a login, and the gateway limits how often', async () => {
    const verify = (certificateNumber: string, holderName: string) =>
      api('/api/v1/public/certificates/verify', { method: 'POST', body: JSON.stringify({ certificateNumber, holderName }) });
    expect(await json(await verify('GW-2019-0001', people.liu.name))).toEqual({ result: 'valid' });
    expect(await json(await verify('GW-2019-0001', people.he.name))).toEqual({ result: 'not-found' });
    expect(await json(await verify('GW-0000-0000', people.liu.name))).toEqual({ result: 'not-found' });
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push((await verify('GW-2020-0002', people.he.name)).status);
    expect(answers.slice(0, 3)).toEqual([200, 200, 200]);
    expect(answers[3]).toBe(429);
  });

  it('the imported people reach the campaign service through the broker', async () => {
    const liu = await json(await api('/api/v1/workers/lookup', { user: 'hrss.clerk', method: 'POST', body: JSON.stringify({ nationalId: people.liu.nationalId }) }));
    const profile = await eventually(
      async () => {
        const response = await api(`/api/v1/talent-profiles/${String(liu.id)}`, { user: 'skills.office' });
        return response.status === 200 ? json(response) : undefined;
      },
      { what: 'the campaign projection of an imported worker' },
    );
    expect(profile).toMatchObject({ name: people.liu.name, districtCode: '500229' });
  });

  it('importing the same file again adds no one', async () => {
    const file = Buffer.from(`${[HEADER, csvLine(people.liu), csvLine(people.he)].join('\n')}\n`, 'utf8');
    const again = await json(await api('/api/v1/imports?fileName=again.csv', { user: 'hrss.clerk', method: 'POST', body: file, type: 'text/csv' }));
    const job = await eventually(
      async () => {
        const view = await json(await api(`/api/v1/imports/${String(again.id)}`, { user: 'hrss.clerk' }));
        return view.status === 'completed' ? view : undefined;
      },
      { what: 'the second import' },
    );
    expect(job).toMatchObject({ rowsRegistered: 0, rowsAlreadyRegistered: 2 });
    expect(await json(await api(`/api/v1/statistics/overview?year=${year}`, { user: 'hrss.clerk' }))).toMatchObject({ totalWorkers: 3 });
  });

  it('no service wrote an imported ID number to its logs', () => {
    for (const service of [platform.gateway, platform.registry, platform.campaign]) {
      expect(service.logs.length).toBeGreaterThan(0);
      for (const person of Object.values(people)) expect(JSON.stringify(service.logs)).not.toContain(person.nationalId);
    }
  });
});
