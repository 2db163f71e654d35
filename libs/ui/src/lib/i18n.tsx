import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { uiMessages } from './ui-messages';

/** The two UI languages: Chinese first (the default), English second. */
export type Locale = 'zh-CN' | 'en';

export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
export const DEFAULT_LOCALE: Locale = 'zh-CN';
/** localStorage key holding the user's chosen locale. */
export const LOCALE_STORAGE_KEY = 'bayu.locale';

/** A message bundle: the same keys in both languages. */
export type MessageBundle = { readonly 'zh-CN': Readonly<Record<string, string>>; readonly en: Readonly<Record<string, string>> };

/**
 * Declares an app's messages. The Chinese object defines the keys; the English one must have exactly the
 * same keys (a missing or extra key is a type error).
 */
export function defineMessages<Z extends Record<string, string>>(messages: { 'zh-CN': Z; en: Record<keyof Z, string> }): { 'zh-CN': Z; en: Record<keyof Z, string> } {
  return messages;
}

export type TranslateParams = Readonly<Record<string, string | number>>;
export type Translate = (key: string, params?: TranslateParams) => string;

interface I18nContextValue {
  readonly locale: Locale;
  readonly setLocale: (locale: Locale) => void;
  readonly messages: MessageBundle;
}

const I18nContext = createContext<I18nContextValue>({
  locale: DEFAULT_LOCALE,
  setLocale: () => undefined,
  messages: uiMessages,
});

function isLocale(value: unknown): value is Locale {
  return value === 'zh-CN' || value === 'en';
}

function readStoredLocale(): Locale | null {
  try {
    const stored = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY);
    return isLocale(stored) ? stored : null;
  } catch {
    return null; // storage disabled (private mode, sandboxed iframe)
  }
}

function storeLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
}

export interface I18nProviderProps {
  /** The app's messages from `defineMessages`; the design system's own `ui.*` strings are merged in (the app's win). */
  readonly messages?: MessageBundle;
  /** Locale used when the user has not chosen one yet. Defaults to zh-CN. */
  readonly defaultLocale?: Locale;
  readonly children: ReactNode;
}

export function I18nProvider({ messages, defaultLocale = DEFAULT_LOCALE, children }: I18nProviderProps) {
  const [locale, setLocaleState] = useState<Locale>(() => readStoredLocale() ?? defaultLocale);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    storeLocale(next);
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  // Keep tabs of the same app in step when the user switches language in another one.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === LOCALE_STORAGE_KEY && isLocale(event.newValue)) setLocaleState(event.newValue);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  const merged = useMemo<MessageBundle>(
    () => ({ 'zh-CN': { ...uiMessages['zh-CN'], ...messages?.['zh-CN'] }, en: { ...uiMessages.en, ...messages?.en } }),
    [messages],
  );

  const value = useMemo(() => ({ locale, setLocale, messages: merged }), [locale, setLocale, merged]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

const warned = new Set<string>();

/** Replaces `{name}` placeholders; unknown placeholders are left as they are. */
export function interpolate(template: string, params?: TranslateParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : match));
}

export function translate(messages: MessageBundle, locale: Locale, key: string, params?: TranslateParams): string {
  const template = messages[locale][key];
  if (template === undefined) {
    if (import.meta.env?.DEV && !warned.has(`${locale}:${key}`)) {
      warned.add(`${locale}:${key}`);
      // eslint-disable-next-line no-console
      console.warn(`[i18n] missing message "${key}" for ${locale}`);
    }
    return key;
  }
  return interpolate(template, params);
}

/** `t(key, params?)` for the current locale; a missing key returns the key itself. */
export function useT(): Translate {
  const { locale, messages } = useContext(I18nContext);
  return useCallback((key: string, params?: TranslateParams) => translate(messages, locale, key, params), [messages, locale]);
}

export function useLocale(): { locale: Locale; setLocale: (locale: Locale) => void } {
  const { locale, setLocale } = useContext(I18nContext);
  return useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
}

export interface Formatters {
  number(n: number, options?: Intl.NumberFormatOptions): string;
  /** A ratio (0.284) as a percentage ("28.4%"); up to `digits` decimals, or exactly `digits` when `fixed`. */
  percent(ratio: number, digits?: number, fixed?: boolean): string;
  /** Calendar date ("2025年3月5日" / "Mar 5, 2025"), in China Standard Time. */
  date(value: string | Date | number): string;
  /** Date and time ("2025年3月5日 14:30" / "Mar 5, 2025, 2:30 PM"), in China Standard Time. */
  dateTime(value: string | Date | number): string;
  /** File size ("1.5 MB"), 1024-based. */
  bytes(n: number): string;
}

/** Chongqing's time zone: timestamps read the same for every user wherever their browser is set. */
export const TIME_ZONE = 'Asia/Shanghai';
const SIZE_UNITS = ['b', 'kb', 'mb', 'gb', 'tb'] as const;
/** Date-only ISO strings ("2025-03-05") are calendar dates, not instants: never shift them by time zone. */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export function createFormatters(locale: Locale, t: Translate): Formatters {
  const toDate = (value: string | Date | number) => (value instanceof Date ? value : new Date(value));
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: TIME_ZONE });
  const dateOnlyFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE });
  const safe = (value: string | Date | number, format: Intl.DateTimeFormat) => {
    const d = toDate(value);
    return Number.isNaN(d.getTime()) ? String(value) : format.format(d);
  };
  return {
    number: (n, options) => new Intl.NumberFormat(locale, options).format(n),
    percent: (ratio, digits = 1, fixed = false) =>
      new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: fixed ? digits : 0 }).format(ratio),
    date: (value) => safe(value, typeof value === 'string' && DATE_ONLY.test(value) ? dateOnlyFormat : dateFormat),
    dateTime: (value) => safe(value, dateTimeFormat),
    bytes: (n) => {
      let unit = 0;
      let size = Math.max(0, n);
      while (size >= 1024 && unit < SIZE_UNITS.length - 1) {
        size /= 1024;
        unit += 1;
      }
      const value = new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(size);
      return t(`ui.size.${SIZE_UNITS[unit]}`, { n: value });
    },
  };
}

/** Locale-aware number, percent, date and file-size formatting. */
export function useFormat(): Formatters {
  const { locale } = useContext(I18nContext);
  const t = useT();
  return useMemo(() => createFormatters(locale, t), [locale, t]);
}
