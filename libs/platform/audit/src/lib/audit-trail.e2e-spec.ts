import { join } from 'node:path';
import { Client } from 'pg';
import { principalFromClaims } from '@bayu/platform/auth';
import { applyMigrations, createScratchDatabase, type RawSql, type ScratchDatabase } from '@bayu/platform/db';
import { recordAudit } from './audit-trail';

describe('audit trail (real PostgreSQL)', () => {
  let db: ScratchDatabase;
  let client: Client;
  const sql: RawSql = {
    $executeRawUnsafe: async (query, ...values) => (await client.query(query, values)).rowCount ?? 0,
    $queryRawUnsafe: async <T>(query: string, ...values: unknown[]) => (await client.query(query, values)).rows as T,
  };
  const actor = principalFromClaims({ sub: 'u-7', azp: 'web-hrss', preferred_username: 'hrss.admin', realm_access: { roles: ['hrss', 'national-id-reader'] } });

  beforeAll(async () => {
    db = await createScratchDatabase('audit');
    await applyMigrations(db.url, join(__dirname, '../../test/fixture-service/prisma/migrations'));
    client = new Client({ connectionString: db.url });
    await client.connect();
  });

  afterAll(async () => {
    await client.end();
    await db.drop();
  });

  it('records who did what to which resource, with their roles and client', async () => {
    await recordAudit(sql, { actor, action: 'worker.national-id-read', resourceType: 'worker', resourceId: 'w-1', scope: 'city' });
    const { rows } = await client.query('SELECT actor, actor_subject, actor_roles, client_id, action, resource_type, resource_id, scope FROM audit_entry');
    expect(rows).toEqual([
      { actor: 'hrss.admin', actor_subject: 'u-7', actor_roles: ['hrss', 'national-id-reader'], client_id: 'web-hrss', action: 'worker.national-id-read', resource_type: 'worker', resource_id: 'w-1', scope: 'city' },
    ]);
  });

  it('never stores a national ID number in the details, even by mistake', async () => {
    await recordAudit(sql, { actor, action: 'worker.updated', resourceType: 'worker', resourceId: 'w-2', details: { nationalId: '500103198407021234', note: 'was 500103198407021234' } });
    const { rows } = await client.query(`SELECT details::text AS details FROM audit_entry WHERE resource_id = 'w-2'`);
    expect(rows[0].details).not.toContain('19840702');
  });

  it('is written inside the caller transaction, so a rolled-back change leaves no entry', async () => {
    await client.query('BEGIN');
    await recordAudit(sql, { actor, action: 'worker.registered', resourceType: 'worker', resourceId: 'w-3' });
    await client.query('ROLLBACK');
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM audit_entry WHERE resource_id = 'w-3'`);
    expect(rows[0].n).toBe(0);
  });
});
