import { Injectable } from '@nestjs/common';
import { recordAudit } from '@bayu/platform/audit';
import type { Principal } from '@bayu/platform/auth';
import { isUniqueViolation, uuidv7 } from '@bayu/platform/db';
import { Outbox } from '@bayu/platform/messaging';
import { campaignPhases, type CampaignPhase, type PhaseAction } from './campaign-phases';
import type { CampaignSchedule, CampaignView, CreateCampaignInput, RescheduleCampaignInput } from './campaigns.dto';
import { campaignProblems } from './campaigns.problems';
import { CampaignsRepository, type CampaignRow } from './campaigns.repository';

export function campaignView(row: CampaignRow, viewer: Principal): CampaignView {
  const phase = row.phase as CampaignPhase;
  const actions = viewer.roles.has('skills-office') ? campaignPhases.actionsFor(phase, 'skills-office') : [];
  return {
    id: row.id,
    year: row.year,
    titleZh: row.titleZh,
    titleEn: row.titleEn,
    phase,
    schedule: row.schedule as CampaignSchedule,
    formDeadline: row.formDeadline.toISOString(),
    quotas: { district: row.districtQuota, department: row.departmentQuota },
    shortlistSize: row.shortlistSize,
    expertReviewSize: row.expertReviewSize,
    awardCount: row.awardCount,
    awardNominationCount: row.awardNominationCount,
    shortlistPublishedAt: row.shortlistPublishedAt?.toISOString() ?? null,
    nextActions: actions.map((action) => ({ action, labelZh: campaignPhases.transitions[action].labelZh, labelEn: campaignPhases.transitions[action].labelEn })),
    version: row.version,
  };
}

@Injectable()
export class CampaignsService {
  constructor(
    private readonly campaigns: CampaignsRepository,
    private readonly outbox: Outbox,
  ) {}

  async create(actor: Principal, input: CreateCampaignInput): Promise<CampaignView> {
    try {
      const row = await this.campaigns.transaction(async (tx) => {
        const created = await this.campaigns.create(tx, {
          id: uuidv7(),
          year: input.year,
          titleZh: input.titleZh,
          titleEn: input.titleEn,
          phase: campaignPhases.initial,
          schedule: input.schedule,
          formDeadline: new Date(input.formDeadline),
          districtQuota: input.quotas.district,
          departmentQuota: input.quotas.department,
          shortlistSize: input.shortlistSize,
          expertReviewSize: input.expertReviewSize,
          awardCount: input.awardCount,
          awardNominationCount: input.awardNominationCount,
        });
        await recordAudit(tx, { actor, action: 'campaign.created', resourceType: 'campaign', resourceId: created.id, details: { year: input.year } });
        return created;
      });
      return campaignView(row, actor);
    } catch (error) {
      if (isUniqueViolation(error)) throw campaignProblems.raise('year-taken', { extensions: { year: input.year } });
      throw error;
    }
  }

  async list(viewer: Principal): Promise<CampaignView[]> {
    return (await this.campaigns.list()).map((row) => campaignView(row, viewer));
  }

  async get(viewer: Principal, id: string): Promise<CampaignView> {
    const row = await this.campaigns.find(id);
    if (!row) throw campaignProblems.raise('not-found');
    return campaignView(row, viewer);
  }

  /** One phase forward, as the declared machine allows; the change and its event commit together. */
  async changePhase(actor: Principal, id: string, action: PhaseAction, expectedVersion: number | undefined): Promise<CampaignView> {
    if (expectedVersion === undefined) throw campaignProblems.raise('version-required');
    const row = await this.campaigns.transaction(async (tx) => {
      const before = await this.campaigns.lock(tx, id);
      if (!before) throw campaignProblems.raise('not-found');
      if (before.version !== expectedVersion) throw campaignProblems.raise('version-conflict', { extensions: { currentVersion: before.version } });
      const step = campaignPhases.attempt(before.phase as CampaignPhase, action, 'skills-office');
      if (!step.ok) throw campaignProblems.raise('wrong-phase', { detail: `${action} is possible from ${campaignPhases.transitions[action].from.join(', ')}; the campaign is in ${before.phase}`, extensions: { phase: before.phase } });
      const after = await this.campaigns.update(tx, id, { phase: step.to });
      await this.outbox.add(tx, 'campaign.phase-changed', { campaignId: id, year: after.year, from: step.from, to: step.to, changedAt: after.updatedAt.toISOString() });
      await recordAudit(tx, { actor, action: 'campaign.phase-changed', resourceType: 'campaign', resourceId: id, details: { action, from: step.from, to: step.to } });
      return after;
    });
    return campaignView(row, actor);
  }

  /** New dates (an extended deadline, a moved ceremony) until the campaign closes. */
  async reschedule(actor: Principal, id: string, input: RescheduleCampaignInput, expectedVersion: number | undefined): Promise<CampaignView> {
    if (expectedVersion === undefined) throw campaignProblems.raise('version-required');
    const row = await this.campaigns.transaction(async (tx) => {
      const before = await this.campaigns.lock(tx, id);
      if (!before) throw campaignProblems.raise('not-found');
      if (before.version !== expectedVersion) throw campaignProblems.raise('version-conflict', { extensions: { currentVersion: before.version } });
      if (campaignPhases.isFinal(before.phase as CampaignPhase)) throw campaignProblems.raise('wrong-phase', { extensions: { phase: before.phase } });
      const after = await this.campaigns.update(tx, id, { schedule: input.schedule, formDeadline: new Date(input.formDeadline) });
      await recordAudit(tx, {
        actor,
        action: 'campaign.rescheduled',
        resourceType: 'campaign',
        resourceId: id,
        details: { before: { schedule: before.schedule, formDeadline: before.formDeadline.toISOString() }, after: { schedule: input.schedule, formDeadline: after.formDeadline.toISOString() } },
      });
      return after;
    });
    return campaignView(row, actor);
  }
}
