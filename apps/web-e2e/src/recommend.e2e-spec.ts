import type { Browser, Page } from 'playwright-core';
import { campaignSettingsFor } from '@bayu/dev/demo-data';
import { composeNationalId } from '@bayu/national-id';
import { jpegOfSize, pdfWithPages, pngOfSize } from '@bayu/platform/files/testing';
import { apiClient, eventually, querySql, type ApiClient } from '@bayu/platform/testing';
import { accessibilityViolations } from './support/accessibility';
import { launchChromium, newUserContext, screenshot, signIn, watchConsole } from './support/browser';
import { attachEvidence, attachPhoto, endorseAsRecommender, fillRecommendationForm, saveDraft, submitWithOpinion } from './support/recommend-steps';
import { startWebPlatform, type RunningWebPlatform } from './support/web-platform';

/** The page does not scroll sideways on a 390px phone (tables scroll inside their own wrapper). */
const fitsThePhone = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('web-recommend: an employer fills and submits a 推荐表 on a phone, its district endorses it', () => {
  jest.setTimeout(240_000);
  let web: RunningWebPlatform;
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let browser: Browser;
  let api: ApiClient;
  let appUrl = '';
  let campaignId = '';
  let nominationId = '';
  const year = new Date().getUTCFullYear() + 1;
  const person = { name: '冉洪位', nationalId: composeNationalId('500229', '1984-06-12', 313, 'male'), occupation: '电力线路运维', employerName: '国网重庆市电力公司城口供电公司', skillLevel: 'technician' };

  beforeAll(async () => {
    web = await startWebPlatform(['web-recommend']);
    appUrl = web.apps['web-recommend'];
    chromium = await launchChromium();
    browser = chromium.browser;
    api = apiClient(web.platform.gateway.url, web.platform.stack.realmUrl);

    // hrss registers the worker in 城口 with a technician certificate: the registry's events reach the campaign.
    const { name, nationalId, occupation, employerName } = person;
    const worker = await api.call('POST', '/api/v1/workers', 'hrss.clerk', { name, nationalId, occupation, employerName, districtCode: '500229', industryCode: 'D' });
    expect(worker.status).toBe(201);
    const certificate = await api.call('POST', `/api/v1/workers/${String(worker.body.id)}/certificates`, 'hrss.clerk', {
      kind: 'skill-level',
      skillLevel: 'technician',
      occupation: person.occupation,
      certificateNumber: `CQ-REC-${Date.now()}`,
      issuingBody: '重庆市职业技能鉴定指导中心',
      issueDate: '2019-05-20',
    });
    expect(certificate.status).toBe(201);
    const certificateId = String((certificate.body.certificate as { id: string }).id);

    // The skills office sets up next year's campaign and opens recommendations.
    const created = await api.call('POST', '/api/v1/campaigns', 'skills.office', campaignSettingsFor(year, { quotas: { district: 2, department: 3 } }));
    expect(created.status).toBe(201);
    campaignId = String(created.body.id);
    const etag = String((await api.call('GET', `/api/v1/campaigns/${campaignId}`, 'skills.office')).headers.get('etag'));
    expect(await api.call('POST', `/api/v1/campaigns/${campaignId}/phase`, 'skills.office', { action: 'open-recommendation' }, { 'if-match': etag })).toMatchObject({ status: 200, body: { phase: 'recommendation' } });

    await eventually(async () => ((await querySql(web.platform.databases.campaign.url, 'SELECT 1 FROM talent_credential WHERE certificate_id = $1', [certificateId])).length > 0 ? true : undefined), {
      what: 'the certificate to reach the campaign service',
      timeoutMs: 60_000,
    });
  }, 240_000);

  afterAll(async () => {
    await chromium?.close();
    await web?.stop();
  });

  it('the employer fills the form with live checks, uploads the photo and evidence (a mislabelled file is refused at its field), sees eligibility and submits', async () => {
    const context = await newUserContext(browser, { phone: true });
    const page = await context.newPage();
    const errors = watchConsole(page);
    await signIn(page, appUrl, 'employer.chengkou-power');

    await page.getByRole('heading', { level: 1, name: `${year}年“最美巴渝工匠”选树宣传活动` }).waitFor();
    await page.getByText(/距截止还有 \d+ 天/).waitFor();
    await page.getByRole('progressbar', { name: '城口县：已用 0 / 2 名，剩余 2 名' }).waitFor();
    await page.getByText('还没有推荐表').waitFor();
    expect(await fitsThePhone(page)).toBe(true);

    await page.getByRole('link', { name: '填写推荐表' }).first().click();
    await page.getByRole('heading', { level: 1, name: '填写推荐表' }).waitFor();
    // The ID number is checked as it is typed: a wrong check character is named at once.
    const wrong = `${person.nationalId.slice(0, 17)}${person.nationalId[17] === '1' ? '2' : '1'}`;
    await page.getByLabel(/^身份证号码/).fill(wrong);
    await page.getByText('校验码不正确，请核对号码').waitFor();
    await fillRecommendationForm(page, person);
    await page.getByText('号码有效：男，1984年6月出生').waitFor();
    expect(await page.getByLabel(/^性别/).inputValue()).toBe('male');
    expect(await page.getByLabel(/^出生年月/).inputValue()).toBe('1984-06');

    nominationId = await saveDraft(page);
    const eligibility = page.locator('.recommend-eligibility');
    await eligibility.getByText('符合推荐条件').waitFor();
    await eligibility.getByText('持有技师及以上职业资格（技能等级）证书').waitFor();
    // Not yet submittable: the API asks for the photo and the evidence first.
    expect(await page.getByRole('button', { name: '签署意见并提交' }).isDisabled()).toBe(true);
    await page.getByText('请上传二寸照片').waitFor();

    // PNG bytes under a .pdf name: the API judges the bytes and refuses it; the problem shows at the evidence field.
    const evidenceInput = page.getByLabel(/^上传证明材料/);
    await evidenceInput.setInputFiles({ name: '证明材料.pdf', mimeType: 'application/pdf', buffer: pngOfSize(413, 579) });
    await page.getByText(/证明材料须为一个 PDF 或 Word（.docx）文件/).waitFor();
    expect(await evidenceInput.getAttribute('aria-invalid')).toBe('true');

    await attachPhoto(page, person.name, jpegOfSize(413, 579));
    await page.getByRole('img', { name: `${person.name}的二寸照片` }).waitFor();
    await attachEvidence(page, pdfWithPages(3), 3);
    expect(await evidenceInput.getAttribute('aria-invalid')).toBeNull();
    expect(await fitsThePhone(page)).toBe(true);
    await screenshot(page, 'web-recommend-form');
    expect(await accessibilityViolations(page)).toEqual([]);

    await submitWithOpinion(page, nominationId, '该同志政治立场坚定，事迹属实，同意推荐。');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the district sees the form awaiting it, reads the chain and endorses it with an opinion; the form then awaits the skills office', async () => {
    const context = await newUserContext(browser, { phone: true });
    const page = await context.newPage();
    const errors = watchConsole(page);
    await signIn(page, appUrl, 'district.chengkou');

    const awaiting = page.locator('.recommend-awaiting');
    await awaiting.getByText('1 份').waitFor();
    await page.getByRole('button', { name: '只看待我签署' }).click();
    await page.getByRole('link', { name: person.name }).waitFor();
    expect(await fitsThePhone(page)).toBe(true);
    await screenshot(page, 'web-recommend-home');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: person.name }).click();
    await page.getByRole('heading', { level: 1, name: `推荐表：${person.name}` }).waitFor();
    const chain = page.getByRole('list', { name: '推荐审核记录' });
    await chain.getByText('所在单位签署意见并提交').waitFor();
    await chain.getByText('意见：该同志政治立场坚定，事迹属实，同意推荐。').waitFor();
    // The ID number only ever appears masked.
    await page.getByText(`${person.nationalId.slice(0, 6)}********${person.nationalId.slice(14)}`).waitFor();
    expect(await page.content()).not.toContain(person.nationalId);

    // An endorsement without an opinion is refused in the dialog.
    await page.getByRole('button', { name: '签署推荐意见' }).click();
    const dialog = page.getByRole('dialog', { name: '签署推荐意见' });
    await dialog.getByRole('button', { name: '确认签署并报送' }).click();
    await dialog.getByText('请填写意见').waitFor();
    await dialog.getByRole('button', { name: '取消' }).click();
    await endorseAsRecommender(page, '经审核，推荐材料真实，同意推荐。');
    await chain.getByText('推荐单位签署推荐意见').waitFor();
    expect(await page.getByRole('button', { name: '签署推荐意见' }).count()).toBe(0);
    expect(await fitsThePhone(page)).toBe(true);
    await screenshot(page, 'web-recommend-detail');
    expect(await accessibilityViolations(page)).toEqual([]);

    // The same page in English: the UI's words switch, the API's eligibility reasons too.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: `Recommendation form: ${person.name}` }).waitFor();
    await page.locator('.bayu-page-header').getByText('Awaiting the skills office').waitFor();
    await page.getByText('Holds a technician-or-higher skill certificate').waitFor();
    await page.getByRole('button', { name: '中文' }).click();

    const stored = await api.call('GET', `/api/v1/nominations/${nominationId}`, 'skills.office');
    expect(stored.body).toMatchObject({ status: 'awaiting-office' });
    expect(errors).toEqual([]);
    await context.close();
  });
});
