import { Injectable } from '@nestjs/common';
import { maskNationalId, NationalIdVault } from '@bayu/national-id';
import { recordAudit } from '@bayu/platform/audit';
import { describeScope, type DataScope, type Principal } from '@bayu/platform/auth';
import { isUniqueViolation, uuidv7 } from '@bayu/platform/db';
import { fieldError, parseOrProblem } from '@bayu/platform/http';
import type { CampaignTx, Prisma } from '../database/campaign-database';
import type { CampaignPhase } from '../campaigns/campaign-phases';
import { centralUnitEmployerId } from '../campaign-access';
import { campaignProblems } from '../campaigns/campaigns.problems';
import { CampaignsRepository, type CampaignRow } from '../campaigns/campaigns.repository';
import { ACTION_PHASES, BEFORE_DEADLINE, EDITABLE_STATUSES, nominationLifecycle, type NominationStatus } from './nomination-lifecycle';
import { nominationFormSchema, type CorrectedForm, type CreateNominationInput, type EligibilityOverrideInput, type ListNominationsInput, type NominationActionInput, type NominationPage, type NominationView, type QuotaUsageView, type ReplaceNominationInput, type TransitionView } from './nominations.dto';
import type { CandidateRecord } from './eligibility';
import { NominationEligibility } from './nomination-eligibility';
import { NominationEvents } from './nomination-events';
import { nominationProblems } from './nominations.problems';
import { NominationsRepository, type NominationRow, type Recommender } from './nominations.repository';
import { actorOn, diffForms, nominationView, quotaUsageView, storedForm, transitionView } from './nomination-views';

@Injectable()
export class NominationsService {
  constructor(
    private readonly nominations: NominationsRepository,
    private readonly campaigns: CampaignsRepository,
    private readonly vault: NationalIdVault,
    private readonly events: NominationEvents,
    private readonly eligibility: NominationEligibility,
  ) {}

  /** An employer starts a form for one of its staff, to go through its district or a municipal department. */
  async create(actor: Principal, input: CreateNominationInput): Promise<NominationView> {
    const employerId = actor.roles.has('central-unit') ? centralUnitEmployerId(actor) : actor.roles.has('employer') ? actor.employerId : undefined;
    if (!employerId) throw nominationProblems.raise('employers-only');
    const recommender = this.recommenderFor(actor, input.recommender);
    const sealed = this.seal(input.form.nationalId);
    const id = uuidv7();
    try {
      const row = await this.nominations.transaction(async (tx) => {
        const campaign = await this.openCampaign(tx, input.campaignId, 'submit');
        const created = await this.nominations.create(tx, {
          id,
          campaignId: campaign.id,
          status: nominationLifecycle.initial,
          recommenderKind: recommender.kind,
          recommenderCode: recommender.code,
          employerId,
          districtCode: actor.districtCode ?? '',
          ...this.formColumns(input.form),
          nationalIdSealed: sealed.sealed,
          nationalIdHash: sealed.hash,
          nationalIdMasked: maskNationalId(input.form.nationalId),
          createdBy: actor.username,
        });
        await this.nominations.claim(tx, campaign.id, sealed.hash, id);
        await this.nominations.recordTransition(tx, { nominationId: id, action: 'create', fromStatus: null, toStatus: created.status, ...this.actorColumns(actor) });
        await recordAudit(tx, { actor, action: 'nomination.created', resourceType: 'nomination', resourceId: id, details: { campaignId: campaign.id, recommender } });
        return created;
      });
      return nominationView(row, { kind: 'employer', employerId }, await this.eligibility.of(row));
    } catch (error) {
      if (isUniqueViolation(error)) throw nominationProblems.raise('already-recommended', { errors: [fieldError('form.nationalId', { zh: '该人员已在本次评选中被推荐', en: 'already recommended in this campaign' })] });
      throw error;
    }
  }

