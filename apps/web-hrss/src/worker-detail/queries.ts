import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { dataOf, type RequestOf } from '@bayu/api-client';
import { useApi } from '@bayu/web-shell';
import { ifMatchOf, type WorkerPatch } from '../shared/worker-form';

const workerKey = (id: string) => ['workers', 'detail', id];

export function useWorker(id: string) {
  const { api } = useApi();
  return useQuery({ queryKey: workerKey(id), queryFn: async () => dataOf(await api.GET('/api/v1/workers/{id}', { params: { path: { id } } })) });
}

/** PATCH with If-Match of the version the screen shows; a 412 means someone else saved first. */
export function useUpdateWorker(id: string) {
  const { api } = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ version, patch }: { version: number; patch: WorkerPatch }) =>
      dataOf(await api.PATCH('/api/v1/workers/{id}', { params: { path: { id }, header: { 'If-Match': ifMatchOf(version) } }, body: patch })),
    onSuccess: async (worker) => {
      client.setQueryData(workerKey(id), worker);
      await client.invalidateQueries({ queryKey: ['workers', 'search'] });
      await client.invalidateQueries({ queryKey: ['statistics'] });
    },
    onError: () => client.invalidateQueries({ queryKey: workerKey(id) }),
  });
}

/** The ID number in clear (national-id-reader only; audited). Never cached. */
export function useRevealNationalId(id: string) {
  const { api } = useApi();
  return useMutation({ mutationFn: async () => dataOf(await api.GET('/api/v1/workers/{id}/national-id', { params: { path: { id } } })).nationalId });
}

const certificatesKey = (id: string) => ['workers', 'detail', id, 'certificates'];
const honoursKey = (id: string) => ['workers', 'detail', id, 'honours'];

export function useCertificates(workerId: string) {
  const { api } = useApi();
  return useQuery({
    queryKey: certificatesKey(workerId),
    queryFn: async () => dataOf(await api.GET('/api/v1/workers/{workerId}/certificates', { params: { path: { workerId } } })),
  });
}

export type CertificateBody = RequestOf<'/api/v1/workers/{workerId}/certificates', 'post'>;

/** A certificate changes the derived level: the worker, the searches and the statistics are read again. */
function useAfterCertificateChange(workerId: string) {
  const client = useQueryClient();
  return async () => {
    await client.invalidateQueries({ queryKey: ['workers', 'detail', workerId] });
    await client.invalidateQueries({ queryKey: ['workers', 'search'] });
    await client.invalidateQueries({ queryKey: ['statistics'] });
  };
}

export function useIssueCertificate(workerId: string) {
  const { api } = useApi();
  const refresh = useAfterCertificateChange(workerId);
  return useMutation({
    mutationFn: async (body: CertificateBody) => dataOf(await api.POST('/api/v1/workers/{workerId}/certificates', { params: { path: { workerId } }, body })),
    onSuccess: refresh,
  });
}

export function useRevokeCertificate(workerId: string) {
  const { api } = useApi();
  const refresh = useAfterCertificateChange(workerId);
  return useMutation({
    mutationFn: async ({ id, reason }: { id: string; reason: string }) => dataOf(await api.POST('/api/v1/certificates/{id}/revocation', { params: { path: { id } }, body: { reason } })),
    onSuccess: refresh,
  });
}

export function useHonours(workerId: string) {
  const { api } = useApi();
  return useQuery({
    queryKey: honoursKey(workerId),
    queryFn: async () => dataOf(await api.GET('/api/v1/workers/{workerId}/honours', { params: { path: { workerId } } })),
  });
}

export type HonourBody = RequestOf<'/api/v1/workers/{workerId}/honours', 'post'>;

export function useGrantHonour(workerId: string) {
  const { api } = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: HonourBody) => dataOf(await api.POST('/api/v1/workers/{workerId}/honours', { params: { path: { workerId } }, body })),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: honoursKey(workerId) });
      await client.invalidateQueries({ queryKey: ['workers', 'search'] });
    },
  });
}
