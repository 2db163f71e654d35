import { useQuery } from '@tanstack/react-query';
import { dataOf, type ResponseOf } from '@bayu/api-client';
import { useApi } from '@bayu/web-shell';

export type Campaign = ResponseOf<'/api/v1/campaigns', 'get'>[number];
/** Quota used and left by each recommender in the caller's scope (GET /api/v1/campaigns/{id}/quota-usage). */
export type QuotaUsage = ResponseOf<'/api/v1/campaigns/{id}/quota-usage', 'get'>;
export type RecommenderQuota = QuotaUsage['recommenders'][number];

export const campaignKeys = {
  all: ['campaigns'] as const,
  quota: (campaignId: string) => ['campaigns', campaignId, 'quota-usage'] as const,
};

export function useCampaigns() {
  const { api } = useApi();
  return useQuery({ queryKey: campaignKeys.all, queryFn: async () => dataOf(await api.GET('/api/v1/campaigns')) });
}

export function useQuotaUsage(campaignId: string | undefined) {
  const { api } = useApi();
  return useQuery({
    queryKey: campaignKeys.quota(campaignId ?? ''),
    enabled: Boolean(campaignId),
    queryFn: async () => dataOf(await api.GET('/api/v1/campaigns/{id}/quota-usage', { params: { path: { id: campaignId ?? '' } } })),
  });
}
