/**
 * Every state of a 推荐表 in the 最美巴渝工匠 selection, in the order of its life, with the names people
 * read (the campaign service's lifecycle is declared over this list; the agency apps show these names).
 */
export const NOMINATION_STATUSES = [
  'draft',
  'awaiting-recommender',
  'awaiting-office',
  'returned',
  'withdrawn',
  'rejected',
  'endorsed',
  'shortlisted',
  'not-shortlisted',
  'finalist',
  'not-selected',
  'awarded',
  'award-nominee',
  'revoked',
] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];

export function isNominationStatus(value: string): value is NominationStatus {
  return (NOMINATION_STATUSES as readonly string[]).includes(value);
}

export const NOMINATION_STATUS_NAMES: Readonly<Record<NominationStatus, { readonly zh: string; readonly en: string }>> = {
  draft: { zh: '草稿', en: 'Draft' },
  'awaiting-recommender': { zh: '待推荐单位审核', en: 'Awaiting the recommender' },
  'awaiting-office': { zh: '待市高技办审核', en: 'Awaiting the skills office' },
  returned: { zh: '已退回修改', en: 'Returned for correction' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
  rejected: { zh: '不予通过', en: 'Rejected' },
  endorsed: { zh: '审核通过', en: 'Approved' },
  shortlisted: { zh: '入围', en: 'Shortlisted' },
  'not-shortlisted': { zh: '未入围', en: 'Not shortlisted' },
  finalist: { zh: '进入专家评审', en: 'With the expert panel' },
  'not-selected': { zh: '未获评', en: 'Not selected' },
  awarded: { zh: '最美巴渝工匠', en: 'Most Beautiful Bayu Craftsman' },
  'award-nominee': { zh: '最美巴渝工匠提名', en: 'Bayu Craftsman nomination' },
  revoked: { zh: '已撤销', en: 'Revoked' },
};
