import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { niceTicks } from './chart-utils';
import { LineChart } from './line-chart';

describe('LineChart', () => {
  it('draws one path per series and repeats the data in a hidden table', () => {
    const { container } = render(
      <LineChart
        title="月度新增登记"
        series={[
          { name: '2024年', points: [{ x: '1月', y: 120 }, { x: '2月', y: 90 }, { x: '3月', y: 150 }] },
          { name: '2025年', points: [{ x: '1月', y: 140 }, { x: '3月', y: 180 }] },
        ]}
      />,
    );
    expect(screen.getByRole('img', { name: '月度新增登记' })).toBeInTheDocument();
    expect(container.querySelectorAll('.bayu-chart__svg .bayu-chart__series > path[fill="none"]')).toHaveLength(2);
    const table = screen.getByRole('table', { name: '月度新增登记' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['项目', '2024年', '2025年']);
    const rows = within(table).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rows).toEqual(['1月120140', '2月90—', '3月150180']);
  });

  it('picks round axis ticks', () => {
    expect(niceTicks(0, 180)).toEqual([0, 50, 100, 150, 200]);
    expect(niceTicks(0, 0.35)).toEqual([0, 0.1, 0.2, 0.3, 0.4]);
    expect(niceTicks(0, 0)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
});
