import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { createApiClient, RawApi, type ApiClientOptions, type BayuApi } from '@bayu/api-client';
import { useAuth, type WebConfig } from '@bayu/web-auth';
import { useLocale } from '@bayu/ui';

export interface ApiContextValue {
  /** Typed calls generated from the gateway's OpenAPI document. */
  readonly api: BayuApi;
  /** Uploads, downloads and event streams. */
  readonly raw: RawApi;
  readonly config: WebConfig;
}

const ApiContext = createContext<ApiContextValue | null>(null);

export function ApiProvider({ config, children }: { config: WebConfig; children: ReactNode }) {
  const { session } = useAuth();
  const { locale } = useLocale();
  const value = useMemo<ApiContextValue>(() => {
    const options: ApiClientOptions = {
      baseUrl: config.apiBaseUrl,
      token: () => session.token(),
      locale: () => locale,
      onUnauthorized: () => session.refresh(),
    };
    return { api: createApiClient(options), raw: new RawApi(options), config };
  }, [config, session, locale]);
  return <ApiContext.Provider value={value}>{children}</ApiContext.Provider>;
}

export function useApi(): ApiContextValue {
  const value = useContext(ApiContext);
  if (!value) throw new Error('useApi needs an <ApiProvider>');
  return value;
}
