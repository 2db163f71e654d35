import { shellMessages } from '@bayu/web-shell';
import { auditMessages } from './audit/audit-messages';
import { reviewMessages } from './audit/review-messages';
import { campaignMessages } from './campaigns/campaign-messages';
import { overviewMessages } from './campaigns/overview-messages';
import { quotaMessages } from './quotas/quota-messages';
import { sharedMessages } from './shared/messages';
import { shortlistMessages } from './shortlist/shortlist-messages';

const bundles = [shellMessages, sharedMessages, campaignMessages, overviewMessages, quotaMessages, auditMessages, reviewMessages, shortlistMessages];

/** Every string of the app, Chinese first; each feature declares its own (both languages, same keys). */
export const messages = {
  'zh-CN': Object.assign({}, ...bundles.map((b) => b['zh-CN'])) as Record<string, string>,
  en: Object.assign({}, ...bundles.map((b) => b.en)) as Record<string, string>,
};
