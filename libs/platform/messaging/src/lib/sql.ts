export type { RawSql, TransactionRunner } from '@bayu/platform/db';

/** The NOTIFY channel that wakes the relay when a transaction with events commits. */
export const OUTBOX_CHANNEL = 'bayu_outbox';
