import { newWorker, startRegistry, type RegistryHarness } from '../../test/registry-harness';

describe('statistics from the counts kept with the register (real PostgreSQL, dev SSO)', () => {
  jest.setTimeout(60_000);
  let registry: RegistryHarness;
  const call: RegistryHarness['call'] = (...args) => registry.call(...args);
  const year = new Date().getUTCFullYear();

  beforeAll(async () => {
    registry = await startRegistry();
    // 10 workers in two districts and two industries; 3 of them senior (高级工) or above.
    const levels = ['senior', 'technician', 'chief-technician', 'intermediate', 'junior', null, null, 'intermediate', null, 'junior'];
    for (const [i, level] of levels.entries()) {
      const id = (await call('POST', '/api/v1/workers', 'hrss.clerk', newWorker({ districtCode: i < 6 ? '500112' : '500229', industryCode: i % 2 ? 'C' : 'E', occupation: i < 5 ? '焊工' : '电工' }))).body.id as string;
      if (level) await call('POST', `/api/v1/workers/${id}/certificates`, 'hrss.clerk', { kind: 'skill-level', skillLevel: level, occupation: '焊工', certificateNumber: `S-${i}`, issuingBody: '重庆市职业技能鉴定指导中心', issueDate: '2015-06-01' });
    }
  });
  afterAll(() => registry?.stop());

  it('gives the total, the high-skilled count and share as of a year', async () => {
    expect(await call('GET', `/api/v1/statistics/overview?year=${year}`, 'union.staff')).toMatchObject({
      status: 200,
      body: { year, totalWorkers: 10, highSkilledWorkers: 3, highSkilledSharePercent: 30, registeredThisYear: 10, target: null, progress: null },
    });
    expect(await call('GET', `/api/v1/statistics/overview?year=${year - 1}`, 'union.staff')).toMatchObject({ body: { totalWorkers: 0 } });
  });

  it('breaks the figures down by district, industry, level and occupation with Chinese labels', async () => {
    const byDistrict = await call('GET', '/api/v1/statistics/breakdown?by=district', 'daily.editor');
    expect(byDistrict.body.rows).toEqual([
      { key: '500112', labelZh: '渝北区', labelEn: 'Yubei', totalWorkers: 6, highSkilledWorkers: 3, highSkilledSharePercent: 50 },
      { key: '500229', labelZh: '城口县', labelEn: 'Chengkou', totalWorkers: 4, highSkilledWorkers: 0, highSkilledSharePercent: 0 },
    ]);
    const byLevel = (await call('GET', '/api/v1/statistics/breakdown?by=level', 'hrss.clerk')).body.rows as unknown as Array<{ key: string; totalWorkers: number }>;
    expect(Object.fromEntries(byLevel.map((r) => [r.key, r.totalWorkers]))).toEqual({ 'chief-technician': 1, intermediate: 2, junior: 2, none: 3, senior: 1, technician: 1 });
    const byLevelInIndustry = (await call('GET', '/api/v1/statistics/breakdown?by=level&industry=C', 'hrss.clerk')).body.rows as unknown as Array<{ key: string; totalWorkers: number }>;
    expect(Object.fromEntries(byLevelInIndustry.map((r) => [r.key, r.totalWorkers]))).toEqual({ intermediate: 2, junior: 1, none: 1, technician: 1 });
    const byOccupation = (await call('GET', '/api/v1/statistics/breakdown?by=occupation', 'hrss.clerk')).body.rows as unknown as Array<{ key: string; totalWorkers: number }>;
    expect(byOccupation.map((r) => [r.key, r.totalWorkers])).toEqual([
      ['焊工', 5],
      ['电工', 5],
    ]);
    const filtered = await call('GET', '/api/v1/statistics/breakdown?by=industry&district=500229', 'hrss.clerk');
    expect((filtered.body.rows as unknown as Array<{ totalWorkers: number }>).reduce((n, r) => n + r.totalWorkers, 0)).toBe(4);
  });

  it('tracks progress against the target hrss sets, and only hrss may set it', async () => {
    expect((await call('PUT', `/api/v1/statistics/targets/${year}`, 'skills.office', { newSkilledWorkers: 20, highSkilledSharePercent: 32 })).status).toBe(403);
    expect(await call('PUT', `/api/v1/statistics/targets/${year}`, 'hrss.clerk', { newSkilledWorkers: 20, highSkilledSharePercent: 32.5 })).toMatchObject({ status: 200, body: { year, setBy: 'hrss.clerk' } });
    expect(await call('GET', `/api/v1/statistics/overview?year=${year}`, 'hrss.clerk')).toMatchObject({
      body: { target: { newSkilledWorkers: 20, highSkilledSharePercent: 32.5 }, progress: { newWorkersPercentOfTarget: 50, sharePointsToTarget: 2.5 } },
    });
    expect(await call('PUT', `/api/v1/statistics/targets/${year}`, 'hrss.clerk', { newSkilledWorkers: -1, highSkilledSharePercent: 101 })).toMatchObject({ status: 400 });
  });

  it('keeps the counts equal to a recount of the register through revocations and moves', async () => {
    const [senior] = await registry.sql<{ id: string }>(`SELECT c.id FROM certificate c WHERE c.skill_level = 'senior'`);
    expect((await call('POST', `/api/v1/certificates/${String(senior?.id)}/revocation`, 'hrss.clerk', { reason: '复核不合格' })).status).toBe(200);
    const [moving] = await registry.sql<{ id: string; version: number }>(`SELECT id, version FROM worker WHERE current_level = 'technician'`);
    const moved = await call('PATCH', `/api/v1/workers/${String(moving?.id)}`, 'hrss.clerk', { districtCode: '500229', industryCode: 'D', occupation: '钳工' }, { 'if-match': `"${String(moving?.version)}"` });
    expect(moved.status).toBe(200);
    const recount = await registry.sql(
      `SELECT district_code, industry_code, COALESCE(current_level, 'none') AS level, registered_year, count(*)::int AS workers
         FROM worker GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
    );
    const cube = await registry.sql(`SELECT district_code, industry_code, level, registered_year, workers::int FROM talent_stat WHERE workers <> 0 ORDER BY 1, 2, 3, 4`);
    expect(cube).toEqual(recount);
    const occupations = await registry.sql(`SELECT occupation, level, workers::int FROM occupation_stat WHERE workers <> 0 ORDER BY 1, 2`);
    expect(occupations).toEqual(await registry.sql(`SELECT occupation, COALESCE(current_level, 'none') AS level, count(*)::int AS workers FROM worker GROUP BY 1, 2 ORDER BY 1, 2`));
    const areas = await registry.sql(`SELECT district_code, industry_code, registered_year, workers::int, high_skilled::int FROM talent_area_stat WHERE workers <> 0 ORDER BY 1, 2, 3`);
    expect(areas).toEqual(
      await registry.sql(
        `SELECT district_code, industry_code, registered_year, count(*)::int AS workers, (count(*) FILTER (WHERE high_skilled))::int AS high_skilled
           FROM worker GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      ),
    );
    expect(await registry.sql(`SELECT district_code, level, registered_year, workers::int FROM talent_level_stat WHERE workers <> 0 ORDER BY 1, 2, 3`)).toEqual(
      await registry.sql(`SELECT district_code, COALESCE(current_level, 'none') AS level, registered_year, count(*)::int AS workers FROM worker GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`),
    );
    expect(recount.length).toBeGreaterThan(4);
  });

  it('is for agencies only: an integrator or a citizen gets 403', async () => {
    expect((await call('GET', '/api/v1/statistics/overview', 'citizen.demo')).status).toBe(403);
    expect((await call('GET', '/api/v1/statistics/breakdown?by=nonsense', 'hrss.clerk')).status).toBe(400);
  });
});
