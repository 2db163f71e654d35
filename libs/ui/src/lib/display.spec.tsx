import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DescriptionList, Timeline } from './display';

describe('DescriptionList', () => {
  it('pairs terms and details, with a dash for empty details', () => {
    render(<DescriptionList items={[{ term: '姓名', detail: '张伟' }, { term: '工种', detail: '' }]} />);
    const terms = screen.getAllByRole('term').map((t) => t.textContent);
    const details = screen.getAllByRole('definition').map((d) => d.textContent);
    expect(terms).toEqual(['姓名', '工种']);
    expect(details).toEqual(['张伟', '—']);
  });
});

describe('Timeline', () => {
  it('is an ordered list of events with actor, formatted time and status', () => {
    render(
      <Timeline
        label="推荐审核记录"
        items={[
          { key: '1', title: '单位推荐', actor: '重庆建工集团', time: '2025-03-05T06:30:00Z', tone: 'success', status: '已提交' },
          { key: '2', title: '区县审核', actor: '渝中区人社局', time: '审核中', tone: 'info', body: <p>材料齐全</p> },
          { key: '3', title: '市级评审', time: '2025-04-01' },
        ]}
      />,
    );
    const list = screen.getByRole('list', { name: '推荐审核记录' });
    expect(list.tagName).toBe('OL');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('单位推荐');
    expect(items[0]).toHaveTextContent('已提交');
    expect(items[0]?.querySelector('time')).toHaveAttribute('datetime', '2025-03-05T06:30:00Z');
    expect(items[0]?.querySelector('time')?.textContent).toMatch(/14:30/);
    expect(items[1]).toHaveTextContent('渝中区人社局');
    expect(items[1]).toHaveTextContent('材料齐全');
    expect(items[1]).toHaveClass('bayu-timeline__item--info');
    expect(items[1]?.querySelector('time')).toBeNull();
    expect(items[2]?.querySelector('time')).toHaveTextContent('2025年4月1日');
  });
});
