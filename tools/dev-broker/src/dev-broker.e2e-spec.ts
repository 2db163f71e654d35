// Runs the real native mock cluster and talks to it with kafkajs over real sockets. No mocks.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

import { Kafka, logLevel, type Admin, type Consumer, type Producer } from 'kafkajs';

import { startDevBroker, type DevBroker } from './index';

// The mock coordinator waits 3 s before completing a new group's first join, and when a member
// joins a running group it waits sessionTimeout - 1000 ms for the others: keep that short.
const GROUP_TIMINGS = { sessionTimeout: 4000, rebalanceTimeout: 4000, heartbeatInterval: 300, maxWaitTimeInMs: 100 };

async function waitFor(what: string, predicate: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Waits until the members own all partitions between them, unchanged for half a second. */
async function waitForStableAssignment(assignments: Map<string, number[]>, members: string[], partitions: number): Promise<void> {
  const snapshot = (): string => members.map((m) => `${m}=${(assignments.get(m) ?? []).join('+')}`).join(' ');
  const complete = (): boolean => {
    const owned = members.map((m) => assignments.get(m) ?? []);
    const all = owned.flat().sort((a, b) => a - b);
    return owned.every((o) => o.length > 0) && all.join() === Array.from({ length: partitions }, (_, i) => i).join();
  };
  let stable = '';
  let since = 0;
  await waitFor(`a stable assignment of ${partitions} partitions to ${members.join(', ')}`, () => {
    const now = complete() ? snapshot() : '';
    if (now !== stable) [stable, since] = [now, Date.now()];
    return stable !== '' && Date.now() - since >= 500;
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A zombie (exited, not yet reaped by its parent) still answers kill(0).
  const stat = `/proc/${pid}/stat`;
  return existsSync(stat) && !/^\d+ \(.*\) Z /.test(readFileSync(stat, 'utf8'));
}

interface Received {
  consumer: string;
  partition: number;
  key: string;
  value: string;
}

describe('dev broker (librdkafka mock cluster)', () => {
  let broker: DevBroker;
  let kafka: Kafka;
  let admin: Admin;
  const cleanups: Array<() => Promise<void>> = [];

  const producer = async (config?: Parameters<Kafka['producer']>[0]): Promise<Producer> => {
    const p = kafka.producer(config);
    await p.connect();
    cleanups.push(() => p.disconnect());
    return p;
  };

  /**
   * A group member that records what it receives; resolves once it has joined the group.
   *
   * librdkafka's mock coordinator answers SyncGroup to everybody as soon as the group leader has
   * sent the assignments; a follower whose SyncGroup arrives after that gets INVALID_REQUEST, which
   * kafkajs treats as fatal (CRASH with restart: false). It happens when two members join the same
   * generation and the follower is slower than the leader (seen under CPU load). Like any
   * production consumer should, this member then joins again with a fresh kafkajs consumer.
   */
  const member = async (
    name: string,
    topic: string,
    groupId: string,
    received: Received[],
    assignments?: Map<string, number[]>,
  ): Promise<{ stop: () => Promise<void> }> => {
    let current: Consumer | undefined;
    let stopped = false;
    const stop = async (): Promise<void> => {
      stopped = true;
      await current?.disconnect();
    };
    cleanups.push(stop);

    const start = async (): Promise<void> => {
      const consumer = kafka.consumer({ groupId, ...GROUP_TIMINGS });
      current = consumer;
      consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
        assignments?.set(name, payload.memberAssignment[topic] ?? []);
      });
      consumer.on(consumer.events.CRASH, ({ payload }) => {
        if (payload.restart || stopped) return; // kafkajs restarts by itself
        console.warn(`consumer ${name} of ${groupId} crashed, joining again: ${payload.error.message}`);
        assignments?.delete(name);
        start().catch((err: unknown) => console.warn(`consumer ${name} could not join again: ${String(err)}`));
      });
      await consumer.connect();
      await consumer.subscribe({ topic, fromBeginning: true });
      await consumer.run({
        eachMessage: async ({ partition, message }) => {
          received.push({
            consumer: name,
            partition,
            key: message.key?.toString() ?? '',
            value: message.value?.toString() ?? '',
          });
        },
      });
    };
    await start();
    return { stop };
  };

  beforeAll(async () => {
    broker = await startDevBroker({
      brokers: 3,
      topics: [
        { name: 'meta.six', partitions: 6 },
        { name: 'meta.one', partitions: 1, replicationFactor: 3 },
        { name: 'group.ordered', partitions: 4 },
        { name: 'group.commits', partitions: 3 },
        { name: 'group.rebalance', partitions: 4 },
        { name: 'leader.down', partitions: 3 },
        { name: 'leader.keeps-data', partitions: 2 },
      ],
    });
    kafka = new Kafka({ clientId: 'dev-broker-e2e', brokers: broker.bootstrapServers, logLevel: logLevel.NOTHING });
    admin = kafka.admin();
    await admin.connect();
  });

  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  afterAll(async () => {
    await admin?.disconnect();
    await broker?.stop();
  });

  it('creates topics with the requested partition counts, as kafkajs metadata reports them', async () => {
    await broker.createTopic({ name: 'meta.late', partitions: 5 });

    const { topics } = await admin.fetchTopicMetadata({ topics: ['meta.six', 'meta.one', 'meta.late'] });
    const counts = Object.fromEntries(topics.map((t) => [t.name, t.partitions.length]));
    expect(counts).toEqual({ 'meta.six': 6, 'meta.one': 1, 'meta.late': 5 });

    const cluster = await admin.describeCluster();
    expect(cluster.brokers.map((b) => ({ id: b.nodeId, port: b.port })).sort((a, b) => a.id - b.id)).toEqual(broker.brokers);
    expect(broker.bootstrapServers).toEqual(broker.brokers.map((b) => `127.0.0.1:${b.port}`));

    await expect(broker.createTopic({ name: 'meta.late', partitions: 5 })).rejects.toThrow(/already exists/);
  });

  it('delivers every produced message exactly once across the partitions of a consumer group, in key order', async () => {
    const topic = 'group.ordered';
    const received: Received[] = [];
    const assignments = new Map<string, number[]>();
    // Joining together lands both members in the group's first generation: no rebalance later.
    await Promise.all([
      member('a', topic, 'g-ordered', received, assignments),
      member('b', topic, 'g-ordered', received, assignments),
    ]);
    await waitForStableAssignment(assignments, ['a', 'b'], 4);

    const p = await producer();
    const keys = Array.from({ length: 20 }, (_, i) => `key-${i}`);
    for (let seq = 0; seq < 10; seq++) {
      await p.send({ topic, messages: keys.map((key) => ({ key, value: `${key}#${seq}` })) });
    }
    await waitFor('200 messages', () => received.length >= 200);
    await new Promise((r) => setTimeout(r, 300)); // let any duplicate show up

    expect(received).toHaveLength(200);
    expect(new Set(received.map((m) => m.value)).size).toBe(200);
    expect(new Set(received.map((m) => m.partition)).size).toBeGreaterThan(1);
    expect(new Set(received.map((m) => m.consumer))).toEqual(new Set(['a', 'b']));
    for (const key of keys) {
      const ofKey = received.filter((m) => m.key === key);
      expect(ofKey.map((m) => m.value)).toEqual(Array.from({ length: 10 }, (_, seq) => `${key}#${seq}`));
      expect(new Set(ofKey.map((m) => m.partition)).size).toBe(1);
    }
  });

  it('keeps committed offsets across a consumer restart, so the next consumer of the group sees no old messages', async () => {
    const topic = 'group.commits';
    const p = await producer();
    await p.send({ topic, messages: Array.from({ length: 30 }, (_, i) => ({ key: `k${i}`, value: `old-${i}` })) });

    const first: Received[] = [];
    const firstMember = await member('first', topic, 'g-commits', first);
    await waitFor('30 old messages', () => first.length >= 30);
    await firstMember.stop(); // commits resolved offsets and leaves the group

    await p.send({ topic, messages: Array.from({ length: 30 }, (_, i) => ({ key: `k${i}`, value: `new-${i}` })) });
    const second: Received[] = [];
    await member('second', topic, 'g-commits', second);
    // Within a partition old offsets come first, so once all new ones are in, any old one would be too.
    await waitFor('30 new messages', () => second.filter((m) => m.value.startsWith('new-')).length >= 30);

    expect(first.map((m) => m.value).sort()).toEqual(Array.from({ length: 30 }, (_, i) => `old-${i}`).sort());
    expect(second.filter((m) => m.value.startsWith('old-'))).toEqual([]);
    expect(second).toHaveLength(30);
  });

  it('rebalances a consumer group when a second member joins and splits later messages between both', async () => {
    const topic = 'group.rebalance';
    const received: Received[] = [];
    const assignments = new Map<string, number[]>();
    await member('a', topic, 'g-rebalance', received, assignments);
    expect(assignments.get('a')).toEqual([0, 1, 2, 3]);

    await member('b', topic, 'g-rebalance', received, assignments);
    await waitForStableAssignment(assignments, ['a', 'b'], 4);

    const p = await producer();
    await p.send({ topic, messages: Array.from({ length: 40 }, (_, i) => ({ key: `k${i}`, value: `m${i}` })) });
    await waitFor('40 messages', () => received.length >= 40);
    expect(new Set(received.map((m) => m.value)).size).toBe(40);
    expect(received.filter((m) => m.consumer === 'a').length).toBeGreaterThan(0);
    expect(received.filter((m) => m.consumer === 'b').length).toBeGreaterThan(0);
    for (const m of received) expect(assignments.get(m.consumer)).toContain(m.partition);
  });

  it('makes a producer with few retries fail while the leader of its partition is down, and succeed once it is up', async () => {
    const topic = 'leader.down';
    const { topics } = await admin.fetchTopicMetadata({ topics: [topic] });
    const leader = topics[0]?.partitions.find((p) => p.partitionId === 0)?.leader;
    if (leader === undefined) throw new Error('no leader for partition 0');

    const p = await producer({ retry: { retries: 1, initialRetryTime: 50, maxRetryTime: 100 } });
    await p.send({ topic, messages: [{ partition: 0, value: 'before' }] });

    await broker.setBrokerDown(leader);
    try {
      await expect(p.send({ topic, messages: [{ partition: 0, value: 'during' }] })).rejects.toThrow(/ECONNREFUSED|Connection/);
    } finally {
      await broker.setBrokerUp(leader);
    }
    const [result] = await p.send({ topic, messages: [{ partition: 0, value: 'after' }] });
    expect(result?.errorCode).toBe(0);
    expect(result?.baseOffset).toBe('1');
  });

  it('keeps the messages of a partition while its leader is down and serves them again after it comes back up', async () => {
    const topic = 'leader.keeps-data';
    const { topics } = await admin.fetchTopicMetadata({ topics: [topic] });
    const leader = topics[0]?.partitions.find((p) => p.partitionId === 0)?.leader;
    if (leader === undefined) throw new Error('no leader for partition 0');
    const p = await producer();
    await p.send({ topic, messages: ['one', 'two', 'three'].map((value) => ({ partition: 0, value })) });

    await broker.setBrokerDown(leader);
    await new Promise((r) => setTimeout(r, 200));
    await broker.setBrokerUp(leader);

    const received: Received[] = [];
    await member('reader', topic, 'g-keeps-data', received);
    await waitFor('3 messages', () => received.length >= 3);
    expect(received.map((m) => m.value)).toEqual(['one', 'two', 'three']);
  });

  it('stops the launcher process when the broker is stopped', async () => {
    const own = await startDevBroker({ brokers: 1 });
    expect(isAlive(own.pid)).toBe(true);
    await own.stop();
    expect(isAlive(own.pid)).toBe(false);
    await own.stop(); // idempotent
    await expect(own.setBrokerDown(1)).rejects.toThrow(/exited with code 0/);
  });

  it('rejects commands with a clear error once the launcher has died', async () => {
    const own = await startDevBroker({ brokers: 1 });
    process.kill(own.pid, 'SIGKILL');
    await expect(own.setRtt(1, 10)).rejects.toThrow(/bayu-mock-kafka \(pid \d+\) was killed by SIGKILL/);
    await expect(own.exited).resolves.toBeInstanceOf(Error);
    await own.stop();
  });

  it('reports the launcher stderr when start-up fails', async () => {
    await expect(
      startDevBroker({
        topics: [
          { name: 'twice', partitions: 1 },
          { name: 'twice', partitions: 1 },
        ],
      }),
    ).rejects.toThrow(/exited with code 2; stderr:\n--topic twice:1:1: Broker: Topic already exists/);
  });

  it('runs from the CLI with a state file until SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dev-broker-cli-'));
    const stateFile = join(dir, 'state', 'broker.json');
    const root = resolve(__dirname, '../../..');
    const cli = spawn(
      process.execPath,
      [join(root, 'node_modules/tsx/dist/cli.mjs'), join(__dirname, 'cli.ts'), '--topic', 'cli.topic:3', '--state-file', stateFile, '--quiet'],
      { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let timer: NodeJS.Timeout | undefined;
    try {
      const bootstrap = await new Promise<string>((ok, fail) => {
        timer = setTimeout(() => fail(new Error('the CLI printed no bootstrap list within 20 s')), 20_000);
        createInterface({ input: cli.stdout }).once('line', ok);
      });
      const state = JSON.parse(readFileSync(stateFile, 'utf8')) as { bootstrap: string; brokers: unknown[]; pid: number };
      expect(state.bootstrap).toBe(bootstrap);
      expect(state.brokers).toHaveLength(3);

      const cliKafka = new Kafka({ clientId: 'cli-check', brokers: bootstrap.split(','), logLevel: logLevel.NOTHING });
      const cliAdmin = cliKafka.admin();
      await cliAdmin.connect();
      const { topics } = await cliAdmin.fetchTopicMetadata({ topics: ['cli.topic'] });
      await cliAdmin.disconnect();
      expect(topics[0]?.partitions).toHaveLength(3);

      const exited = new Promise<number | null>((ok) => cli.once('exit', (code) => ok(code)));
      process.kill(state.pid, 'SIGTERM');
      expect(await exited).toBe(0);
      expect(existsSync(stateFile)).toBe(false);
    } finally {
      clearTimeout(timer);
      if (cli.exitCode === null) cli.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
