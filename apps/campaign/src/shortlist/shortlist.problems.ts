import { defineProblems } from '@bayu/platform/http';

export const shortlistProblems = defineProblems('shortlist', {
  'not-found': { status: 404, zh: '未找到该评选活动或其入围名单尚未公布', en: 'No such campaign, or its shortlist is not published yet' },
  'wrong-phase': { status: 409, zh: '入围名单在评选阶段公布', en: 'The shortlist is published in the selection phase' },
  'already-published': { status: 409, zh: '入围名单已经公布', en: 'The shortlist is already published' },
  'audit-unfinished': { status: 409, zh: '仍有推荐表待审核，请先完成审核', en: 'Some forms still await the skills office; finish the audit first' },
  'too-many': { status: 422, zh: '入围人数超过本次活动设定的名额', en: 'More candidates than the campaign’s shortlist size' },
  'not-endorsed': { status: 422, zh: '名单中有未通过审核的推荐表', en: 'Some forms on the list have not passed the audit' },
  'version-required': { status: 428, zh: '请提供 If-Match 版本号，以免覆盖他人的修改', en: "Send If-Match with the version you read, so no one's change is overwritten" },
  'version-conflict': { status: 412, zh: '评选活动已被他人修改，请刷新后重试', en: 'Someone changed this campaign since you read it; reload and try again' },
});
