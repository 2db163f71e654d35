/** An RFC 9457 problem the gateway or a service answered with (docs/adr/0010-problem-details.md). */
export interface ProblemDetails {
  readonly type?: string;
  readonly title?: string;
  readonly status?: number;
  readonly code?: string;
  readonly detail?: string;
  readonly requestId?: string;
  readonly errors?: ReadonlyArray<{ readonly field: string; readonly detail: string; readonly code?: string; readonly pointer?: string }>;
}

/** Thrown by the client for every non-2xx answer, so screens catch one type and show it next to the fields. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly problem: ProblemDetails,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiProblem';
  }

  /** Problem of a network failure (no answer at all), so screens treat it like any other. */
  static offline(error: unknown): ApiProblem {
    return new ApiProblem(0, { status: 0, code: 'network.unreachable', title: '无法连接服务器 · Cannot reach the server', detail: error instanceof Error ? error.message : String(error) });
  }
}

export async function problemFrom(response: Response): Promise<ApiProblem> {
  const text = await response.text().catch(() => '');
  let body: ProblemDetails = {};
  try {
    body = JSON.parse(text) as ProblemDetails;
  } catch {
    body = { detail: text.slice(0, 500) || response.statusText };
  }
  return new ApiProblem(response.status, { status: response.status, ...body });
}
