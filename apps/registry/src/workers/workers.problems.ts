import { defineProblems } from '@bayu/platform/http';

export const workerProblems = defineProblems('worker', {
  duplicate: { status: 409, zh: '该人员已在人才库中登记', en: 'This person is already registered' },
  'not-found': { status: 404, zh: '未找到该人员，或不在您的管辖范围内', en: 'No such worker in your scope' },
  'no-registry-access': { status: 403, zh: '您的单位无权查看人才库', en: 'Your agency has no access to the talent registry' },
});
