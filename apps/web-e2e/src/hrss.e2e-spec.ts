import { readFile } from 'node:fs/promises';
import type { Browser, Download, Page } from 'playwright-core';
import { composeNationalId } from '@bayu/national-id';
import { apiClient, querySql } from '@bayu/platform/testing';
import { launchChromium, newUserContext, screenshot, signIn, watchConsole } from './support/browser';
import { startWebPlatform, type RunningWebPlatform } from './support/web-platform';

const year = new Date().getUTCFullYear();

/** People registered before the clerk signs in, so the statistics have something to show. */
const seeded = [
  { name: '王世森', nationalId: composeNationalId('500103', '1982-04-11', 31, 'male'), districtCode: '500103', employerName: '重庆首讯科技股份有限公司', industryCode: 'I', occupation: '智能交通系统工程技术员', level: 'technician' },
  { name: '李真芹', nationalId: composeNationalId('500103', '1996-09-02', 44, 'female'), districtCode: '500103', employerName: '重庆市渝中职业教育中心', industryCode: 'O', occupation: '美容师', level: null },
  { name: '冉洪位', nationalId: composeNationalId('500229', '1979-06-20', 57, 'male'), districtCode: '500229', employerName: '国网重庆城口供电公司', industryCode: 'D', occupation: '电力线路运维', level: 'senior' },
  { name: '谭小琴', nationalId: composeNationalId('500229', '1995-01-30', 19, 'female'), districtCode: '500229', employerName: '国网重庆城口供电公司', industryCode: 'D', occupation: '电力线路运维', level: null },
] as const;

/** The spreadsheet the clerk uploads: five good rows and three bad ones (by their row number in the file). */
const good = [
  { 姓名: '刘永红', 身份证号: composeNationalId('500229', '1979-03-08', 412, 'female'), 区县: '城口县', 工作单位: '国网重庆城口供电公司', 行业: '电力、热力、燃气及水生产和供应业', '职业（工种）': '电力线路运维', 技能等级: '技师', 证书编号: 'E2E-HRSS-0001', 发证机构: '重庆市职业技能鉴定指导中心', 发证日期: '2019-05-20' },
  { 姓名: '何家兴', 身份证号: composeNationalId('500112', '1988-11-23', 77, 'male'), 区县: '渝北区', 工作单位: '重庆长安汽车股份有限公司', 行业: '制造业', '职业（工种）': '汽车装调工', 技能等级: '高级工', 证书编号: 'E2E-HRSS-0002', 发证机构: '重庆市职业技能鉴定指导中心', 发证日期: '2020-07-01' },
  { 姓名: '向明军', 身份证号: composeNationalId('500229', '1990-02-14', 203, 'male'), 区县: '城口县', 工作单位: '城口县交通建设有限公司', 行业: '建筑业', '职业（工种）': '筑路机械操作工', 技能等级: '', 证书编号: '', 发证机构: '', 发证日期: '' },
  { 姓名: '周丽萍', 身份证号: composeNationalId('500103', '1985-12-01', 88, 'female'), 区县: '渝中区', 工作单位: '重庆市渝中区人民医院', 行业: '卫生和社会工作', '职业（工种）': '医疗护理员', 技能等级: '中级工', 证书编号: 'E2E-HRSS-0003', 发证机构: '重庆市职业技能鉴定指导中心', 发证日期: '2018-03-15' },
  { 姓名: '黄勇', 身份证号: composeNationalId('500112', '1976-07-07', 15, 'male'), 区县: '两江新区', 工作单位: '重庆川维化工有限公司', 行业: '制造业', '职业（工种）': '化工操作工', 技能等级: '高级技师', 证书编号: 'E2E-HRSS-0004', 发证机构: '重庆市职业技能鉴定指导中心', 发证日期: '2012-06-01' },
] as const;
const validId = composeNationalId('500112', '1980-01-01', 5, 'male');
const badCheckDigit = `${validId.slice(0, 17)}${validId[17] === '0' ? '1' : '0'}`;
const bad = {
  checkDigit: { ...good[0], 姓名: '坏号码', 身份证号: badCheckDigit, 证书编号: 'E2E-HRSS-0901' },
  district: { ...good[1], 姓名: '错区县', 身份证号: composeNationalId('500112', '1981-02-03', 9, 'male'), 区县: '火星区', 证书编号: 'E2E-HRSS-0902' },
  name: { ...good[2], 姓名: '', 身份证号: composeNationalId('500229', '1992-05-06', 11, 'male') },
};
// Header is row 1: good 2–3, bad check digit 4, good 5, unknown district 6, good 7, missing name 8, good 9.
const rows = [good[0], good[1], bad.checkDigit, good[2], bad.district, good[3], bad.name, good[4]];
const badRows = { checkDigit: 4, district: 6, name: 8 };

