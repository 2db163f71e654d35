// A tiny HTTP client for driving the browser flow without a browser: manual redirects and a cookie jar.
export interface StoredCookie {
  name: string;
  value: string;
  path: string;
}

export interface SessionResponse {
  status: number;
  location?: string;
  headers: Headers;
  text: string;
}

export class HttpSession {
  private readonly cookies = new Map<string, StoredCookie>();

  constructor(private readonly origin: string) {}

  private remember(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      const pathAttribute = attributes.find((attribute) => attribute.toLowerCase().startsWith('path='));
      const path = pathAttribute ? pathAttribute.slice(5) : '/';
      const expired = attributes.some((attribute) => /^expires=/i.test(attribute) && Date.parse(attribute.slice(8)) < Date.now());
      const key = `${name};${path}`;
      if (expired || value === '') this.cookies.delete(key);
      else this.cookies.set(key, { name, value, path });
    }
  }

  private cookieHeader(url: URL): string {
    return [...this.cookies.values()]
      .filter((cookie) => url.pathname.startsWith(cookie.path))
      .map((cookie) => `${cookie.name}=${cookie.value}`)
      .join('; ');
  }

  cookieNames(): string[] {
    return [...this.cookies.values()].map((cookie) => cookie.name);
  }

  async request(target: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<SessionResponse> {
    const url = new URL(target, this.origin);
    const headers: Record<string, string> = {};
    const cookie = this.cookieHeader(url);
    if (cookie) headers.cookie = cookie;
    let body: string | undefined;
    if (init.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(init.form).toString();
    }
    const response = await fetch(url, { method: init.method ?? (body ? 'POST' : 'GET'), headers, body, redirect: 'manual' });
    this.remember(response.headers);
    const location = response.headers.get('location');
    return {
      status: response.status,
      ...(location ? { location: new URL(location, url).href } : {}),
      headers: response.headers,
      text: await response.text(),
    };
  }
}

/** The action and hidden inputs of the first form on a page. */
export function firstForm(html: string): { action: string; fields: Record<string, string> } {
  const form = /<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/i.exec(html);
  if (!form?.[1]) throw new Error(`no form in page: ${html.slice(0, 200)}`);
  const fields: Record<string, string> = {};
  for (const input of (form[2] ?? '').matchAll(/<input[^>]*>/gi)) {
    const name = /name="([^"]*)"/.exec(input[0])?.[1];
    const value = /value="([^"]*)"/.exec(input[0])?.[1] ?? '';
    if (name) fields[name] = value.replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)));
  }
  return { action: form[1].replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code))), fields };
}