  /**
   * The employer corrects its form (a draft, or one returned to it); what changed is kept in the history. A
   * correction without the ID number keeps the stored one ({@link idColumnsOf}).
   */
  async replace(actor: Principal, scope: DataScope, id: string, input: ReplaceNominationInput, expectedVersion: number | undefined): Promise<NominationView> {
    if (expectedVersion === undefined) throw nominationProblems.raise('version-required');
    const row = await this.nominations.transaction(async (tx) => {
      const before = await this.lockForVersion(tx, scope, id, expectedVersion);
      this.assertEmployerMayEdit(scope, before);
      const person = this.idColumnsOf(input.form, before);
      await this.openCampaign(tx, before.campaignId, 'submit');
      if (person.nationalIdHash !== before.nationalIdHash) {
        // A different person on the same form: give up the old claim and take the new one.
        await this.nominations.release(tx, id);
        await this.nominations.claim(tx, before.campaignId, person.nationalIdHash, id);
      }
      const after = await this.nominations.update(tx, id, { ...this.formColumns(input.form), ...person });
      const changes = diffForms(before, after);
      await this.nominations.recordTransition(tx, { nominationId: id, action: 'edit', fromStatus: before.status, toStatus: after.status, ...this.actorColumns(actor), changes: changes as Prisma.InputJsonValue });
      await recordAudit(tx, { actor, action: 'nomination.edited', resourceType: 'nomination', resourceId: id, scope: describeScope(scope), details: { fields: Object.keys(changes) } });
      return after;
    }).catch((error: unknown) => {
      if (isUniqueViolation(error)) throw nominationProblems.raise('already-recommended', { errors: [fieldError('form.nationalId', { zh: '该人员已在本次评选中被推荐', en: 'already recommended in this campaign' })] });
      throw error;
    });
    return nominationView(row, scope, await this.eligibility.of(row));
  }

  /** Checked before an upload streams, so a form that cannot change refuses the file at once. */
  async assertEditable(scope: DataScope, id: string): Promise<void> {
    const row = await this.nominations.findInScope(scope, id);
    if (!row) throw nominationProblems.raise('not-found');
    this.assertEmployerMayEdit(scope, row);
  }

  /** Puts a checked file on the form in place of the previous one; returns the form and the file it replaced. */
  async replaceAttachment(actor: Principal, scope: DataScope, id: string, kind: 'photo' | 'evidence', attachment: Prisma.InputJsonValue, expectedVersion: number): Promise<{ view: NominationView; previous: unknown }> {
    const { row, previous } = await this.nominations.transaction(async (tx) => {
      const before = await this.lockForVersion(tx, scope, id, expectedVersion);
      this.assertEmployerMayEdit(scope, before);
      await this.openCampaign(tx, before.campaignId, 'submit');
      const after = await this.nominations.update(tx, id, { [kind]: attachment });
      const summary = (value: unknown) => (value ? { ...(value as Record<string, unknown>), key: undefined } : null);
      await this.nominations.recordTransition(tx, {
        nominationId: id,
        action: `attach-${kind}`,
        fromStatus: before.status,
        toStatus: after.status,
        ...this.actorColumns(actor),
        changes: { [kind]: { before: summary(before[kind]), after: summary(attachment) } } as Prisma.InputJsonValue,
      });
      await recordAudit(tx, { actor, action: `nomination.${kind}-attached`, resourceType: 'nomination', resourceId: id, scope: describeScope(scope), details: { sha256: (attachment as { sha256: string }).sha256 } });
      return { row: after, previous: before[kind] };
    });
    return { view: nominationView(row, scope, await this.eligibility.of(row)), previous };
  }

  /** One step of the chain, as the declared lifecycle allows, in the campaign phase it belongs to. */
  async act(actor: Principal, scope: DataScope, id: string, input: NominationActionInput, expectedVersion: number | undefined): Promise<NominationView> {
    if (expectedVersion === undefined) throw nominationProblems.raise('version-required');
    const { row, records } = await this.nominations.transaction(async (tx) => {
      const before = await this.lockForVersion(tx, scope, id, expectedVersion);
      let records: Map<string, CandidateRecord> | undefined;
      const step = nominationLifecycle.attempt(before.status as NominationStatus, input.action, actorOn(scope));
      if (!step.ok && step.reason === 'not-allowed') throw nominationProblems.raise('not-your-step', { extensions: { status: before.status } });
      if (!step.ok) throw nominationProblems.raise('wrong-step', { detail: `${input.action} is possible from ${step.allowedFrom.join(', ')}; the form is ${before.status}`, extensions: { status: before.status } });
      const campaign = await this.openCampaign(tx, before.campaignId, input.action);
      if (input.action === 'submit') this.assertComplete(before);
      if (input.action === 'office-approve') {
        records = await this.eligibility.recordsFor([before.nationalIdHash], tx);
        const eligibility = this.eligibility.assess(before, records);
        if (!eligibility.effective) throw nominationProblems.raise('ineligible', { extensions: { checks: eligibility.checks.filter((c) => !c.ok) } });
      }
      if (input.action === 'recommender-endorse') await this.takeQuotaPlace(tx, campaign, { kind: before.recommenderKind as Recommender['kind'], code: before.recommenderCode });
      if (input.action === 'withdraw') await this.nominations.release(tx, id);
      const after = await this.nominations.update(tx, id, { status: step.to });
      await this.nominations.recordTransition(tx, { nominationId: id, action: input.action, fromStatus: step.from, toStatus: step.to, ...this.actorColumns(actor), opinion: input.opinion ?? null });
      await this.events.stepTaken(tx, input.action, after, step.from);
      await recordAudit(tx, { actor, action: `nomination.${input.action}`, resourceType: 'nomination', resourceId: id, scope: describeScope(scope), details: { from: step.from, to: step.to } });
      return { row: after, records };
    });
    return nominationView(row, scope, records ? this.eligibility.assess(row, records) : await this.eligibility.of(row));
  }

