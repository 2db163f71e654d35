import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppShell, type AppShellProps } from './app-shell';
import { I18nProvider } from './i18n';

const nav = [
  { to: '/', label: '工作台', current: true },
  { to: '/nominations', label: '推荐管理' },
];

function renderShell(props: Partial<AppShellProps> = {}) {
  return render(
    <I18nProvider>
      <AppShell title="巴渝工匠评选" subtitle="市人力社保局" nav={nav} user={{ name: '王芳', roleLabel: '审核员', scopeLabel: '渝中区' }} onSignOut={() => undefined} {...props}>
        <h1>工作台</h1>
      </AppShell>
    </I18nProvider>,
  );
}

describe('AppShell', () => {
  beforeEach(() => localStorage.clear());

  it('has a skip link that moves focus to <main id="main">', async () => {
    renderShell();
    const skip = screen.getByRole('link', { name: '跳到主要内容' });
    expect(skip).toHaveAttribute('href', '#main');
    await userEvent.click(skip);
    const main = screen.getByRole('main');
    expect(main).toHaveAttribute('id', 'main');
    expect(main).toHaveAttribute('tabindex', '-1');
    expect(main).toHaveFocus();
  });

  it('renders the labelled navigation with the current page marked', () => {
    renderShell();
    const navigation = screen.getByRole('navigation', { name: '主导航' });
    expect(within(navigation).getByRole('link', { name: '工作台' })).toHaveAttribute('aria-current', 'page');
    expect(within(navigation).getByRole('link', { name: '推荐管理' })).not.toHaveAttribute('aria-current');
    expect(within(navigation).getByRole('link', { name: '推荐管理' })).toHaveAttribute('href', '/nominations');
  });

  it('uses renderLink for custom links', () => {
    renderShell({ renderLink: (item, className, props) => <button type="button" className={className} {...props}>{`→${item.label}`}</button> });
    expect(screen.getByRole('button', { name: '→工作台' })).toHaveAttribute('aria-current', 'page');
  });

  it('shows the user and calls onSignOut', async () => {
    const onSignOut = vi.fn();
    renderShell({ onSignOut });
    expect(screen.getByText('王芳')).toBeInTheDocument();
    expect(screen.getByText('审核员 · 渝中区')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '退出登录' }));
    expect(onSignOut).toHaveBeenCalledOnce();
  });

  it('offers sign-in when nobody is signed in', async () => {
    const onSignIn = vi.fn();
    renderShell({ user: null, onSignIn });
    expect(screen.queryByRole('button', { name: '退出登录' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '登录' }));
    expect(onSignIn).toHaveBeenCalledOnce();
  });

  it('switches language with a pressed-state button pair', async () => {
    renderShell();
    const zh = screen.getByRole('button', { name: '中文' });
    const en = screen.getByRole('button', { name: 'English' });
    expect(zh).toHaveAttribute('aria-pressed', 'true');
    expect(en).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(en);
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: '中文' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
    expect(localStorage.getItem('bayu.locale')).toBe('en');
  });
});
