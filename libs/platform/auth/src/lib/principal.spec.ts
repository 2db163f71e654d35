import { ProblemException } from '@bayu/platform/http';
import { dataScopeOf } from './data-scope';
import { principalFromClaims } from './principal';

describe('principal and data scope', () => {
  it('reads realm roles and agency claims from a Keycloak access token, ignoring unknown roles', () => {
    const principal = principalFromClaims({
      sub: 'u-1',
      azp: 'web-recommend',
      preferred_username: 'district.yuzhong',
      display_name: '渝中区人社局',
      realm_access: { roles: ['district', 'offline_access', 'uma_authorization'] },
      agency: 'district',
      district_code: '500103',
    });
    expect([...principal.roles]).toEqual(['district']);
    expect(principal).toMatchObject({ username: 'district.yuzhong', agency: 'district', districtCode: '500103', clientId: 'web-recommend', isServiceAccount: false });
  });

  it('recognises a service account by its Keycloak username', () => {
    expect(principalFromClaims({ preferred_username: 'service-account-bayu-seeder', realm_access: { roles: ['service'] } }).isServiceAccount).toBe(true);
  });

  it('scopes a district user to their district and a city-wide role to the city', () => {
    const district = principalFromClaims({ realm_access: { roles: ['district'] }, district_code: '500229' });
    expect(dataScopeOf(district, { cityWide: ['hrss'] })).toEqual({ kind: 'district', districtCode: '500229' });
    const hrss = principalFromClaims({ realm_access: { roles: ['hrss'] } });
    expect(dataScopeOf(hrss, { cityWide: ['hrss'] })).toEqual({ kind: 'city' });
    const employer = principalFromClaims({ realm_access: { roles: ['employer'] }, employer_id: 'emp-1' });
    expect(dataScopeOf(employer, { cityWide: ['hrss'] })).toEqual({ kind: 'employer', employerId: 'emp-1' });
  });

  it('refuses a scoped role whose account has no district attached', () => {
    const lost = principalFromClaims({ realm_access: { roles: ['district'] } });
    expect(() => dataScopeOf(lost, { cityWide: ['hrss'] })).toThrow(ProblemException);
  });
});
