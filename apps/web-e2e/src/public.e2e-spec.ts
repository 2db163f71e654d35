import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { normaliseOpenApi } from '@bayu/api-client';
import { composeNationalId } from '@bayu/national-id';
import { apiClient, type ApiClient } from '@bayu/platform/testing';
import { accessibilityViolations } from './support/accessibility';
import { launchChromium, newUserContext, screenshot, watchConsole } from './support/browser';
import { startWebPlatform, type RunningWebPlatform } from './support/web-platform';

describe('the public site on a phone: certificate verification, no sign-in', () => {
  let web: RunningWebPlatform;
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let browser: Browser;
  let api: ApiClient;
  const holder = '冉洪位';
  const certificateNumber = `CQ-E2E-${Date.now()}`;

  beforeAll(async () => {
    web = await startWebPlatform(['web-public']);
    chromium = await launchChromium();
    browser = chromium.browser;
    api = apiClient(web.platform.gateway.url, web.platform.stack.realmUrl);
    const worker = await api.call('POST', '/api/v1/workers', 'hrss.clerk', {
      nationalId: composeNationalId('500229', '1984-06-12', 517, 'male'),
      name: holder,
      districtCode: '500229',
      employerName: '国网重庆城口县供电公司',
      industryCode: 'D',
      occupation: '电力线路运维',
    });
    expect(worker.status).toBe(201);
    const certificate = await api.call('POST', `/api/v1/workers/${String(worker.body.id)}/certificates`, 'hrss.clerk', {
      kind: 'skill-level',
      skillLevel: 'technician',
      occupation: '电力线路运维',
      certificateNumber,
      issuingBody: '重庆市职业技能鉴定指导中心',
      issueDate: '2021-09-01',
    });
    expect(certificate.status).toBe(201);
  }, 180_000);

  afterAll(async () => {
    await chromium?.close();
    await web?.stop();
  });

  it('the committed OpenAPI copy the typed client was generated from is what the gateway serves', async () => {
    const live = normaliseOpenApi(await (await fetch(`${web.platform.gateway.url}/api/docs/openapi.json`)).json());
    const committed = JSON.parse(readFileSync(join(__dirname, '../../../libs/api-client/src/generated/openapi.json'), 'utf8')) as unknown;
    // On failure: run `npx nx run api-client:generate` and commit libs/api-client/src/generated.
    expect(live).toEqual(committed);
  });

  it('says so when no shortlist is published, checks a certificate, and switches to English', async () => {
    const context = await newUserContext(browser, { phone: true });
    const page = await context.newPage();
    const errors = watchConsole(page);
    await page.goto(web.apps['web-public']);
    await page.getByText('暂无已公布的入围名单').waitFor();

    await page.getByRole('link', { name: '证书查询' }).click();
    await page.getByRole('button', { name: '查询' }).click();
    // Nothing typed: the API names both fields, shown next to each.
    await page.locator('input[name="certificateNumber"][aria-invalid="true"]').waitFor();
    await page.locator('input[name="holderName"][aria-invalid="true"]').waitFor();

    await page.getByLabel(/证书编号/).fill(certificateNumber);
    await page.getByLabel(/持证人姓名/).fill(holder);
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByText('证书有效').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await screenshot(page, 'web-public-verify');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel(/持证人姓名/).fill('王小明');
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByText('没有找到编号与姓名一致的证书').waitFor();

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Verify a skills certificate' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(errors).toEqual([]);
    await context.close();
  });
});
