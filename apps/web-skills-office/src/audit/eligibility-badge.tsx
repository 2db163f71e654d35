import { Badge, useT } from '@bayu/ui';
import type { NominationView } from '../shared/api';

/** What counts for the audit: the office's decision when there is one, else the computed result. */
export function EligibilityBadge({ eligibility }: { readonly eligibility: NominationView['eligibility'] }) {
  const t = useT();
  return (
    <Badge tone={eligibility.effective ? 'success' : 'danger'}>
      {eligibility.effective ? t('eligibility.eligible') : t('eligibility.ineligible')}
      {eligibility.override ? `（${t('eligibility.overridden')}）` : ''}
    </Badge>
  );
}
