import { describe, expect, it } from 'vitest';
import { messages } from './messages';
import { PHASES } from './campaigns/phase-steps';
import { NOMINATION_STATUSES } from './shared/status';

const HISTORY_ACTIONS = ['create', 'edit', 'attach-photo', 'attach-evidence', 'submit', 'withdraw', 'recommender-endorse', 'recommender-return', 'office-approve', 'office-return', 'office-reject', 'eligibility-override', 'shortlist', 'pass-over', 'advance-to-panel', 'drop-after-vote', 'award', 'nominate', 'drop-after-panel', 'revoke'];

describe('messages', () => {
  it('has the same keys in Chinese and English, none empty', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages['zh-CN']).sort());
    for (const bundle of [messages['zh-CN'], messages.en]) expect(Object.entries(bundle).filter(([, text]) => !text.trim())).toEqual([]);
  });

  it('names every phase, every form status and every step of the history', () => {
    const keys = [...PHASES.map((p) => `phase.${p}`), ...NOMINATION_STATUSES.map((s) => `status.${s}`), ...HISTORY_ACTIONS.map((a) => `history.${a}`)];
    expect(keys.filter((k) => !(k in messages['zh-CN']))).toEqual([]);
  });
});
