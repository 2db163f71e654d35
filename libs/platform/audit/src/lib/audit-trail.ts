import type { Principal } from '@bayu/platform/auth';
import type { RawSql } from '@bayu/platform/db';
import { currentTraceId, scrub } from '@bayu/platform/observability';

export interface AuditRecord {
  readonly actor: Principal;
  /** e.g. `worker.registered`, `worker.national-id-read` */
  readonly action: string;
  readonly resourceType: string;
  readonly resourceId?: string;
  readonly scope?: string;
  /** Never the sensitive value itself; national ID numbers are masked before storage anyway. */
  readonly details?: Record<string, unknown>;
}

/**
 * Writes an audit entry in the caller's transaction: the entry exists exactly when the change does.
 * For reads, call it in the transaction that reads.
 */
export async function recordAudit(tx: RawSql, record: AuditRecord): Promise<void> {
  await tx.$executeRawUnsafe(
    `INSERT INTO audit_entry (actor, actor_subject, actor_roles, client_id, action, resource_type, resource_id, scope, trace_id, details)
     VALUES ($1, $2, $3::text[], $4, $5, $6, $7, $8, $9, $10::jsonb)`,
    record.actor.username,
    record.actor.subject,
    [...record.actor.roles],
    record.actor.clientId,
    record.action,
    record.resourceType,
    record.resourceId ?? null,
    record.scope ?? null,
    currentTraceId() ?? null,
    record.details ? JSON.stringify(scrub(record.details)) : null,
  );
}
