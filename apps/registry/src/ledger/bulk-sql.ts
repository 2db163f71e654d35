import type { RegistryTx } from '../database/registry-database';
import type { SkillCertificate, WorkerRow } from './registry-ledger';
import { isoDateOf } from './dates';

/*
 * Bulk statements for imports, one each over a JSON array. Prisma's createManyAndReturn builds
 * and then parses thousands of bound parameters per chunk through its query compiler; measured on a
 * 2,000-row chunk that was most of the registry's CPU time. PostgreSQL unpacks the array itself here.
 */


/** Inserts the rows, skipping people already registered; returns the ids actually inserted. */
export async function insertWorkers(tx: RegistryTx, rows: readonly WorkerRow[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const json = JSON.stringify(
    rows.map((w) => ({
      id: w.id,
      h: w.nationalIdHash,
      s: w.nationalIdSealed,
      m: w.nationalIdMasked,
      nm: w.name,
      g: w.gender,
      b: isoDateOf(w.birthDate),
      d: w.districtCode,
      ei: w.employerId,
      en: w.employerName,
      i: w.industryCode,
      o: w.occupation,
      l: w.currentLevel,
      hs: w.highSkilled,
      y: w.registeredYear,
      at: w.createdAt.toISOString(),
    })),
  );
  const inserted = await tx.$queryRawUnsafe<Array<{ id: string }>>(
    `INSERT INTO worker (id, national_id_hash, national_id_sealed, national_id_masked, name, gender, birth_date, district_code,
                         employer_id, employer_name, industry_code, occupation, current_level, high_skilled, registered_year,
                         version, created_at, updated_at)
     SELECT r.id, r.h, r.s, r.m, r.nm, r.g::"Gender", r.b, r.d, r.ei, r.en, r.i, r.o, r.l, r.hs, r.y, 1, r.at, r.at
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, h text, s text, m text, nm text, g text, b date, d text, ei text, en text,
                                               i text, o text, l text, hs boolean, y smallint, at timestamptz)
     ON CONFLICT (national_id_hash) DO NOTHING
     RETURNING id::text AS id`,
    json,
  );
  return inserted.map((r) => r.id);
}

/** Inserts skill-level certificates, skipping numbers already on record; returns the ids actually inserted. */
export async function insertSkillCertificates(tx: RegistryTx, rows: ReadonlyArray<{ id: string; workerId: string; certificate: SkillCertificate }>): Promise<string[]> {
  if (rows.length === 0) return [];
  const json = JSON.stringify(
    rows.map(({ id, workerId, certificate: c }) => ({ id, w: workerId, l: c.skillLevel, o: c.occupation, n: c.certificateNumber, ib: c.issuingBody, d: c.issueDate })),
  );
  const inserted = await tx.$queryRawUnsafe<Array<{ id: string }>>(
    `INSERT INTO certificate (id, worker_id, kind, skill_level, occupation, certificate_number, issuing_body, issue_date)
     SELECT r.id, r.w, 'skill-level', r.l, r.o, r.n, r.ib, r.d
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, w uuid, l text, o text, n text, ib text, d date)
     ON CONFLICT (kind, certificate_number) DO NOTHING
     RETURNING id::text AS id`,
    json,
  );
  return inserted.map((r) => r.id);
}

/** Which of these ID-number hashes are registered already. */
export async function registeredHashes(tx: RegistryTx, hashes: readonly string[]): Promise<Set<string>> {
  if (hashes.length === 0) return new Set();
  const rows = await tx.$queryRawUnsafe<Array<{ h: string }>>(
    `SELECT w.national_id_hash AS h FROM jsonb_array_elements_text($1::jsonb) AS q(h) JOIN worker w ON w.national_id_hash = q.h`,
    JSON.stringify(hashes),
  );
  return new Set(rows.map((r) => r.h));
}

/** Which of these skill-level certificate numbers are on record already. */
export async function skillCertificateNumbersOnRecord(tx: RegistryTx, numbers: readonly string[]): Promise<Set<string>> {
  if (numbers.length === 0) return new Set();
  const rows = await tx.$queryRawUnsafe<Array<{ n: string }>>(
    `SELECT c.certificate_number AS n FROM jsonb_array_elements_text($1::jsonb) AS q(n)
       JOIN certificate c ON c.kind = 'skill-level' AND c.certificate_number = q.n`,
    JSON.stringify(numbers),
  );
  return new Set(rows.map((r) => r.n));
}
