import type { INestMicroservice } from '@nestjs/common';
import type { Logger } from 'nestjs-pino';
import { Subject } from 'rxjs';
import { Readiness } from '@bayu/platform/observability';
import { watchConsumer } from './bootstrap';

describe('watching a Kafka consumer', () => {
  it('reports a crashed consumer as not ready and starts it again', async () => {
    const status = new Subject<string>();
    const calls: string[] = [];
    const microservice = {
      status,
      close: async () => void calls.push('close'),
      listen: async () => {
        calls.push('listen');
        status.next('connected');
      },
    } as unknown as INestMicroservice;
    const logger = { error: () => undefined } as unknown as Logger;
    const readiness = new Readiness();
    watchConsumer(microservice, readiness, logger);

    status.next('connected');
    expect((await readiness.evaluate()).ready).toBe(true);
    status.next('crashed');
    expect((await readiness.evaluate()).checks['kafka-consumer']).toMatchObject({ status: 'down', error: 'consumer crashed' });
    await new Promise((r) => setTimeout(r, 1_100));
    expect(calls).toEqual(['close', 'listen']);
    expect((await readiness.evaluate()).ready).toBe(true);
  });

  it('does not restart a consumer while the service is draining', async () => {
    const status = new Subject<string>();
    const close = jest.fn(async () => undefined);
    const readiness = new Readiness();
    watchConsumer({ status, close, listen: jest.fn() } as unknown as INestMicroservice, readiness, { error: () => undefined } as unknown as Logger);
    readiness.startDraining();
    status.next('crashed');
    await new Promise((r) => setTimeout(r, 1_100));
    expect(close).not.toHaveBeenCalled();
  });
});
