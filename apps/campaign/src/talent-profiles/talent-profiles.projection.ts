import { Injectable } from '@nestjs/common';
import type { CloudEvent } from '@bayu/contracts';
import type { CampaignTx } from '../database/campaign-database';

/** Keeps talent_profile in step with the registry's talent events. */
@Injectable()
export class TalentProfilesProjection {
  async applyRegistered(event: CloudEvent<'talent.registered'>, tx: CampaignTx): Promise<void> {
    const d = event.data;
    const eventAt = new Date(event.time);
    const fields = {
      nationalIdHash: d.nationalIdHash,
      nationalIdMasked: d.nationalIdMasked,
      name: d.name,
      gender: d.gender,
      birthYearMonth: d.birthYearMonth,
      districtCode: d.districtCode,
      employerName: d.employerName,
      occupation: d.occupation,
      registeredAt: new Date(d.registeredAt),
      lastEventId: event.id,
      lastEventAt: eventAt,
    };
    // An older event arriving after a newer one (replay from an earlier offset) must not win.
    await tx.talentProfile.upsert({ where: { workerId: d.workerId }, create: { workerId: d.workerId, ...fields }, update: {} });
    await tx.talentProfile.updateMany({ where: { workerId: d.workerId, lastEventAt: { lt: eventAt } }, data: fields });
  }
}
