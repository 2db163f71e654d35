import type { BadgeTone } from '@bayu/ui';
import type { ImportJob } from './progress';

/** Badge tone of an import's status. */
export const STATUS_TONE: Readonly<Record<ImportJob['status'], BadgeTone>> = { queued: 'neutral', running: 'info', completed: 'success', failed: 'danger' };
