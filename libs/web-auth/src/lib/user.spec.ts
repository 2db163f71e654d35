import { describe, expect, it } from 'vitest';
import { base64Url } from './pkce';
import { hasAnyRole, userFromAccessToken } from './user';

const token = (claims: object) => `h.${base64Url(new TextEncoder().encode(JSON.stringify(claims)))}.s`;

describe('the signed-in user', () => {
  it('takes name, roles and district scope from the realm token', () => {
    const user = userFromAccessToken(
      token({ sub: 's1', preferred_username: 'district.yuzhong', display_name: '渝中区人力社保局', realm_access: { roles: ['district', 'offline_access'] }, agency: 'district', district_code: '500103' }),
    );
    expect(user).toEqual({ subject: 's1', username: 'district.yuzhong', displayName: '渝中区人力社保局', roles: ['district', 'offline_access'], agency: 'district', districtCode: '500103' });
    expect(hasAnyRole(user, ['district', 'department'])).toBe(true);
    expect(hasAnyRole(user, ['skills-office'])).toBe(false);
    expect(hasAnyRole(null, ['district'])).toBe(false);
  });

  it('falls back to the username when the token has no display name, and to no roles', () => {
    expect(userFromAccessToken(token({ sub: 's2', preferred_username: 'citizen.demo' }))).toMatchObject({ displayName: 'citizen.demo', roles: [] });
  });
});
