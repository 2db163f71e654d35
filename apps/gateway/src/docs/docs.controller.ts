import { Controller, Get, Header, Inject, Param, Res } from '@nestjs/common';
import { ApiExcludeController, type OpenAPIObject } from '@nestjs/swagger';
import type { Response } from 'express';
import { dirname, join } from 'node:path';
import { Public } from '@bayu/platform/auth';
import { commonProblems } from '@bayu/platform/http';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config';
import type { UpstreamName } from '../proxy/routes';
import { mergeOpenApi } from './openapi-merge';

const SWAGGER_UI_DIR = dirname(require.resolve('swagger-ui-dist/package.json'));
const ASSETS = new Set(['swagger-ui.css', 'swagger-ui-bundle.js', 'swagger-ui-standalone-preset.js', 'favicon-32x32.png']);
const CACHE_MS = 30_000;

const PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>巴渝技能人才平台 API 文档 · API documentation</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><div id="swagger-ui"></div><script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script>window.ui = SwaggerUIBundle({ url: '/api/docs/openapi.json', dom_id: '#swagger-ui', persistAuthorization: true });</script></body></html>`;

@ApiExcludeController()
@Controller('api/docs')
export class DocsController {
  private cached?: { at: number; document: OpenAPIObject };

  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {}

  @Get()
  @Public('API documentation page for integrators')
  @Header('content-type', 'text/html; charset=utf-8')
  page(): string {
    return PAGE;
  }

  @Get('openapi.json')
  @Public('merged OpenAPI document for integrators and the typed UI client')
  async document(): Promise<OpenAPIObject> {
    if (this.cached && Date.now() - this.cached.at < CACHE_MS) return this.cached.document;
    const upstreams: Array<[UpstreamName, string]> = [
      ['registry', this.config.UPSTREAM_REGISTRY_URL],
      ['campaign', this.config.UPSTREAM_CAMPAIGN_URL],
    ];
    const documents = await Promise.all(
      upstreams.map(async ([upstream, url]) => {
        try {
          const response = await fetch(new URL('/openapi.json', url), { signal: AbortSignal.timeout(3_000) });
          if (!response.ok) return { upstream, error: `HTTP ${response.status}` };
          return { upstream, document: (await response.json()) as OpenAPIObject };
        } catch (error) {
          return { upstream, error: error instanceof Error ? error.message : String(error) };
        }
      }),
    );
    const document = mergeOpenApi(documents, process.env.npm_package_version ?? '0.1.0');
    if (documents.every((d) => d.document)) this.cached = { at: Date.now(), document };
    return document;
  }

  @Get('assets/:file')
  @Public('static files of the documentation page')
  asset(@Param('file') file: string, @Res() response: Response): void {
    if (!ASSETS.has(file)) throw commonProblems.raise('not-found');
    response.sendFile(join(SWAGGER_UI_DIR, file), { maxAge: '1d' });
  }
}
