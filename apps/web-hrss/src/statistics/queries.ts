import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { dataOf } from '@bayu/api-client';
import { useApi } from '@bayu/web-shell';
import type { StatisticsFilter } from './filters';

const query = (filter: StatisticsFilter) => ({ year: filter.year, ...(filter.industry ? { industry: filter.industry } : {}) });

export function useOverview(filter: StatisticsFilter) {
  const { api } = useApi();
  return useQuery({
    queryKey: ['statistics', 'overview', filter],
    queryFn: async () => dataOf(await api.GET('/api/v1/statistics/overview', { params: { query: query(filter) } })),
    placeholderData: keepPreviousData,
  });
}

export function useBreakdown(by: 'district' | 'year', filter: StatisticsFilter) {
  const { api } = useApi();
  return useQuery({
    queryKey: ['statistics', 'breakdown', by, filter],
    queryFn: async () => dataOf(await api.GET('/api/v1/statistics/breakdown', { params: { query: { ...query(filter), by } } })),
    placeholderData: keepPreviousData,
  });
}

export function useTargets() {
  const { api } = useApi();
  return useQuery({ queryKey: ['statistics', 'targets'], queryFn: async () => dataOf(await api.GET('/api/v1/statistics/targets')) });
}

export function useSetTarget() {
  const { api } = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ year, body }: { year: number; body: { newSkilledWorkers: number; highSkilledSharePercent: number } }) =>
      dataOf(await api.PUT('/api/v1/statistics/targets/{year}', { params: { path: { year } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['statistics'] }),
  });
}
