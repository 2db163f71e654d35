// Public API of the dev SSO (`@bayu/dev/sso`): a Keycloak-shaped OpenID provider for local runs and tests,
// serving the realm in deploy/keycloak/realm-bayu.json. Importing it never loads oidc-provider.
export { startDevSso, type DevSso, type DevSsoOptions } from './dev-sso';
export { demoUserToken, serviceAccountToken, type TokenSet } from './demo-tokens';
export {
  DEFAULT_REALM_FILE,
  loadRealm,
  passwordOf,
  type RealmClient,
  type RealmExport,
  type RealmUser,
} from './realm';
export { sharedOrOwnRealm, type TestRealm } from './test-realm';
