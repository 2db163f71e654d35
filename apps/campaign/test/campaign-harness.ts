import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import { createCloudEvent, TOPICS, type CloudEvent } from '@bayu/contracts';
import { maskNationalId, NationalIdVault, parseNationalId } from '@bayu/national-id';
import type { SkillLevel } from '@bayu/reference';
import { AWARDEES_2022, campaignSettingsFor, recommendationFormOf } from '@bayu/dev/demo-data';
import type { RunningService } from '@bayu/platform/service';
import { startServiceInProcess } from '@bayu/platform/service/testing';
import { jpegOfSize, pdfWithPages } from '@bayu/platform/files/testing';
import { apiClient, eventually, migratedDatabase, querySql, startTestStack, type ApiClient, type ScratchDatabase, type TestStack } from '@bayu/platform/testing';
import { AppModule } from '../src/app.module';
import { loadCampaignConfig } from '../src/config';

import type { ApiAnswer } from '@bayu/platform/testing';

export type { ApiAnswer };

/** The campaign service in-process, on a fresh database, with the dev broker and dev SSO. */
export interface CampaignHarness {
  readonly stack: TestStack;
  readonly db: ScratchDatabase;
  readonly service: RunningService;
  /** Where the service keeps uploaded files. */
  readonly fileDir: string;
  /** The service's own national-ID keys, for data written behind its back (historical loads). */
  readonly vault: NationalIdVault;
  call: ApiClient['call'];
  upload: ApiClient['upload'];
  send: ApiClient['send'];
  sql<T = Record<string, unknown>>(query: string, values?: unknown[]): Promise<T[]>;
  /**
   * Puts a person on the register as the registry would: talent.registered and a skill certificate through
   * the broker, with the shared hash key; resolves once the campaign has projected both.
   */
  registerTalent(nationalId: string, level: SkillLevel, honours?: ReadonlyArray<{ kind: 'most-beautiful-craftsman' | 'heritage-inheritor'; level: 'municipal' | 'national' }>): Promise<string>;
  stop(): Promise<void>;
}

const key = () => randomBytes(32).toString('base64');
const RAN_HONGWEI = AWARDEES_2022.find((a) => a.key === 'ran-hongwei') ?? (AWARDEES_2022[0] as (typeof AWARDEES_2022)[number]);

export async function startCampaign(options: { consumers?: boolean; env?: Record<string, string> } = {}): Promise<CampaignHarness> {
  const stack = await startTestStack({ brokers: 1 });
  const db = await migratedDatabase('campaign');
  const hashKey = key();
  const encryptionKey = randomBytes(32);
  const fileDir = mkdtempSync(join(tmpdir(), 'campaign-files-'));
  let producer: Producer | undefined;
  const config = loadCampaignConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    DATABASE_URL: db.url,
    KAFKA_BROKERS: stack.kafkaBrokers.join(','),
    SSO_URL: stack.ssoUrl,
    NATIONAL_ID_ENCRYPTION_KEYS: `k1:${encryptionKey.toString('base64')}`,
    NATIONAL_ID_HASH_KEY: hashKey,
    FILE_STORAGE_DIR: fileDir,
    ...options.env,
  });
  const vault = new NationalIdVault({ encryptionKeys: [{ id: 'k1', key: encryptionKey }], hashKey: Buffer.from(hashKey, 'base64') });
  const service = await startServiceInProcess('campaign', AppModule.forRoot(config), { kafkaBrokers: stack.kafkaBrokers, consumers: options.consumers ?? false });
  return {
    stack,
    db,
    service,
    fileDir,
    vault,
    ...apiClient(service.url, stack.realmUrl),
    sql: (query, values) => querySql(db.url, query, values),
    async registerTalent(nationalId, level, honours = []) {
      const parsed = parseNationalId(nationalId);
      if (!parsed.ok) throw new Error(parsed.message);
      const workerId = randomUUID();
      const at = new Date().toISOString();
      const source = { source: 'registry' as const };
      const events: CloudEvent[] = [
        createCloudEvent(
          'talent.registered',
          {
            workerId,
            nationalIdHash: vault.hash(nationalId),
            nationalIdMasked: maskNationalId(nationalId),
            name: '测试人员',
            gender: parsed.facts.gender,
            birthYearMonth: parsed.facts.birthDate.slice(0, 7),
            districtCode: '500229',
            employerName: '国网重庆城口供电公司',
            occupation: '电力线路运维',
            registeredAt: at,
          },
          source,
        ),
        createCloudEvent(
          'certificate.issued',
          { certificateId: randomUUID(), workerId, kind: 'skill-level', skillLevel: level, occupation: '电力线路运维', certificateNumber: `T-${workerId.slice(0, 8)}`, issuingBody: '重庆市职业技能鉴定指导中心', issueDate: '2020-05-20', workerCurrentLevel: level },
          source,
        ),
        ...honours.map((h) => createCloudEvent('honour.granted', { honourId: randomUUID(), workerId, kind: h.kind, level: h.level, year: 2021, grantingBody: '重庆市人民政府' }, source)),
      ];
      producer ??= new Kafka({ clientId: 'campaign-test', brokers: stack.kafkaBrokers, logLevel: logLevel.NOTHING }).producer();
      await producer.connect();
      await producer.send({ topic: TOPICS.registryTalent.name, messages: events.map((e) => ({ key: e.subject, value: JSON.stringify(e) })) });
      const ids = events.map((e) => e.id);
      await eventually(async () => ((await querySql<{ n: number }>(db.url, 'SELECT count(*)::int AS n FROM inbox_event WHERE event_id = ANY($1::uuid[])', [ids]))[0]?.n === ids.length ? true : undefined), {
        what: 'the campaign to project the registered worker',
        timeoutMs: 30_000,
      });
      return workerId;
    },
    async stop() {
      await producer?.disconnect();
      await service.shutdown();
      rmSync(fileDir, { recursive: true, force: true });
      await db.drop();
      await stack.stop();
    },
  };
}

