// Runs a dev broker until SIGINT/SIGTERM:
//   tsx tools/dev-broker/src/cli.ts [--brokers N] [--topic name:partitions[:replication]]...
//       [--topics-file topics.json] [--state-file .bayu/broker.json] [--debug mock] [--quiet]
// Prints the bootstrap list (one line, comma separated) on stdout; everything else goes to stderr.
// The state file gets {"bootstrap": "...", "brokers": [{id, port}], "pid": <this process>} and is
// removed again on exit.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

import { startDevBroker } from './dev-broker';
import { validateTopic, type TopicDefinition } from './protocol';

export interface CliOptions {
  brokers?: number;
  topics: TopicDefinition[];
  stateFile?: string;
  /** librdkafka debug contexts, e.g. `mock`. */
  debug?: string;
  quiet: boolean;
}

const USAGE =
  'usage: dev-broker [--brokers N] [--topic name:partitions[:replication]]... ' +
  '[--topics-file file.json] [--state-file file.json] [--debug contexts] [--quiet]';

export function parseTopicSpec(spec: string): TopicDefinition {
  const match = /^([^:]+):(\d+)(?::(\d+))?$/.exec(spec);
  if (!match?.[1] || !match[2]) throw new Error(`--topic expects name:partitions[:replication], got ${JSON.stringify(spec)}`);
  const topic: TopicDefinition = { name: match[1], partitions: Number(match[2]) };
  if (match[3]) topic.replicationFactor = Number(match[3]);
  return validateTopic(topic);
}

/** Parses the JSON of a --topics-file: an array of {name, partitions, replicationFactor?}. */
export function parseTopicsFile(json: string, file: string): TopicDefinition[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    throw new Error(`${file}: not JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  if (!Array.isArray(value)) throw new Error(`${file}: expected an array of {name, partitions}`);
  return value.map((entry: unknown, i): TopicDefinition => {
    const record = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
    const { name, partitions, replicationFactor } = record;
    if (typeof name !== 'string' || typeof partitions !== 'number') {
      throw new Error(`${file}[${i}]: expected {name: string, partitions: number}`);
    }
    if (replicationFactor !== undefined && typeof replicationFactor !== 'number') {
      throw new Error(`${file}[${i}]: replicationFactor must be a number`);
    }
    return validateTopic(replicationFactor === undefined ? { name, partitions } : { name, partitions, replicationFactor });
  });
}

export function parseCliArgs(argv: readonly string[], readFile: (file: string) => string): CliOptions {
  const options: CliOptions = { topics: [], quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--quiet') {
      options.quiet = true;
      continue;
    }
    const value = argv[i + 1];
    if (value === undefined || !['--brokers', '--topic', '--topics-file', '--state-file', '--debug'].includes(flag ?? '')) {
      throw new Error(USAGE);
    }
    i++;
    if (flag === '--brokers') {
      if (!/^\d+$/.test(value)) throw new Error(`--brokers expects a number, got ${JSON.stringify(value)}`);
      options.brokers = Number(value);
    } else if (flag === '--topic') {
      options.topics.push(parseTopicSpec(value));
    } else if (flag === '--topics-file') {
      options.topics.push(...parseTopicsFile(readFile(value), value));
    } else if (flag === '--debug') {
      options.debug = value;
    } else {
      options.stateFile = value;
    }
  }
  return options;
}

function writeStateFile(file: string, state: object): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(tmp, file);
}

async function main(): Promise<void> {
  const options = parseCliArgs(process.argv.slice(2), (file) => readFileSync(file, 'utf8'));
  const log = options.quiet ? (): void => undefined : (line: string): void => console.error(line);
  const broker = await startDevBroker({ brokers: options.brokers, topics: options.topics, debug: options.debug, log });
  const bootstrap = broker.bootstrapServers.join(',');
  if (options.stateFile) writeStateFile(options.stateFile, { bootstrap, brokers: broker.brokers, pid: process.pid });
  console.log(bootstrap);

  let stopping = false;
  const shutdown = (code: number): void => {
    if (options.stateFile) rmSync(options.stateFile, { force: true });
    process.exit(code);
  };
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    log(`dev-broker: ${signal}, stopping`);
    broker.stop().then(
      () => shutdown(0),
      () => shutdown(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  void broker.exited.then((err) => {
    if (stopping) return;
    console.error(`dev-broker: ${err.message}`);
    shutdown(1);
  });
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
