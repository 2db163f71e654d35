import { UseInterceptors, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { map, type Observable } from 'rxjs';

/** The strong ETag of a record's version, the form `versionFromIfMatch` reads back. */
export function etagOfVersion(version: number): string {
  return `"${version}"`;
}

class VersionETagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((view: unknown) => {
        const version = (view as { version?: unknown } | null)?.version;
        if (typeof version === 'number') context.switchToHttp().getResponse<Response>().setHeader('ETag', etagOfVersion(version));
        return view;
      }),
    );
  }
}

/** The answer carries the returned view's version as its ETag, for the client's next If-Match. */
export const VersionETag = (): MethodDecorator & ClassDecorator => UseInterceptors(VersionETagInterceptor);
