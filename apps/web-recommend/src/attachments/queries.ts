import { useQuery } from '@tanstack/react-query';
import { dataOf } from '@bayu/api-client';
import { useApi } from '@bayu/web-shell';

/** The rules change only with a deployment: fetched once a session or so, never held against a change. */
const RULES_STALE_MS = 60 * 60 * 1000;

/**
 * What the campaign service accepts for the photo and the evidence (GET /api/v1/nominations/attachment-rules).
 * Undefined while loading or after a failure: the screens then check nothing before sending, and the API decides.
 */
export function useAttachmentRules(enabled = true) {
  const { api } = useApi();
  return useQuery({
    // Not under 'nominations': a change to a form invalidates those keys, and the rules have nothing to do with it.
    queryKey: ['attachment-rules'],
    enabled,
    staleTime: RULES_STALE_MS,
    queryFn: async () => dataOf(await api.GET('/api/v1/nominations/attachment-rules')),
  });
}
