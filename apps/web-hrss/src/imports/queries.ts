import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { dataOf, saveBlob } from '@bayu/api-client';
import { useApi } from '@bayu/web-shell';
import { uploadContentType, uploadPath, type ImportJob } from './progress';

/** The limits change only with a deployment: fetched once a session or so. */
const LIMITS_STALE_MS = 60 * 60 * 1000;

export function useImports() {
  const { api } = useApi();
  return useQuery({ queryKey: ['imports', 'list'], queryFn: async () => dataOf(await api.GET('/api/v1/imports')) });
}

/**
 * What one upload may be (GET /api/v1/imports/limits). Undefined while loading or after a failure: the
 * screen then checks nothing before sending, and the registry decides.
 */
export function useImportLimits() {
  const { api } = useApi();
  return useQuery({ queryKey: ['imports', 'limits'], staleTime: LIMITS_STALE_MS, queryFn: async () => dataOf(await api.GET('/api/v1/imports/limits')) });
}

/** One import; `poll` turns on the fallback polling once the progress stream has failed. */
export function useImport(id: string, poll: boolean) {
  const { api } = useApi();
  return useQuery({
    queryKey: ['imports', 'detail', id],
    queryFn: async () => dataOf(await api.GET('/api/v1/imports/{id}', { params: { path: { id } } })),
    refetchInterval: poll ? 1000 : false,
    staleTime: 0,
  });
}

/** Sends the file's bytes as the body (the registry sniffs what it is); answers the queued job. */
export function useUploadImport() {
  const { raw } = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) => (await raw.upload<ImportJob>('POST', uploadPath(file.name), file, { 'content-type': uploadContentType(file.name) })).data,
    onSuccess: (job) => {
      client.setQueryData(['imports', 'detail', job.id], job);
      return client.invalidateQueries({ queryKey: ['imports', 'list'] });
    },
  });
}

/** Downloads a file behind the user's token and hands it to the browser as `fileName`. */
export function useDownload() {
  const { raw } = useApi();
  return useMutation({
    mutationFn: async ({ path, fileName }: { path: string; fileName: string }) => {
      saveBlob(await raw.blob(path), fileName);
    },
  });
}
