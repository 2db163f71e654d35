import './styles.css';

export * from './lib/i18n';
export { uiMessages } from './lib/ui-messages';
export * from './lib/button';
export * from './lib/field';
export * from './lib/checkbox';
export * from './lib/file-field';
export * from './lib/problem';
export * from './lib/feedback';
export * from './lib/app-shell';
export * from './lib/layout';
export * from './lib/data-table';
export * from './lib/display';
export * from './lib/dialog';
export { BarChart, type BarChartProps, type BarDatum, type ChartTarget } from './lib/bar-chart';
export { LineChart, type LineChartProps, type LineSeries } from './lib/line-chart';
export * from './lib/target-progress';
export { niceTicks } from './lib/chart-utils';
