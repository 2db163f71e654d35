import { useId, type ReactNode } from 'react';
import { Button } from './button';
import { EmptyState, Loading } from './feedback';
import { cx } from './field';
import { useFormat, useT } from './i18n';

export interface DataTableColumn<Row> {
  readonly key: string;
  readonly header: string;
  readonly render: (row: Row) => ReactNode;
  readonly align?: 'start' | 'end';
  /** Render this column's cells as row headers (`<th scope="row">`), e.g. the name column. */
  readonly isRowHeader?: boolean;
}

export interface DataTableProps<Row> {
  readonly caption: string;
  readonly columns: ReadonlyArray<DataTableColumn<Row>>;
  readonly rows: ReadonlyArray<Row>;
  readonly rowKey: (row: Row) => string;
  /** Shown in place of the rows when there are none; defaults to 暂无数据 / No data. */
  readonly empty?: ReactNode;
  readonly loading?: boolean;
  /** Keep the caption for screen readers only (when a heading just above already says it). */
  readonly hideCaption?: boolean;
  readonly className?: string;
}

/** A real `<table>` with caption and column headers, horizontally scrollable on phones. */
export function DataTable<Row>({ caption, columns, rows, rowKey, empty, loading = false, hideCaption = false, className }: DataTableProps<Row>) {
  const t = useT();
  const captionId = `bayu-table-${useId().replace(/:/g, '')}`;
  const colSpan = Math.max(columns.length, 1);
  const alignClass = (c: DataTableColumn<Row>) => (c.align === 'end' ? 'bayu-table__cell--end' : undefined);
  let body: ReactNode;
  if (rows.length === 0) {
    body = (
      <tr>
        <td colSpan={colSpan} className="bayu-table__placeholder">
          {loading ? <Loading inline /> : (empty ?? <EmptyState title={t('ui.empty')} />)}
        </td>
      </tr>
    );
  } else {
    body = rows.map((row) => (
      <tr key={rowKey(row)}>
        {columns.map((c) =>
          c.isRowHeader ? (
            <th key={c.key} scope="row" className={alignClass(c)}>
              {c.render(row)}
            </th>
          ) : (
            <td key={c.key} className={alignClass(c)}>
              {c.render(row)}
            </td>
          ),
        )}
      </tr>
    ));
  }
  return (
    <div className={cx('bayu-table-container', className)}>
      {loading && rows.length > 0 && <Loading inline className="bayu-table__refreshing" />}
      {/* A focusable region so keyboard users can scroll a wide table on a phone. */}
      <div className="bayu-table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="bayu-table" aria-busy={loading || undefined}>
          <caption id={captionId} className={hideCaption ? 'visually-hidden' : 'bayu-table__caption'}>
            {caption}
          </caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.key} scope="col" className={alignClass(c)}>
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{body}</tbody>
        </table>
      </div>
    </div>
  );
}

export interface PaginationProps {
  /** 1-based current page. */
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
  readonly onPage: (page: number) => void;
  readonly className?: string;
}

/** Page numbers to show: first, last, and a window around the current page; null marks a gap. */
export function pageWindow(page: number, pages: number, radius = 1): Array<number | null> {
  const result: Array<number | null> = [];
  for (let p = 1; p <= pages; p += 1) {
    if (p === 1 || p === pages || Math.abs(p - page) <= radius) result.push(p);
    else if (result[result.length - 1] !== null) result.push(null);
  }
  return result;
}

export function Pagination({ page, pageSize, total, onPage, className }: PaginationProps) {
  const t = useT();
  const format = useFormat();
  const pages = Math.max(1, Math.ceil(total / Math.max(pageSize, 1)));
  const current = Math.min(Math.max(page, 1), pages);
  const from = total === 0 ? 0 : (current - 1) * pageSize + 1;
  const to = Math.min(current * pageSize, total);
  return (
    <nav className={cx('bayu-pagination', className)} aria-label={t('ui.pagination.label')}>
      <p className="bayu-pagination__range">{t('ui.pagination.range', { from: format.number(from), to: format.number(to), total: format.number(total) })}</p>
      {pages > 1 && (
        <ul className="bayu-pagination__list">
          <li>
            <Button variant="secondary" className="bayu-pagination__step" disabled={current <= 1} onClick={() => onPage(current - 1)}>
              {t('ui.pagination.prev')}
            </Button>
          </li>
          {pageWindow(current, pages).map((p, i) =>
            p === null ? (
              <li key={`gap-${i}`} className="bayu-pagination__gap" aria-hidden="true">
                …
              </li>
            ) : (
              <li key={p} className="bayu-pagination__number">
                <button
                  type="button"
                  className={cx('bayu-pagination__page', p === current && 'bayu-pagination__page--current')}
                  aria-current={p === current ? 'page' : undefined}
                  aria-label={t('ui.pagination.page', { page: p })}
                  onClick={() => p !== current && onPage(p)}
                >
                  {p}
                </button>
              </li>
            ),
          )}
          <li>
            <Button variant="secondary" className="bayu-pagination__step" disabled={current >= pages} onClick={() => onPage(current + 1)}>
              {t('ui.pagination.next')}
            </Button>
          </li>
        </ul>
      )}
    </nav>
  );
}