/** A campaign shaped like 2022's in any year: a future year's forms are still open, a past year's are late. */
export const campaignSettings = campaignSettingsFor;

let sequence = 0;

/** A complete 推荐表 for 冉洪位 of seed 000; each call is a different (synthetic) person. */
export function nominationForm(overrides: Record<string, unknown> = {}): Record<string, unknown> & { nationalId: string } {
  sequence += 1;
  return recommendationFormOf(RAN_HONGWEI, { sequence: 500 + sequence * 2, overrides });
}

/** The steps tests take again and again, through the API as the real parties. */
export function campaignSteps(campaign: CampaignHarness) {
  let year = 2050;
  const call = campaign.call;
  const steps = {
    /** A campaign in its recommendation phase; each call takes a new year. */
    async openCampaign(overrides: Record<string, unknown> = {}, settingsYear = (year += 1)): Promise<string> {
      const created = await call('POST', '/api/v1/campaigns', 'skills.office', campaignSettings(settingsYear, overrides));
      if (created.status !== 201) throw new Error(`campaign not created: ${JSON.stringify(created.body)}`);
      const id = String(created.body.id);
      const opened = await call('POST', `/api/v1/campaigns/${id}/phase`, 'skills.office', { action: 'open-recommendation' }, { 'if-match': '"1"' });
      if (opened.status !== 200) throw new Error(`campaign not opened: ${JSON.stringify(opened.body)}`);
      return id;
    },
    nextYear: () => (year += 1),
    /** Sends a file as the employer would, with the form's current version. */
    async upload(id: string, kind: 'photo' | 'evidence', bytes: Buffer, contentType: string, user = 'employer.chengkou-power'): Promise<ApiAnswer> {
      const etag = String((await call('GET', `/api/v1/nominations/${id}`, user)).headers.get('etag'));
      return campaign.send('PUT', `/api/v1/nominations/${id}/${kind}`, user, bytes, { 'content-type': contentType, 'if-match': etag });
    },
    /** A new form with its photo and evidence file, ready to submit. */
    async create(campaignId: string, user = 'employer.chengkou-power', form = nominationForm(), recommender: Record<string, unknown> = { kind: 'district' }): Promise<ApiAnswer> {
      const created = await call('POST', '/api/v1/nominations', user, { campaignId, recommender, form });
      if (created.status === 201) {
        const id = String(created.body.id);
        for (const [kind, bytes, type] of [['photo', jpegOfSize(413, 579), 'image/jpeg'], ['evidence', pdfWithPages(3), 'application/pdf']] as const) {
          const uploaded = await steps.upload(id, kind, bytes, type, user);
          if (uploaded.status !== 200) throw new Error(`${kind} not attached: ${JSON.stringify(uploaded.body)}`);
        }
      }
      return created;
    },
    /** One step with the version just read, as a user who has the form open would. */
    async act(id: string, user: string, action: string, opinion?: string): Promise<ApiAnswer> {
      const current = await call('GET', `/api/v1/nominations/${id}`, 'skills.office');
      return call('POST', `/api/v1/nominations/${id}/actions`, user, { action, ...(opinion ? { opinion } : {}) }, { 'if-match': String(current.headers.get('etag')) });
    },
    statusOf: async (id: string) => String((await call('GET', `/api/v1/nominations/${id}`, 'skills.office')).body.status),
    /** A form of 城口县 taken through all three endorsements, its candidate a registered technician. */
    async endorsedForm(campaignId: string, form = nominationForm()): Promise<string> {
      const id = String((await steps.create(campaignId, 'employer.chengkou-power', form)).body.id);
      await campaign.registerTalent(form.nationalId, 'technician');
      for (const [user, action] of [['employer.chengkou-power', 'submit'], ['district.chengkou', 'recommender-endorse'], ['skills.office', 'office-approve']] as const) {
        const answer = await steps.act(id, user, action, '同意。');
        if (answer.status !== 200) throw new Error(`${action} failed: ${JSON.stringify(answer.body)}`);
      }
      return id;
    },
  };
  return steps;
}
