import { useEffect, useState, type ReactNode, type RefObject } from 'react';

/** Width of the element, tracked with ResizeObserver so chart text stays legible at any size (fallback in tests). */
export function useMeasuredWidth(ref: RefObject<HTMLElement | null>, fallback = 600): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return undefined;
    const measure = (w: number) => {
      if (w > 0) setWidth(Math.round(w));
    };
    measure(el.getBoundingClientRect().width);
    const observer = new ResizeObserver((entries) => measure(entries[0]?.contentRect.width ?? 0));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Rough rendered width of a label: CJK characters are a full em, others a bit over half. */
export function estimateTextWidth(text: string, fontSize = 13): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? fontSize : fontSize * 0.6;
  return width;
}

/** Shortens text to fit `maxWidth` (by estimate), ending with "…". */
export function truncateText(text: string, maxWidth: number, fontSize = 13): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  let out = '';
  for (const ch of text) {
    if (estimateTextWidth(`${out}${ch}…`, fontSize) > maxWidth) break;
    out += ch;
  }
  return `${out}…`;
}

/** "Nice" axis ticks (1, 2, 2.5, 5 × 10^n steps) from min to a max at or above the data's. */
export function niceTicks(min: number, max: number, count = 4): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  if (max <= min) max = min + 1;
  const rough = (max - min) / count;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= rough) ?? 10) * magnitude;
  const start = Math.floor(min / step) * step;
  const ticks: number[] = [];
  for (let v = start; v < max + step * 0.999; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

export interface ChartFigureProps {
  readonly title: string;
  readonly hideTitle?: boolean;
  readonly className: string;
  readonly children: ReactNode;
  readonly ref?: RefObject<HTMLElement | null>;
}

/** The frame of every chart: a figure with its title as caption. */
export function ChartFigure({ title, hideTitle, className, children, ref }: ChartFigureProps) {
  return (
    <figure className={`bayu-chart ${className}`} ref={ref}>
      <figcaption className={hideTitle ? 'visually-hidden' : 'bayu-chart__title'}>{title}</figcaption>
      {children}
    </figure>
  );
}

export interface ChartTableProps {
  readonly caption: string;
  readonly headers: ReadonlyArray<string>;
  readonly rows: ReadonlyArray<{ key: string; header: string; cells: ReadonlyArray<string> }>;
  readonly footer?: { header: string; cells: ReadonlyArray<string> };
}

/** The chart's data as a visually hidden table, for screen readers (and tests). */
export function ChartTable({ caption, headers, rows, footer }: ChartTableProps) {
  return (
    <table className="visually-hidden">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {headers.map((h, i) => (
            <th key={`${i}-${h}`} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.header}</th>
            {r.cells.map((c, i) => (
              <td key={i}>{c}</td>
            ))}
          </tr>
        ))}
      </tbody>
      {footer && (
        <tfoot>
          <tr>
            <th scope="row">{footer.header}</th>
            {footer.cells.map((c, i) => (
              <td key={i}>{c}</td>
            ))}
          </tr>
        </tfoot>
      )}
    </table>
  );
}
