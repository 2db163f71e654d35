import { formatLogLine, isConsoleNoise } from './log-format';

const plain = { colour: false };

describe('formatLogLine', () => {
  it('shows a pino line as time, service, level and message, with the request summary', () => {
    const line = JSON.stringify({ level: 'info', time: '2026-11-23T16:08:20.932Z', service: 'gateway', req: { method: 'POST', url: '/api/v1/workers' }, res: { statusCode: 201 }, responseTime: 18.4, msg: 'request completed' });
    expect(formatLogLine(line, 'x', plain)).toBe('16:08:20.932 gateway   INFO  request completed  POST /api/v1/workers → 201  18 ms');
  });

  it('names the error of a failure and keeps the line single', () => {
    const line = JSON.stringify({ level: 'error', time: '2026-11-23T16:08:20.000Z', service: 'registry', err: { type: 'Error', message: 'boom\nat x' }, msg: 'failed' });
    expect(formatLogLine(line, 'registry', plain)).toBe('16:08:20.000 registry  ERROR failed  Error: boom ⏎ at x');
  });

  it('tidies kafkajs lines that Nest wraps in JSON', () => {
    const line = JSON.stringify({ level: 'info', time: '2026-11-23T16:09:09.405Z', service: 'campaign', context: 'ServerKafka', msg: 'INFO [Consumer] Starting {"timestamp":"2026-11-23T16:09:09.405Z","logger":"kafkajs","groupId":"campaign.talent-projection"}' });
    expect(formatLogLine(line, 'campaign', plain)).toBe('16:09:09.405 campaign  INFO  [kafkajs Consumer] Starting  group=campaign.talent-projection');
  });

  it('passes other text through under the service name, at the level given for its stream', () => {
    expect(formatLogLine('registry failed to start: invalid configuration', 'registry', { colour: false, plainLevel: 'warn' })).toMatch(/^\d\d:\d\d:\d\d\.\d{3} registry {2}WARN {2}registry failed to start: invalid configuration$/);
  });

  it("leaves Nest's module and route listings off the console", () => {
    expect(isConsoleNoise(JSON.stringify({ level: 'info', context: 'RouterExplorer', msg: 'Mapped {/x, GET} route' }))).toBe(true);
    expect(isConsoleNoise(JSON.stringify({ level: 'error', context: 'RouterExplorer', msg: 'x' }))).toBe(false);
    expect(isConsoleNoise('plain text')).toBe(false);
  });
});
