// Starts the native mock Kafka cluster (librdkafka's rd_kafka_mock) as a child process and drives
// it over its stdin/stdout line protocol. The child exits when our end of its stdin closes, so it
// never outlives this process.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';

import { ensureNativeBroker } from './build-native';
import {
  formatCommand,
  formatLauncherArgs,
  parseReady,
  parseReply,
  type BrokerInfo,
  type LauncherCommand,
  type LauncherReply,
  type TopicDefinition,
} from './protocol';

export interface DevBrokerOptions {
  /** Number of brokers, ids 1..N. Default 3. */
  brokers?: number;
  /** Created before start-up completes. Other topics are auto-created with 4 partitions on first use. */
  topics?: TopicDefinition[];
  /** Receives the launcher's stderr lines and life-cycle notes. */
  log?: (line: string) => void;
  /** librdkafka debug contexts for the launcher's stderr (via `log`), e.g. 'mock' for group/partition internals. */
  debug?: string;
  /** Time allowed from spawn to the start-up line. Default 10 000 ms. */
  startTimeoutMs?: number;
  /** Time allowed for one command's answer. Default 10 000 ms. */
  commandTimeoutMs?: number;
}

export interface DevBroker {
  /** host:port per broker, in broker id order. */
  readonly bootstrapServers: string[];
  readonly brokers: BrokerInfo[];
  /** pid of the launcher process. */
  readonly pid: number;
  /** Closes the broker's connections and refuses new ones. Leadership does not move. */
  setBrokerDown(id: number): Promise<void>;
  setBrokerUp(id: number): Promise<void>;
  createTopic(def: TopicDefinition): Promise<void>;
  /** Adds `ms` of delay to every response of that broker. */
  setRtt(id: number, ms: number): Promise<void>;
  /** Stops the launcher and waits until it has exited. Idempotent. */
  stop(): Promise<void>;
  /** Settles when the launcher has exited for any reason, with the reason. */
  readonly exited: Promise<Error>;
}

const STDERR_TAIL_LINES = 40;
const STOP_GRACE_MS = 5_000;

interface Waiter {
  resolve: (line: string) => void;
  reject: (err: Error) => void;
}

class LauncherProcess implements DevBroker {
  readonly bootstrapServers: string[] = [];
  readonly brokers: BrokerInfo[] = [];
  readonly pid: number;

  private readonly stderrTail: string[] = [];
  private waiter: Waiter | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private exitError: Error | undefined;
  readonly exited: Promise<Error>;

  constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    private readonly log: (line: string) => void,
    private readonly commandTimeoutMs: number,
  ) {
    this.pid = child.pid ?? -1;
    child.stdin.on('error', () => undefined); // EPIPE after the child died is reported via 'exit'
    createInterface({ input: child.stderr }).on('line', (line) => {
      this.stderrTail.push(line);
      if (this.stderrTail.length > STDERR_TAIL_LINES) this.stderrTail.shift();
      this.log(`[bayu-mock-kafka] ${line}`);
    });
    createInterface({ input: child.stdout }).on('line', (line) => {
      const waiter = this.waiter;
      this.waiter = undefined;
      if (waiter) waiter.resolve(line);
      else this.log(`[bayu-mock-kafka] unexpected output: ${line}`);
    });
    this.exited = new Promise((resolve) => {
      const onGone = (why: string): void => {
        if (this.exitError) return;
        const err = new Error(`bayu-mock-kafka (pid ${this.pid}) ${why}${this.stderrText()}`);
        this.exitError = err;
        this.waiter?.reject(err);
        this.waiter = undefined;
        resolve(err);
      };
      // 'close' (not 'exit') so that the last stdout/stderr lines have been read first.
      child.on('close', (code, signal) => onGone(signal ? `was killed by ${signal}` : `exited with code ${code}`));
      child.on('error', (err) => onGone(`failed: ${err.message}`));
    });
  }

  stderrText(): string {
    return this.stderrTail.length > 0 ? `; stderr:\n${this.stderrTail.join('\n')}` : ' (no stderr output)';
  }

  /** Waits for the next stdout line (the start-up line, or the answer to a command). */
  nextLine(timeoutMs: number, what: string): Promise<string> {
    if (this.exitError) return Promise.reject(this.exitError);
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiter = undefined;
        reject(new Error(`bayu-mock-kafka (pid ${this.pid}) gave no ${what} within ${timeoutMs} ms${this.stderrText()}`));
      }, timeoutMs);
      const settle =
        <T>(fn: (value: T) => void) =>
        (value: T): void => {
          clearTimeout(timer);
          fn(value);
        };
      this.waiter = { resolve: settle(resolve), reject: settle(reject) };
    });
  }

  acceptReady(line: string): void {
    const ready = parseReady(line);
    this.bootstrapServers.push(...ready.bootstrap.split(','));
    this.brokers.push(...ready.brokers);
  }

  /** Commands run one at a time, in call order, each awaiting its own answer. */
  run(command: LauncherCommand): Promise<void> {
    const text = formatCommand(command); // validate synchronously, before queueing
    const result = this.queue.then(async () => {
      if (this.exitError) throw this.exitError;
      const answer = this.nextLine(this.commandTimeoutMs, `answer to "${text.trim()}"`);
      this.child.stdin.write(text);
      let line: string;
      try {
        line = await answer;
      } catch (err) {
        // A launcher that does not answer is wedged: kill it so later commands fail fast.
        if (!this.exitError) this.child.kill('SIGKILL');
        throw err;
      }
      const reply: LauncherReply = parseReply(line);
      if (!reply.ok) throw new Error(`bayu-mock-kafka: "${text.trim()}" failed: ${reply.error}`);
    });
    this.queue = result.catch(() => undefined);
    return result;
  }

  setBrokerDown(id: number): Promise<void> {
    return this.run({ kind: 'down', brokerId: id });
  }

  setBrokerUp(id: number): Promise<void> {
    return this.run({ kind: 'up', brokerId: id });
  }

  createTopic(def: TopicDefinition): Promise<void> {
    return this.run({ kind: 'topic', topic: def });
  }

  setRtt(id: number, ms: number): Promise<void> {
    return this.run({ kind: 'rtt', brokerId: id, ms });
  }

  async stop(): Promise<void> {
    if (!this.exitError) {
      this.child.stdin.end(); // EOF makes the launcher exit
      const timer = setTimeout(() => this.child.kill('SIGKILL'), STOP_GRACE_MS);
      await this.exited;
      clearTimeout(timer);
    }
  }

  /** Used when start-up fails. */
  async kill(): Promise<void> {
    if (!this.exitError) {
      this.child.kill('SIGKILL');
      await this.exited;
    }
  }
}

export async function startDevBroker(options: DevBrokerOptions = {}): Promise<DevBroker> {
  const log = options.log ?? ((): void => undefined);
  const args = formatLauncherArgs(options);
  const binary = await ensureNativeBroker({ log });
  const child = spawn(binary, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const launcher = new LauncherProcess(child, log, options.commandTimeoutMs ?? 10_000);
  try {
    launcher.acceptReady(await launcher.nextLine(options.startTimeoutMs ?? 10_000, 'start-up line'));
  } catch (err) {
    await launcher.kill();
    throw err;
  }
  log(`bayu-mock-kafka pid ${launcher.pid} up: ${launcher.bootstrapServers.join(',')}`);
  return launcher;
}
