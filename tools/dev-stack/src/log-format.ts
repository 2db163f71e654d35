// One console line per structured (pino) log line: time, service, level, message, and the few fields a
// developer reads at a glance (HTTP request summary, error). The full JSON goes to .bayu/dev/logs.

const LEVEL_COLOURS: Record<string, string> = {
  trace: '90',
  debug: '90',
  info: '32',
  warn: '33',
  error: '31',
  fatal: '35',
};

const SERVICE_COLOURS = ['36', '35', '34', '33', '32', '96'];

export interface FormatOptions {
  readonly colour: boolean;
  /** Width of the service column. */
  readonly width?: number;
  /** Level shown for lines that are not JSON (default info; stderr lines are shown as warn). */
  readonly plainLevel?: string;
}

/** Nest's start-up chatter (module and route listings): kept in the log files, left off the console. */
const BOOT_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory']);

export function isConsoleNoise(raw: string): boolean {
  if (!raw.startsWith('{"')) return false;
  try {
    const line = record(JSON.parse(raw));
    return line?.level === 'info' && typeof line.context === 'string' && BOOT_CONTEXTS.has(line.context);
  } catch {
    return false;
  }
}

/** kafkajs's own logger writes `INFO [Consumer] Starting {"timestamp":...}`. */
const KAFKAJS_LINE = /^(ERROR|WARN|INFO|DEBUG|NOTHING) \[([\w.]+)\] (.*?)(?: (\{.*\}))?$/;

function kafkajsLine(raw: string): Record<string, unknown> | undefined {
  const match = KAFKAJS_LINE.exec(raw);
  if (!match) return undefined;
  const [, level = 'INFO', context = '', msg = '', json] = match;
  let extra: Record<string, unknown> = {};
  try {
    extra = json ? (record(JSON.parse(json)) ?? {}) : {};
  } catch {
    extra = {};
  }
  const { timestamp, groupId, error } = extra;
  const parts = [`[kafkajs ${context}] ${msg}`, typeof groupId === 'string' ? `group=${groupId}` : '', typeof error === 'string' ? error : ''];
  return { time: timestamp, level: level.toLowerCase(), msg: parts.filter(Boolean).join('  ') };
}

function paint(colour: boolean, code: string, text: string): string {
  return colour ? `\u001b[${code}m${text}\u001b[0m` : text;
}

function serviceColour(service: string): string {
  let hash = 0;
  for (const ch of service) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return SERVICE_COLOURS[hash % SERVICE_COLOURS.length] ?? '36';
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function clock(time: unknown): string {
  if (typeof time === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/.test(time)) return time.slice(11, 23).padEnd(12, '0');
  if (typeof time === 'number') return new Date(time).toISOString().slice(11, 23);
  return new Date().toISOString().slice(11, 23);
}

function details(line: Record<string, unknown>): string {
  const parts: string[] = [];
  const req = record(line.req);
  const res = record(line.res);
  if (req && typeof req.method === 'string') {
    const status = res?.statusCode ?? undefined;
    parts.push(`${req.method} ${String(req.url ?? '')}${status !== undefined ? ` → ${String(status)}` : ''}`);
    if (typeof line.responseTime === 'number') parts.push(`${Math.round(line.responseTime)} ms`);
  }
  const err = record(line.err);
  if (err) parts.push(`${String(err.type ?? 'Error')}: ${String(err.message ?? '')}`);
  for (const key of ['code', 'subject', 'topic', 'event_type']) {
    if (typeof line[key] === 'string' || typeof line[key] === 'number') parts.push(`${key}=${String(line[key])}`);
  }
  return parts.join('  ');
}

/** Formats one log line; non-JSON lines are shown as they are, under `service`. */
export function formatLogLine(raw: string, service: string, options: FormatOptions): string {
  const width = options.width ?? 9;
  let parsed: Record<string, unknown> | undefined;
  if (raw.startsWith('{')) {
    try {
      parsed = record(JSON.parse(raw));
    } catch {
      parsed = undefined;
    }
  } else {
    parsed = kafkajsLine(raw);
  }
  // Nest's Kafka transport wraps kafkajs's text lines into its own JSON lines.
  const wrapped = typeof parsed?.msg === 'string' && raw.startsWith('{') ? kafkajsLine(parsed.msg) : undefined;
  if (parsed && wrapped) parsed = { ...parsed, msg: wrapped.msg };
  const name = typeof parsed?.service === 'string' ? parsed.service : service;
  const level = typeof parsed?.level === 'string' ? parsed.level : typeof parsed?.level === 'number' ? pinoLevel(parsed.level) : (options.plainLevel ?? 'info');
  const message = parsed ? [String(parsed.msg ?? parsed.message ?? ''), details(parsed)].filter(Boolean).join('  ') : raw;
  return [
    paint(options.colour, '90', clock(parsed?.time)),
    paint(options.colour, serviceColour(name), name.padEnd(width)),
    paint(options.colour, LEVEL_COLOURS[level] ?? '0', level.toUpperCase().padEnd(5)),
    message.replace(/\s*\n\s*/g, ' ⏎ '),
  ].join(' ');
}

function pinoLevel(level: number): string {
  if (level >= 60) return 'fatal';
  if (level >= 50) return 'error';
  if (level >= 40) return 'warn';
  if (level >= 30) return 'info';
  if (level >= 20) return 'debug';
  return 'trace';
}

/** A console logger for the orchestrator itself, in the same one-line format. */
export function stackLogger(write: (line: string) => void, colour: boolean): (level: 'info' | 'warn' | 'error', msg: string) => void {
  return (level, msg) => write(formatLogLine(JSON.stringify({ time: new Date().toISOString(), service: 'stack', level, msg }), 'stack', { colour }));
}
