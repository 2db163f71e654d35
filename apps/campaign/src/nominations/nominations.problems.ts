import { defineProblems } from '@bayu/platform/http';

export const nominationProblems = defineProblems('nomination', {
  'not-found': { status: 404, zh: '未找到该推荐表，或不在您的管辖范围内', en: 'No such recommendation form in your scope' },
  'campaign-not-found': { status: 422, zh: '评选活动不存在', en: 'No such campaign' },
  'not-open': { status: 409, zh: '评选活动当前阶段不受理此操作', en: 'The campaign is not in a phase that allows this' },
  late: { status: 409, zh: '推荐表报送已截止', en: 'The deadline for forms has passed' },
  'quota-exhausted': { status: 409, zh: '推荐名额已用完', en: 'The recommendation quota is used up' },
  'already-recommended': { status: 409, zh: '该人员已在本次评选中被推荐，同一人不能重复推荐', en: 'This person is already recommended in this campaign' },
  'wrong-step': { status: 409, zh: '推荐表当前状态不允许此操作', en: 'The form is not at a step that allows this' },
  'not-your-step': { status: 403, zh: '此操作应由推荐流程中的其他单位办理', en: 'This step belongs to another party in the chain' },
  'no-district': { status: 422, zh: '您的单位未登记所在区县，请选择市级部门推荐或联系管理员', en: 'Your organisation has no district on record; choose a department or ask an administrator' },
  'central-units-through-district': { status: 422, zh: '中央在渝单位通过所在区县推荐，不占用市级部门名额', en: 'Central units recommend through their district, not a department' },
  'employers-only': { status: 403, zh: '推荐表由所在单位填写', en: 'Recommendation forms are filled in by employers' },
  incomplete: { status: 422, zh: '推荐表不完整：请上传照片和证明材料后再提交', en: 'The form is incomplete: upload the photo and the evidence file before submitting' },
  ineligible: { status: 409, zh: '候选人不符合推荐条件，如需通过请先说明理由并认定符合条件', en: 'The candidate does not meet the conditions; record an override with a justification first' },
  'version-required': { status: 428, zh: '请提供 If-Match 版本号，以免覆盖他人的修改', en: "Send If-Match with the version you read, so no one's change is overwritten" },
  'version-conflict': { status: 412, zh: '推荐表已被他人修改，请刷新后重试', en: 'Someone changed this form since you read it; reload and try again' },
});
