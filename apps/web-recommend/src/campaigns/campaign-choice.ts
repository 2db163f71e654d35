/** The parts of a campaign that decide which one the home page shows. */
export interface CampaignLike {
  readonly id: string;
  readonly year: number;
  readonly phase: string;
  readonly schedule: { readonly recommendation: { readonly start: string; readonly end: string } };
}

export interface CampaignChoice<C extends CampaignLike> {
  /** The campaign shown: the one asked for, else the one open for recommendations, else the newest that has started. */
  readonly current: C | undefined;
  /** Whether forms may be filled and endorsed in the shown campaign (phase `recommendation`). */
  readonly open: boolean;
  /** A campaign in preparation, to say when recommendations open when none is open now. */
  readonly upcoming: C | undefined;
}

const newestFirst = <C extends CampaignLike>(list: readonly C[]) => [...list].sort((a, b) => b.year - a.year);

export function chooseCampaign<C extends CampaignLike>(campaigns: readonly C[], requestedId?: string | null): CampaignChoice<C> {
  const sorted = newestFirst(campaigns);
  const requested = requestedId ? sorted.find((c) => c.id === requestedId) : undefined;
  const openOne = sorted.find((c) => c.phase === 'recommendation');
  const started = sorted.find((c) => c.phase !== 'draft');
  const current = requested ?? openOne ?? started;
  const upcoming = [...sorted].reverse().find((c) => c.phase === 'draft');
  return { current, open: current?.phase === 'recommendation', upcoming };
}

/** Campaigns a user can switch between on the home page: every one that has started, newest first. */
export function selectableCampaigns<C extends CampaignLike>(campaigns: readonly C[]): C[] {
  return newestFirst(campaigns.filter((c) => c.phase !== 'draft'));
}
