import type { Page } from 'playwright-core';
import { AWARDEES_2022, registrationOf, type Craftsman2022 } from '@bayu/dev/demo-data';
import { pdfWithPages } from '@bayu/platform/files/testing';
import { apiClient, eventually, type ApiClient } from '@bayu/platform/testing';
import { launchChromium, newUserContext, screenshot, signIn, watchConsole } from './support/browser';
import { attachEvidence, attachPhoto, endorseAsRecommender, fillRecommendationForm, saveDraft, submitWithOpinion } from './support/recommend-steps';
import { startWebPlatform, type RunningWebPlatform } from './support/web-platform';

const ran = AWARDEES_2022.find((a) => a.key === 'ran-hongwei') as Craftsman2022;

/** A real two-inch photo (413 × 579 JPEG, a plain silhouette) drawn by the browser, so the screens show an image. */
async function twoInchPhoto(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 413;
    canvas.height = 579;
    const g = canvas.getContext('2d') as CanvasRenderingContext2D;
    g.fillStyle = '#3d7cc9';
    g.fillRect(0, 0, 413, 579);
    g.fillStyle = '#f1d7c0';
    g.beginPath();
    g.arc(206, 230, 95, 0, Math.PI * 2);
    g.fill();
    g.fillStyle = '#22324a';
    g.beginPath();
    g.ellipse(206, 579, 190, 190, 0, Math.PI, 0);
    g.fill();
    return canvas.toDataURL('image/jpeg', 0.9);
  });
  return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
}

/** The error text a form control points at through aria-describedby. */
async function fieldErrorOf(page: Page, name: string): Promise<string> {
  const control = page.locator(`[name="${name}"][aria-invalid="true"]`);
  await control.waitFor();
  const errorId = ((await control.getAttribute('aria-describedby')) ?? '').split(' ').find((id) => id.endsWith('-error'));
  return errorId ? ((await page.locator(`#${errorId}`).textContent()) ?? '') : '';
}

/**
 * The whole selection in the browser: the skills office creates a campaign (a bad value named next to its
 * field first) and opens recommendations; an employer fills and submits a 推荐表 with its files and the
 * district endorses it in web-recommend; the office audits it, looks at the quotas, moves to the selection
 * and publishes the shortlist; the public then finds the candidate on a phone.
 */
