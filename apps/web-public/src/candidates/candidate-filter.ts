/** What the public filter box matches: name, employer, occupation or recommender, ignoring case and spaces around. */
export interface FilterableCandidate {
  readonly name: string;
  readonly employerName: string;
  readonly occupation: string;
  readonly recommenderZh: string;
}

export function filterCandidates<C extends FilterableCandidate>(candidates: readonly C[], query: string): readonly C[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return candidates;
  return candidates.filter((c) => [c.name, c.employerName, c.occupation, c.recommenderZh].some((value) => value.toLowerCase().includes(needle)));
}
