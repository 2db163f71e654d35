// Demo data through the gateway, as the bayu-seeder service account, the way any client would do it:
// the 2022 最美巴渝工匠 awardees and nominees with their honours, then a generated city uploaded as a
// spreadsheet to the bulk import. Idempotent: a second start adds nothing (409s, "already registered").
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { demoUserToken, serviceAccountToken, type DevSso } from '@bayu/dev/sso';
import { Writable } from 'node:stream';
import { AWARDEES_2022, CRAFTSMEN_2022, generateWorkers, loadCampaign2022, registrationOf, writeWorkersCsv, type Campaign2022LoadReport, type Craftsman2022 } from '@bayu/dev/demo-data';
import { nationalIdVaultFrom, parseEncryptionKeys } from '@bayu/national-id';
import type { DevSecrets } from './secrets';

type SsoLocation = Pick<DevSso, 'realmUrl' | 'realmFile'>;

export interface SeedResult {
  readonly created: string[];
  readonly existing: string[];
  /** Worker id per awardee key, for those whose id is known (created now, or remembered from before). */
  readonly ids: Readonly<Record<string, string>>;
}

/** Remembered worker ids, so the smoke check and the banner can name one without a lookup. */
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
export async function seedAwardees(gatewayUrl: string, sso: SsoLocation, stateFile: string, databaseIdentity: string, awardees: readonly Craftsman2022[] = CRAFTSMEN_2022): Promise<SeedResult> {
  const { access_token: token } = await serviceAccountToken(sso, 'bayu-seeder');
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'accept-language': 'zh-CN' };
  const state = readState(stateFile);
  const known = { ...(state[databaseIdentity] ?? {}) };
  const created: string[] = [];
  const existing: string[] = [];
  for (const awardee of awardees) {
    const registration = registrationOf(awardee);
    const response = await fetch(`${gatewayUrl}/api/v1/workers`, { method: 'POST', headers, body: JSON.stringify(registration) });
    if (response.status === 201) {
      known[awardee.key] = ((await response.json()) as { id: string }).id;
      created.push(awardee.key);
    } else {
      const problem = await problemOf(response);
      if (response.status !== 409 || problem.code !== 'worker.duplicate') {
        throw new Error(`seeding ${awardee.name} (${awardee.key}) failed: HTTP ${response.status} ${problem.code ?? ''} ${problem.detail ?? ''}`.trim());
      }
      existing.push(awardee.key);
      const found = await fetch(`${gatewayUrl}/api/v1/workers/lookup`, { method: 'POST', headers, body: JSON.stringify({ nationalId: registration.nationalId }) });
      if (found.ok) known[awardee.key] = ((await found.json()) as { id: string }).id;
    }
    const workerId = known[awardee.key];
    if (workerId) await grantCraftsmanHonour(gatewayUrl, headers, workerId, awardee);
  }
  writeState(stateFile, { ...state, [databaseIdentity]: known });
  return { created, existing, ids: known };
}

/** The 2022 最美巴渝工匠 honour (or nomination); a 409 on a second start means it is already there. */
async function grantCraftsmanHonour(gatewayUrl: string, headers: Record<string, string>, workerId: string, craftsman: Craftsman2022): Promise<void> {
  const awardee = AWARDEES_2022.some((a) => a.key === craftsman.key);
  const response = await fetch(`${gatewayUrl}/api/v1/workers/${workerId}/honours`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      kind: awardee ? 'most-beautiful-craftsman' : 'most-beautiful-craftsman-nomination',
      level: 'municipal',
      year: 2022,
      grantingBody: '重庆市高技能人才工作联席会办公室',
      ...('citation' in craftsman && typeof craftsman.citation === 'string' ? { citation: craftsman.citation.slice(0, 500) } : {}),
    }),
  });
  if (response.status !== 201 && response.status !== 409) throw new Error(`honour for ${craftsman.name}: HTTP ${response.status} ${(await response.text()).slice(0, 200)}`);
}

export interface CityImportResult {
  readonly importId: string;
  readonly registered: number;
  readonly alreadyRegistered: number;
  readonly rejected: number;
}

/**
 * A generated city of `count` workers (tools/demo-data: the 2022 level mix and districts), uploaded as a
 * CSV to the bulk import, as a clerk would, with a few deliberately broken rows for the error report.
 */
export async function seedCity(gatewayUrl: string, sso: SsoLocation, count: number): Promise<CityImportResult> {
  const { access_token: token } = await serviceAccountToken(sso, 'bayu-seeder');
  const chunks: Buffer[] = [];
  await writeWorkersCsv(generateWorkers({ count }), new Writable({ write: (chunk: Buffer, _e, done) => (chunks.push(chunk), done()) }), { encoding: 'utf-8', bom: true, invalidEvery: 250 });
  const upload = await fetch(`${gatewayUrl}/api/v1/imports?fileName=${encodeURIComponent(`演示名册-${count}.csv`)}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
    body: Buffer.concat(chunks),
  });
  if (upload.status !== 202) throw new Error(`demo city upload: HTTP ${upload.status} ${(await upload.text()).slice(0, 200)}`);
  const { id } = (await upload.json()) as { id: string };
  const job = await eventually('the demo city import', 120_000, async () => {
    const answer = (await (await fetch(`${gatewayUrl}/api/v1/imports/${id}`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
      status: string;
      rowsRegistered: number;
      rowsAlreadyRegistered: number;
      rowsRejected: number;
    };
    return answer.status === 'completed' || answer.status === 'failed' ? answer : undefined;
  });
  if (job.status !== 'completed') throw new Error(`demo city import ${id} failed`);
  return { importId: id, registered: job.rowsRegistered, alreadyRegistered: job.rowsAlreadyRegistered, rejected: job.rowsRejected };
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
export async function smokeCheck(gatewayUrl: string, sso: SsoLocation, seed: SeedResult, awardees: readonly Craftsman2022[] = AWARDEES_2022): Promise<SmokeReport> {
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

/**
 * The 2022 campaign as history, straight into the campaign database with the campaign's keys: its forms
 * closed in 2022, so the API would (rightly) refuse them. Loaded once; a second start finds it.
 */
export async function seedCampaign2022(campaignDatabaseUrl: string, secrets: DevSecrets): Promise<Campaign2022LoadReport> {
  const vault = nationalIdVaultFrom({ NATIONAL_ID_ENCRYPTION_KEYS: parseEncryptionKeys(secrets.campaignNationalIdEncryptionKeys), NATIONAL_ID_HASH_KEY: Buffer.from(secrets.nationalIdHashKey, 'base64') });
  return loadCampaign2022({ databaseUrl: campaignDatabaseUrl, vault });
}
