import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineMessages, I18nProvider, LOCALE_STORAGE_KEY, useFormat, useLocale, useT } from './i18n';

const messages = defineMessages({
  'zh-CN': { 'app.hello': '你好，{name}', 'app.title': '工匠评选' },
  en: { 'app.hello': 'Hello, {name}', 'app.title': 'Craftsman selection' },
});

// A missing English key is a compile-time error.
defineMessages({
  'zh-CN': { a: '甲', b: '乙' },
  // @ts-expect-error — 'b' has no English text
  en: { a: 'A' },
});

function Greeting() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  return (
    <div>
      <p>{t('app.hello', { name: '李师傅' })}</p>
      <p>{t('app.title')}</p>
      <p>{t('ui.loading')}</p>
      <p data-testid="missing">{t('app.nope')}</p>
      <button type="button" onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}>
        switch
      </button>
    </div>
  );
}

const wrapper = ({ children }: { children: ReactNode }) => <I18nProvider messages={messages}>{children}</I18nProvider>;

describe('i18n', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it('defaults to zh-CN, interpolates, merges ui strings and sets <html lang>', () => {
    render(<Greeting />, { wrapper });
    expect(screen.getByText('你好，李师傅')).toBeInTheDocument();
    expect(screen.getByText('工匠评选')).toBeInTheDocument();
    expect(screen.getByText('加载中…')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('returns the key itself for a missing message', () => {
    render(<Greeting />, { wrapper });
    expect(screen.getByTestId('missing')).toHaveTextContent('app.nope');
  });

  it('switches to English, re-renders and persists the choice', async () => {
    render(<Greeting />, { wrapper });
    await userEvent.click(screen.getByRole('button', { name: 'switch' }));
    expect(screen.getByText('Hello, 李师傅')).toBeInTheDocument();
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('starts in the stored locale and ignores junk in storage', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
    const { unmount } = render(<Greeting />, { wrapper });
    expect(screen.getByText('Craftsman selection')).toBeInTheDocument();
    unmount();
    localStorage.setItem(LOCALE_STORAGE_KEY, 'fr');
    render(<Greeting />, { wrapper });
    expect(screen.getByText('工匠评选')).toBeInTheDocument();
  });

  it('lets app messages override ui strings', () => {
    const custom = defineMessages({ 'zh-CN': { 'ui.retry': '再试一次' }, en: { 'ui.retry': 'Try again' } });
    const { result } = renderHook(() => useT(), { wrapper: ({ children }) => <I18nProvider messages={custom}>{children}</I18nProvider> });
    expect(result.current('ui.retry')).toBe('再试一次');
  });

  it('formats numbers, percents, dates and sizes for the locale', () => {
    const { result } = renderHook(() => ({ f: useFormat(), l: useLocale() }), { wrapper });
    expect(result.current.f.number(12345.6)).toBe('12,345.6');
    expect(result.current.f.percent(0.284)).toBe('28.4%');
    expect(result.current.f.percent(0.32)).toBe('32%');
    expect(result.current.f.percent(0.32, 1, true)).toBe('32.0%');
    expect(result.current.f.date('2025-03-05')).toBe('2025年3月5日');
    // 16:30 UTC is 00:30 the next day in Chongqing.
    expect(result.current.f.date('2025-03-05T16:30:00Z')).toBe('2025年3月6日');
    expect(result.current.f.dateTime('2025-03-05T06:30:00Z')).toMatch(/2025年3月5日.*14:30/);
    expect(result.current.f.bytes(512)).toBe('512 字节');
    expect(result.current.f.bytes(1536)).toBe('1.5 KB');
    expect(result.current.f.bytes(5 * 1024 * 1024)).toBe('5 MB');
    act(() => result.current.l.setLocale('en'));
    expect(result.current.f.date('2025-03-05')).toBe('Mar 5, 2025');
    expect(result.current.f.bytes(512)).toBe('512 B');
    expect(result.current.f.date('not a date')).toBe('not a date');
  });

  it('works without a provider (zh-CN, ui strings only)', () => {
    const { result } = renderHook(() => useT());
    expect(result.current('ui.retry')).toBe('重试');
  });
});
