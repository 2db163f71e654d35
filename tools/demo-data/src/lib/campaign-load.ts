// The 2022 最美巴渝工匠 campaign as history, straight into the campaign service's tables: a closed campaign
// cannot be replayed through the API (its forms closed on 30 June 2022), so the demo stack writes the
// outcome the way a migration of old records would. The twenty named craftsmen carry their real result;
// the other forms are generated people, spread over the districts and departments within their quotas.
import { createHash } from 'node:crypto';
import { maskNationalId, type NationalIdVault } from '@bayu/national-id';
import { uuidv7, withPgClient } from '@bayu/platform/db';
import { DEPARTMENTS } from '@bayu/reference';
import { AWARDEES_2022, type Craftsman2022 } from '../fixtures/awardees-2022';
import { CAMPAIGN_2022_SETTINGS, recommendationFormOf } from '../fixtures/campaign-2022';
import { LARGE_EMPLOYERS } from './employers';
import { NOMINATIONS_2022 } from '../fixtures/nominations-2022';
import { DemoPopulation, type DemoWorker } from './generate';

export interface Campaign2022LoadOptions {
  readonly databaseUrl: string;
  /** The campaign's keys: its own encryption key, the platform's hash key (shared with the registry). */
  readonly vault: NationalIdVault;
  /** Forms in all, the twenty named craftsmen included (2022: more than a thousand). Default 1,200. */
  readonly forms?: number;
}

export interface Campaign2022LoadReport {
  readonly campaignId: string;
  readonly created: boolean;
  readonly byStatus: Readonly<Record<string, number>>;
}

/** The 2022 outcome (seed 000): 106 shortlisted, 40 to the panel, 10 awards and 10 nominations. */
const SHORTLISTED_OTHERS = 106 - 20;
/** Forms the districts and departments put forward besides the shortlist (they used most of their places). */
const PASSED_OVER = 150;
const NOT_FORWARDED = ['returned', 'withdrawn', 'withdrawn', 'returned', 'withdrawn', 'returned', 'withdrawn', 'returned', 'withdrawn', 'rejected'] as const;
const QUOTA = { district: Number((CAMPAIGN_2022_SETTINGS.quotas as { district: number }).district), department: Number((CAMPAIGN_2022_SETTINGS.quotas as { department: number }).department) };

interface Planned {
  readonly form: Record<string, unknown> & { nationalId: string };
  readonly recommender: { kind: 'district' | 'department'; code: string };
  readonly employerId: string;
  readonly districtCode: string;
  readonly status: string;
}

const employerIdOf = (name: string, known?: string) => known ?? LARGE_EMPLOYERS.find((e) => e.name === name)?.id ?? `emp-${createHash('sha256').update(name).digest('hex').slice(0, 12)}`;

function generatedCraftsman(worker: DemoWorker, index: number): Craftsman2022 {
  return {
    key: `generated-${index}`,
    name: worker.name,
    employerName: worker.employerName,
    districtCode: worker.districtCode,
    industryCode: worker.industryCode,
    occupation: worker.occupation,
    occupationEn: worker.occupation,
    synthetic: { gender: worker.gender, birthDate: worker.birthDate, sequence: 0, skillLevel: worker.skillLevel ?? 'technician', registeredYear: worker.registeredYear },
  };
}

/** Who recommends which form and where it ended, within the quotas: deterministic, the same on every start. */
export function planCampaign2022(total = 1_200): Planned[] {
  const used = new Map<string, number>();
  const take = (kind: 'district' | 'department', code: string) => {
    const key = `${kind}:${code}`;
    if ((used.get(key) ?? 0) >= QUOTA[kind]) return false;
    used.set(key, (used.get(key) ?? 0) + 1);
    return true;
  };
  const planned: Planned[] = [];
  for (const [people, status] of [[AWARDEES_2022, 'awarded'], [NOMINATIONS_2022, 'award-nominee']] as const) {
    for (const person of people) {
      take('district', person.districtCode);
      planned.push({ form: recommendationFormOf(person), recommender: { kind: 'district', code: person.districtCode }, employerId: employerIdOf(person.employerName), districtCode: person.districtCode, status });
    }
  }
  const population = new DemoPopulation({ count: total * 2, seed: 2022 });
  let holding = 0;
  for (let i = 0; planned.length < total; i++) {
    const worker = population.workerAt(i);
    const department = DEPARTMENTS[i % DEPARTMENTS.length]?.code ?? 'cq-transport';
    const recommender = i % 8 === 0 ? { kind: 'department' as const, code: department } : { kind: 'district' as const, code: worker.districtCode };
    const forwarded = holding < SHORTLISTED_OTHERS + PASSED_OVER && take(recommender.kind, recommender.code);
    const status = forwarded ? (holding++ < SHORTLISTED_OTHERS ? 'not-selected' : 'not-shortlisted') : NOT_FORWARDED[i % NOT_FORWARDED.length]!;
    const form = recommendationFormOf(generatedCraftsman(worker, i), { overrides: { nationalId: worker.nationalId, qualification: { skillLevel: worker.skillLevel ?? 'technician' } } });
    planned.push({ form, recommender, employerId: employerIdOf(worker.employerName, worker.employerId), districtCode: worker.districtCode, status });
  }
  return planned;
}

