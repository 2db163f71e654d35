import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { Writable } from 'node:stream';
import { context, trace, ROOT_CONTEXT } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { createLogger } from './logger';
import { maskResidentIds, scrub } from './pii-scrub';

function capture() {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: createLogger({ service: 'registry', destination }) };
}

describe('structured logger', () => {
  beforeAll(() => context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable()));
  afterAll(() => context.disable());

  it('writes one JSON object per line with the service name and a string level', () => {
    const { lines, logger } = capture();
    logger.info({ workerId: 'w-1' }, 'registered');
    expect(lines[0]).toMatchObject({ service: 'registry', level: 'info', msg: 'registered', workerId: 'w-1' });
  });

  it('never writes a national ID number, whether in a named field, nested, or inside the message', () => {
    const { lines, logger } = capture();
    logger.warn({ body: { nationalId: '500103198407021234', note: 'id 500103198407021234 seen' }, list: ['50022919840612311X'] }, 'duplicate 500103198407021234');
    const written = JSON.stringify(lines[0]);
    expect(written).not.toMatch(/19840702|19840612/);
    expect(written).toContain('500103********1234');
    expect(written).toContain('500229********311X');
    expect(lines[0]).toMatchObject({ body: { nationalId: '[REDACTED]' } });
  });

  it('carries the active trace and span ids', () => {
    const { lines, logger } = capture();
    const spanContext = { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7', traceFlags: 1 };
    context.with(trace.setSpanContext(ROOT_CONTEXT, spanContext), () => logger.info('inside'));
    expect(lines[0]).toMatchObject({ trace_id: spanContext.traceId, span_id: spanContext.spanId });
  });

  it('leaves numbers that are not resident IDs alone', () => {
    expect(maskResidentIds('order 123456789012345678 on 2026-11-23')).toBe('order 123456789012345678 on 2026-11-23');
  });
});

describe('scrubbing cost', () => {
  it('leaves raw HTTP responses to their serializers instead of walking them, and still walks other objects', () => {
    const response = new ServerResponse(new IncomingMessage(new Socket()));
    class Form {
      readonly nationalId = '500103198407021234';
    }
    const scrubbed = scrub({ res: response, form: new Form() }) as { res: unknown; form: { nationalId: string } };
    expect(scrubbed.res).toBe(response);
    expect(scrubbed.form.nationalId).toBe('[REDACTED]');
  });
});
