import type { BadgeTone, TimelineItem, Translate } from '@bayu/ui';
import { statusTone } from './status';

/** One step of a form's history as the API gives it (GET /api/v1/nominations/{id}/history). */
export interface TransitionLike {
  readonly action: string;
  readonly from: string | null;
  readonly to: string;
  readonly actor: string;
  readonly actorAgency: string;
  readonly actorName: string | null;
  readonly opinion: string | null;
  readonly changes: Readonly<Record<string, unknown>> | null;
  readonly at: string;
}

/** Actions with a label of their own; any other is shown by its code. */
export const KNOWN_HISTORY_ACTIONS = new Set([
  'create',
  'edit',
  'attach-photo',
  'attach-evidence',
  'submit',
  'withdraw',
  'recommender-endorse',
  'recommender-return',
  'office-approve',
  'office-return',
  'office-reject',
  'eligibility-override',
  'shortlist',
  'pass-over',
  'advance-to-panel',
  'drop-after-vote',
  'award',
  'nominate',
  'drop-after-panel',
  'revoke',
]);

/** Agencies named in the history by this app's own words ("所在单位", not the shell's role names). */
export const KNOWN_AGENCIES = new Set(['hrss', 'skills-office', 'district', 'department', 'central-unit', 'employer']);

/** The tone of a step: returns and refusals stand out, endorsements read as progress, the rest stay neutral. */
export function historyTone(step: Pick<TransitionLike, 'action' | 'to'>): BadgeTone {
  if (step.action.endsWith('-return')) return 'warning';
  if (step.action === 'office-reject' || step.action === 'withdraw' || step.action === 'revoke') return 'danger';
  if (step.action === 'create' || step.action === 'edit' || step.action.startsWith('attach-')) return 'neutral';
  return statusTone(step.to);
}

/** The endorsement chain for the Timeline: who, when, from → to, the opinion and what a correction changed. */
export function historyItems(steps: readonly TransitionLike[], t: Translate, fieldLabel: (field: string) => string): TimelineItem[] {
  const status = (s: string) => t(`status.${s}`);
  return steps.map((step, index) => {
    const who = step.actorName ?? step.actor;
    const agency = KNOWN_AGENCIES.has(step.actorAgency) ? t(`history.agency.${step.actorAgency}`) : step.actorAgency;
    const moved = step.from !== step.to;
    const lines = [
      step.from === null ? t('history.created', { to: status(step.to) }) : moved ? t('history.moved', { from: status(step.from), to: status(step.to) }) : null,
      step.opinion ? t('history.opinion', { opinion: step.opinion }) : null,
      step.action === 'edit' && step.changes && Object.keys(step.changes).length > 0 ? t('history.changes', { fields: Object.keys(step.changes).map(fieldLabel).join(t('history.separator')) }) : null,
    ].filter((line): line is string => line !== null);
    return {
      key: `${step.at}-${index}`,
      title: KNOWN_HISTORY_ACTIONS.has(step.action) ? t(`history.action.${step.action}`) : step.action,
      time: step.at,
      actor: agency && agency !== who ? t('history.actor', { who, agency }) : who,
      status: moved ? status(step.to) : undefined,
      tone: historyTone(step),
      body: lines.length > 0 ? lines.join('\n') : undefined,
    };
  });
}
