import { useRef } from 'react';
import { ChartFigure, ChartTable, estimateTextWidth, niceTicks, truncateText, useMeasuredWidth } from './chart-utils';
import { cx } from './field';
import { useFormat, useT } from './i18n';

export interface LineSeries {
  readonly name: string;
  readonly points: ReadonlyArray<{ readonly x: string; readonly y: number }>;
}

export interface LineChartProps {
  readonly title: string;
  readonly series: ReadonlyArray<LineSeries>;
  readonly format?: (value: number) => string;
  readonly hideTitle?: boolean;
  readonly className?: string;
}

const FONT = 12;
const SERIES_CLASSES = 6;

/** A marker shape per series, so the lines differ by more than colour. */
function Marker({ shape, x, y }: { shape: number; x: number; y: number }) {
  switch (shape % 4) {
    case 1:
      return <rect x={x - 4} y={y - 4} width={8} height={8} />;
    case 2:
      return <path d={`M${x} ${y - 5}L${x + 5} ${y + 4}L${x - 5} ${y + 4}Z`} />;
    case 3:
      return <path d={`M${x} ${y - 5}L${x + 5} ${y}L${x} ${y + 5}L${x - 5} ${y}Z`} />;
    default:
      return <circle cx={x} cy={y} r={4} />;
  }
}

/** Lines over shared x categories (months, districts…), with y gridlines, legend and a hidden data table. */
export function LineChart({ title, series, format: formatProp, hideTitle, className }: LineChartProps) {
  const t = useT();
  const format = useFormat();
  const fmt = formatProp ?? ((v: number) => format.number(v));
  const ref = useRef<HTMLElement>(null);
  const width = Math.max(useMeasuredWidth(ref), 240);
  const height = Math.round(Math.min(Math.max(width * 0.5, 200), 320));

  const xs: string[] = [];
  for (const s of series) for (const p of s.points) if (!xs.includes(p.x)) xs.push(p.x);
  const ys = series.flatMap((s) => s.points.map((p) => p.y)).filter(Number.isFinite);
  const ticks = niceTicks(Math.min(0, ...ys), Math.max(0, ...ys));
  const yMin = ticks[0] ?? 0;
  const yMax = ticks[ticks.length - 1] ?? 1;

  const left = Math.max(...ticks.map((v) => estimateTextWidth(fmt(v), FONT))) + 10;
  const right = 12;
  const top = 10;
  const bottom = 26;
  const plotW = Math.max(width - left - right, 40);
  const plotH = height - top - bottom;
  const xAt = (i: number) => left + (xs.length <= 1 ? plotW / 2 : (i / (xs.length - 1)) * plotW);
  const yAt = (v: number) => top + plotH - ((v - yMin) / (yMax - yMin || 1)) * plotH;
  const slot = xs.length <= 1 ? plotW : plotW / (xs.length - 1);
  const labelWidth = Math.max(...xs.map((x) => estimateTextWidth(x, FONT)), 1);
  const every = Math.max(1, Math.ceil((labelWidth + 8) / slot));

  return (
    <ChartFigure title={title} hideTitle={hideTitle} className={cx('bayu-line-chart', className)} ref={ref}>
      <svg className="bayu-chart__svg" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title} preserveAspectRatio="xMinYMin meet">
        {ticks.map((v) => (
          <g key={v} className="bayu-chart__grid">
            <line x1={left} x2={width - right} y1={yAt(v)} y2={yAt(v)} />
            <text x={left - 6} y={yAt(v)} textAnchor="end" dominantBaseline="central" className="bayu-chart__label">
              {fmt(v)}
            </text>
          </g>
        ))}
        {xs.map((x, i) =>
          (xs.length - 1 - i) % every === 0 ? (
            <text key={x} x={xAt(i)} y={height - 6} textAnchor={i === 0 && xs.length > 1 ? 'start' : i === xs.length - 1 && xs.length > 1 ? 'end' : 'middle'} className="bayu-chart__label">
              {truncateText(x, Math.max(slot * every - 4, 24), FONT)}
            </text>
          ) : null,
        )}
        {series.map((s, si) => {
          const pts = s.points.filter((p) => Number.isFinite(p.y)).map((p) => ({ x: xAt(xs.indexOf(p.x)), y: yAt(p.y) }));
          const d = pts.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join('');
          return (
            <g key={`${si}-${s.name}`} className={`bayu-chart__series bayu-chart__series--${si % SERIES_CLASSES}`}>
              <path d={d} fill="none" />
              {pts.map((p, i) => (
                <Marker key={i} shape={si} x={p.x} y={p.y} />
              ))}
            </g>
          );
        })}
      </svg>
      {series.length > 1 && (
        <ul className="bayu-chart__legend" aria-hidden="true">
          {series.map((s, si) => (
            <li key={`${si}-${s.name}`} className={`bayu-chart__series bayu-chart__series--${si % SERIES_CLASSES}`}>
              <svg width="16" height="10" viewBox="-8 -5 16 10" className="bayu-chart__swatch">
                <line x1={-8} x2={8} y1={0} y2={0} />
                <Marker shape={si} x={0} y={0} />
              </svg>
              {s.name}
            </li>
          ))}
        </ul>
      )}
      <ChartTable
        caption={title}
        headers={[t('ui.chart.item'), ...series.map((s) => s.name)]}
        rows={xs.map((x) => ({
          key: x,
          header: x,
          cells: series.map((s) => {
            const p = s.points.find((q) => q.x === x);
            return p && Number.isFinite(p.y) ? fmt(p.y) : '—';
          }),
        }))}
      />
    </ChartFigure>
  );
}
