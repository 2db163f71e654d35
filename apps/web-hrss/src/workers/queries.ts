import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { dataOf, type RequestOf } from '@bayu/api-client';
import { useApi } from '@bayu/web-shell';
import type { WorkerSearchQuery } from './search-params';

export const PAGE_SIZE = 20;

/** Newest first, PAGE_SIZE at a time ("加载更多" asks for the next cursor). */
export function useWorkerSearch(query: WorkerSearchQuery) {
  const { api } = useApi();
  return useInfiniteQuery({
    queryKey: ['workers', 'search', query],
    queryFn: async ({ pageParam }) =>
      dataOf(await api.GET('/api/v1/workers', { params: { query: { ...query, limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Finds a worker by ID number, sent in the body (never in a URL). */
export function useLookupWorker() {
  const { api } = useApi();
  return useMutation({ mutationFn: async (nationalId: string) => dataOf(await api.POST('/api/v1/workers/lookup', { body: { nationalId } })) });
}

export type RegisterWorkerBody = RequestOf<'/api/v1/workers', 'post'>;

export function useRegisterWorker() {
  const { api } = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: RegisterWorkerBody) => dataOf(await api.POST('/api/v1/workers', { body })),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['workers'] });
      await client.invalidateQueries({ queryKey: ['statistics'] });
    },
  });
}
