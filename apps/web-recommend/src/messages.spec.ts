import { describe, expect, it } from 'vitest';
import { EDUCATION_LEVELS, POLITICAL_AFFILIATIONS } from '@bayu/reference';
import { commonMessages } from './i18n/common-messages';
import { detailMessages } from './i18n/detail-messages';
import { formMessages } from './i18n/form-messages';
import { homeMessages } from './i18n/home-messages';
import { messages } from './messages';
import { KNOWN_AGENCIES, KNOWN_HISTORY_ACTIONS } from './nominations/history-items';
import { APP_ACTIONS, NOMINATION_STATUSES } from './nominations/status';

describe('messages', () => {
  it('has the same keys in Chinese and English, each defined once', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages['zh-CN']).sort());
    const all = [commonMessages, homeMessages, formMessages, detailMessages].flatMap((b) => Object.keys(b['zh-CN']));
    expect(all.length).toBe(new Set(all).size);
  });

  it('names every status, step, history action and closed-list value the screens show', () => {
    const keys = [
      ...NOMINATION_STATUSES.map((s) => `status.${s}`),
      ...APP_ACTIONS.flatMap((a) => [`action.${a}`, `dialog.confirm.${a}`, `dialog.intro.${a}`, `dialog.opinion.${a}`, `dialog.done.${a}`]),
      ...[...KNOWN_HISTORY_ACTIONS].map((a) => `history.action.${a}`),
      ...[...KNOWN_AGENCIES].map((a) => `history.agency.${a}`),
      ...EDUCATION_LEVELS.map((e) => `education.${e}`),
      ...POLITICAL_AFFILIATIONS.map((p) => `affiliation.${p}`),
      ...['qualification', 'contribution', 'not-already-awarded'].map((r) => `eligibility.rule.${r}`),
      ...['format', 'region', 'birth-date', 'check-digit'].map((p) => `check.nationalId.${p}`),
      ...['unsaved', 'changes', 'photo', 'evidence', 'deadline'].map((b) => `submit.blocked.${b}`),
      ...['photo', 'evidence'].flatMap((kind) => ['hint', 'hintReplace', 'hintGeneric', 'hintReplaceGeneric'].map((h) => `form.${kind}.${h}`)),
    ];
    for (const locale of ['zh-CN', 'en'] as const) expect(keys.filter((k) => !(k in messages[locale]))).toEqual([]);
  });
});
