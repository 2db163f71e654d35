// Checks that the stack's fixed ports are free before anything starts, and says clearly what to do if not.
import { createServer } from 'node:net';

export interface PortClaim {
  readonly name: string;
  readonly port: number;
  readonly host: string;
  /** Environment variable that moves it. */
  readonly variable: string;
}

function probe(port: number, host: string): Promise<NodeJS.ErrnoException | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => resolve(error));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(undefined)));
  });
}

/** What answers on a taken port, if it is one of ours: a Bayu service or the dev SSO. */
async function identify(port: number): Promise<string | undefined> {
  const get = async (path: string): Promise<Response | undefined> => fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(1_000) }).catch(() => undefined);
  if ((await get('/health/live'))?.ok) return 'a Bayu service (it answers /health/live)';
  if ((await get('/realms/bayu'))?.ok) return 'a dev SSO serving realm bayu';
  return undefined;
}

export class PortsTakenError extends Error {
  constructor(readonly problems: string[]) {
    super(`cannot start: ${problems.length === 1 ? 'a port is' : 'ports are'} already in use\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'PortsTakenError';
  }
}

export async function assertPortsFree(claims: readonly PortClaim[]): Promise<void> {
  const problems: string[] = [];
  for (const claim of claims) {
    const error = await probe(claim.port, claim.host);
    if (!error) continue;
    if (error.code === 'EADDRINUSE') {
      const who = await identify(claim.port);
      problems.push(
        `${claim.host}:${claim.port} (${claim.name}) is taken${who ? ` by ${who}: is another \`npm start\` running?` : ' by another program'} ` +
          `Stop it, or choose another port with ${claim.variable}=<port>.`,
      );
    } else {
      problems.push(`${claim.host}:${claim.port} (${claim.name}) cannot be bound: ${error.code ?? error.message}. Set ${claim.variable}=<port>.`);
    }
  }
  if (problems.length > 0) throw new PortsTakenError(problems);
}
