import { parseCliArgs, parseTopicSpec, parseTopicsFile } from './cli';
import { formatCommand, formatLauncherArgs, parseReady, parseReply } from './protocol';

describe('launcher protocol', () => {
  it('formats launcher arguments with three brokers and replication factor 1 by default', () => {
    expect(formatLauncherArgs({})).toEqual(['--brokers', '3']);
    expect(
      formatLauncherArgs({
        brokers: 1,
        topics: [
          { name: 'registry.talent-events.v1', partitions: 6 },
          { name: 'b', partitions: 2, replicationFactor: 3 },
        ],
        debug: 'mock,protocol',
      }),
    ).toEqual(['--brokers', '1', '--debug', 'mock,protocol', '--topic', 'registry.talent-events.v1:6:1', '--topic', 'b:2:3']);
  });

  it('rejects topic names and numbers the launcher would not accept, before spawning it', () => {
    expect(() => formatLauncherArgs({ brokers: 0 })).toThrow(/brokers must be an integer in \[1, 64\]/);
    expect(() => formatLauncherArgs({ topics: [{ name: 'has space', partitions: 1 }] })).toThrow(/invalid Kafka topic name/);
    expect(() => formatLauncherArgs({ topics: [{ name: 'a:b', partitions: 1 }] })).toThrow(/invalid Kafka topic name/);
    expect(() => formatLauncherArgs({ topics: [{ name: 'a', partitions: 1.5 }] })).toThrow(/partitions of topic a/);
    expect(() => formatLauncherArgs({ debug: 'all; rm -rf /' })).toThrow(/debug contexts/);
  });

  it('formats each command as one line', () => {
    expect(formatCommand({ kind: 'down', brokerId: 2 })).toBe('down 2\n');
    expect(formatCommand({ kind: 'up', brokerId: -1 })).toBe('up -1\n');
    expect(formatCommand({ kind: 'rtt', brokerId: 1, ms: 250 })).toBe('rtt 1 250\n');
    expect(formatCommand({ kind: 'topic', topic: { name: 't', partitions: 4 } })).toBe('topic t 4 1\n');
    expect(formatCommand({ kind: 'quit' })).toBe('quit\n');
    expect(() => formatCommand({ kind: 'rtt', brokerId: 1, ms: -5 })).toThrow(/rtt ms/);
    expect(() => formatCommand({ kind: 'down', brokerId: Number.NaN })).toThrow(/broker id/);
  });

  it('parses the start-up line and the answers', () => {
    expect(parseReady('{"bootstrap":"127.0.0.1:1,127.0.0.1:2","brokers":[{"id":1,"port":1},{"id":2,"port":2}]}')).toEqual({
      bootstrap: '127.0.0.1:1,127.0.0.1:2',
      brokers: [
        { id: 1, port: 1 },
        { id: 2, port: 2 },
      ],
    });
    expect(() => parseReady('%3|librdkafka noise')).toThrow(/malformed start-up line/);
    expect(() => parseReady('{"bootstrap":"x","brokers":[]}')).toThrow(/malformed start-up line/);
    expect(parseReply('{"ok":true}')).toEqual({ ok: true });
    expect(parseReply('{"ok":false,"error":"Broker: Topic already exists"}')).toEqual({
      ok: false,
      error: 'Broker: Topic already exists',
    });
    expect(() => parseReply('{"ok":"yes"}')).toThrow(/malformed reply/);
  });
});

describe('dev-broker CLI arguments', () => {
  const noFiles = (file: string): string => {
    throw new Error(`unexpected read of ${file}`);
  };

  it('reads topics from --topic flags and a --topics-file, in order', () => {
    const files: Record<string, string> = {
      'topics.json': '[{"name":"f1","partitions":2},{"name":"f2","partitions":5,"replicationFactor":2}]',
    };
    const options = parseCliArgs(
      ['--brokers', '2', '--topic', 'a:3', '--topics-file', 'topics.json', '--topic', 'b:1:2', '--state-file', '.bayu/broker.json'],
      (file) => files[file] ?? noFiles(file),
    );
    expect(options).toEqual({
      brokers: 2,
      topics: [
        { name: 'a', partitions: 3, replicationFactor: 1 },
        { name: 'f1', partitions: 2, replicationFactor: 1 },
        { name: 'f2', partitions: 5, replicationFactor: 2 },
        { name: 'b', partitions: 1, replicationFactor: 2 },
      ],
      stateFile: '.bayu/broker.json',
      quiet: false,
    });
  });

  it('rejects malformed flags, topic specs and topic files with a message naming the problem', () => {
    expect(() => parseCliArgs(['--brokers'], noFiles)).toThrow(/usage: dev-broker/);
    expect(() => parseCliArgs(['--nope', 'x'], noFiles)).toThrow(/usage: dev-broker/);
    expect(() => parseCliArgs(['--brokers', 'three'], noFiles)).toThrow(/--brokers expects a number/);
    expect(() => parseTopicSpec('orders')).toThrow(/name:partitions\[:replication\]/);
    expect(() => parseTopicSpec('orders:0')).toThrow(/partitions of topic orders/);
    expect(() => parseTopicsFile('{"name":"a"}', 't.json')).toThrow(/t.json: expected an array/);
    expect(() => parseTopicsFile('[{"name":"a"}]', 't.json')).toThrow(/t.json\[0\]: expected \{name: string, partitions: number\}/);
    expect(() => parseTopicsFile('[{"name":"a","partitions":1,"replicationFactor":"3"}]', 't.json')).toThrow(/replicationFactor/);
    expect(() => parseTopicsFile('nope', 't.json')).toThrow(/t.json: not JSON/);
  });
});
