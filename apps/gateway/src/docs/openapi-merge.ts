import type { OpenAPIObject } from '@nestjs/swagger';
import { upstreamFor, type UpstreamName } from '../proxy/routes';

type Json = Record<string, unknown>;

function renameRefs(value: unknown, renames: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((v) => renameRefs(v, renames));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Json).map(([k, v]) => {
        if (k === '$ref' && typeof v === 'string') {
          const name = v.replace('#/components/schemas/', '');
          return [k, renames.has(name) ? `#/components/schemas/${renames.get(name)}` : v];
        }
        return [k, renameRefs(v, renames)];
      }),
    );
  }
  return value;
}

/**
 * One document for the whole public API: each service's paths that the gateway actually routes to it,
 * schemas renamed on collision, the bearer scheme of the realm.
 */
export function mergeOpenApi(documents: ReadonlyArray<{ upstream: UpstreamName; document?: OpenAPIObject; error?: string }>, version: string): OpenAPIObject {
  const paths: Json = {};
  const schemas: Json = {};
  const tags = new Map<string, Json>();
  const unavailable: string[] = [];
  for (const { upstream, document, error } of documents) {
    if (!document) {
      unavailable.push(`${upstream} (${error ?? 'no document'})`);
      continue;
    }
    const renames = new Map<string, string>();
    for (const name of Object.keys(document.components?.schemas ?? {})) renames.set(name, name in schemas ? `${upstream}.${name}` : name);
    for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) schemas[renames.get(name) ?? name] = renameRefs(schema, renames);
    for (const [path, item] of Object.entries(document.paths ?? {})) {
      if (upstreamFor(path.replace(/\{[^}]+\}/g, 'x')) === upstream) paths[path] = renameRefs(item, renames);
    }
    for (const tag of document.tags ?? []) tags.set(tag.name, { ...tag, description: `${tag.description ?? ''} (${upstream})`.trim() });
  }
  return {
    openapi: '3.0.3',
    info: {
      title: '巴渝技能人才平台 API · Bayu skills-talent platform API',
      version,
      description:
        'All services behind the gateway. Authenticate with a bearer token from the `bayu` realm; errors are RFC 9457 ' +
        'application/problem+json in Chinese unless Accept-Language prefers English.' +
        (unavailable.length ? `\n\nNot included right now: ${unavailable.join(', ')}.` : ''),
    },
    servers: [{ url: '/' }],
    paths: paths as OpenAPIObject['paths'],
    components: {
      schemas: schemas as NonNullable<OpenAPIObject['components']>['schemas'],
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
    security: [{ bearer: [] }],
    tags: [...tags.values()] as unknown as OpenAPIObject['tags'],
  };
}
