import { describe, expect, it } from 'vitest';
import { fillsForms, partyOf, recommends } from './party';

describe('partyOf', () => {
  it('reads the app role from the token roles', () => {
    expect(partyOf({ roles: ['default-roles-bayu', 'employer'] })).toBe('employer');
    expect(partyOf({ roles: ['central-unit'] })).toBe('central-unit');
    expect(partyOf({ roles: ['district'] })).toBe('district');
    expect(partyOf({ roles: ['department'] })).toBe('department');
    expect(partyOf({ roles: ['hrss'] })).toBeNull();
    expect(partyOf(null)).toBeNull();
  });

  it('separates who fills forms from who recommends', () => {
    expect(fillsForms('employer') && fillsForms('central-unit')).toBe(true);
    expect(fillsForms('district')).toBe(false);
    expect(recommends('district') && recommends('department')).toBe(true);
    expect(recommends('employer')).toBe(false);
  });
});
