import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';
import { ApiProblem } from '@bayu/api-client';
import { I18nProvider, type defineMessages } from '@bayu/ui';
import { AuthProvider, loadWebConfig, OidcSession } from '@bayu/web-auth';
import { ApiProvider } from './api-context';
import { shellMessages } from './messages';

type Messages = ReturnType<typeof defineMessages>;

/** Problems a retry cannot fix (bad input, no permission, not found) are not retried. */
function retry(failures: number, error: unknown): boolean {
  if (error instanceof ApiProblem && error.status >= 400 && error.status < 500) return false;
  return failures < 2;
}

/**
 * Boots an agency app: reads config.json, starts the SSO session (finishing a login redirect), and mounts
 * the app inside i18n, the session, the typed API client, react-query and a hash router (any static host
 * serves it; the SSO redirect lands on the page itself).
 */
export async function startWebApp(options: { messages: Messages; App: ComponentType; element?: HTMLElement }): Promise<void> {
  const element = options.element ?? document.getElementById('root');
  if (!element) throw new Error('no #root element');
  const root = createRoot(element);
  try {
    const config = await loadWebConfig();
    const session = new OidcSession({ realmUrl: config.realmUrl, clientId: config.clientId });
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry, staleTime: 15_000, refetchOnWindowFocus: false } } });
    const messages = { 'zh-CN': { ...shellMessages['zh-CN'], ...options.messages['zh-CN'] }, en: { ...shellMessages.en, ...options.messages.en } };
    const { App } = options;
    root.render(
      <StrictMode>
        <I18nProvider messages={messages}>
          <AuthProvider session={session}>
            <ApiProvider config={config}>
              <QueryClientProvider client={queryClient}>
                <HashRouter>
                  <App />
                </HashRouter>
              </QueryClientProvider>
            </ApiProvider>
          </AuthProvider>
        </I18nProvider>
      </StrictMode>,
    );
  } catch (error) {
    element.textContent = `无法启动：${error instanceof Error ? error.message : String(error)} · The app could not start.`;
  }
}