function csvOf(header: string[], records: ReadonlyArray<Record<string, string>>): Buffer {
  const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [header.join(','), ...records.map((r) => header.map((h) => cell(r[h] ?? '')).join(','))];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** The value of a KPI tile (a `<dl>`: label in `<dt>`, value in the first `<dd>`). */
async function statValue(page: Page, label: string): Promise<string> {
  return ((await page.locator('dl', { has: page.getByText(label, { exact: true }) }).locator('dd').first().textContent()) ?? '').trim();
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { download, text: (await readFile(path, 'utf8')).replace(/^\uFEFF/, '') };
}

describe('web-hrss: the talent registry UI of the HR & Social Security Bureau', () => {
  let web: RunningWebPlatform;
  let chromium: { browser: Browser; close(): Promise<void> };

  beforeAll(async () => {
    web = await startWebPlatform(['web-hrss']);
    chromium = await launchChromium();
    const api = apiClient(web.platform.gateway.url, web.platform.stack.realmUrl);
    for (const person of seeded) {
      const { level, ...body } = person;
      const registered = await api.call('POST', '/api/v1/workers', 'hrss.clerk', body);
      expect(registered.status).toBe(201);
      if (level) {
        const certificate = { kind: 'skill-level', skillLevel: level, occupation: person.occupation, certificateNumber: `E2E-SEED-${person.nationalId.slice(-6)}`, issuingBody: '重庆市职业技能鉴定指导中心', issueDate: '2019-06-30' };
        expect((await api.call('POST', `/api/v1/workers/${String(registered.body.id)}/certificates`, 'hrss.clerk', certificate)).status).toBe(201);
      }
    }
    expect((await api.call('PUT', `/api/v1/statistics/targets/${year}`, 'hrss.admin', { newSkilledWorkers: 20, highSkilledSharePercent: 32 })).status).toBe(200);
  }, 240_000);

  afterAll(async () => {
    await chromium?.close();
    await web?.stop();
  });

  it('a clerk sees the statistics, imports a register with bad rows, downloads the error report and finds an imported worker', async () => {
    const context = await newUserContext(chromium.browser);
    const page = await context.newPage();
    const errors = watchConsole(page);
    const appUrl = web.apps['web-hrss'];
    await signIn(page, appUrl, 'hrss.clerk');

    // The landing page is the statistics: 4 workers, 2 of them high-skilled, against the 32 % target.
    await page.getByRole('heading', { level: 1, name: '技能人才统计' }).waitFor();
    expect(await page.getByRole('link', { name: '统计' }).getAttribute('aria-current')).toBe('page');
    await page.getByRole('img', { name: /高技能人才占比：50% \/ 目标 32%（已达标）/ }).waitFor();
    expect(await statValue(page, '技能人才总数')).toBe('4');
    expect(await statValue(page, '高技能人才')).toBe('2');
    expect(await statValue(page, '高技能人才占比')).toBe('50%');
    await page.getByRole('img', { name: `各区县高技能人才占比（${year}年）` }).waitFor();
    await page.getByRole('img', { name: '高技能人才占比历年趋势' }).waitFor();
    expect(await page.getByRole('table', { name: `各区县高技能人才占比（${year}年）` }).first().textContent()).toContain('城口县');
    await screenshot(page, 'web-hrss-statistics');

    // The import screen: the template gives the columns, the file goes up, progress runs to the end.
    await page.getByRole('link', { name: '批量导入' }).click();
    await page.getByRole('heading', { level: 1, name: '批量导入' }).waitFor();
    const template = await downloaded(page, () => page.getByRole('button', { name: '下载导入模板' }).click());
    const header = (template.text.split(/\r?\n/)[0] ?? '').split(',');
    expect(header).toEqual(expect.arrayContaining(['姓名', '身份证号', '区县', '工作单位', '行业', '职业（工种）', '技能等级', '证书编号', '发证机构', '发证日期']));

    await page.getByLabel(/名册文件/).setInputFiles({ name: '城口名册.csv', mimeType: 'text/csv', buffer: csvOf(header, rows) });
    await page.getByRole('button', { name: '上传并导入' }).click();
    await page.waitForURL(/#\/imports\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: '导入：城口名册.csv' }).waitFor();
    await page.locator('[role="progressbar"][aria-label="导入进度"][aria-valuenow="100"]').waitFor({ timeout: 60_000 });
    await page.getByRole('status').filter({ hasText: /^导入完成：成功 5 行，未通过校验 3 行$/ }).waitFor();
    expect(await statValue(page, '导入成功')).toBe('5');
    expect(await statValue(page, '未通过校验')).toBe('3');
    // Let the bar's fill finish its transition before the picture.
    await page.waitForFunction(() => {
      const track = document.querySelector('[role="progressbar"]')?.getBoundingClientRect();
      const fill = document.querySelector('[role="progressbar"] > *')?.getBoundingClientRect();
      return !!track && !!fill && Math.abs(track.width - fill.width) < 1;
    });
    await screenshot(page, 'web-hrss-import');

    // The error report names each bad row, its column and the reason.
    const report = await downloaded(page, () => page.getByRole('button', { name: '下载错误报告' }).click());
    expect(report.download.suggestedFilename()).toBe('城口名册-错误报告.csv');
    const lines = report.text.trim().split(/\r?\n/);
    expect(lines[0]).toBe('行号 Row,列 Column,原因 Reason,值 Value');
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(new RegExp(`^${badRows.checkDigit},身份证号,身份证号校验位错误`)),
      expect.stringMatching(new RegExp(`^${badRows.district},区县,区县不是重庆市的区县.*,火星区$`)),
      expect.stringMatching(new RegExp(`^${badRows.name},姓名,姓名不能为空`)),
    ]);
    expect(report.text).not.toContain(badCheckDigit);

    // The list of recent imports shows it too.
    await page.getByRole('link', { name: '返回批量导入' }).click();
    await page.getByRole('table', { name: '最近的导入' }).getByRole('link', { name: '城口名册.csv' }).waitFor();

    // Find one of the imported people by name and open the record: the ID number stays masked.
    const person = good[2];
    await page.getByRole('link', { name: '人才查询' }).click();
    await page.getByLabel('姓名').fill(person.姓名);
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await page.getByRole('status').filter({ hasText: /^共 1 人$/ }).waitFor();
    await page.getByRole('link', { name: person.姓名 }).click();
    await page.getByRole('heading', { level: 1, name: person.姓名 }).waitFor();
    const masked = `${person.身份证号.slice(0, 6)}********${person.身份证号.slice(14)}`;
    await page.getByText(masked, { exact: true }).waitFor();
    expect(await page.content()).not.toContain(person.身份证号);
    await page.getByText('城口县交通建设有限公司', { exact: true }).waitFor();
    // A clerk is no national-id-reader: no way to show the number in clear.
    expect(await page.getByRole('button', { name: '查看完整身份证号' }).count()).toBe(0);

    // Edit with If-Match across origins; someone else saves first, so the first try is refused (412) and the
    // clerk's own change survives the reload and goes through on the second try.
    const workerId = new URL(page.url()).hash.split('/').pop() ?? '';
    await page.getByRole('button', { name: '修改信息' }).click();
    await page.getByLabel(/^工作单位/).fill('城口县交通建设集团有限公司');
    const api = apiClient(web.platform.gateway.url, web.platform.stack.realmUrl);
    const current = await api.call('GET', `/api/v1/workers/${workerId}`, 'hrss.admin');
    const otherEdit = await api.call('PATCH', `/api/v1/workers/${workerId}`, 'hrss.admin', { occupation: '压路机操作工' }, { 'if-match': current.headers.get('etag') ?? '' });
    expect(otherEdit.status).toBe(200);
    await page.getByRole('button', { name: '保存修改' }).click();
    await page.getByText('已被他人修改，请刷新').waitFor();
    await page.getByRole('button', { name: '保存修改' }).click();
    await page.getByText('城口县交通建设集团有限公司', { exact: true }).waitFor();
    const saved = await api.call('GET', `/api/v1/workers/${workerId}`, 'hrss.clerk');
    expect(saved.body).toMatchObject({ employerName: '城口县交通建设集团有限公司', occupation: '压路机操作工' });

    expect(errors).toEqual([]);
    await context.close();
  });

  it('an hrss administrator finds a worker by ID number and shows the full number for a moment, both audited', async () => {
    const context = await newUserContext(chromium.browser);
    const page = await context.newPage();
    const errors = watchConsole(page);
    await signIn(page, web.apps['web-hrss'], 'hrss.admin');
    const ran = seeded[2];

    await page.getByRole('link', { name: '人才查询' }).click();
    const idField = page.getByRole('textbox', { name: '身份证号' });
    await idField.fill(`${ran.nationalId.slice(0, 17)}${ran.nationalId[17] === '0' ? '1' : '0'}`);
    await page.getByText('校验位不正确，请核对号码').waitFor();
    expect(await page.getByRole('button', { name: '查找', exact: true }).isDisabled()).toBe(true);
    await idField.fill(ran.nationalId);
    await page.getByRole('button', { name: '查找', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: ran.name }).waitFor();
    expect(page.url()).not.toContain(ran.nationalId);

    await page.getByText('查看完整号码会记录在审计日志中', { exact: false }).waitFor();
    await page.getByRole('button', { name: '查看完整身份证号' }).click();
    await page.getByText(ran.nationalId, { exact: true }).waitFor();
    await page.getByRole('status').filter({ hasText: '本次查看已记录在审计日志中。' }).waitFor();
    await page.getByRole('button', { name: '隐藏', exact: true }).click();
    await page.getByRole('button', { name: '查看完整身份证号' }).waitFor();
    expect(await page.content()).not.toContain(ran.nationalId);

    const audited = await querySql<{ action: string; client_id: string }>(
      web.platform.databases.registry.url,
      `SELECT action, client_id FROM audit_entry WHERE actor = 'hrss.admin' AND action IN ('worker.looked-up-by-national-id', 'worker.national-id-read') ORDER BY action`,
    );
    expect(audited).toEqual([
      { action: 'worker.looked-up-by-national-id', client_id: 'web-hrss' },
      { action: 'worker.national-id-read', client_id: 'web-hrss' },
    ]);

    // Signing out ends the SSO session too: the next sign-in asks for the password again.
    await page.getByRole('button', { name: '退出登录' }).click();
    // The SSO may ask to confirm (no ID token after a reload); either way the browser comes back signed out.
    await page.getByRole('button', { name: /退出 Sign out|统一身份认证登录/ }).first().waitFor();
    const confirm = page.getByRole('button', { name: /退出 Sign out/ });
    if (await confirm.isVisible()) await confirm.click();
    await page.getByRole('button', { name: '统一身份认证登录' }).first().click();
    await page.locator('#password').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
