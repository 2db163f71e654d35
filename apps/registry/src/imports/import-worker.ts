import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { listenForNotifications } from '@bayu/platform/db';
import { backoffDelay, sleep } from '@bayu/platform/messaging';
import { REGISTRY_CONFIG, type RegistryConfig } from '../config';
import { IMPORT_CHANNEL, ImportJobsRepository } from './import-jobs.repository';
import { ImportProcessor } from './import-processor';

const POLL_MS = 5_000;

/** Works through queued imports one at a time in the background, woken by NOTIFY when one is uploaded. */
@Injectable()
export class ImportWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ImportWorker.name);
  private readonly stopping = new AbortController();
  private wake?: () => void;
  private loop?: Promise<void>;
  private listener?: { stop(): Promise<void> };

  constructor(
    private readonly jobs: ImportJobsRepository,
    private readonly processor: ImportProcessor,
    @Inject(REGISTRY_CONFIG) private readonly config: RegistryConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.IMPORT_WORKER === 'off') return;
    this.listener = listenForNotifications({ databaseUrl: this.config.DATABASE_URL, channel: IMPORT_CHANNEL, applicationName: 'registry-import-worker', onNotify: () => this.wake?.() });
    this.loop = this.run();
  }

  /** Stops after the chunk in flight; the job is taken up again after a restart. */
  async onModuleDestroy(): Promise<void> {
    this.stopping.abort();
    this.wake?.();
    await this.loop;
    await this.listener?.stop();
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopping.signal.aborted) {
      try {
        const job = await this.jobs.claimNext();
        if (!job) {
          await new Promise<void>((resolve) => {
            this.wake = resolve;
            setTimeout(resolve, POLL_MS).unref();
            this.stopping.signal.addEventListener('abort', () => resolve(), { once: true });
          });
          continue;
        }
        this.logger.log(`import ${job.id} (${job.fileName}) started at row ${job.lastRowNumber + 1}`);
        const finished = await this.processor.run(job, this.stopping.signal);
        if (finished) this.logger.log(`import ${job.id} finished`);
        else await this.jobs.requeue(job.id);
        failures = 0;
      } catch (error) {
        failures += 1;
        const delay = backoffDelay(failures, { initialMs: 1_000, maxMs: 60_000, factor: 2 });
        this.logger.error({ err: error, retryInMs: delay }, 'import worker failed; the job will be resumed');
        await sleep(delay, this.stopping.signal);
      }
    }
  }
}
