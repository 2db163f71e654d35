/**
 * The API returns a form's ID number only masked, yet every correction must send it whole. What the user
 * typed is kept here, in memory only (never in storage), so saving again in the same visit does not ask
 * for it twice; after a reload the user enters it again.
 */
const typed = new Map<string, string>();

export function rememberNationalId(nominationId: string, nationalId: string): void {
  typed.set(nominationId, nationalId);
}

export function recalledNationalId(nominationId: string): string {
  return typed.get(nominationId) ?? '';
}
