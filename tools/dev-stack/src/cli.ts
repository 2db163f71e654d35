// `npm start` → tools/scripts/start.sh → this file [--smoke].
//
// A thin supervisor: it runs the orchestrator (engine.ts) in a process group of its own, so that Ctrl-C in
// the terminal, which signals the whole foreground group, reaches only this process. The orchestrator then
// stops things in order (services first, then broker, SSO and databases) instead of every child dying at
// once. A second Ctrl-C after a few seconds kills the group. When the orchestrator exits, anything left
// in its group is killed, and the orchestrator's exit code becomes ours.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { TS_REGISTER } from './paths';

const FORCE_AFTER_MS = 3_000;

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is gone already
  }
}

function main(): void {
  const env = {
    ...process.env,
    BAYU_STACK_ID: process.env.BAYU_STACK_ID || randomBytes(6).toString('hex'),
    BAYU_START_EPOCH_MS: process.env.BAYU_START_EPOCH_MS || String(Date.now()),
  };
  const engine = spawn(process.execPath, ['-r', TS_REGISTER, join(__dirname, 'engine.ts'), ...process.argv.slice(2)], {
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit'],
    env,
  });
  const pid = engine.pid;
  if (pid === undefined) throw new Error('could not start the dev stack orchestrator');

  let firstSignalAt = 0;
  const onSignal = (signal: NodeJS.Signals): void => {
    const now = Date.now();
    if (firstSignalAt === 0) {
      firstSignalAt = now;
      engine.kill(signal === 'SIGHUP' ? 'SIGTERM' : signal);
    } else if (now - firstSignalAt > FORCE_AFTER_MS) {
      // npm forwards the terminal's SIGINT too, so only a later one means "force".
      process.stderr.write(`\n${signal} again: killing the dev stack now\n`);
      killGroup(pid, 'SIGKILL');
    }
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, onSignal);

  engine.once('exit', (code, signal) => {
    killGroup(pid, 'SIGKILL');
    process.exit(code ?? (signal ? 1 : 0));
  });
}

main();
