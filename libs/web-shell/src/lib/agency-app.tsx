import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { findDistrict } from '@bayu/reference';
import { AppShell, Alert, Button, Card, Loading, useLocale, useT } from '@bayu/ui';
import { hasAnyRole, useAuth, type PlatformRole, type SignedInUser } from '@bayu/web-auth';

export interface AgencyNavItem {
  readonly to: string;
  /** i18n key of the label. */
  readonly label: string;
  /** Shown only to these roles; every role of the app when absent. */
  readonly roles?: readonly PlatformRole[];
}

export interface AgencyAppProps {
  /** i18n keys. */
  readonly title: string;
  readonly subtitle?: string;
  /** Who may use the app at all; the API still decides every call. */
  readonly roles: readonly PlatformRole[];
  readonly nav: readonly AgencyNavItem[];
  readonly children: ReactNode;
}

function useScopeLabel(user: SignedInUser): string | undefined {
  const { locale } = useLocale();
  const district = user.districtCode ? findDistrict(user.districtCode) : undefined;
  if (district) return locale === 'en' ? district.nameEn : district.nameZh;
  return user.departmentCode ?? user.employerId;
}

/**
 * The frame of every signed-in agency app: sign-in landing, "no access" for users without the app's roles,
 * then the app shell with the navigation the user's role allows.
 */
export function AgencyApp({ title, subtitle, roles, nav, children }: AgencyAppProps) {
  const { state, user, login, logout } = useAuth();
  const t = useT();
  const location = useLocation();

  if (state.status === 'loading') return <Loading label={t('shell.signingIn')} />;
  if (!user) {
    return (
      <AppShell title={t(title)} subtitle={subtitle ? t(subtitle) : undefined} nav={[]} user={null} onSignIn={() => void login(`#${location.pathname}`)}>
        <Card title={t('shell.signInTitle')}>
          <p>{t('shell.signInBody')}</p>
          {state.status === 'signed-out' && state.error ? <Alert tone="error">{t('shell.signInFailed', { reason: state.error })}</Alert> : null}
          <Button onClick={() => void login(`#${location.pathname}`)}>{t('shell.signIn')}</Button>
        </Card>
      </AppShell>
    );
  }
  return <SignedIn title={title} subtitle={subtitle} roles={roles} nav={nav} user={user} onSignOut={() => void logout()} pathname={location.pathname}>{children}</SignedIn>;
}

function SignedIn(props: AgencyAppProps & { user: SignedInUser; onSignOut: () => void; pathname: string }) {
  const t = useT();
  const scope = useScopeLabel(props.user);
  const role = props.roles.find((r) => props.user.roles.includes(r));
  const shellUser = { name: props.user.displayName, roleLabel: role ? t(`role.${role}`) : undefined, scopeLabel: scope };
  const allowed = hasAnyRole(props.user, props.roles);
  const nav = allowed
    ? props.nav
        .filter((item) => !item.roles || hasAnyRole(props.user, item.roles))
        .map((item) => ({ to: item.to, label: t(item.label), current: item.to === '/' ? props.pathname === '/' : props.pathname.startsWith(item.to) }))
    : [];
  return (
    <AppShell
      title={t(props.title)}
      subtitle={props.subtitle ? t(props.subtitle) : undefined}
      nav={nav}
      user={shellUser}
      onSignOut={props.onSignOut}
      renderLink={(item, className) => (
        <Link to={item.to} className={className} aria-current={item.current ? 'page' : undefined}>
          {item.label}
        </Link>
      )}
    >
      {allowed ? (
        props.children
      ) : (
        <Card title={t('shell.forbiddenTitle')}>
          <p>{t('shell.forbiddenBody', { user: props.user.username })}</p>
        </Card>
      )}
    </AppShell>
  );
}
