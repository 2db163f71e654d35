import type { z } from 'zod';
import type { ServiceName } from './services';

export interface TopicDefinition {
  /** Versioned name: a breaking change to the stream gets a new topic, never a rewrite of this one. */
  readonly name: string;
  readonly owner: ServiceName;
  readonly partitions: number;
  /** What every message key on this topic is: the CloudEvents `subject` of the events. */
  readonly partitionKey: string;
  /** -1 keeps history forever so integrators can replay from the beginning. */
  readonly retentionMs: number;
  readonly description: string;
}

export interface EventDefinition<Schema extends z.ZodObject = z.ZodObject> {
  /** Catalogue name, e.g. `talent.registered`. */
  readonly name: string;
  readonly version: number;
  readonly topic: TopicDefinition;
  /** Field of `data` whose value is the CloudEvents subject and the Kafka message key. */
  readonly subjectField: string;
  readonly schema: Schema;
  readonly summary: string;
  readonly summaryZh: string;
  readonly example: z.infer<Schema>;
}
