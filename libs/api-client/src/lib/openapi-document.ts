/** The parts of the gateway's OpenAPI document that change from run to run (version, server) are fixed so the committed copy compares equal. */
export function normaliseOpenApi(document: unknown): Record<string, unknown> {
  const { servers: _servers, ...rest } = document as Record<string, unknown> & { info?: Record<string, unknown> };
  return { ...rest, info: { ...(rest.info as Record<string, unknown>), version: 'generated' } };
}