  /** The skills office decides eligibility against the computed result, with a justification kept on the form. */
  async overrideEligibility(actor: Principal, id: string, input: EligibilityOverrideInput, expectedVersion: number | undefined): Promise<NominationView> {
    if (expectedVersion === undefined) throw nominationProblems.raise('version-required');
    const scope: DataScope = { kind: 'city' };
    const { row, records } = await this.nominations.transaction(async (tx) => {
      const before = await this.lockForVersion(tx, scope, id, expectedVersion);
      if (nominationLifecycle.isFinal(before.status as NominationStatus)) throw nominationProblems.raise('wrong-step', { extensions: { status: before.status } });
      const override = { eligible: input.eligible, justification: input.justification, by: actor.username, at: new Date().toISOString() };
      const after = await this.nominations.update(tx, id, { eligibilityOverride: override });
      const records = await this.eligibility.recordsFor([before.nationalIdHash], tx);
      const computed = this.eligibility.assess(before, records).eligible;
      await this.nominations.recordTransition(tx, {
        nominationId: id,
        action: 'eligibility-override',
        fromStatus: before.status,
        toStatus: after.status,
        ...this.actorColumns(actor),
        opinion: input.justification,
        changes: { eligible: { before: before.eligibilityOverride ? (before.eligibilityOverride as { eligible: boolean }).eligible : computed, after: input.eligible } },
      });
      await recordAudit(tx, { actor, action: 'nomination.eligibility-override', resourceType: 'nomination', resourceId: id, details: { computed, decided: input.eligible } });
      return { row: after, records };
    });
    return nominationView(row, scope, this.eligibility.assess(row, records));
  }

  async get(scope: DataScope, id: string): Promise<NominationView> {
    const row = await this.nominations.findInScope(scope, id);
    if (!row) throw nominationProblems.raise('not-found');
    return nominationView(row, scope, await this.eligibility.of(row));
  }

  async history(scope: DataScope, id: string): Promise<TransitionView[]> {
    if (!(await this.nominations.findInScope(scope, id))) throw nominationProblems.raise('not-found');
    return (await this.nominations.history(id)).map(transitionView);
  }

  async list(scope: DataScope, campaignId: string, query: ListNominationsInput): Promise<NominationPage> {
    const rows = await this.nominations.list(scope, campaignId, query);
    const page = rows.slice(0, query.limit);
    const records = await this.eligibility.recordsFor(page.map((row) => row.nationalIdHash));
    return { items: page.map((row) => nominationView(row, scope, this.eligibility.assess(row, records))), nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null };
  }

  /** Quota used and left by each recommender in the caller's scope, counted as the quota check counts. */
  async quotaUsage(scope: DataScope, campaignId: string): Promise<QuotaUsageView> {
    const campaign = await this.campaigns.find(campaignId);
    if (!campaign) throw campaignProblems.raise('not-found');
    return quotaUsageView(campaign, await this.nominations.quotaUsage(scope, campaignId));
  }

  private assertEmployerMayEdit(scope: DataScope, row: NominationRow): void {
    if (actorOn(scope) !== 'employer') throw nominationProblems.raise('not-your-step');
    if (!EDITABLE_STATUSES.includes(row.status as NominationStatus)) throw nominationProblems.raise('wrong-step', { extensions: { status: row.status } });
  }

  /** A form goes to its recommender only with its photo and its evidence file (seed 002). */
  private assertComplete(row: NominationRow): void {
    const missing = (['photo', 'evidence'] as const).filter((kind) => !row[kind]);
    if (missing.length) throw nominationProblems.raise('incomplete', { errors: missing.map((kind) => fieldError(kind, kind === 'photo' ? { zh: '请上传二寸证件照', en: 'upload the two-inch photo' } : { zh: '请上传证明材料', en: 'upload the evidence file' })) });
  }

