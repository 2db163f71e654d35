import type { Page } from 'playwright-core';

/** Who a 推荐表 is for, as the employer types it. */
export interface Candidate {
  readonly name: string;
  readonly nationalId: string;
  readonly occupation: string;
  readonly employerName: string;
  /** A value of the 职业资格（技能）等级 select, e.g. 'technician'. */
  readonly skillLevel: string;
}

/**
 * An employer's steps in web-recommend, shared by the app's own spec and the whole-journey spec: the form is
 * filled through its labels, as a person does, so a renamed or unlabelled control fails both.
 */
export async function fillRecommendationForm(page: Page, candidate: Candidate): Promise<void> {
  await page.getByLabel('推荐单位').selectOption('district');
  await page.getByLabel(/^姓名/).fill(candidate.name);
  await page.getByLabel(/^身份证号码/).fill(candidate.nationalId);
  await page.getByText(/^号码有效：/).waitFor();
  await page.getByLabel(/^政治面貌/).selectOption('中共党员');
  await page.getByLabel(/^学历/).selectOption('大学专科');
  await page.getByLabel(/^职业（工种）/).fill(candidate.occupation);
  await page.getByLabel(/^职业资格（技能）等级/).selectOption(candidate.skillLevel);
  await page.getByLabel(/^工作单位/).fill(candidate.employerName);
  await page.getByLabel(/^参加工作时间/).fill('2004-07');
  await page.getByLabel(/^单位地址/).fill('重庆市城口县葛城街道');
  await page.getByLabel(/^邮政编码/).fill('405900');
  await page.getByLabel(/^单位联系人/).fill('人事部 张敏');
  await page.getByLabel(/^联系电话/).fill('023-59222222');
  await page.getByLabel(/^主要事迹及获奖情况/).fill('16年跋涉500余座高山，巡线抢险400余次，服务用电客户2万余户次。带领团队培育出18个QC成果，16项国家专利。');
  await page.getByText(/^\d+ \/ 1000$/).waitFor();
  await page.getByLabel(/^事迹材料/).fill(`${candidate.name}同志长期扎根一线，爱岗敬业，精益求精。`);
  await page.getByRole('checkbox', { name: /技艺精湛/ }).check();
  await page.getByLabel(/^具体说明/).fill('总结的山区线路巡检方法在全县推广应用。');
}

/** Saves the draft and answers the form's id. */
export async function saveDraft(page: Page): Promise<string> {
  await page.getByRole('button', { name: '保存草稿' }).click();
  await page.waitForURL(/#\/nominations\/[0-9a-f-]+\/edit$/);
  await page.getByText('已保存草稿').waitFor();
  return /nominations\/([0-9a-f-]+)\/edit/.exec(page.url())?.[1] ?? '';
}

export async function attachPhoto(page: Page, name: string, jpeg: Buffer): Promise<void> {
  await page.getByLabel(/^上传二寸照片/).setInputFiles({ name: `${name}.jpg`, mimeType: 'image/jpeg', buffer: jpeg });
  await page.getByText(/已上传：413×579 像素/).waitFor();
}

export async function attachEvidence(page: Page, pdf: Buffer, pages: number): Promise<void> {
  await page.getByLabel(/^上传证明材料/).setInputFiles({ name: '证明材料.pdf', mimeType: 'application/pdf', buffer: pdf });
  await page.getByText(new RegExp(`已上传：证明材料.pdf，共 ${pages} 页`)).waitFor();
}

/** The employer signs its opinion and submits; the form then awaits its district or department. */
export async function submitWithOpinion(page: Page, nominationId: string, opinion: string): Promise<void> {
  await page.getByRole('button', { name: '签署意见并提交' }).click();
  const dialog = page.getByRole('dialog', { name: '签署意见并提交' });
  await dialog.getByLabel(/^单位推荐意见/).fill(opinion);
  await dialog.getByRole('button', { name: '确认提交' }).click();
  await page.waitForURL(new RegExp(`#/nominations/${nominationId}$`));
  await page.getByText('推荐表现在的状态：待推荐单位审核').waitFor();
}

/** The district (or department), on the form's page, endorses it to the skills office. */
export async function endorseAsRecommender(page: Page, opinion: string): Promise<void> {
  await page.getByRole('button', { name: '签署推荐意见' }).click();
  const dialog = page.getByRole('dialog', { name: '签署推荐意见' });
  await dialog.getByLabel(/^推荐意见/).fill(opinion);
  await dialog.getByRole('button', { name: '确认签署并报送' }).click();
  await page.getByText('已签署推荐意见').waitFor();
  await page.locator('.bayu-page-header').getByText('待市高技办审核').waitFor();
}
