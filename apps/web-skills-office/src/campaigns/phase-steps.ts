import type { CampaignPhase, CampaignView } from '../shared/api';

/** A campaign's phases in order (ADR 0014): the skills office moves it one step at a time. */
export const PHASES: readonly CampaignPhase[] = ['draft', 'recommendation', 'selection', 'publicity', 'closing', 'closed'];

/** The phases with planned dates in the schedule. */
export const SCHEDULED_PHASES = ['recommendation', 'selection', 'publicity', 'closing'] as const;
export type ScheduledPhase = (typeof SCHEDULED_PHASES)[number];

export type StepState = 'done' | 'current' | 'upcoming';

export interface PhaseStep {
  readonly phase: CampaignPhase;
  readonly state: StepState;
  /** Planned dates, for the phases that have them. */
  readonly window?: { readonly start: string; readonly end: string };
}

const isScheduled = (phase: CampaignPhase): phase is ScheduledPhase => (SCHEDULED_PHASES as readonly string[]).includes(phase);

/** The step indicator of a campaign: the phases before the current one are done, the rest upcoming. */
export function phaseSteps(view: Pick<CampaignView, 'phase' | 'schedule'>): PhaseStep[] {
  const current = PHASES.indexOf(view.phase);
  return PHASES.map((phase, i) => {
    const state: StepState = i < current ? 'done' : i === current ? 'current' : 'upcoming';
    // A closed campaign has no step still to come: the last one is done rather than "current".
    const finalState: StepState = phase === 'closed' && state === 'current' ? 'done' : state;
    return isScheduled(phase) ? { phase, state: finalState, window: view.schedule[phase] } : { phase, state: finalState };
  });
}

/** Whether forms can no longer be submitted or endorsed: the deadline has passed. */
export function deadlinePassed(view: Pick<CampaignView, 'formDeadline'>, now: Date): boolean {
  return now.getTime() > new Date(view.formDeadline).getTime();
}
