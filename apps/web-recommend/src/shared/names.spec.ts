import { describe, expect, it } from 'vitest';
import { criterionName, districtName, recommenderName, skillLevelName } from './names';

describe('reference names', () => {
  it('names recommenders in the UI language, falling back to what the API said', () => {
    expect(recommenderName({ kind: 'district', code: '500229' }, 'zh-CN')).toBe('城口县');
    expect(recommenderName({ kind: 'department', code: 'cq-transport' }, 'en')).toBe('Municipal Transport Bureau');
    expect(recommenderName({ kind: 'department', code: 'cq-new', nameZh: '新部门' }, 'en')).toBe('新部门');
    expect(districtName('500229', 'en')).toBe('Chengkou');
    expect(districtName(undefined, 'en')).toBeUndefined();
  });

  it('names levels and criteria', () => {
    expect(skillLevelName('technician', 'zh-CN')).toBe('技师');
    expect(skillLevelName('', 'zh-CN')).toBeUndefined();
    expect(criterionName('innovation', 'zh-CN')).toContain('技术创新');
  });
});
