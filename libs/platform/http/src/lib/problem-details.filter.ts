import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { currentTraceId } from '@bayu/platform/observability';
import { preferredLanguage } from './language';
import { PROBLEM_CONTENT_TYPE } from './problem';
import { toProblemException } from './to-problem';

/** The one place where errors become HTTP responses: RFC 9457 application/problem+json. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const response = http.getResponse<Response>();
    const { problem, unexpected } = toProblemException(exception);
    if (unexpected) this.logger.error({ err: exception, path: request.path }, 'unexpected error while handling request');
    if (response.headersSent) return;
    const language = preferredLanguage(request.headers['accept-language']);
    const body = {
      ...problem.toProblem(language, request.originalUrl?.split('?')[0] ?? request.url),
      ...(request.id ? { requestId: String(request.id) } : {}),
      ...(currentTraceId() ? { traceId: currentTraceId() } : {}),
    };
    for (const [name, value] of Object.entries(problem.problemOptions.headers ?? {})) response.setHeader(name, value);
    // Answered before the request body was read (an oversize upload): the connection cannot be reused.
    if (!request.complete) response.setHeader('Connection', 'close');
    response.status(problem.httpStatus).setHeader('Content-Language', language === 'zh' ? 'zh-CN' : 'en').type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
  }
}
