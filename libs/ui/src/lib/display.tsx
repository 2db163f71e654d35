import type { ReactNode } from 'react';
import { Badge, type BadgeTone } from './feedback';
import { cx } from './field';
import { useFormat } from './i18n';

export interface DescriptionListItem {
  readonly term: string;
  readonly detail: ReactNode;
}

export interface DescriptionListProps {
  readonly items: ReadonlyArray<DescriptionListItem>;
  /** Two columns (term beside detail) from tablet width up; stacked on phones. Default true. */
  readonly columns?: boolean;
  readonly className?: string;
}

const isBlank = (value: ReactNode) => value === null || value === undefined || value === false || value === '';

/** Term / detail pairs (a record's fields); an empty detail shows "—". */
export function DescriptionList({ items, columns = true, className }: DescriptionListProps) {
  return (
    <dl className={cx('bayu-dl', columns && 'bayu-dl--columns', className)}>
      {items.map((item) => (
        <div className="bayu-dl__item" key={item.term}>
          <dt className="bayu-dl__term">{item.term}</dt>
          <dd className="bayu-dl__detail">{isBlank(item.detail) ? '—' : item.detail}</dd>
        </div>
      ))}
    </dl>
  );
}

export interface TimelineItem {
  readonly key: string;
  readonly title: string;
  /** An ISO timestamp (formatted for the locale) or display text. */
  readonly time?: string;
  readonly actor?: string;
  readonly body?: ReactNode;
  readonly tone?: BadgeTone;
  /** A short status shown as a badge in the item's tone (e.g. 已签署 / Endorsed). */
  readonly status?: string;
}

export interface TimelineProps {
  readonly items: ReadonlyArray<TimelineItem>;
  /** Accessible name of the list (e.g. 推荐审核记录). */
  readonly label?: string;
  readonly className?: string;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An ordered list of events, e.g. the endorsement chain of a recommendation form. */
export function Timeline({ items, label, className }: TimelineProps) {
  const format = useFormat();
  return (
    <ol className={cx('bayu-timeline', className)} aria-label={label}>
      {items.map((item) => (
        <li key={item.key} className={cx('bayu-timeline__item', `bayu-timeline__item--${item.tone ?? 'neutral'}`)}>
          <span className="bayu-timeline__dot" aria-hidden="true" />
          <div className="bayu-timeline__content">
            <p className="bayu-timeline__title">
              {item.title}
              {item.status && (
                <>
                  {' '}
                  <Badge tone={item.tone ?? 'neutral'}>{item.status}</Badge>
                </>
              )}
            </p>
            {(item.actor || item.time) && (
              <p className="bayu-timeline__meta">
                {item.actor && <span className="bayu-timeline__actor">{item.actor}</span>}
                {item.actor && item.time && <span aria-hidden="true"> · </span>}
                {item.time &&
                  (ISO_INSTANT.test(item.time) || ISO_DATE.test(item.time) ? (
                    <time dateTime={item.time}>{ISO_DATE.test(item.time) ? format.date(item.time) : format.dateTime(item.time)}</time>
                  ) : (
                    <span>{item.time}</span>
                  ))}
              </p>
            )}
            {item.body && <div className="bayu-timeline__body">{item.body}</div>}
          </div>
        </li>
      ))}
    </ol>
  );
}
