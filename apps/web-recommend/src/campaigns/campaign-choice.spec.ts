import { describe, expect, it } from 'vitest';
import { chooseCampaign, selectableCampaigns, type CampaignLike } from './campaign-choice';

const campaign = (id: string, year: number, phase: string): CampaignLike => ({ id, year, phase, schedule: { recommendation: { start: `${year}-05-01`, end: `${year}-06-30` } } });

describe('chooseCampaign', () => {
  const closed = campaign('c2022', 2022, 'closed');
  const open = campaign('c2027', 2027, 'recommendation');
  const draft = campaign('c2028', 2028, 'draft');

  it('shows the campaign open for recommendations', () => {
    expect(chooseCampaign([closed, open, draft])).toEqual({ current: open, open: true, upcoming: draft });
  });

  it('falls back to the newest started campaign, and names the one in preparation', () => {
    const choice = chooseCampaign([closed, draft]);
    expect(choice.current).toBe(closed);
    expect(choice.open).toBe(false);
    expect(choice.upcoming).toBe(draft);
  });

  it('shows nothing when no campaign has started', () => {
    expect(chooseCampaign([draft])).toEqual({ current: undefined, open: false, upcoming: draft });
    expect(chooseCampaign([])).toEqual({ current: undefined, open: false, upcoming: undefined });
  });

  it('honours the campaign asked for', () => {
    expect(chooseCampaign([closed, open], 'c2022')).toMatchObject({ current: closed, open: false });
    expect(chooseCampaign([closed, open], 'unknown').current).toBe(open);
  });

  it('lists the started campaigns newest first', () => {
    expect(selectableCampaigns([closed, draft, open]).map((c) => c.id)).toEqual(['c2027', 'c2022']);
  });
});
