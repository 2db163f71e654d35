import { useEffect, useState } from 'react';
import { Button, ProblemAlert, useT } from '@bayu/ui';
import { hasAnyRole, useAuth } from '@bayu/web-auth';
import { problemOf } from '../shared/problems';
import { useRevealNationalId } from './queries';

/** How long the number stays on screen. */
export const REVEAL_SECONDS = 30;

/**
 * "查看完整身份证号" for national-id-reader only. Every reveal is written to the audit log by the
 * registry; the number is kept in this component's state only, and hidden again after REVEAL_SECONDS.
 */
export function RevealNationalId({ workerId }: { workerId: string }) {
  const t = useT();
  const { user } = useAuth();
  const reveal = useRevealNationalId(workerId);
  const [shown, setShown] = useState<{ value: string; until: number } | null>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (!shown) return undefined;
    const timer = setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= shown.until) setShown(null);
    }, 1000);
    return () => clearInterval(timer);
  }, [shown]);

  if (!hasAnyRole(user, ['national-id-reader'])) return null;

  if (shown) {
    const seconds = Math.max(0, Math.ceil((shown.until - now) / 1000));
    return (
      <div className="web-hrss-reveal">
        <p>
          <span className="web-hrss-mono" aria-label={t('reveal.value')}>
            {shown.value}
          </span>{' '}
          <Button variant="secondary" className="bayu-button--small" onClick={() => setShown(null)}>
            {t('reveal.hide')}
          </Button>
        </p>
        <p className="web-hrss-note" role="status">
          {t('reveal.logged')}
        </p>
        <p className="web-hrss-note" aria-hidden="true">
          {t('reveal.countdown', { n: seconds })}
        </p>
      </div>
    );
  }
  return (
    <div className="web-hrss-reveal">
      <Button
        variant="secondary"
        className="bayu-button--small"
        busy={reveal.isPending}
        onClick={() =>
          reveal.mutate(undefined, {
            onSuccess: (value) => {
              const at = Date.now();
              setNow(at);
              setShown({ value, until: at + REVEAL_SECONDS * 1000 });
              reveal.reset();
            },
          })
        }
      >
        {t('reveal.show')}
      </Button>
      <p className="web-hrss-note">{t('reveal.warning', { n: REVEAL_SECONDS })}</p>
      <ProblemAlert problem={problemOf(reveal.error)} />
    </div>
  );
}
