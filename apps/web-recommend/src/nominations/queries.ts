import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { dataOf, type ResponseOf } from '@bayu/api-client';
import { useApi } from '@bayu/web-shell';
import { campaignKeys } from '../campaigns/queries';
import { ifMatch, uploadContentType, uploadPath, type AttachmentKind } from '../attachments/attachment-rules';
import type { CreateNominationBody, NominationView, ReplaceNominationBody } from './form-state';
import type { AppAction, NominationStatus } from './status';

export type { NominationView } from './form-state';
export type Transition = ResponseOf<'/api/v1/nominations/{id}/history', 'get'>[number];

const PAGE_SIZE = 50;

export const nominationKeys = {
  lists: ['nominations'] as const,
  list: (campaignId: string, status: NominationStatus | undefined) => ['nominations', campaignId, 'list', status ?? 'all'] as const,
  awaiting: (campaignId: string) => ['nominations', campaignId, 'awaiting-me'] as const,
  one: (id: string) => ['nomination', id] as const,
  history: (id: string) => ['nomination', id, 'history'] as const,
  photo: (id: string, facts: string) => ['nomination', id, 'photo', facts] as const,
};

/** After a change: the form itself is set from the answer; lists, counts, history and quota are refetched. */
function afterChange(client: QueryClient, view: NominationView): void {
  client.setQueryData(nominationKeys.one(view.id), view);
  void client.invalidateQueries({ queryKey: nominationKeys.lists });
  void client.invalidateQueries({ queryKey: nominationKeys.history(view.id) });
  void client.invalidateQueries({ queryKey: campaignKeys.quota(view.campaignId) });
}

export function useNominationList(campaignId: string | undefined, status: NominationStatus | undefined) {
  const { api } = useApi();
  return useInfiniteQuery({
    queryKey: nominationKeys.list(campaignId ?? '', status),
    enabled: Boolean(campaignId),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      dataOf(
        await api.GET('/api/v1/campaigns/{campaignId}/nominations', {
          params: { path: { campaignId: campaignId ?? '' }, query: { limit: PAGE_SIZE, ...(status ? { status } : {}), ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** How many forms await the caller's signature (the forms at its step that the API lets it endorse). */
export function useAwaitingCount(campaignId: string | undefined, enabled: boolean) {
  const { api } = useApi();
  return useQuery({
    queryKey: nominationKeys.awaiting(campaignId ?? ''),
    enabled: enabled && Boolean(campaignId),
    queryFn: async () => {
      let count = 0;
      let cursor: string | undefined;
      do {
        const page = dataOf(
          await api.GET('/api/v1/campaigns/{campaignId}/nominations', {
            params: { path: { campaignId: campaignId ?? '' }, query: { status: 'awaiting-recommender', limit: 100, ...(cursor ? { cursor } : {}) } },
          }),
        );
        count += page.items.filter((item) => item.nextActions.some((a) => a.action === 'recommender-endorse')).length;
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return count;
    },
  });
}

export function useNomination(id: string) {
  const { api } = useApi();
  return useQuery({ queryKey: nominationKeys.one(id), queryFn: async () => dataOf(await api.GET('/api/v1/nominations/{id}', { params: { path: { id } } })) });
}

export function useNominationHistory(id: string) {
  const { api } = useApi();
  return useQuery({ queryKey: nominationKeys.history(id), queryFn: async () => dataOf(await api.GET('/api/v1/nominations/{id}/history', { params: { path: { id } } })) });
}

/** The photo of a form as a Blob (it needs the bearer token, so no plain <img src>). */
export function useNominationPhoto(view: Pick<NominationView, 'id' | 'attachments'> | undefined) {
  const { raw } = useApi();
  const id = view?.id ?? '';
  const photo = view?.attachments.photo;
  return useQuery({
    // Keyed by the photo's facts, so other changes to the form do not fetch it again.
    queryKey: nominationKeys.photo(id, photo ? `${photo.type}:${photo.width}x${photo.height}:${photo.bytes}` : 'none'),
    enabled: Boolean(photo),
    staleTime: Infinity,
    queryFn: () => raw.blob(`/api/v1/nominations/${encodeURIComponent(id)}/photo`),
  });
}

export function useCreateNomination() {
  const { api } = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateNominationBody) => dataOf(await api.POST('/api/v1/nominations', { body })),
    onSuccess: (view) => afterChange(client, view),
  });
}

export function useReplaceNomination(id: string) {
  const { api } = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, version }: { body: ReplaceNominationBody; version: number }) =>
      dataOf(await api.PUT('/api/v1/nominations/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body })),
    onSuccess: (view) => afterChange(client, view),
    onError: () => void client.invalidateQueries({ queryKey: nominationKeys.one(id) }),
  });
}

export function useUploadAttachment(id: string, kind: AttachmentKind) {
  const { raw } = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, version }: { file: File; version: number }) =>
      (await raw.upload<NominationView>('PUT', uploadPath(id, kind, file.name), file, { 'content-type': uploadContentType(file), 'if-match': ifMatch(version) })).data,
    onSuccess: (view) => afterChange(client, view),
    onError: () => void client.invalidateQueries({ queryKey: nominationKeys.one(id) }),
  });
}

export function useNominationAction(id: string) {
  const { api } = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ action, opinion, version }: { action: AppAction; opinion?: string; version: number }) =>
      dataOf(
        await api.POST('/api/v1/nominations/{id}/actions', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body: { action, ...(opinion ? { opinion } : {}) },
        }),
      ),
    onSuccess: (view) => afterChange(client, view),
    onError: () => void client.invalidateQueries({ queryKey: nominationKeys.one(id) }),
  });
}

export function useDownloadEvidence() {
  const { raw } = useApi();
  return useMutation({ mutationFn: async (id: string) => raw.blob(`/api/v1/nominations/${encodeURIComponent(id)}/evidence`) });
}
