import { describe, expect, it } from 'vitest';
import { defaultSchedule } from './campaign-form';
import { deadlinePassed, phaseSteps } from './phase-steps';

const schedule = defaultSchedule(2027);

describe('phaseSteps', () => {
  it('marks the phases before the current one done and the rest upcoming', () => {
    expect(phaseSteps({ phase: 'selection', schedule }).map((s) => [s.phase, s.state])).toEqual([
      ['draft', 'done'],
      ['recommendation', 'done'],
      ['selection', 'current'],
      ['publicity', 'upcoming'],
      ['closing', 'upcoming'],
      ['closed', 'upcoming'],
    ]);
  });

  it('starts a new campaign at draft with every planned window attached', () => {
    const steps = phaseSteps({ phase: 'draft', schedule });
    expect(steps[0]).toEqual({ phase: 'draft', state: 'current' });
    expect(steps[1]).toEqual({ phase: 'recommendation', state: 'upcoming', window: { start: '2027-05-01', end: '2027-06-30' } });
    expect(steps.filter((s) => s.window).map((s) => s.phase)).toEqual(['recommendation', 'selection', 'publicity', 'closing']);
  });

  it('shows a closed campaign with every step done', () => {
    expect(phaseSteps({ phase: 'closed', schedule }).every((s) => s.state === 'done')).toBe(true);
  });
});

describe('deadlinePassed', () => {
  it('compares the instant, not the calendar day', () => {
    const view = { formDeadline: '2027-06-30T15:59:59.000Z' };
    expect(deadlinePassed(view, new Date('2027-06-30T15:59:58Z'))).toBe(false);
    expect(deadlinePassed(view, new Date('2027-06-30T16:00:00Z'))).toBe(true);
  });
});
