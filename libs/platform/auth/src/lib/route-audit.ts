import type { INestApplication } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ACCESS_POLICY, type AccessPolicy } from './access.decorators';

// Nest's own metadata keys for @Controller paths and @Get/@Post handlers.
const PATH_METADATA = 'path';
const METHOD_METADATA = 'method';
const REQUEST_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'ALL', 'OPTIONS', 'HEAD', 'SEARCH'];

export interface RouteAccess {
  readonly controller: string;
  readonly handler: string;
  readonly method: string;
  readonly path: string;
  readonly policy?: AccessPolicy;
}

/** Every HTTP route of the application with the access policy it declares (if any). */
export function listRouteAccess(app: INestApplication): RouteAccess[] {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const reflector = app.get(Reflector);
  const routes: RouteAccess[] = [];
  for (const wrapper of discovery.getControllers()) {
    const { metatype, instance } = wrapper;
    if (!metatype || !instance) continue;
    const prototype = Object.getPrototypeOf(instance) as object;
    const base = String(Reflect.getMetadata(PATH_METADATA, metatype) ?? '');
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = (prototype as Record<string, unknown>)[name] as (...args: unknown[]) => unknown;
      const methodIndex = Reflect.getMetadata(METHOD_METADATA, handler) as number | undefined;
      if (methodIndex === undefined) continue;
      const sub = String(Reflect.getMetadata(PATH_METADATA, handler) ?? '');
      const policy = reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [handler, metatype]);
      routes.push({
        controller: metatype.name,
        handler: name,
        method: REQUEST_METHODS[methodIndex] ?? String(methodIndex),
        path: `/${[base, sub].filter(Boolean).join('/')}`.replace(/\/+/g, '/'),
        ...(policy ? { policy } : {}),
      });
    }
  }
  return routes;
}

/** Refuses to start an application that has an endpoint without an access policy. */
export function assertEveryRouteDeclaresAccess(app: INestApplication): void {
  const undeclared = listRouteAccess(app).filter((r) => !r.policy);
  if (undeclared.length) {
    throw new Error(`endpoints without an access policy (add @Roles, @Authenticated or @Public):\n${undeclared.map((r) => `  ${r.method} ${r.path} (${r.controller}.${r.handler})`).join('\n')}`);
  }
}
