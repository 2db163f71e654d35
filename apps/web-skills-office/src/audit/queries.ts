import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { dataOf, saveBlob } from '@bayu/api-client';
import { useApi } from '@bayu/web-shell';
import { ifMatch, isVersionConflict, type EligibilityOverrideBody, type NominationActionBody, type NominationStatus, type NominationView } from '../shared/api';
import { campaignKeys } from '../campaigns/queries';

export const nominationKeys = {
  list: (campaignId: string, status: string, cursor: string | undefined) => ['nominations', campaignId, 'page', status, cursor ?? ''] as const,
  one: (id: string) => ['nomination', id] as const,
  history: (id: string) => ['nomination', id, 'history'] as const,
};

/** One page of the audit queue (the API pages by cursor, 50 a page). */
export function useNominationPage(campaignId: string, status: NominationStatus | '', cursor: string | undefined) {
  const { api } = useApi();
  return useQuery({
    queryKey: nominationKeys.list(campaignId, status, cursor),
    queryFn: async () =>
      dataOf(await api.GET('/api/v1/campaigns/{campaignId}/nominations', { params: { path: { campaignId }, query: { ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) } } })),
    placeholderData: keepPreviousData,
  });
}

export function useNomination(id: string) {
  const { api } = useApi();
  return useQuery({ queryKey: nominationKeys.one(id), queryFn: async () => dataOf(await api.GET('/api/v1/nominations/{id}', { params: { path: { id } } })) });
}

export function useHistory(id: string) {
  const { api } = useApi();
  return useQuery({ queryKey: nominationKeys.history(id), queryFn: async () => dataOf(await api.GET('/api/v1/nominations/{id}/history', { params: { path: { id } } })) });
}

function useStoreNomination() {
  const queryClient = useQueryClient();
  return (nomination: NominationView) => {
    queryClient.setQueryData(nominationKeys.one(nomination.id), nomination);
    void queryClient.invalidateQueries({ queryKey: nominationKeys.history(nomination.id) });
    void queryClient.invalidateQueries({ queryKey: ['nominations', nomination.campaignId] });
    void queryClient.invalidateQueries({ queryKey: ['quota-usage', nomination.campaignId] });
    void queryClient.invalidateQueries({ queryKey: campaignKeys.one(nomination.campaignId) });
  };
}

function useReloadOnConflict(id: string) {
  const queryClient = useQueryClient();
  return (error: unknown) => {
    if (isVersionConflict(error)) {
      void queryClient.invalidateQueries({ queryKey: nominationKeys.one(id) });
      void queryClient.invalidateQueries({ queryKey: nominationKeys.history(id) });
    }
  };
}

/** Approve, return or reject as the skills office, with the opinion, on the version the user read. */
export function useNominationAction(nomination: Pick<NominationView, 'id' | 'version'>) {
  const { api } = useApi();
  const store = useStoreNomination();
  const reload = useReloadOnConflict(nomination.id);
  return useMutation({
    mutationFn: async (body: NominationActionBody) =>
      dataOf(await api.POST('/api/v1/nominations/{id}/actions', { params: { path: { id: nomination.id }, header: { 'If-Match': ifMatch(nomination.version) } }, body })),
    onSuccess: store,
    onError: reload,
  });
}

export function useEligibilityOverride(nomination: Pick<NominationView, 'id' | 'version'>) {
  const { api } = useApi();
  const store = useStoreNomination();
  const reload = useReloadOnConflict(nomination.id);
  return useMutation({
    mutationFn: async (body: EligibilityOverrideBody) =>
      dataOf(await api.POST('/api/v1/nominations/{id}/eligibility-override', { params: { path: { id: nomination.id }, header: { 'If-Match': ifMatch(nomination.version) } }, body })),
    onSuccess: store,
    onError: reload,
  });
}

/** The form's photo, fetched with the user's token and shown from an object URL. */
export function usePhoto(nomination: Pick<NominationView, 'id' | 'attachments'>) {
  const { raw } = useApi();
  const query = useQuery({
    queryKey: ['nomination', nomination.id, 'photo', nomination.attachments.photo?.bytes ?? 0],
    queryFn: () => raw.blob(`/api/v1/nominations/${nomination.id}/photo`),
    enabled: nomination.attachments.photo !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!query.data) return undefined;
    const objectUrl = URL.createObjectURL(query.data);
    setUrl(objectUrl);
    return () => {
      URL.revokeObjectURL(objectUrl);
      setUrl(null);
    };
  }, [query.data]);
  return { url, isPending: query.isPending && query.fetchStatus !== 'idle', error: query.error };
}

/** Downloads the evidence file under the name the employer gave it. */
export function useDownloadEvidence(nomination: Pick<NominationView, 'id' | 'attachments'>) {
  const { raw } = useApi();
  return useMutation({
    mutationFn: async () => {
      const evidence = nomination.attachments.evidence;
      const blob = await raw.blob(`/api/v1/nominations/${nomination.id}/evidence`);
      const fallback = evidence?.type === 'application/pdf' ? 'evidence.pdf' : 'evidence.docx';
      saveBlob(blob, evidence?.fileName ?? fallback);
    },
  });
}
