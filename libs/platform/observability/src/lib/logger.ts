import { pino, type Logger, type LoggerOptions, type DestinationStream } from 'pino';
import { trace } from '@opentelemetry/api';
import { maskResidentIds, scrub } from './pii-scrub';

export type { Logger } from 'pino';

export interface LoggerSettings {
  readonly service: string;
  readonly level?: string;
  /** Defaults to stdout; tests pass a stream to read what was written. */
  readonly destination?: DestinationStream;
}

export function loggerOptions(settings: Pick<LoggerSettings, 'service' | 'level'>): LoggerOptions {
  return {
    level: settings.level ?? 'info',
    base: { service: settings.service },
    timestamp: pino.stdTimeFunctions.isoTime,
    messageKey: 'msg',
    formatters: {
      level: (label) => ({ level: label }),
      log: (object) => scrub(object) as Record<string, unknown>,
    },
    mixin: () => {
      const span = trace.getActiveSpan()?.spanContext();
      return span && span.traceId !== '00000000000000000000000000000000' ? { trace_id: span.traceId, span_id: span.spanId } : {};
    },
    hooks: {
      logMethod(args, method) {
        const scrubbed = args.map((a) => (typeof a === 'string' ? maskResidentIds(a) : a)) as Parameters<typeof method>;
        return method.apply(this, scrubbed);
      },
    },
  };
}

let stdout: DestinationStream | undefined;

/**
 * Standard output written asynchronously: lines that arrive while a write is in flight go out together in
 * the next one, instead of a synchronous system call per line on every request. No minimum length, so a
 * line is never held back waiting for more. pino flushes what is pending when the process exits.
 */
function bufferedStdout(): DestinationStream {
  stdout ??= pino.destination({ dest: 1, sync: false });
  return stdout;
}

/** Structured JSON logs with the active trace and span ids on every line, and no national ID numbers. */
export function createLogger(settings: LoggerSettings): Logger {
  return pino(loggerOptions(settings), settings.destination ?? bufferedStdout());
}
