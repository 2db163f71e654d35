import { defineProblems } from '@bayu/platform/http';

export const campaignProblems = defineProblems('campaign', {
  'not-found': { status: 404, zh: '未找到该评选活动', en: 'No such campaign' },
  'year-taken': { status: 409, zh: '该年度的评选活动已存在', en: 'There is already a campaign for this year' },
  'wrong-phase': { status: 409, zh: '评选活动当前阶段不允许此操作', en: 'The campaign is not in a phase that allows this' },
  'version-required': { status: 428, zh: '请提供 If-Match 版本号，以免覆盖他人的修改', en: "Send If-Match with the version you read, so no one's change is overwritten" },
  'version-conflict': { status: 412, zh: '评选活动已被他人修改，请刷新后重试', en: 'Someone changed this campaign since you read it; reload and try again' },
  'settings-locked': { status: 409, zh: '推荐已经开始，名额与规模不能再修改', en: 'Recommendations have opened; quotas and sizes can no longer change' },
});
