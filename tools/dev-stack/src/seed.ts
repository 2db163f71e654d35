// Demo data: the 2022 awardees registered through the gateway, as the bayu-seeder service account, the
// way any client would register workers. Idempotent: a second start gets 409 worker.duplicate for each.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { demoUserToken, serviceAccountToken, type DevSso } from '@bayu/dev/sso';
import { AWARDEES_2022, registrationOf, type Awardee2022 } from './fixtures/awardees-2022';

type SsoLocation = Pick<DevSso, 'realmUrl' | 'realmFile'>;

export interface SeedResult {
  readonly created: string[];
  readonly existing: string[];
  /** Worker id per awardee key, for those whose id is known (created now, or remembered from before). */
  readonly ids: Readonly<Record<string, string>>;
}

/** Remembered worker ids: the API has no lookup by ID number, and a 409 does not say which worker it was. */
type SeedState = Record<string, Record<string, string>>;

function readState(file: string): SeedState {
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as SeedState;
  } catch {
    return {};
  }
}

function writeState(file: string, state: SeedState): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(tmp, file);
}

async function problemOf(response: Response): Promise<{ code?: string; detail?: string }> {
  const text = await response.text();
  try {
    return JSON.parse(text) as { code?: string; detail?: string };
  } catch {
    return { detail: text.slice(0, 200) };
  }
}

/**
 * Registers every awardee through `gatewayUrl`. `databaseIdentity` keys the remembered ids, so a reset
 * database (or another one) never reuses ids from a previous one.
 */
export async function seedAwardees(gatewayUrl: string, sso: SsoLocation, stateFile: string, databaseIdentity: string, awardees: readonly Awardee2022[] = AWARDEES_2022): Promise<SeedResult> {
  const { access_token: token } = await serviceAccountToken(sso, 'bayu-seeder');
  const state = readState(stateFile);
  const known = { ...(state[databaseIdentity] ?? {}) };
  const created: string[] = [];
  const existing: string[] = [];
  for (const awardee of awardees) {
    const response = await fetch(`${gatewayUrl}/api/v1/workers`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'accept-language': 'zh-CN' },
      body: JSON.stringify(registrationOf(awardee)),
    });
    if (response.status === 201) {
      const worker = (await response.json()) as { id: string };
      known[awardee.key] = worker.id;
      created.push(awardee.key);
      continue;
    }
    const problem = await problemOf(response);
    if (response.status === 409 && problem.code === 'worker.duplicate') {
      existing.push(awardee.key);
      continue;
    }
    throw new Error(`seeding ${awardee.name} (${awardee.key}) failed: HTTP ${response.status} ${problem.code ?? ''} ${problem.detail ?? ''}`.trim());
  }
  writeState(stateFile, { ...state, [databaseIdentity]: known });
  return { created, existing, ids: known };
}

async function eventually<T>(what: string, timeoutMs: number, attempt: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await attempt();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`smoke check: ${what} did not happen within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

export interface SmokeReport {
  readonly workerId: string;
  readonly name: string;
  readonly nationalIdMasked: string;
  readonly projectedAfterMs: number;
}

/**
 * What --smoke proves: a seeded worker reads back through the gateway with a demo clerk's token (ID number
 * masked), and its talent.registered event went registry outbox → Kafka → campaign projection.
 */
export async function smokeCheck(gatewayUrl: string, sso: SsoLocation, seed: SeedResult, awardees: readonly Awardee2022[] = AWARDEES_2022): Promise<SmokeReport> {
  const awardee = awardees.find((a) => seed.ids[a.key]);
  const workerId = awardee && seed.ids[awardee.key];
  if (!awardee || !workerId) throw new Error('smoke check: no seeded worker id is known (the seed state file was lost); rm -rf .bayu/dev to start afresh');
  const clerk = await demoUserToken(sso, 'hrss.clerk', { clientId: 'web-hrss' });
  const response = await fetch(`${gatewayUrl}/api/v1/workers/${workerId}`, { headers: { authorization: `Bearer ${clerk.access_token}` } });
  if (response.status !== 200) throw new Error(`smoke check: GET /api/v1/workers/${workerId} as hrss.clerk answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  const worker = (await response.json()) as { name: string; nationalIdMasked: string };
  const { nationalId } = registrationOf(awardee);
  if (worker.name !== awardee.name) throw new Error(`smoke check: expected ${awardee.name}, got ${worker.name}`);
  if (JSON.stringify(worker).includes(nationalId)) throw new Error('smoke check: the worker view leaked the full ID number');

  const started = Date.now();
  const office = await demoUserToken(sso, 'skills.office', { clientId: 'web-skills-office' });
  await eventually('the campaign projection of the seeded worker', 60_000, async () => {
    const profile = await fetch(`${gatewayUrl}/api/v1/talent-profiles/${workerId}`, { headers: { authorization: `Bearer ${office.access_token}` } });
    return profile.status === 200 ? true : undefined;
  });
  return { workerId, name: worker.name, nationalIdMasked: worker.nationalIdMasked, projectedAfterMs: Date.now() - started };
}
