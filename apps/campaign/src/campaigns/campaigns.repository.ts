import { Injectable } from '@nestjs/common';
import { CampaignDatabase, type CampaignTx, type Prisma } from '../database/campaign-database';

export type CampaignRow = Prisma.CampaignGetPayload<object>;

/** Campaigns are city-wide: every agency that takes part sees every campaign, so no scope applies here. */
@Injectable()
export class CampaignsRepository {
  constructor(private readonly db: CampaignDatabase) {}

  transaction<T>(fn: (tx: CampaignTx) => Promise<T>): Promise<T> {
    return this.db.$transaction(fn);
  }

  list(): Promise<CampaignRow[]> {
    return this.db.campaign.findMany({ orderBy: { year: 'desc' }, take: 100 });
  }

  find(id: string, tx: CampaignTx = this.db): Promise<CampaignRow | null> {
    return tx.campaign.findUnique({ where: { id } });
  }

  /** Locks the campaign for the rest of the transaction: phase changes and reschedules queue behind each other. */
  async lock(tx: CampaignTx, id: string): Promise<CampaignRow | null> {
    const locked = await tx.$queryRawUnsafe<Array<{ id: string }>>('SELECT id FROM campaign WHERE id = $1::uuid FOR UPDATE', id);
    return locked.length ? this.find(id, tx) : null;
  }

  /** Locks the campaign against phase changes only: forms may be worked on concurrently, never across a phase change. */
  async share(tx: CampaignTx, id: string): Promise<CampaignRow | null> {
    const locked = await tx.$queryRawUnsafe<Array<{ id: string }>>('SELECT id FROM campaign WHERE id = $1::uuid FOR SHARE', id);
    return locked.length ? this.find(id, tx) : null;
  }

  create(tx: CampaignTx, data: Prisma.CampaignUncheckedCreateInput): Promise<CampaignRow> {
    return tx.campaign.create({ data });
  }

  update(tx: CampaignTx, id: string, data: Prisma.CampaignUncheckedUpdateInput): Promise<CampaignRow> {
    return tx.campaign.update({ where: { id }, data: { ...data, version: { increment: 1 } } });
  }
}
