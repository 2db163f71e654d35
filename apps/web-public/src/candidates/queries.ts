import { useQuery } from '@tanstack/react-query';
import { dataOf } from '@bayu/api-client';
import { useApi } from '@bayu/web-shell';

export function usePublicCampaigns() {
  const { api } = useApi();
  return useQuery({ queryKey: ['public-campaigns'], queryFn: async () => dataOf(await api.GET('/api/v1/public/campaigns')) });
}

export function useCandidates(campaignId: string) {
  const { api } = useApi();
  return useQuery({
    queryKey: ['public-candidates', campaignId],
    queryFn: async () => dataOf(await api.GET('/api/v1/public/campaigns/{id}/candidates', { params: { path: { id: campaignId } } })),
  });
}

/** Photo URLs come from the API relative to the gateway. */
export function usePhotoUrl(): (path: string | null | undefined) => string | undefined {
  const { config } = useApi();
  return (path) => (path ? `${config.apiBaseUrl}${path}` : undefined);
}
