import type { TopicDefinition } from './catalogue-types';

const FOREVER = -1;

export const TOPICS = {
  registryTalent: {
    name: 'bayu.registry.talent.v1',
    owner: 'registry',
    partitions: 12,
    partitionKey: 'workerId',
    retentionMs: FOREVER,
    description:
      'Everything that happens to a skilled worker in the talent registry, keyed by worker id so that one ' +
      "worker's events stay in order.",
  },
  campaignAward: {
    name: 'bayu.campaign.award.v1',
    owner: 'campaign',
    partitions: 6,
    partitionKey: 'workerId',
    retentionMs: FOREVER,
    description: 'Awards and nominations of the 最美巴渝工匠 selection, keyed by worker id.',
  },
  campaignLifecycle: {
    name: 'bayu.campaign.lifecycle.v1',
    owner: 'campaign',
    partitions: 1,
    partitionKey: 'campaignId',
    retentionMs: FOREVER,
    description: 'Phase changes of each 最美巴渝工匠 campaign, keyed by campaign id; a handful of events a year.',
  },
  campaignNomination: {
    name: 'bayu.campaign.nomination.v1',
    owner: 'campaign',
    partitions: 6,
    partitionKey: 'nominationId',
    retentionMs: FOREVER,
    description:
      'Each recommendation form on its way through the endorsement chain to the shortlist, keyed by nomination ' +
      "id so that one form's steps stay in order. No personal data before the shortlist is public.",
  },
} as const satisfies Record<string, TopicDefinition>;

export type TopicKey = keyof typeof TOPICS;
export type TopicName = (typeof TOPICS)[TopicKey]['name'];

/** Messages a consumer gave up on, with the error, one dead-letter topic per source topic. */
export function deadLetterTopicName(topic: string): string {
  return `${topic}.dlt`;
}

export const DEAD_LETTER_RETENTION_MS = 30 * 24 * 3600 * 1000;
