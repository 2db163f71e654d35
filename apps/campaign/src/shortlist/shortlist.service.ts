import { Injectable } from '@nestjs/common';
import { recordAudit } from '@bayu/platform/audit';
import type { Principal } from '@bayu/platform/auth';
import { fieldError } from '@bayu/platform/http';
import { CampaignDatabase } from '../database/campaign-database';
import { campaignView } from '../campaigns/campaigns.service';
import { CampaignsRepository } from '../campaigns/campaigns.repository';
import type { CampaignView } from '../campaigns/campaigns.dto';
import { NominationEvents } from '../nominations/nomination-events';
import { nominationLifecycle, PUBLIC_STATUSES, type NominationAction, type NominationStatus } from '../nominations/nomination-lifecycle';
import { recommenderName } from '../nominations/nomination-views';
import { NominationsRepository } from '../nominations/nominations.repository';
import type { PublicCampaign, PublicCandidate, PublishShortlistInput } from './shortlist.dto';
import { shortlistProblems } from './shortlist.problems';

@Injectable()
export class ShortlistService {
  constructor(
    private readonly db: CampaignDatabase,
    private readonly campaigns: CampaignsRepository,
    private readonly nominations: NominationsRepository,
    private readonly events: NominationEvents,
  ) {}

  /**
   * Publishes the shortlist once: the listed endorsed forms are shortlisted (each an event with its public
   * profile), every other endorsed form is passed over, all in one transaction under the campaign's lock.
   */
  async publish(actor: Principal, campaignId: string, input: PublishShortlistInput, expectedVersion: number | undefined): Promise<CampaignView> {
    if (expectedVersion === undefined) throw shortlistProblems.raise('version-required');
    const row = await this.campaigns.transaction(async (tx) => {
      const campaign = await this.campaigns.lock(tx, campaignId);
      if (!campaign) throw shortlistProblems.raise('not-found');
      if (campaign.version !== expectedVersion) throw shortlistProblems.raise('version-conflict', { extensions: { currentVersion: campaign.version } });
      if (campaign.phase !== 'selection') throw shortlistProblems.raise('wrong-phase', { extensions: { phase: campaign.phase } });
      if (campaign.shortlistPublishedAt) throw shortlistProblems.raise('already-published', { extensions: { publishedAt: campaign.shortlistPublishedAt.toISOString() } });
      if (input.nominationIds.length > campaign.shortlistSize) throw shortlistProblems.raise('too-many', { errors: [fieldError('nominationIds', { zh: `最多${campaign.shortlistSize}人`, en: `at most ${campaign.shortlistSize}` })], extensions: { shortlistSize: campaign.shortlistSize } });
      const waiting = await this.nominations.inStatus(tx, campaignId, ['awaiting-office']);
      if (waiting.length) throw shortlistProblems.raise('audit-unfinished', { extensions: { awaitingOffice: waiting.length } });

      const endorsed = await this.nominations.inStatus(tx, campaignId, ['endorsed']);
      const endorsedById = new Map(endorsed.map((n) => [n.id, n]));
      const strangers = input.nominationIds.map((id, i) => ({ id, i })).filter(({ id }) => !endorsedById.has(id));
      if (strangers.length) throw shortlistProblems.raise('not-endorsed', { errors: strangers.map(({ i }) => fieldError(`nominationIds.${i}`, { zh: '不是本次活动中已审核通过的推荐表', en: 'not an endorsed form of this campaign' })) });

      const chosen = new Set(input.nominationIds);
      const workerIds = await this.nominations.workerIdsByHash(tx, input.nominationIds.map((id) => (endorsedById.get(id) as { nationalIdHash: string }).nationalIdHash));
      for (const form of endorsed) {
        const action: NominationAction = chosen.has(form.id) ? 'shortlist' : 'pass-over';
        const step = nominationLifecycle.attempt(form.status as NominationStatus, action, 'skills-office');
        if (!step.ok) throw new Error(`the lifecycle refuses ${action} from ${form.status}`);
        const after = await this.nominations.update(tx, form.id, { status: step.to });
        await this.nominations.recordTransition(tx, { nominationId: form.id, action, fromStatus: step.from, toStatus: step.to, actor: actor.username, actorAgency: 'skills-office', actorName: actor.displayName ?? null });
        await this.events.stepTaken(tx, action, after, step.from, workerIds.get(form.nationalIdHash) ?? null);
      }
      const published = await this.campaigns.update(tx, campaignId, { shortlistPublishedAt: new Date() });
      await recordAudit(tx, { actor, action: 'campaign.shortlist-published', resourceType: 'campaign', resourceId: campaignId, details: { shortlisted: chosen.size, passedOver: endorsed.length - chosen.size } });
      return published;
    });
    return campaignView(row, actor);
  }

  async publicCampaigns(): Promise<PublicCampaign[]> {
    const rows = await this.db.campaign.findMany({ where: { shortlistPublishedAt: { not: null } }, orderBy: { year: 'desc' } });
    return rows.map((c) => ({ id: c.id, year: c.year, titleZh: c.titleZh, titleEn: c.titleEn, phase: c.phase, shortlistPublishedAt: (c.shortlistPublishedAt as Date).toISOString() }));
  }

  /** The published candidates of a campaign, with nothing private. */
  async publicCandidates(campaignId: string): Promise<PublicCandidate[]> {
    const campaign = await this.db.campaign.findUnique({ where: { id: campaignId } });
    if (!campaign?.shortlistPublishedAt) throw shortlistProblems.raise('not-found');
    const rows = await this.db.nomination.findMany({
      where: { campaignId, status: { in: [...PUBLIC_STATUSES] } },
      orderBy: [{ recommenderKind: 'asc' }, { recommenderCode: 'asc' }, { id: 'asc' }],
      select: { id: true, name: true, employerName: true, occupation: true, recommenderKind: true, recommenderCode: true, status: true, form: true, photo: true },
    });
    return rows.map((n) => ({
      nominationId: n.id,
      name: n.name,
      employerName: n.employerName,
      occupation: n.occupation,
      recommenderZh: recommenderName(n.recommenderKind, n.recommenderCode),
      deedsAndAwards: String((n.form as { deedsAndAwards?: string }).deedsAndAwards ?? ''),
      photoUrl: n.photo ? `/api/v1/public/campaigns/${campaignId}/candidates/${n.id}/photo` : null,
      status: n.status as PublicCandidate['status'],
    }));
  }
}
