import { shellMessages } from '@bayu/web-shell';
import { commonMessages } from './i18n/common-messages';
import { detailMessages } from './i18n/detail-messages';
import { formMessages } from './i18n/form-messages';
import { homeMessages } from './i18n/home-messages';

const bundles = [shellMessages, commonMessages, homeMessages, formMessages, detailMessages];

/** The app's messages, Chinese first; each bundle is checked to have the same keys in English. */
export const messages = {
  'zh-CN': Object.assign({}, ...bundles.map((b) => b['zh-CN'])) as Record<string, string>,
  en: Object.assign({}, ...bundles.map((b) => b.en)) as Record<string, string>,
};
