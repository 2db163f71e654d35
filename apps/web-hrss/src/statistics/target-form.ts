/** The "set a year's target" form as typed, and its check before PUT /statistics/targets/{year}. */
export interface TargetFormValues {
  readonly year: string;
  readonly newSkilledWorkers: string;
  readonly highSkilledSharePercent: string;
}

export type TargetFormResult =
  | { readonly ok: true; readonly year: number; readonly body: { newSkilledWorkers: number; highSkilledSharePercent: number } }
  /** Field → message key. */
  | { readonly ok: false; readonly errors: Readonly<Record<string, string>> };

const number = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text.trim().replace(/[,，]/g, '')));

export function parseTargetForm(values: TargetFormValues): TargetFormResult {
  const errors: Record<string, string> = {};
  const year = number(values.year);
  if (!Number.isInteger(year) || year < 1990 || year > 2100) errors['year'] = 'target.error.year';
  const fresh = number(values.newSkilledWorkers);
  if (!Number.isInteger(fresh) || fresh < 0 || fresh > 10_000_000) errors['newSkilledWorkers'] = 'target.error.newSkilledWorkers';
  const share = number(values.highSkilledSharePercent);
  if (!Number.isFinite(share) || share < 0 || share > 100 || Math.round(share * 100) !== share * 100) errors['highSkilledSharePercent'] = 'target.error.share';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, year, body: { newSkilledWorkers: fresh, highSkilledSharePercent: share } };
}

/** The form prefilled from an existing target (or empty for a year without one). */
export function targetFormValues(year: number, target?: { newSkilledWorkers: number; highSkilledSharePercent: number }): TargetFormValues {
  return { year: String(year), newSkilledWorkers: target ? String(target.newSkilledWorkers) : '', highSkilledSharePercent: target ? String(target.highSkilledSharePercent) : '' };
}
