/**
 * What the gateway and a service cost per request, against a bare node:http hello-world measured in the
 * same run on the same machine. Results go to docs/performance.md by hand, as ratios.
 *   node -r ./tools/scripts/ts-register.cjs bench/src/gateway-overhead.ts   (or: nx run bench:gateway)
 */
import { spawn } from 'node:child_process';
import { cpus } from 'node:os';
import { composeNationalId } from '@bayu/national-id';
import { freePort, startPlatform, userToken } from '@bayu/platform/testing';
import { load, type LoadResult } from './load';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

function row(name: string, result: LoadResult, baseline: LoadResult): string {
  const ratio = result.requestsPerSecond / baseline.requestsPerSecond;
  return `| ${name} | ${Math.round(result.requestsPerSecond)} | ${ratio.toFixed(3)} | ${result.latencyP50Ms} | ${result.latencyP99Ms} | ${result.errors + result.non2xx} |`;
}

/** A bare node:http hello-world in its own process: the baseline every figure is divided by. */
async function bareNodeHttp(): Promise<{ url: string; close(): void }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-e', `require('http').createServer((q, s) => { s.setHeader('content-type', 'application/json'); s.end('{"hello":"world"}'); }).listen(${port}, '127.0.0.1', () => console.log('up'))`], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((r) => child.stdout.once('data', r));
  return { url: `http://127.0.0.1:${port}/`, close: () => void child.kill() };
}

async function main(): Promise<void> {
  // The benchmark measures cost, not the rate limit.
  const info = { LOG_LEVEL: 'info' };
  const platform = await startPlatform({ env: { gateway: { ...info, RATE_LIMIT_PER_MINUTE: '100000000' }, registry: info, campaign: info } });
  const bare = await bareNodeHttp();
  try {
    const token = await userToken(platform.stack.realmUrl, 'hrss.clerk');
    const auth = { authorization: `Bearer ${token}` };
    const created = await fetch(`${platform.gateway.url}/api/v1/workers`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ nationalId: composeNationalId('500112', '1980-01-01', 7, 'male'), name: '王世森', districtCode: '500112', employerName: '重庆首讯科技股份有限公司', industryCode: 'I', occupation: '智慧交通工程' }),
    });
    const { id } = (await created.json()) as { id: string };
    const opts = { seconds: SECONDS, connections: CONNECTIONS };
    // warm-up, then measure; the baseline twice (start and end) to expose drift on a noisy machine
    await load(bare.url, { ...opts, seconds: 2 });
    const baselineStart = await load(bare.url, opts);
    await load(`${platform.registry.url}/api/v1/workers/${id}`, { ...opts, seconds: 2, headers: auth });
    const direct = await load(`${platform.registry.url}/api/v1/workers/${id}`, { ...opts, headers: auth });
    const gateway = await load(`${platform.gateway.url}/api/v1/workers/${id}`, { ...opts, headers: auth });
    const rejected = await load(`${platform.gateway.url}/api/v1/workers/${id}`, opts);
    const baselineEnd = await load(bare.url, opts);
    const baseline = baselineStart.requestsPerSecond <= baselineEnd.requestsPerSecond ? baselineStart : baselineEnd;
    const lines = [
      `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; ${SECONDS} s per run, ${CONNECTIONS} connections, autocannon in its own process.`,
      `Baseline drift within the run: ${(Math.abs(baselineEnd.requestsPerSecond - baselineStart.requestsPerSecond) / baselineStart.requestsPerSecond * 100).toFixed(1)} %; ratios use the lower baseline.`,
      '',
      '| path | req/s | ratio to bare node:http | p50 ms | p99 ms | errors |',
      '|---|---|---|---|---|---|',
      row('bare node:http hello world (baseline)', baseline, baseline),
      row('registry GET /api/v1/workers/:id, direct (token check + PostgreSQL read)', direct, baseline),
      row('same through the gateway (+ token check, rate limit, proxy)', gateway, baseline),
      row('gateway answering 401 to a request without a token', { ...rejected, non2xx: 0 }, baseline),
    ];
    console.log(lines.join('\n'));
  } finally {
    bare.close();
    await platform.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
