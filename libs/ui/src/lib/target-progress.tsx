import { ChartTable } from './chart-utils';
import { cx } from './field';
import { useFormat, useT } from './i18n';

export interface TargetProgressProps {
  readonly label: string;
  /** Achieved ratio, 0..1 (may exceed 1). */
  readonly value: number;
  /** Target ratio, 0..1. */
  readonly target: number;
  /** Formats a ratio; defaults to a percentage with up to one decimal ("28.4%"). */
  readonly format?: (ratio: number) => string;
  readonly className?: string;
}

/** A bar with a marker at the target and the text "28.4% / 目标 32%". */
export function TargetProgress({ label, value, target, format: formatProp, className }: TargetProgressProps) {
  const t = useT();
  const format = useFormat();
  const fmt = formatProp ?? ((r: number) => format.percent(r, 1));
  const safeValue = Number.isFinite(value) ? Math.max(value, 0) : 0;
  const safeTarget = Number.isFinite(target) ? Math.max(target, 0) : 0;
  const scale = Math.max(1, safeValue, safeTarget);
  const met = safeValue >= safeTarget;
  const text = t('ui.targetProgress.text', { value: fmt(safeValue), target: fmt(safeTarget) });
  const status = t(met ? 'ui.targetProgress.met' : 'ui.targetProgress.below');
  const valueX = (safeValue / scale) * 100;
  const targetX = (safeTarget / scale) * 100;
  return (
    <figure className={cx('bayu-chart', 'bayu-target', met ? 'bayu-target--met' : 'bayu-target--below', className)}>
      <figcaption className="bayu-target__header">
        <span className="bayu-target__label">{label}</span>
        <span className="bayu-target__text">{text}</span>
      </figcaption>
      <svg className="bayu-target__svg" viewBox="0 0 100 16" preserveAspectRatio="none" role="img" aria-label={`${label}：${text}（${status}）`}>
        <rect className="bayu-target__track" x={0} y={3} width={100} height={10} rx={1} />
        <rect className="bayu-target__fill" x={0} y={3} width={valueX} height={10} rx={1} />
        <line className="bayu-target__marker" x1={targetX} x2={targetX} y1={0} y2={16} vectorEffect="non-scaling-stroke" />
      </svg>
      <ChartTable
        caption={label}
        headers={[t('ui.chart.item'), t('ui.chart.value')]}
        rows={[
          { key: 'current', header: t('ui.chart.current'), cells: [fmt(safeValue)] },
          { key: 'target', header: t('ui.chart.target'), cells: [fmt(safeTarget)] },
        ]}
      />
    </figure>
  );
}
