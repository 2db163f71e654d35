// The line protocol spoken with the native launcher (native/bayu-mock-kafka.c): its arguments,
// the commands written to its stdin and the JSON lines it answers with. Pure functions only.

export interface TopicDefinition {
  name: string;
  partitions: number;
  /** Defaults to 1. Passed to the mock, which ignores it: partitions report min(3, brokers) replicas. */
  replicationFactor?: number;
}

export interface BrokerInfo {
  id: number;
  port: number;
}

export interface ReadyMessage {
  bootstrap: string;
  brokers: BrokerInfo[];
}

export type LauncherCommand =
  | { kind: 'down'; brokerId: number }
  | { kind: 'up'; brokerId: number }
  | { kind: 'rtt'; brokerId: number; ms: number }
  | { kind: 'topic'; topic: TopicDefinition }
  | { kind: 'quit' };

export type LauncherReply = { ok: true } | { ok: false; error: string };

const TOPIC_NAME = /^[A-Za-z0-9._-]{1,249}$/;
const MAX_PARTITIONS = 100_000;
const MAX_REPLICATION = 1_000;
const MAX_BROKERS = 64;

function assertInt(what: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${what} must be an integer in [${min}, ${max}], got ${String(value)}`);
  }
}

export function validateTopic(topic: TopicDefinition): Required<TopicDefinition> {
  if (!TOPIC_NAME.test(topic.name)) {
    throw new RangeError(`invalid Kafka topic name ${JSON.stringify(topic.name)} (allowed: [A-Za-z0-9._-], 1-249 chars)`);
  }
  const replicationFactor = topic.replicationFactor ?? 1;
  assertInt(`partitions of topic ${topic.name}`, topic.partitions, 1, MAX_PARTITIONS);
  assertInt(`replicationFactor of topic ${topic.name}`, replicationFactor, 1, MAX_REPLICATION);
  return { name: topic.name, partitions: topic.partitions, replicationFactor };
}

export function formatLauncherArgs(options: {
  brokers?: number;
  topics?: readonly TopicDefinition[];
  debug?: string;
}): string[] {
  const brokers = options.brokers ?? 3;
  assertInt('brokers', brokers, 1, MAX_BROKERS);
  const args = ['--brokers', String(brokers)];
  if (options.debug) {
    if (!/^[a-z,]+$/.test(options.debug)) throw new RangeError(`invalid librdkafka debug contexts ${JSON.stringify(options.debug)}`);
    args.push('--debug', options.debug);
  }
  for (const def of options.topics ?? []) {
    const topic = validateTopic(def);
    args.push('--topic', `${topic.name}:${topic.partitions}:${topic.replicationFactor}`);
  }
  return args;
}

/** One command line, newline included. */
export function formatCommand(command: LauncherCommand): string {
  switch (command.kind) {
    case 'down':
    case 'up':
      assertInt('broker id', command.brokerId, -1, 2 ** 31 - 1);
      return `${command.kind} ${command.brokerId}\n`;
    case 'rtt':
      assertInt('broker id', command.brokerId, -1, 2 ** 31 - 1);
      assertInt('rtt ms', command.ms, 0, 2 ** 31 - 1);
      return `rtt ${command.brokerId} ${command.ms}\n`;
    case 'topic': {
      const topic = validateTopic(command.topic);
      return `topic ${topic.name} ${topic.partitions} ${topic.replicationFactor}\n`;
    }
    case 'quit':
      return 'quit\n';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJsonLine(line: string, what: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new Error(`bayu-mock-kafka sent a malformed ${what}: ${line}`);
  }
  if (!isRecord(value)) throw new Error(`bayu-mock-kafka sent a malformed ${what}: ${line}`);
  return value;
}

export function parseReady(line: string): ReadyMessage {
  const msg = parseJsonLine(line, 'start-up line');
  const { bootstrap, brokers } = msg;
  if (typeof bootstrap !== 'string' || !Array.isArray(brokers) || brokers.length === 0) {
    throw new Error(`bayu-mock-kafka sent a malformed start-up line: ${line}`);
  }
  const parsed = brokers.map((b: unknown): BrokerInfo => {
    if (!isRecord(b) || typeof b['id'] !== 'number' || typeof b['port'] !== 'number') {
      throw new Error(`bayu-mock-kafka sent a malformed start-up line: ${line}`);
    }
    return { id: b['id'], port: b['port'] };
  });
  return { bootstrap, brokers: parsed };
}

export function parseReply(line: string): LauncherReply {
  const msg = parseJsonLine(line, 'reply');
  if (msg['ok'] === true) return { ok: true };
  if (msg['ok'] === false && typeof msg['error'] === 'string') return { ok: false, error: msg['error'] };
  throw new Error(`bayu-mock-kafka sent a malformed reply: ${line}`);
}
