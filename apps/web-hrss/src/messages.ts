import { importsMessages } from './imports/messages';
import { sharedMessages } from './shared/messages';
import { statisticsMessages } from './statistics/messages';
import { workerDetailMessages } from './worker-detail/messages';
import { workersMessages } from './workers/messages';

const bundles = [sharedMessages, statisticsMessages, workersMessages, workerDetailMessages, importsMessages] as const;

/** Every string of the app, Chinese first; each feature declares its own with defineMessages (same keys in both). */
export const messages = {
  'zh-CN': Object.assign({}, ...bundles.map((b) => b['zh-CN'])) as Record<string, string>,
  en: Object.assign({}, ...bundles.map((b) => b.en)) as Record<string, string>,
};
