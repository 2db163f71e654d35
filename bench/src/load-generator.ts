/**
 * A load generator run as its own process (never inside the process under test): keeps `connections`
 * requests in flight for `seconds`, cycling through the given requests, and prints one JSON line with
 * throughput and exact latency percentiles.
 *   node -r ./tools/scripts/ts-register.cjs bench/src/load-generator.ts < plan.json   (a LoadPlan)
 */
import { Agent, request } from 'undici';

export interface LoadPlan {
  readonly origin: string;
  readonly seconds: number;
  readonly connections: number;
  readonly requests: ReadonlyArray<{ readonly method: 'GET' | 'POST'; readonly path: string; readonly headers?: Record<string, string>; readonly body?: string }>;
}

export interface LoadReport {
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly errors: number;
  readonly statuses: Record<string, number>;
  readonly latencyMs: { readonly p50: number; readonly p95: number; readonly p99: number; readonly max: number };
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 100) / 100;
}

async function run(plan: LoadPlan): Promise<LoadReport> {
  const dispatcher = new Agent({ connections: plan.connections, pipelining: 1, keepAliveTimeout: 30_000 });
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  let next = 0;
  const deadline = performance.now() + plan.seconds * 1000;
  const started = performance.now();
  const loop = async (): Promise<void> => {
    while (performance.now() < deadline) {
      const r = plan.requests[next++ % plan.requests.length]!;
      const t0 = performance.now();
      try {
        const response = await request(`${plan.origin}${r.path}`, { method: r.method, headers: r.headers, body: r.body, dispatcher });
        await response.body.dump();
        statuses[response.statusCode] = (statuses[response.statusCode] ?? 0) + 1;
        latencies.push(performance.now() - t0);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: plan.connections }, loop));
  const elapsed = (performance.now() - started) / 1000;
  await dispatcher.close();
  const sorted = Float64Array.from(latencies).sort();
  return {
    requests: latencies.length,
    requestsPerSecond: Math.round(latencies.length / elapsed),
    errors,
    statuses,
    latencyMs: { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: percentile(sorted, 100) },
  };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

if (require.main === module) {
  readStdin()
    .then((plan) => run(JSON.parse(plan) as LoadPlan))
    .then(
    (report) => process.stdout.write(`${JSON.stringify(report)}\n`),
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exit(1);
    },
  );
}
