import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { dataOf } from '@bayu/api-client';
import { useApi } from '@bayu/web-shell';
import { ifMatch, isVersionConflict, type CampaignView, type NominationStatus, type NominationView } from '../shared/api';
import { campaignKeys, campaignScopedKeys } from '../campaigns/queries';

/** Every form of a campaign in one status, page after page (a shortlist is chosen from all of them). */
export function useAllNominations(campaignId: string, status: NominationStatus, enabled = true) {
  const { api } = useApi();
  return useQuery({
    queryKey: ['nominations', campaignId, 'all', status],
    enabled,
    queryFn: async () => {
      const items: NominationView[] = [];
      let cursor: string | undefined;
      do {
        const page = dataOf(await api.GET('/api/v1/campaigns/{campaignId}/nominations', { params: { path: { campaignId }, query: { status, limit: 100, ...(cursor ? { cursor } : {}) } } }));
        items.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return items;
    },
  });
}

/** Publishes the shortlist, once; the other endorsed forms are passed over by the API in the same step. */
export function usePublishShortlist(campaign: Pick<CampaignView, 'id' | 'version'>) {
  const { api } = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (nominationIds: string[]) =>
      dataOf(await api.POST('/api/v1/campaigns/{id}/shortlist', { params: { path: { id: campaign.id }, header: { 'If-Match': ifMatch(campaign.version) } }, body: { nominationIds } })),
    onSuccess: (updated) => {
      queryClient.setQueryData(campaignKeys.one(updated.id), updated);
      for (const key of campaignScopedKeys(updated.id)) void queryClient.invalidateQueries({ queryKey: key });
    },
    onError: (error) => {
      if (isVersionConflict(error)) void queryClient.invalidateQueries({ queryKey: campaignKeys.one(campaign.id) });
    },
  });
}

/** The published shortlist as the public sees it. */
export function usePublishedCandidates(campaignId: string) {
  const { api } = useApi();
  return useQuery({
    queryKey: ['nominations', campaignId, 'public'],
    queryFn: async () => dataOf(await api.GET('/api/v1/public/campaigns/{id}/candidates', { params: { path: { id: campaignId } } })),
  });
}
