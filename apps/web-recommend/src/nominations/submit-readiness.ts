/** Why the employer cannot submit yet; each is an i18n key under `submit.blocked.`. */
export type SubmitBlocker = 'unsaved' | 'changes' | 'photo' | 'evidence' | 'deadline';

/**
 * What stands between the form and its submission, in the order to fix it. The API refuses a form without
 * its photo and evidence (`nomination.incomplete`) and after the deadline (`nomination.late`); unsaved
 * changes would not be part of what is submitted.
 */
export function submitBlockers(form: { readonly saved: boolean; readonly dirty: boolean; readonly hasPhoto: boolean; readonly hasEvidence: boolean; readonly deadlinePassed: boolean }): SubmitBlocker[] {
  const blockers: SubmitBlocker[] = [];
  if (!form.saved) blockers.push('unsaved');
  else if (form.dirty) blockers.push('changes');
  if (!form.hasPhoto) blockers.push('photo');
  if (!form.hasEvidence) blockers.push('evidence');
  if (form.deadlinePassed) blockers.push('deadline');
  return blockers;
}
