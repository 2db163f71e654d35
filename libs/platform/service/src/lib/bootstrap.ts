import type { DynamicModule, INestApplication, INestMicroservice, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Express, Request, Response } from 'express';
import type { MicroserviceOptions } from '@nestjs/microservices';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { assertEveryRouteDeclaresAccess } from '@bayu/platform/auth';
import { backoffDelay, sleep } from '@bayu/platform/messaging';
import { Readiness, telemetry } from '@bayu/platform/observability';

export interface BootstrapOptions {
  readonly service: string;
  readonly title: string;
  readonly description: string;
  readonly port: number;
  readonly host: string;
  /** How long /health/ready reports draining before the server closes (lets the load balancer notice). */
  readonly drainMs: number;
  /** Kafka consumer groups this process runs, through @nestjs/microservices. */
  readonly consumers?: readonly MicroserviceOptions[];
  readonly jsonBodyLimit?: string;
  /** The gateway streams bodies through untouched. */
  readonly bodyParser?: boolean;
  readonly configure?: (app: NestExpressApplication) => void;
}

export interface RunningService {
  readonly app: INestApplication;
  readonly url: string;
  readonly openApi: OpenAPIObject;
  /** Drains and closes everything; resolves when the process may exit. */
  shutdown(signal?: string): Promise<void>;
}

function openApiDocument(app: INestApplication, options: BootstrapOptions): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle(options.title)
    .setDescription(options.description)
    .setVersion(process.env.npm_package_version ?? '0.1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Access token from the bayu realm (Keycloak)' })
    .build();
  return SwaggerModule.createDocument(app, config);
}

/**
 * A consumer that kafkajs gave up on (it does not restart on every error) must not go unnoticed: readiness
 * reports it, and it is started again with backoff.
 */
export function watchConsumer(microservice: INestMicroservice, readiness: Readiness, logger: Logger): void {
  let status = 'disconnected';
  let restarts = 0;
  readiness.register('kafka-consumer', async () => {
    if (status === 'crashed' || status === 'stopped') throw new Error(`consumer ${status}`);
  });
  microservice.status.subscribe((next: string) => {
    status = next;
    if (next === 'connected') restarts = 0;
    if (next !== 'crashed' || readiness.isDraining) return;
    const delay = backoffDelay(++restarts, { initialMs: 1_000, maxMs: 30_000, factor: 2 });
    logger.error({ attempt: restarts, retryInMs: delay }, 'Kafka consumer crashed; restarting it');
    setTimeout(() => {
      if (readiness.isDraining) return;
      microservice
        .close()
        .then(() => microservice.listen())
        .catch((error: unknown) => logger.error({ err: error }, 'Kafka consumer restart failed'));
    }, delay).unref();
  });
}

async function startConsumers(app: INestApplication, logger: Logger): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await app.startAllMicroservices();
      return;
    } catch (error) {
      const delay = backoffDelay(attempt, { initialMs: 500, maxMs: 30_000, factor: 2 });
      logger.warn({ err: error, attempt, retryInMs: delay }, 'Kafka consumers could not start; retrying');
      await sleep(delay);
    }
  }
}

/**
 * Starts one service process the same way everywhere: validated routes (every endpoint declares who may
 * call it), OpenAPI at /openapi.json, Kafka consumers, and a graceful shutdown that drains readiness,
 * finishes in-flight work, commits consumer offsets and flushes telemetry.
 */
export async function bootstrapService(module: Type<unknown> | DynamicModule, options: BootstrapOptions): Promise<RunningService> {
  const app = await NestFactory.create<NestExpressApplication>(module, { bufferLogs: true, bodyParser: options.bodyParser ?? true });
  const logger = app.get(Logger);
  app.useLogger(logger);
  app.disable('x-powered-by');
  if (options.bodyParser !== false) app.useBodyParser('json', { limit: options.jsonBodyLimit ?? '1mb' });
  options.configure?.(app);
  assertEveryRouteDeclaresAccess(app);

  const openApi = openApiDocument(app, options);
  // Documentation, readable without a token: the gateway merges it into /api/docs.
  (app.getHttpAdapter().getInstance() as Express).get('/openapi.json', (_request: Request, response: Response) => {
    response.json(openApi);
  });

  const readiness = app.get(Readiness);
  for (const consumer of options.consumers ?? []) watchConsumer(app.connectMicroservice(consumer, { inheritAppConfig: true }), readiness, logger);
  await app.listen(options.port, options.host);
  const consumersStarted = options.consumers?.length ? startConsumers(app, logger) : Promise.resolve();
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://${options.host === '0.0.0.0' ? '127.0.0.1' : options.host}:${address.port}`;
  logger.log(`${options.service} listening on ${url}`);

  let closing: Promise<void> | undefined;
  const shutdown = (signal = 'shutdown'): Promise<void> => {
    closing ??= (async () => {
      logger.log(`${signal}: draining for ${options.drainMs} ms, then closing`);
      readiness.startDraining();
      await sleep(options.drainMs);
      await Promise.race([consumersStarted, sleep(1_000)]);
      await app.close();
      await telemetry().shutdown();
    })();
    return closing;
  };
  return { app, url, openApi, shutdown };
}

/** Wires SIGTERM/SIGINT to a graceful shutdown, with a hard deadline in case something hangs. */
export function exitOnSignals(service: RunningService, hardDeadlineMs = 30_000): void {
  const onSignal = (signal: NodeJS.Signals) => {
    setTimeout(() => process.exit(1), hardDeadlineMs).unref();
    service.shutdown(signal).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}
