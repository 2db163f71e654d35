import { defineProblems } from '@bayu/platform/http';

export const workerProblems = defineProblems('worker', {
  duplicate: { status: 409, zh: '该人员已在人才库中登记', en: 'This person is already registered' },
  'not-found': { status: 404, zh: '未找到该人员，或不在您的管辖范围内', en: 'No such worker in your scope' },
  'no-registry-access': { status: 403, zh: '您的单位无权查看人才库', en: 'Your agency has no access to the talent registry' },
  'version-required': { status: 428, zh: '请提供 If-Match 版本号，以免覆盖他人的修改', en: "Send If-Match with the version you read, so no one's change is overwritten" },
  'version-conflict': { status: 412, zh: '该人员信息已被他人修改，请刷新后重试', en: 'Someone changed this worker since you read it; reload and try again' },
});
