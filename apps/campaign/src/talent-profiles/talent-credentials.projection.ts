import { Injectable } from '@nestjs/common';
import type { CloudEvent } from '@bayu/contracts';
import type { CampaignTx } from '../database/campaign-database';

/**
 * Keeps the certificates and honours of registered workers, from the registry's events, so eligibility is
 * checked here without calling the registry. Replays are absorbed by the inbox and by upserts on the ids.
 */
@Injectable()
export class TalentCredentialsProjection {
  async applyIssued(event: CloudEvent<'certificate.issued'>, tx: CampaignTx): Promise<void> {
    const d = event.data;
    await tx.$executeRawUnsafe(
      `INSERT INTO talent_credential (certificate_id, worker_id, kind, skill_level, title_field, title_grade, heritage_level, revoked, last_event_id)
       VALUES ($1::uuid, $2::uuid, $3, $4, $5, $6, $7, false, $8::uuid)
       ON CONFLICT (certificate_id) DO NOTHING`,
      d.certificateId,
      d.workerId,
      d.kind,
      d.skillLevel ?? null,
      d.titleField ?? null,
      d.titleGrade ?? null,
      d.heritageLevel ?? null,
      event.id,
    );
  }

  async applyRevoked(event: CloudEvent<'certificate.revoked'>, tx: CampaignTx): Promise<void> {
    const d = event.data;
    // A revocation is final; if it arrives for a certificate never seen, it is recorded as revoked.
    await tx.$executeRawUnsafe(
      `INSERT INTO talent_credential (certificate_id, worker_id, kind, revoked, last_event_id) VALUES ($1::uuid, $2::uuid, $3, true, $4::uuid)
       ON CONFLICT (certificate_id) DO UPDATE SET revoked = true, last_event_id = EXCLUDED.last_event_id`,
      d.certificateId,
      d.workerId,
      d.kind,
      event.id,
    );
  }

  async applyHonour(event: CloudEvent<'honour.granted'>, tx: CampaignTx): Promise<void> {
    const d = event.data;
    await tx.$executeRawUnsafe(
      `INSERT INTO talent_honour (honour_id, worker_id, kind, level, year) VALUES ($1::uuid, $2::uuid, $3, $4, $5) ON CONFLICT (honour_id) DO NOTHING`,
      d.honourId,
      d.workerId,
      d.kind,
      d.level,
      d.year,
    );
  }
}
