import { Injectable } from '@nestjs/common';
import type { RawSql } from '@bayu/platform/db';
import { Outbox } from '@bayu/platform/messaging';
import type { NominationAction, NominationStatus } from './nomination-lifecycle';
import type { NominationRow } from './nominations.repository';

/** The events of the endorsement chain, written to the outbox in the step's own transaction. */
@Injectable()
export class NominationEvents {
  constructor(private readonly outbox: Outbox) {}

  async stepTaken(tx: RawSql, action: NominationAction, row: NominationRow, from: NominationStatus, workerId: string | null = null): Promise<void> {
    const base = { nominationId: row.id, campaignId: row.campaignId, recommender: { kind: row.recommenderKind as 'district' | 'department', code: row.recommenderCode } };
    const at = row.updatedAt.toISOString();
    switch (action) {
      case 'submit':
        await this.outbox.add(tx, 'nomination.submitted', { ...base, employerId: row.employerId, resubmission: from === 'returned', submittedAt: at });
        return;
      case 'recommender-endorse':
      case 'office-approve':
        await this.outbox.add(tx, 'nomination.endorsed', { ...base, step: action === 'office-approve' ? 'skills-office' : 'recommender', endorsedAt: at });
        return;
      case 'recommender-return':
      case 'office-return':
        await this.outbox.add(tx, 'nomination.returned', { ...base, step: action === 'office-return' ? 'skills-office' : 'recommender', returnedAt: at });
        return;
      case 'shortlist':
        await this.outbox.add(tx, 'nomination.shortlisted', {
          ...base,
          workerId,
          name: row.name,
          employerName: row.employerName,
          occupation: row.occupation,
          shortlistedAt: at,
        });
        return;
      default:
        // Withdrawals, rejections and forms passed over stay inside the campaign.
        return;
    }
  }
}
