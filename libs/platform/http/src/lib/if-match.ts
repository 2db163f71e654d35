/**
 * The version a client read, from its `If-Match` header: `"3"` or `W/"3"` → 3; anything else → undefined,
 * and the service then answers 428 asking for one.
 */
export function versionFromIfMatch(ifMatch: string | undefined): number | undefined {
  const match = ifMatch ? /^(?:W\/)?"(\d+)"$/.exec(ifMatch.trim()) : null;
  return match?.[1] ? Number(match[1]) : undefined;
}
