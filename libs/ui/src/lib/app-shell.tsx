import type { MouseEvent, ReactNode } from 'react';
import { Button } from './button';
import { cx } from './field';
import { useLocale, useT, type Locale } from './i18n';

export interface NavItem {
  readonly to: string;
  readonly label: string;
  readonly current?: boolean;
}

/** Extra attributes a custom link should spread (aria-current on the current page). */
export interface NavLinkProps {
  readonly 'aria-current'?: 'page';
}

export interface ShellUser {
  readonly name: string;
  readonly roleLabel?: string;
  readonly scopeLabel?: string;
}

export interface LanguageSwitchProps {
  readonly className?: string;
}

const LANGUAGES: ReadonlyArray<{ locale: Locale; key: string; lang: string }> = [
  { locale: 'zh-CN', key: 'ui.language.zh', lang: 'zh-CN' },
  { locale: 'en', key: 'ui.language.en', lang: 'en' },
];

/** 中文 / English: a pair of toggle buttons (aria-pressed) bound to the I18nProvider. */
export function LanguageSwitch({ className }: LanguageSwitchProps) {
  const t = useT();
  const { locale, setLocale } = useLocale();
  return (
    <div className={cx('bayu-lang', className)} role="group" aria-label={t('ui.language.label')}>
      {LANGUAGES.map((l) => (
        <button key={l.locale} type="button" className="bayu-lang__button" lang={l.lang} aria-pressed={locale === l.locale} onClick={() => setLocale(l.locale)}>
          {t(l.key)}
        </button>
      ))}
    </div>
  );
}

export interface AppShellProps {
  /** App name, already translated. */
  readonly title: string;
  readonly subtitle?: string;
  readonly nav: ReadonlyArray<NavItem>;
  readonly user?: ShellUser | null;
  readonly onSignOut?: () => void;
  readonly onSignIn?: () => void;
  /** Renders a nav link (e.g. react-router's `<Link to={item.to} className={className} {...props}>`); defaults to `<a href>`. */
  readonly renderLink?: (item: NavItem, className: string, props: NavLinkProps) => ReactNode;
  /** Extra header content (before the language switch). */
  readonly headerExtra?: ReactNode;
  readonly children: ReactNode;
}

function focusMain(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById('main');
  if (!main) return;
  event.preventDefault(); // keep the URL (hash routers) untouched
  main.focus();
  main.scrollIntoView?.();
}

/**
 * The page frame of every agency app: skip link, header (title, language switch, user and sign-in/out),
 * main navigation (a scrollable row on phones, a sidebar on wide screens) and `<main id="main">`.
 */
export function AppShell({ title, subtitle, nav, user, onSignOut, onSignIn, renderLink, headerExtra, children }: AppShellProps) {
  const t = useT();
  return (
    <div className="bayu-shell">
      <a className="bayu-skip-link" href="#main" onClick={focusMain}>
        {t('ui.skipToMain')}
      </a>
      <header className="bayu-shell__header">
        <div className="bayu-shell__brand">
          <span className="bayu-shell__title">{title}</span>
          {subtitle && <span className="bayu-shell__subtitle">{subtitle}</span>}
        </div>
        <div className="bayu-shell__tools">
          {headerExtra}
          <LanguageSwitch />
          {user ? (
            <div className="bayu-shell__user" aria-label={t('ui.user.label')} role="group">
              <span className="bayu-shell__user-text">
                <span className="bayu-shell__user-name">{user.name}</span>
                {(user.roleLabel || user.scopeLabel) && (
                  <span className="bayu-shell__user-meta">{[user.roleLabel, user.scopeLabel].filter(Boolean).join(' · ')}</span>
                )}
              </span>
              {onSignOut && (
                <Button variant="secondary" className="bayu-button--small" onClick={onSignOut}>
                  {t('ui.signOut')}
                </Button>
              )}
            </div>
          ) : (
            onSignIn && (
              <Button variant="primary" className="bayu-button--small" onClick={onSignIn}>
                {t('ui.signIn')}
              </Button>
            )
          )}
        </div>
      </header>
      <div className="bayu-shell__body">
        {nav.length > 0 && (
          <nav className="bayu-shell__nav" aria-label={t('ui.nav.label')}>
            <ul className="bayu-nav">
              {nav.map((item) => {
                const className = cx('bayu-nav__link', item.current && 'bayu-nav__link--current');
                const props: NavLinkProps = item.current ? { 'aria-current': 'page' } : {};
                return (
                  <li key={item.to} className="bayu-nav__item">
                    {renderLink ? (
                      renderLink(item, className, props)
                    ) : (
                      <a href={item.to} className={className} {...props}>
                        {item.label}
                      </a>
                    )}
                  </li>
                );
              })}
            </ul>
          </nav>
        )}
        <main id="main" className="bayu-shell__main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}
