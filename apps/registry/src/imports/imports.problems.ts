import type { ImportFileProblem, ImportFileProblemCode } from '@bayu/registry/import-parsing';
import { defineProblems, fieldError, type ProblemException } from '@bayu/platform/http';

export const importProblems = defineProblems('import', {
  'unsupported-type': { status: 415, zh: '只支持 CSV 或 XLSX 文件', en: 'Only CSV or XLSX files can be imported' },
  'too-large': { status: 413, zh: '文件过大', en: 'The file is too large' },
  empty: { status: 400, zh: '文件为空', en: 'The file is empty' },
  'no-header': { status: 400, zh: '文件没有表头行', en: 'The file has no header row' },
  'bad-encoding': { status: 400, zh: '无法识别文件编码（应为 UTF-8 或 GBK）', en: 'The file is neither UTF-8 nor GBK' },
  'missing-columns': { status: 400, zh: '缺少必填列', en: 'Required columns are missing' },
  'duplicate-columns': { status: 400, zh: '列名重复', en: 'A column appears twice' },
  malformed: { status: 400, zh: '文件已损坏或格式不正确', en: 'The file is damaged or not well formed' },
  'file-name-required': { status: 400, zh: '请提供文件名', en: 'Give the file name (fileName)' },
  'not-found': { status: 404, zh: '未找到该导入任务', en: 'No such import' },
});

const BY_CODE: Record<ImportFileProblemCode, Parameters<typeof importProblems.raise>[0]> = {
  'unsupported-type': 'unsupported-type',
  'too-large': 'too-large',
  empty: 'empty',
  'no-header': 'no-header',
  'bad-encoding': 'bad-encoding',
  'missing-columns': 'missing-columns',
  'duplicate-columns': 'duplicate-columns',
  malformed: 'malformed',
};

/** A file-level problem found while reading the file, as the clerk will read it. */
export function problemFromFile(problem: ImportFileProblem): ProblemException {
  const columnProblem = problem.code === 'missing-columns' || problem.code === 'duplicate-columns';
  return importProblems.raise(BY_CODE[problem.code], {
    detail: problem.message,
    ...(columnProblem && problem.details.length ? { errors: problem.details.map((c) => fieldError(c, problem.code === 'missing-columns' ? { zh: '缺少此列', en: 'column missing' } : { zh: '列名重复', en: 'duplicate column' }, problem.code)) } : {}),
  });
}
