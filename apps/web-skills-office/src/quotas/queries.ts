import { useQuery } from '@tanstack/react-query';
import { dataOf } from '@bayu/api-client';
import { useApi } from '@bayu/web-shell';

/** Places used and left per district and department, with each one's forms by status. */
export function useQuotaUsage(campaignId: string) {
  const { api } = useApi();
  return useQuery({
    queryKey: ['quota-usage', campaignId],
    queryFn: async () => dataOf(await api.GET('/api/v1/campaigns/{id}/quota-usage', { params: { path: { id: campaignId } } })),
  });
}
