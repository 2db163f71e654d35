import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { freePort } from '@bayu/platform/testing';
import type { LoadPlan, LoadReport } from './load-generator';

const root = resolve(__dirname, '../..');

/** Runs the load generator in a second process and returns its report. */
export function measure(plan: LoadPlan): Promise<LoadReport> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['-r', resolve(root, 'tools/scripts/ts-register.cjs'), resolve(__dirname, 'load-generator.ts')], { stdio: ['pipe', 'pipe', 'inherit'] });
    child.stdin.end(JSON.stringify(plan));
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolvePromise(JSON.parse(out) as LoadReport) : reject(new Error(`load generator exited with ${code}`))));
  });
}

/** A bare node:http JSON hello-world in its own process: the HTTP baseline of every run. */
export async function bareNodeHttp(): Promise<{ origin: string; close(): void }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-e', `require('http').createServer((q, s) => { q.resume(); q.on('end', () => { s.setHeader('content-type', 'application/json'); s.end('{"hello":"world"}'); }); }).listen(${port}, '127.0.0.1', () => console.log('up'))`], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((r) => child.stdout.once('data', r));
  return { origin: `http://127.0.0.1:${port}`, close: () => void child.kill() };
}

export function table(header: string[], rows: Array<Array<string | number>>): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}
