import { createReadStream, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { request } from 'undici';
import { userToken } from '@bayu/platform/testing';

export interface ImportFigures {
  readonly rowsPerSecond: number;
  /** Highest resident set size of the process that ran the import, sampled twice a second. */
  readonly peakRssMb: number;
  readonly job: Record<string, unknown>;
}

export const progressLog = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);

/** Uploads a CSV as hrss.clerk to `origin` (gateway or registry) and follows the job until it ends. */
export async function importCsv(options: { origin: string; realmUrl: string; csvPath: string; importerPid: number }): Promise<ImportFigures> {
  const { origin, realmUrl, csvPath, importerPid } = options;
  let peak = 0;
  const sampler = setInterval(() => {
    readFile(`/proc/${importerPid}/status`, 'utf8').then((s) => (peak = Math.max(peak, Number(/VmRSS:\s+(\d+)/.exec(s)?.[1] ?? 0) / 1024)), () => undefined);
  }, 500);
  try {
    const started = performance.now();
    const upload = await request(`${origin}/api/v1/imports?fileName=bench.csv`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await userToken(realmUrl, 'hrss.clerk')}`, 'content-type': 'text/csv', 'content-length': String(statSync(csvPath).size) },
      body: createReadStream(csvPath),
      headersTimeout: 600_000,
    });
    const { id } = (await upload.body.json()) as { id: string };
    if (upload.statusCode !== 202) throw new Error(`upload answered ${upload.statusCode}`);
    for (;;) {
      await new Promise((r) => setTimeout(r, 2_000));
      const token = await userToken(realmUrl, 'hrss.clerk');
      const job = (await (await fetch(`${origin}/api/v1/imports/${id}`, { headers: { authorization: `Bearer ${token}` } })).json()) as Record<string, unknown>;
      progressLog(`import ${String(job.status)}: ${String(job.rowsRead)} rows read, ${String(job.percent ?? '?')} %`);
      if (job.status === 'completed' || job.status === 'failed') {
        return { rowsPerSecond: Number(job.rowsRead) / ((performance.now() - started) / 1000), peakRssMb: Math.round(peak), job };
      }
    }
  } finally {
    clearInterval(sampler);
  }
}
