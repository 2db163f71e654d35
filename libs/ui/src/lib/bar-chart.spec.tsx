import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BarChart } from './bar-chart';

const data = [
  { label: '渝中区', value: 0.284 },
  { label: '江北区', value: 0.351, highlight: true },
  { label: '沙坪坝区', value: 0.19 },
];
const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

describe('BarChart', () => {
  it('is an SVG image named by its title, with the values and target in a hidden table', () => {
    const { container } = render(<BarChart title="各区县高技能人才占比" data={data} format={pct} target={{ value: 0.32, label: '目标 32%' }} />);
    const img = screen.getByRole('img', { name: '各区县高技能人才占比' });
    expect(img.tagName.toLowerCase()).toBe('svg');
    expect(img.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);

    const table = screen.getByRole('table', { name: '各区县高技能人才占比' });
    expect(table).toHaveClass('visually-hidden');
    const rows = within(table).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rows).toEqual(['渝中区28.4%', '江北区35.1%', '沙坪坝区19.0%', '目标 32%32.0%']);

    expect(container.querySelectorAll('.bayu-chart__bar rect')).toHaveLength(3);
    expect(container.querySelectorAll('.bayu-chart__bar--highlight rect')).toHaveLength(1);
    expect(container.querySelector('.bayu-chart__target line')).not.toBeNull();
  });

  it('scales bar lengths to the largest value', () => {
    const { container } = render(<BarChart title="申报数" data={[{ label: 'A', value: 50 }, { label: 'B', value: 100 }]} />);
    const widths = Array.from(container.querySelectorAll('.bayu-chart__bar rect')).map((r) => Number(r.getAttribute('width')));
    expect(widths[1]).toBeGreaterThan(0);
    expect(widths[0]).toBeCloseTo((widths[1] ?? 0) / 2, 5);
    expect(screen.getByRole('table')).toHaveTextContent('A50B100');
  });

  it('draws vertical bars, and copes with no data', () => {
    const { container, rerender } = render(<BarChart title="月度培训人次" orientation="vertical" data={[{ label: '1月', value: 1200 }, { label: '2月', value: 800 }]} target={{ value: 1000, label: '月目标' }} />);
    const heights = Array.from(container.querySelectorAll('.bayu-chart__bar rect')).map((r) => Number(r.getAttribute('height')));
    expect(heights[0]).toBeGreaterThan(heights[1] ?? Infinity);
    expect(screen.getByRole('table')).toHaveTextContent('1,200');
    expect(screen.getByRole('table')).toHaveTextContent('月目标1,000');
    rerender(<BarChart title="空" data={[]} />);
    expect(screen.getByRole('img', { name: '空' })).toBeInTheDocument();
  });
});
