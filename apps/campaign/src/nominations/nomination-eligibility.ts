import { Injectable } from '@nestjs/common';
import { CampaignDatabase, type CampaignTx } from '../database/campaign-database';
import { assessEligibility, type CandidateRecord, type Eligibility } from './eligibility';
import { NominationsRepository, type NominationRow } from './nominations.repository';

export interface EligibilityOverride {
  readonly eligible: boolean;
  readonly justification: string;
  readonly by: string;
  readonly at: string;
}

export interface EligibilityView extends Eligibility {
  /** What counts: the skills office's override when there is one, else the computed result. */
  readonly effective: boolean;
  readonly override: EligibilityOverride | null;
}

const NOT_REGISTERED: CandidateRecord = { registered: false, credentials: [], honours: [] };

/** Eligibility of forms, from the local projection of the registry's events; never a call to the registry. */
@Injectable()
export class NominationEligibility {
  constructor(
    private readonly db: CampaignDatabase,
    private readonly nominations: NominationsRepository,
  ) {}

  /** The registry's record of each person, by ID-number hash, in three queries whatever the number of forms. */
  async recordsFor(hashes: readonly string[], tx: CampaignTx = this.db): Promise<Map<string, CandidateRecord>> {
    const workerIdOf = await this.nominations.workerIdsByHash(tx, [...new Set(hashes)]);
    const workerIds = [...workerIdOf.values()];
    const [credentials, honours] = await Promise.all([
      tx.talentCredential.findMany({ where: { workerId: { in: workerIds } } }),
      tx.talentHonour.findMany({ where: { workerId: { in: workerIds } } }),
    ]);
    return new Map(
      [...workerIdOf].map(([hash, workerId]) => [
        hash,
        { registered: true, credentials: credentials.filter((c) => c.workerId === workerId), honours: honours.filter((h) => h.workerId === workerId) },
      ]),
    );
  }

  assess(row: NominationRow, records: Map<string, CandidateRecord>): EligibilityView {
    const contributions = ((row.form as { contributions?: Array<{ criterion: string }> }).contributions ?? []);
    const result = assessEligibility(records.get(row.nationalIdHash) ?? NOT_REGISTERED, contributions);
    const override = (row.eligibilityOverride as EligibilityOverride | null) ?? null;
    return { ...result, override, effective: override ? override.eligible : result.eligible };
  }

  async of(row: NominationRow, tx?: CampaignTx): Promise<EligibilityView> {
    return this.assess(row, await this.recordsFor([row.nationalIdHash], tx));
  }
}
