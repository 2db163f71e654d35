import { Injectable } from '@nestjs/common';
import type { CloudEvent } from '@bayu/contracts';
import type { CampaignTx } from '../database/campaign-database';

/** Keeps talent_profile in step with the registry's talent events. */
@Injectable()
export class TalentProfilesProjection {
  async applyRegistered(event: CloudEvent<'talent.registered'>, tx: CampaignTx): Promise<void> {
    const d = event.data;
    // One statement per event: a bulk import in the registry arrives here as a million of them. An older
    // event arriving after a newer one (replay from an earlier offset) must not win, hence the WHERE.
    await tx.$executeRawUnsafe(
      `INSERT INTO talent_profile (worker_id, national_id_hash, national_id_masked, name, gender, birth_year_month, district_code,
                                   employer_name, occupation, registered_at, last_event_id, last_event_at)
       VALUES ($1::uuid, $2, $3, $4, $5, $6, $7, $8, $9, $10::timestamptz, $11::uuid, $12::timestamptz)
       ON CONFLICT (worker_id) DO UPDATE SET
         national_id_hash = EXCLUDED.national_id_hash, national_id_masked = EXCLUDED.national_id_masked, name = EXCLUDED.name,
         gender = EXCLUDED.gender, birth_year_month = EXCLUDED.birth_year_month, district_code = EXCLUDED.district_code,
         employer_name = EXCLUDED.employer_name, occupation = EXCLUDED.occupation, registered_at = EXCLUDED.registered_at,
         last_event_id = EXCLUDED.last_event_id, last_event_at = EXCLUDED.last_event_at
       WHERE talent_profile.last_event_at < EXCLUDED.last_event_at`,
      d.workerId,
      d.nationalIdHash,
      d.nationalIdMasked,
      d.name,
      d.gender,
      d.birthYearMonth,
      d.districtCode,
      d.employerName,
      d.occupation,
      d.registeredAt,
      event.id,
      event.time,
    );
  }
}
