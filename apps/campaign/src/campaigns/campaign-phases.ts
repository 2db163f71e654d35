import type { z } from 'zod';
import type { campaignPhaseSchema } from '@bayu/contracts';
import { defineMachine } from '@bayu/platform/state-machine';

export type CampaignPhase = z.infer<typeof campaignPhaseSchema>;
export type PhaseAction = 'open-recommendation' | 'start-selection' | 'start-publicity' | 'start-closing' | 'close';

/**
 * A campaign's year (seed 002): recommendation (forms close at the deadline) → selection (audit, shortlist,
 * vote, expert panel) → publicity (results) → closing (ceremony, certificates). Dates are the plan; each
 * phase begins when the skills office says so, and each change is an event.
 */
export const campaignPhases = defineMachine<CampaignPhase, PhaseAction, 'skills-office'>({
  name: 'campaign-phase',
  initial: 'draft',
  states: ['draft', 'recommendation', 'selection', 'publicity', 'closing', 'closed'],
  final: ['closed'],
  transitions: {
    'open-recommendation': { from: ['draft'], to: 'recommendation', by: ['skills-office'], labelZh: '启动推荐', labelEn: 'Open recommendations' },
    'start-selection': { from: ['recommendation'], to: 'selection', by: ['skills-office'], labelZh: '进入评选', labelEn: 'Start the selection' },
    'start-publicity': { from: ['selection'], to: 'publicity', by: ['skills-office'], labelZh: '进入宣传', labelEn: 'Start the publicity' },
    'start-closing': { from: ['publicity'], to: 'closing', by: ['skills-office'], labelZh: '进入总结', labelEn: 'Start the closing' },
    close: { from: ['closing'], to: 'closed', by: ['skills-office'], labelZh: '结束活动', labelEn: 'Close the campaign' },
  },
});

export const PHASE_ACTIONS = Object.keys(campaignPhases.transitions) as PhaseAction[];
