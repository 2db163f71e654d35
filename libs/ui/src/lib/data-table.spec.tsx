import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DataTable, pageWindow, Pagination, type DataTableColumn } from './data-table';

interface Person {
  id: string;
  name: string;
  score: number;
}

const columns: Array<DataTableColumn<Person>> = [
  { key: 'name', header: '姓名', render: (p) => p.name, isRowHeader: true },
  { key: 'score', header: '得分', render: (p) => p.score, align: 'end' },
];

describe('DataTable', () => {
  it('renders a captioned table with column headers and rows', () => {
    render(<DataTable caption="候选人" columns={columns} rows={[{ id: '1', name: '张伟', score: 92 }, { id: '2', name: '陈静', score: 88 }]} rowKey={(p) => p.id} />);
    const table = screen.getByRole('table', { name: '候选人' });
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual(['姓名', '得分']);
    headers.forEach((h) => expect(h).toHaveAttribute('scope', 'col'));
    expect(within(table).getByRole('rowheader', { name: '张伟' })).toHaveAttribute('scope', 'row');
    expect(within(table).getByRole('cell', { name: '92' })).toHaveClass('bayu-table__cell--end');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByRole('region', { name: '候选人' })).toHaveAttribute('tabindex', '0');
  });

  it('shows the default or a custom empty state', () => {
    const { rerender } = render(<DataTable caption="候选人" columns={columns} rows={[]} rowKey={(p) => p.id} />);
    expect(screen.getByRole('cell', { name: '暂无数据' })).toHaveAttribute('colspan', '2');
    rerender(<DataTable caption="候选人" columns={columns} rows={[]} rowKey={(p) => p.id} empty="还没有推荐任何人" />);
    expect(screen.getByText('还没有推荐任何人')).toBeInTheDocument();
  });

  it('shows loading instead of the empty state, and marks the table busy', () => {
    render(<DataTable caption="候选人" columns={columns} rows={[]} rowKey={(p) => p.id} loading />);
    expect(screen.getByRole('status')).toHaveTextContent('加载中…');
    expect(screen.queryByText('暂无数据')).toBeNull();
    expect(screen.getByRole('table')).toHaveAttribute('aria-busy', 'true');
  });
});

describe('Pagination', () => {
  it('computes a window of pages with gaps', () => {
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(pageWindow(1, 10)).toEqual([1, 2, null, 10]);
  });

  it('shows the range, marks the current page and moves between pages', async () => {
    const onPage = vi.fn();
    render(<Pagination page={2} pageSize={20} total={135} onPage={onPage} />);
    const nav = screen.getByRole('navigation', { name: '分页' });
    expect(nav).toHaveTextContent('第 21–40 条，共 135 条');
    expect(within(nav).getByRole('button', { name: '第 2 页' })).toHaveAttribute('aria-current', 'page');
    await userEvent.click(within(nav).getByRole('button', { name: '下一页' }));
    expect(onPage).toHaveBeenLastCalledWith(3);
    await userEvent.click(within(nav).getByRole('button', { name: '上一页' }));
    expect(onPage).toHaveBeenLastCalledWith(1);
    await userEvent.click(within(nav).getByRole('button', { name: '第 7 页' }));
    expect(onPage).toHaveBeenLastCalledWith(7);
  });

  it('disables steps at the ends and hides buttons for a single page', () => {
    const { rerender } = render(<Pagination page={1} pageSize={20} total={45} onPage={() => undefined} />);
    expect(screen.getByRole('button', { name: '上一页' })).toBeDisabled();
    rerender(<Pagination page={3} pageSize={20} total={45} onPage={() => undefined} />);
    expect(screen.getByRole('button', { name: '下一页' })).toBeDisabled();
    rerender(<Pagination page={1} pageSize={20} total={0} onPage={() => undefined} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText('第 0–0 条，共 0 条')).toBeInTheDocument();
  });
});