/** Writes the 2022 campaign once; a second call finds it and changes nothing. */
export async function loadCampaign2022(options: Campaign2022LoadOptions): Promise<Campaign2022LoadReport> {
  return withPgClient(options.databaseUrl, async (client) => {
    await client.query('BEGIN');
    try {
      await client.query("SELECT pg_advisory_xact_lock(hashtextextended('demo-campaign-2022', 0))");
      const existing = await client.query<{ id: string }>('SELECT id FROM campaign WHERE year = 2022');
      if (existing.rows[0]) {
        const counts = await client.query<{ status: string; n: number }>('SELECT status, count(*)::int AS n FROM nomination WHERE campaign_id = $1 GROUP BY status', [existing.rows[0].id]);
        await client.query('COMMIT');
        return { campaignId: existing.rows[0].id, created: false, byStatus: Object.fromEntries(counts.rows.map((r) => [r.status, r.n])) };
      }
      const s = CAMPAIGN_2022_SETTINGS as { titleZh: string; titleEn: string; schedule: unknown; formDeadline: string; shortlistSize: number; expertReviewSize: number; awardCount: number; awardNominationCount: number };
      const campaignId = uuidv7(Date.parse('2022-05-01T00:00:00+08:00'));
      await client.query(
        `INSERT INTO campaign (id, year, title_zh, title_en, phase, schedule, form_deadline, district_quota, department_quota, shortlist_size, expert_review_size, award_count, award_nomination_count, shortlist_published_at, created_at, updated_at)
         VALUES ($1, 2022, $2, $3, 'closed', $4, $5, $6, $7, $8, $9, $10, $11, '2022-08-15T02:00:00Z', '2022-05-01T00:00:00Z', '2022-12-31T00:00:00Z')`,
        [campaignId, s.titleZh, s.titleEn, JSON.stringify(s.schedule), s.formDeadline, QUOTA.district, QUOTA.department, s.shortlistSize, s.expertReviewSize, s.awardCount, s.awardNominationCount],
      );
      const rows = planCampaign2022(options.forms).map((p) => {
        const { nationalId, name, gender, birthYearMonth, occupation, employerName, ...rest } = p.form;
        return {
          id: uuidv7(Date.parse('2022-06-01T00:00:00Z')),
          status: p.status,
          recommender_kind: p.recommender.kind,
          recommender_code: p.recommender.code,
          employer_id: p.employerId,
          employer_name: employerName,
          district_code: p.districtCode,
          name,
          gender,
          birth_year_month: birthYearMonth,
          national_id_sealed: options.vault.encrypt(nationalId),
          national_id_hash: options.vault.hash(nationalId),
          national_id_masked: maskNationalId(nationalId),
          occupation,
          form: rest,
        };
      });
      await client.query(
        `INSERT INTO nomination (id, campaign_id, status, recommender_kind, recommender_code, employer_id, employer_name, district_code, name, gender, birth_year_month,
                                 national_id_sealed, national_id_hash, national_id_masked, occupation, form, created_by, created_at, updated_at)
         SELECT r.id, $2, r.status, r.recommender_kind, r.recommender_code, r.employer_id, r.employer_name, r.district_code, r.name, r.gender, r.birth_year_month,
                r.national_id_sealed, r.national_id_hash, r.national_id_masked, r.occupation, r.form, 'demo-data', '2022-06-01T00:00:00Z', '2022-12-31T00:00:00Z'
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, status text, recommender_kind text, recommender_code text, employer_id text, employer_name text, district_code text,
              name text, gender text, birth_year_month text, national_id_sealed text, national_id_hash text, national_id_masked text, occupation text, form jsonb)`,
        [JSON.stringify(rows), campaignId],
      );
      await client.query(
        `INSERT INTO nomination_claim (campaign_id, national_id_hash, nomination_id) SELECT campaign_id, national_id_hash, id FROM nomination WHERE campaign_id = $1 AND status <> 'withdrawn'`,
        [campaignId],
      );
      await client.query(
        `INSERT INTO nomination_transition (nomination_id, action, from_status, to_status, actor, actor_agency, opinion, occurred_at)
         SELECT id, 'import', NULL, status, 'demo-data', 'skills-office', '2022年度评选结果（历史数据导入）', '2022-12-31T00:00:00Z' FROM nomination WHERE campaign_id = $1`,
        [campaignId],
      );
      const counts = await client.query<{ status: string; n: number }>('SELECT status, count(*)::int AS n FROM nomination WHERE campaign_id = $1 GROUP BY status', [campaignId]);
      await client.query('COMMIT');
      return { campaignId, created: true, byStatus: Object.fromEntries(counts.rows.map((r) => [r.status, r.n])) };
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  });
}
