import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { OidcSession, type SessionState } from './oidc-session';
import type { SignedInUser } from './user';

export interface AuthContextValue {
  readonly state: SessionState;
  readonly user: SignedInUser | null;
  readonly session: OidcSession;
  login(returnTo?: string): Promise<void>;
  logout(): Promise<void>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

/** Starts the session (finishing a login redirect if there is one) and re-renders on every change. */
export function AuthProvider({ session, children }: { session: OidcSession; children: ReactNode }) {
  const [state, setState] = useState<SessionState>(session.state);
  useEffect(() => {
    const unsubscribe = session.subscribe(setState);
    if (session.state.status === 'loading') void session.start();
    return unsubscribe;
  }, [session]);
  const value = useMemo<AuthContextValue>(
    () => ({
      state,
      user: state.status === 'signed-in' ? state.user : null,
      session,
      login: (returnTo) => session.login(returnTo),
      logout: () => session.logout(),
    }),
    [state, session],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth needs an <AuthProvider>');
  return value;
}