describe('the selection in the browser, from a new campaign to the candidate on the public site', () => {
  jest.setTimeout(300_000);
  let web: RunningWebPlatform;
  let api: ApiClient;
  let chromium: Awaited<ReturnType<typeof launchChromium>>;

  beforeAll(async () => {
    web = await startWebPlatform(['web-recommend', 'web-skills-office', 'web-public']);
    api = apiClient(web.platform.gateway.url, web.platform.stack.realmUrl);
    chromium = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await chromium?.close();
    await web?.stop();
  });

  /**
   * hrss registers the worker (through the API: its own app is tested elsewhere); then, in web-recommend,
   * the employer fills, completes and submits the form on a phone and the district endorses it.
   */
  async function formAwaitingTheOffice(photo: Buffer): Promise<string> {
    const worker = await api.call('POST', '/api/v1/workers', 'hrss.clerk', registrationOf(ran));
    expect(worker.status).toBe(201);
    const certificate = { kind: 'skill-level', skillLevel: 'senior-technician', occupation: ran.occupation, certificateNumber: 'CQ-313-web', issuingBody: '重庆市职业技能鉴定指导中心', issueDate: '2019-05-20' };
    expect((await api.call('POST', `/api/v1/workers/${String(worker.body.id)}/certificates`, 'hrss.clerk', certificate)).status).toBe(201);

    const recommendApp = web.apps['web-recommend'];
    const employer = await (await newUserContext(chromium.browser, { phone: true })).newPage();
    const employerErrors = watchConsole(employer);
    await signIn(employer, recommendApp, 'employer.chengkou-power');
    await employer.getByRole('link', { name: '填写推荐表' }).first().click();
    await fillRecommendationForm(employer, { name: ran.name, nationalId: registrationOf(ran).nationalId, occupation: ran.occupation, employerName: ran.employerName, skillLevel: 'senior-technician' });
    const id = await saveDraft(employer);
    await attachPhoto(employer, ran.name, photo);
    await attachEvidence(employer, pdfWithPages(4), 4);
    await submitWithOpinion(employer, id, '同意推荐。');
    expect(employerErrors).toEqual([]);

    const district = await (await newUserContext(chromium.browser, { phone: true })).newPage();
    const districtErrors = watchConsole(district);
    await signIn(district, recommendApp, 'district.chengkou');
    await district.getByRole('link', { name: ran.name }).click();
    await endorseAsRecommender(district, '同意推荐。');
    expect(districtErrors).toEqual([]);

    // The certificate reaches the campaign through the broker: the form is eligible once it has.
    await eventually(async () => ((await api.call('GET', `/api/v1/nominations/${id}`, 'skills.office')).body.eligibility as { eligible: boolean }).eligible || undefined, {
      what: "冉洪位's certificate to reach the campaign",
      timeoutMs: 60_000,
    });
    return id;
  }

  it('creates, opens, audits, counts quotas and publishes; the public sees the candidate on a phone', async () => {
    const app = web.apps['web-skills-office'];
    const page = await (await newUserContext(chromium.browser)).newPage();
    const errors = watchConsole(page);
    await signIn(page, app, 'skills.office');

    // 新建评选活动: a quota of 0 is refused and named next to its field; the input is kept.
    await page.getByRole('link', { name: '新建评选活动' }).click();
    await page.getByLabel('活动年度').fill('2031');
    expect(await page.getByLabel('推荐阶段开始日期').inputValue()).toBe('2031-05-01');
    await page.getByLabel('每个区县推荐名额').fill('0');
    await page.getByRole('button', { name: '创建评选活动' }).click();
    expect(await fieldErrorOf(page, 'quotas.district')).not.toBe('');
    expect(await page.getByLabel('活动年度').inputValue()).toBe('2031');
    await page.getByLabel('每个区县推荐名额').fill('6');
    await page.getByRole('button', { name: '创建评选活动' }).click();
    await page.waitForURL(/#\/campaigns\/[0-9a-f-]{36}$/);
    const campaignId = /#\/campaigns\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';
    await page.getByRole('heading', { level: 1, name: '2031年“最美巴渝工匠”选树宣传活动' }).waitFor();

    // The phase moves through the button the API offers, behind a confirmation.
    await page.getByRole('button', { name: '启动推荐' }).click();
    await page.getByRole('button', { name: '确认启动推荐' }).click();
    await page.getByRole('button', { name: '进入评选' }).waitFor();
    expect(await page.locator('[aria-current="step"]').textContent()).toContain('推荐阶段');
    await screenshot(page, 'web-skills-office-campaign');

    const nominationId = await formAwaitingTheOffice(await twoInchPhoto(page));

    // 审核: the queue shows the form; the office approves it with an opinion.
    await page.getByRole('link', { name: '审核', exact: true }).click();
    await page.getByRole('link', { name: ran.name }).click();
    await page.waitForURL(new RegExp(`/audit/${nominationId}$`));
    await page.getByRole('heading', { level: 2, name: new RegExp(ran.name) }).waitFor();
    await page.getByRole('img', { name: `${ran.name}的照片` }).waitFor();
    await page.getByRole('list', { name: '推荐表流转记录' }).getByText('推荐单位审核同意并报送').waitFor();
    await screenshot(page, 'web-skills-office-audit');
    await page.getByRole('button', { name: '审核通过', exact: true }).click();
    await page.getByRole('button', { name: '确认审核通过' }).click();
    expect(await fieldErrorOf(page, 'opinion')).toContain('请填写审核意见');
    await page.getByLabel('审核意见').fill('经审核，符合推荐条件，同意。');
    await page.getByRole('button', { name: '确认审核通过' }).click();
    await page.getByText('已办理：审核通过。').waitFor();
    await page.getByRole('list', { name: '推荐表流转记录' }).getByText('经审核，符合推荐条件，同意。').waitFor();

    // 名额使用: 城口县 has used one of its six places.
    await page.getByRole('link', { name: '名额使用' }).click();
    const chengkou = page.getByRole('table', { name: '各区县推荐名额使用' }).getByRole('row', { name: /城口县/ });
    await chengkou.waitFor();
    expect(await chengkou.getByRole('cell').allTextContents()).toEqual(expect.arrayContaining(['6', '1', '5']));

    // 进入评选, then the shortlist: one form chosen, published once.
    await page.getByRole('link', { name: '概况' }).click();
    await page.getByRole('button', { name: '进入评选' }).click();
    await page.getByRole('button', { name: '确认进入评选' }).click();
    await page.getByRole('button', { name: '进入宣传' }).waitFor();
    await page.getByRole('link', { name: '入围名单' }).click();
    await page.getByRole('checkbox', { name: ran.name }).check();
    await page.getByText('已选 1 / 入围名额 50').waitFor();
    await page.getByRole('button', { name: '公布入围名单' }).click();
    await page.getByText('入围名单只能公布一次').waitFor();
    await page.getByRole('button', { name: '确认公布' }).click();
    await page.getByText(/入围名单已于 .+ 公布，共 1 人。/).waitFor();
    const publicLink = await page.getByRole('link', { name: '在公众网站查看入围候选人' }).getAttribute('href');
    expect(publicLink).toBe(`${web.apps['web-public']}#/campaigns/${campaignId}`);

    // The public site on a phone lists the candidate.
    const phone = await (await newUserContext(chromium.browser, { phone: true })).newPage();
    const publicErrors = watchConsole(phone);
    await phone.goto(web.apps['web-public']);
    await phone.getByRole('link', { name: ran.name }).waitFor();
    await screenshot(phone, 'web-public-candidates');

    // The one request refused on purpose (the quota of 0) is the only thing the browser logged as an error.
    expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
    expect(errors.filter((e) => /status of 400/.test(e)).length).toBeLessThanOrEqual(1);
    expect(publicErrors).toEqual([]);
  });
});
