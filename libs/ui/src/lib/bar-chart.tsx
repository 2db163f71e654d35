import { useRef } from 'react';
import { ChartFigure, ChartTable, estimateTextWidth, truncateText, useMeasuredWidth } from './chart-utils';
import { cx } from './field';
import { useFormat, useT } from './i18n';

export interface BarDatum {
  readonly label: string;
  readonly value: number;
  readonly highlight?: boolean;
}

export interface ChartTarget {
  readonly value: number;
  /** Text drawn beside the dashed line, e.g. "目标 32%". */
  readonly label: string;
}

export interface BarChartProps {
  readonly title: string;
  readonly data: ReadonlyArray<BarDatum>;
  readonly format?: (value: number) => string;
  readonly orientation?: 'horizontal' | 'vertical';
  readonly target?: ChartTarget;
  /** Keep the title for assistive technology only. */
  readonly hideTitle?: boolean;
  readonly className?: string;
}

const FONT = 13;

type Anchor = 'start' | 'middle' | 'end';
interface TextSpot {
  readonly x: number;
  readonly y: number;
  readonly anchor: Anchor;
  readonly baseline: 'central' | 'auto';
}
interface Line {
  readonly x1: number;
  readonly x2: number;
  readonly y1: number;
  readonly y2: number;
}
interface Layout {
  readonly height: number;
  readonly axis?: Line;
  readonly bars: ReadonlyArray<{ rect: { x: number; y: number; width: number; height: number }; label: TextSpot & { text: string }; value: TextSpot }>;
  readonly target?: { line: Line; label: TextSpot & { text: string } };
}

/** Bars (horizontal by default) with optional dashed target line; values are also in a hidden table. */
export function BarChart({ title, data, format: formatProp, orientation = 'horizontal', target, hideTitle, className }: BarChartProps) {
  const t = useT();
  const format = useFormat();
  const fmt = formatProp ?? ((v: number) => format.number(v));
  const ref = useRef<HTMLElement>(null);
  const width = Math.max(useMeasuredWidth(ref), 240);
  const max = Math.max(0, target?.value ?? 0, ...data.map((d) => d.value)) || 1;
  const scale = (v: number) => Math.max(0, v) / max;

  const layout = orientation === 'horizontal' ? horizontal() : vertical();

  function horizontal(): Layout {
    const row = 34;
    const bar = 22;
    const top = target ? 22 : 4;
    const labelWidth = Math.min(Math.max(...data.map((d) => estimateTextWidth(d.label, FONT)), 40), width * 0.38);
    const valueWidth = Math.max(...data.map((d) => estimateTextWidth(fmt(d.value), FONT)), 30) + 8;
    const x0 = labelWidth + 10;
    const plot = Math.max(width - x0 - valueWidth, 40);
    const height = top + data.length * row + 4;
    const targetX = target ? x0 + scale(target.value) * plot : 0;
    return {
      height,
      bars: data.map((d, i) => {
        const y = top + i * row;
        const w = scale(d.value) * plot;
        return {
          rect: { x: x0, y: y + (row - bar) / 2, width: w, height: bar },
          label: { x: labelWidth, y: y + row / 2, anchor: 'end', baseline: 'central', text: truncateText(d.label, labelWidth, FONT) },
          value: { x: x0 + w + 4, y: y + row / 2, anchor: 'start', baseline: 'central' },
        };
      }),
      target: target && {
        line: { x1: targetX, x2: targetX, y1: top - 4, y2: height },
        label: { x: targetX, y: 12, anchor: targetX > width - 60 ? 'end' : targetX < 60 ? 'start' : 'middle', baseline: 'auto', text: target.label },
      },
    };
  }

  function vertical(): Layout {
    const height = Math.round(Math.min(Math.max(width * 0.5, 200), 320));
    const top = 24;
    const bottom = 28;
    const plot = height - top - bottom;
    const slot = width / Math.max(data.length, 1);
    const bar = Math.min(slot * 0.6, 64);
    const targetY = target ? top + plot - scale(target.value) * plot : 0;
    return {
      height,
      axis: { x1: 0, x2: width, y1: top + plot, y2: top + plot },
      bars: data.map((d, i) => {
        const h = scale(d.value) * plot;
        const mid = slot * i + slot / 2;
        return {
          rect: { x: mid - bar / 2, y: top + plot - h, width: bar, height: h },
          label: { x: mid, y: height - 8, anchor: 'middle', baseline: 'auto', text: truncateText(d.label, slot - 4, FONT) },
          value: { x: mid, y: top + plot - h - 6, anchor: 'middle', baseline: 'auto' },
        };
      }),
      target: target && {
        line: { x1: 0, x2: width, y1: targetY, y2: targetY },
        label: { x: width - 2, y: targetY - 6, anchor: 'end', baseline: 'auto', text: target.label },
      },
    };
  }

  const barClass = (d: BarDatum) => cx('bayu-chart__bar', d.highlight && 'bayu-chart__bar--highlight');

  return (
    <ChartFigure title={title} hideTitle={hideTitle} className={cx('bayu-bar-chart', className)} ref={ref}>
      <svg className="bayu-chart__svg" viewBox={`0 0 ${width} ${layout.height}`} role="img" aria-label={title} preserveAspectRatio="xMinYMin meet">
        {layout.axis && <line className="bayu-chart__axis" {...layout.axis} />}
        {/* Layers: bars, then the target line, then text on top (with a halo) so nothing hides a number. */}
        {data.map((d, i) => (
          <g key={`${i}-${d.label}`} className={barClass(d)}>
            <rect {...layout.bars[i]?.rect} rx={2} />
          </g>
        ))}
        {layout.target && (
          <g className="bayu-chart__target">
            <line {...layout.target.line} />
          </g>
        )}
        {data.map((d, i) => {
          const b = layout.bars[i];
          if (!b) return null;
          return (
            <g key={`${i}-${d.label}`} className={barClass(d)}>
              <text x={b.label.x} y={b.label.y} textAnchor={b.label.anchor} dominantBaseline={b.label.baseline} className="bayu-chart__label">
                {b.label.text}
              </text>
              <text x={b.value.x} y={b.value.y} textAnchor={b.value.anchor} dominantBaseline={b.value.baseline} className="bayu-chart__value">
                {fmt(d.value)}
              </text>
            </g>
          );
        })}
        {layout.target && (
          <text x={layout.target.label.x} y={layout.target.label.y} textAnchor={layout.target.label.anchor} className="bayu-chart__target-label">
            {layout.target.label.text}
          </text>
        )}
      </svg>
      <ChartTable
        caption={title}
        headers={[t('ui.chart.item'), t('ui.chart.value')]}
        rows={data.map((d, i) => ({ key: `${i}-${d.label}`, header: d.label, cells: [fmt(d.value)] }))}
        footer={target ? { header: target.label, cells: [fmt(target.value)] } : undefined}
      />
    </ChartFigure>
  );
}