  /**
   * The ID number columns of a corrected form: a number sent is sealed as on creation; without one the stored
   * number stays (sealed, hash and mask untouched), and the form is checked against it exactly as if it had been
   * sent, so gender and birth month must still agree with it.
   */
  private idColumnsOf(form: CorrectedForm, row: NominationRow): { nationalIdSealed: string; nationalIdHash: string; nationalIdMasked: string } {
    if (form.nationalId !== undefined) {
      const sealed = this.seal(form.nationalId);
      return { nationalIdSealed: sealed.sealed, nationalIdHash: sealed.hash, nationalIdMasked: maskNationalId(form.nationalId) };
    }
    parseOrProblem(nominationFormSchema, { ...form, nationalId: this.vault.decrypt(row.nationalIdSealed) }, 'form');
    return { nationalIdSealed: row.nationalIdSealed, nationalIdHash: row.nationalIdHash, nationalIdMasked: row.nationalIdMasked };
  }

  private seal(nationalId: string): { sealed: string; hash: string } {
    return { sealed: this.vault.encrypt(nationalId), hash: this.vault.hash(nationalId) };
  }

  private recommenderFor(actor: Principal, choice: CreateNominationInput['recommender']): Recommender {
    if (choice.kind === 'department') {
      if (actor.roles.has('central-unit')) throw nominationProblems.raise('central-units-through-district', { errors: [fieldError('recommender.kind', { zh: '中央在渝单位通过所在区县推荐', en: 'central units recommend through their district' })] });
      return { kind: 'department', code: choice.code };
    }
    if (!actor.districtCode) throw nominationProblems.raise('no-district', { errors: [fieldError('recommender.kind', { zh: '您的单位未登记所在区县', en: 'your organisation has no district on record' })] });
    return { kind: 'district', code: actor.districtCode };
  }

  /** Locks the campaign against a phase change and checks the phase and, for the steps that have one, the deadline. */
  private async openCampaign(tx: CampaignTx, campaignId: string, action: keyof typeof ACTION_PHASES): Promise<CampaignRow> {
    const campaign = await this.campaigns.share(tx, campaignId);
    if (!campaign) throw nominationProblems.raise('campaign-not-found', { errors: [fieldError('campaignId', { zh: '评选活动不存在', en: 'no such campaign' })] });
    if (!ACTION_PHASES[action].includes(campaign.phase as CampaignPhase)) {
      throw nominationProblems.raise('not-open', { detail: `${action} belongs to the ${ACTION_PHASES[action].join(' or ')} phase; the campaign is in ${campaign.phase}`, extensions: { phase: campaign.phase } });
    }
    if (BEFORE_DEADLINE.has(action) && new Date() > campaign.formDeadline) {
      throw nominationProblems.raise('late', { extensions: { deadline: campaign.formDeadline.toISOString() } });
    }
    return campaign;
  }

  private async takeQuotaPlace(tx: CampaignTx, campaign: CampaignRow, recommender: Recommender): Promise<void> {
    const quota = recommender.kind === 'district' ? campaign.districtQuota : campaign.departmentQuota;
    const used = await this.nominations.quotaUsedLocked(tx, campaign.id, recommender);
    if (used >= quota) throw nominationProblems.raise('quota-exhausted', { extensions: { quota, used } });
  }

  private async lockForVersion(tx: CampaignTx, scope: DataScope, id: string, expectedVersion: number): Promise<NominationRow> {
    const before = await this.nominations.lockInScope(tx, scope, id);
    if (!before) throw nominationProblems.raise('not-found');
    if (before.version !== expectedVersion) throw nominationProblems.raise('version-conflict', { extensions: { currentVersion: before.version } });
    return before;
  }

  private formColumns(form: CorrectedForm) {
    const { nationalId: _sealedSeparately, name, gender, birthYearMonth, occupation, employerName, ...rest } = form;
    return { name, gender, birthYearMonth, occupation, employerName, form: storedForm(rest) };
  }

  private actorColumns(actor: Principal): { actor: string; actorAgency: string; actorName: string | null } {
    return { actor: actor.username, actorAgency: actor.agency ?? [...actor.roles][0] ?? 'unknown', actorName: actor.displayName ?? null };
  }
}

