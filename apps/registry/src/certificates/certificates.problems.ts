import { defineProblems } from '@bayu/platform/http';

export const certificateProblems = defineProblems('certificate', {
  'number-taken': { status: 409, zh: '该证书编号已登记', en: 'This certificate number is already on record' },
  'not-found': { status: 404, zh: '未找到该证书，或不在您的管辖范围内', en: 'No such certificate in your scope' },
  'already-revoked': { status: 409, zh: '该证书已被撤销', en: 'This certificate is already revoked' },
  'before-birth': { status: 400, zh: '发证日期早于持证人年满16周岁', en: 'Issued before the holder turned 16' },
});
