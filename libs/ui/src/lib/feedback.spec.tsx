import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Alert, Badge, EmptyState, ErrorState, Loading, ProgressBar } from './feedback';

describe('Alert', () => {
  it('uses role="alert" for errors and role="status" otherwise', () => {
    const { rerender } = render(<Alert tone="error" title="提交失败">请稍后重试</Alert>);
    expect(screen.getByRole('alert')).toHaveTextContent('提交失败请稍后重试');
    rerender(<Alert tone="success" title="已提交" />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('已提交');
    expect(screen.getByRole('status')).toHaveClass('bayu-alert--success');
  });
});

describe('Loading / EmptyState / Badge', () => {
  it('announces loading with a default localized label', () => {
    render(<Loading />);
    expect(screen.getByRole('status')).toHaveTextContent('加载中…');
  });

  it('renders an empty state with its action', () => {
    render(<EmptyState title="暂无申报" action={<button type="button">新建申报</button>}>点击下方按钮开始</EmptyState>);
    expect(screen.getByText('暂无申报')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '新建申报' })).toBeInTheDocument();
  });

  it('renders a toned badge', () => {
    render(<Badge tone="warning">待审核</Badge>);
    expect(screen.getByText('待审核')).toHaveClass('bayu-badge', 'bayu-badge--warning');
  });
});

describe('ErrorState', () => {
  it('shows a problem and retries', async () => {
    const onRetry = vi.fn();
    render(<ErrorState problem={{ title: '无权访问', detail: '您没有查看该单位数据的权限', status: 403 }} onRetry={onRetry} />);
    expect(screen.getByRole('alert')).toHaveTextContent('无权访问');
    expect(screen.getByText('您没有查看该单位数据的权限')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('reads an Error, and falls back to generic text', () => {
    const { rerender } = render(<ErrorState problem={new Error('Failed to fetch')} />);
    expect(screen.getByText('出错了')).toBeInTheDocument();
    expect(screen.getByText('Failed to fetch')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
    rerender(<ErrorState problem={Object.assign(new Error('HTTP 409'), { problem: { title: '推荐已提交', detail: '不能重复提交' } })} />);
    expect(screen.getByText('推荐已提交')).toBeInTheDocument();
    expect(screen.getByText('不能重复提交')).toBeInTheDocument();
    rerender(<ErrorState />);
    expect(screen.getByText('请稍后重试。')).toBeInTheDocument();
  });
});

describe('ProgressBar', () => {
  it('exposes its value through ARIA', () => {
    render(<ProgressBar label="上传进度" value={30} max={120} />);
    const bar = screen.getByRole('progressbar', { name: '上传进度' });
    expect(bar).toHaveAttribute('aria-valuenow', '30');
    expect(bar).toHaveAttribute('aria-valuemin', '0');
    expect(bar).toHaveAttribute('aria-valuemax', '120');
    expect(bar).toHaveAttribute('aria-valuetext', '25%');
    expect(screen.getByText('25%')).toBeInTheDocument();
  });

  it('clamps out-of-range values and is indeterminate without a value', () => {
    const { rerender } = render(<ProgressBar label="导入" value={150} />);
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
    rerender(<ProgressBar label="导入" />);
    expect(screen.getByRole('progressbar')).not.toHaveAttribute('aria-valuenow');
    rerender(<ProgressBar label="导入" value={40} showPercent={false} />);
    expect(screen.queryByText('40%')).toBeNull();
  });
});
