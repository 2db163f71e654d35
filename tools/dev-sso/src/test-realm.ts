import { startDevSso, type DevSso } from './dev-sso';

export interface TestRealm {
  readonly realmUrl: string;
  stop(): Promise<void>;
}

/**
 * The realm a test talks to: the one dev SSO the test command runs for everybody (BAYU_TEST_SSO_URL, it is
 * stateless for tests), or one of its own when a single test file runs alone.
 */
export async function sharedOrOwnRealm(): Promise<TestRealm> {
  const shared = process.env.BAYU_TEST_SSO_URL;
  if (shared) return { realmUrl: `${shared}/realms/bayu`, stop: async () => undefined };
  const sso: DevSso = await startDevSso();
  return { realmUrl: sso.realmUrl, stop: () => sso.stop() };
}
