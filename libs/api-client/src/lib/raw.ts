import type { ApiClientOptions } from './client';
import { ApiProblem, problemFrom } from './problem';

/**
 * The few calls the OpenAPI document can only describe loosely: uploads of raw file bytes, downloads of
 * CSV or images behind a token, and the Server-Sent Events stream of an import's progress (EventSource
 * cannot send a bearer token, so the stream is read with fetch).
 */
export class RawApi {
  constructor(private readonly options: ApiClientOptions) {}

  private async headers(extra: Record<string, string> = {}): Promise<Headers> {
    const headers = new Headers(extra);
    const token = await this.options.token();
    if (token) headers.set('authorization', `Bearer ${token}`);
    headers.set('accept-language', this.options.locale() === 'en' ? 'en, zh-CN;q=0.5' : 'zh-CN, en;q=0.5');
    return headers;
  }

  async request(method: string, path: string, init: { body?: BodyInit; headers?: Record<string, string>; signal?: AbortSignal } = {}): Promise<Response> {
    let response: Response;
    try {
      response = await fetch(`${this.options.baseUrl}${path}`, { method, body: init.body, headers: await this.headers(init.headers), signal: init.signal });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw ApiProblem.offline(error);
    }
    if (response.status === 401 && this.options.onUnauthorized && (await this.options.onUnauthorized())) {
      response = await fetch(`${this.options.baseUrl}${path}`, { method, body: init.body, headers: await this.headers(init.headers), signal: init.signal });
    }
    if (!response.ok) throw await problemFrom(response);
    return response;
  }

  /** Sends a file as the raw request body with its own media type, as the upload endpoints expect. */
  async upload<T>(method: 'POST' | 'PUT', path: string, file: Blob, headers: Record<string, string> = {}): Promise<{ data: T; etag: string | null }> {
    const response = await this.request(method, path, { body: file, headers: { 'content-type': file.type || 'application/octet-stream', ...headers } });
    return { data: (await response.json()) as T, etag: response.headers.get('etag') };
  }

  async blob(path: string): Promise<Blob> {
    return (await this.request('GET', path)).blob();
  }

  /** Reads a text/event-stream until it ends or `signal` aborts; each event's data is parsed as JSON. */
  async events<T>(path: string, onEvent: (event: { event: string; data: T }) => void, signal?: AbortSignal): Promise<void> {
    const response = await this.request('GET', path, { headers: { accept: 'text/event-stream' }, signal });
    if (!response.body) return;
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: ?(.*)$/m.exec(block)?.[1] ?? 'message';
        const data = block
          .split('\n')
          .filter((line) => line.startsWith('data:'))
          .map((line) => line.slice(5).replace(/^ /, ''))
          .join('\n');
        if (data) onEvent({ event, data: JSON.parse(data) as T });
      }
    }
  }
}

/** Saves a Blob as a file through the browser's download, e.g. an import's error report. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
