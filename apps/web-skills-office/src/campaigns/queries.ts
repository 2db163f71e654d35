import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { dataOf } from '@bayu/api-client';
import { useApi } from '@bayu/web-shell';
import { ifMatch, isVersionConflict, type CampaignView, type CreateCampaignBody, type PhaseAction, type RescheduleBody } from '../shared/api';

export const campaignKeys = {
  all: ['campaigns'] as const,
  one: (id: string) => ['campaigns', id] as const,
};

/** What a campaign-wide change can alter besides the campaign: its forms and its quota usage. */
export const campaignScopedKeys = (id: string) => [campaignKeys.all, ['nominations', id], ['quota-usage', id]] as const;

export function useCampaigns() {
  const { api } = useApi();
  return useQuery({ queryKey: campaignKeys.all, queryFn: async () => dataOf(await api.GET('/api/v1/campaigns')) });
}

export function useCampaign(id: string) {
  const { api } = useApi();
  return useQuery({
    queryKey: campaignKeys.one(id),
    queryFn: async () => dataOf(await api.GET('/api/v1/campaigns/{id}', { params: { path: { id } } })),
    enabled: Boolean(id),
  });
}

function useStoreCampaign() {
  const queryClient = useQueryClient();
  return (campaign: CampaignView) => {
    queryClient.setQueryData(campaignKeys.one(campaign.id), campaign);
    for (const key of campaignScopedKeys(campaign.id)) void queryClient.invalidateQueries({ queryKey: key });
  };
}

/** After a 412 the campaign is read again, so the user sees what the other person changed. */
function useReloadOnConflict(id: string) {
  const queryClient = useQueryClient();
  return (error: unknown) => {
    if (isVersionConflict(error)) void queryClient.invalidateQueries({ queryKey: campaignKeys.one(id) });
  };
}

export function useCreateCampaign() {
  const { api } = useApi();
  const store = useStoreCampaign();
  return useMutation({
    mutationFn: async (body: CreateCampaignBody) => dataOf(await api.POST('/api/v1/campaigns', { body })),
    onSuccess: store,
  });
}

export function useChangePhase(campaign: Pick<CampaignView, 'id' | 'version'>) {
  const { api } = useApi();
  const store = useStoreCampaign();
  const reload = useReloadOnConflict(campaign.id);
  return useMutation({
    mutationFn: async (action: string) =>
      dataOf(await api.POST('/api/v1/campaigns/{id}/phase', { params: { path: { id: campaign.id }, header: { 'If-Match': ifMatch(campaign.version) } }, body: { action: action as PhaseAction } })),
    onSuccess: store,
    onError: reload,
  });
}

export function useReschedule(campaign: Pick<CampaignView, 'id' | 'version'>) {
  const { api } = useApi();
  const store = useStoreCampaign();
  const reload = useReloadOnConflict(campaign.id);
  return useMutation({
    mutationFn: async (body: RescheduleBody) => dataOf(await api.PUT('/api/v1/campaigns/{id}/schedule', { params: { path: { id: campaign.id }, header: { 'If-Match': ifMatch(campaign.version) } }, body })),
    onSuccess: store,
    onError: reload,
  });
}
