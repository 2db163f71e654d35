import { Controller, Get, Header, HttpCode, MessageEvent, Param, Post, Query, Req, Res, Sse } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { distinctUntilChanged, from, interval, map, Observable, startWith, switchMap, takeWhile } from 'rxjs';
import { z } from 'zod';
import { CurrentPrincipal, Roles, type Principal } from '@bayu/platform/auth';
import { ApiZodResponse, ZodPipe } from '@bayu/platform/http';
import { importTemplateCsv, writeErrorReport } from '@bayu/registry/import-parsing';
import { ImportJobsRepository, importView } from './import-jobs.repository';
import { ImportUploadsService } from './import-uploads.service';
import { IMPORT_FILE_TYPES } from './import-limits';
import { importLimitsViewSchema, importViewSchema, uploadQuerySchema, type ImportLimitsView, type ImportView } from './imports.dto';
import { importProblems } from './imports.problems';

const idPipe = new ZodPipe(z.uuid(), 'id');
const attachment = (name: string) => `attachment; filename="${name.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

@ApiTags('imports 批量导入')
@Controller('api/v1/imports')
export class ImportsController {
  constructor(
    private readonly uploads: ImportUploadsService,
    private readonly jobs: ImportJobsRepository,
  ) {}

  @Post()
  @HttpCode(202)
  @Roles('hrss')
  @ApiOperation({ summary: '上传技能人才名册（CSV/XLSX）Upload a spreadsheet of workers; registered in the background' })
  @ApiConsumes(...IMPORT_FILE_TYPES.map((type) => type.mediaType), 'application/octet-stream')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiZodResponse(importViewSchema, 202)
  async upload(
    @CurrentPrincipal() principal: Principal,
    @Query(new ZodPipe(uploadQuerySchema)) query: z.infer<typeof uploadQuerySchema>,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ImportView> {
    const job = await this.uploads.upload(principal, query.fileName, request);
    response.setHeader('Location', `/api/v1/imports/${job.id}`);
    return importView(job);
  }

  @Get()
  @Roles('hrss')
  @ApiOperation({ summary: '最近的导入任务 Recent imports' })
  @ApiZodResponse(z.array(importViewSchema), 200, 'The 50 most recent imports, newest first')
  async list(): Promise<ImportView[]> {
    return (await this.jobs.list(50)).map(importView);
  }

  @Get('template.csv')
  @Roles('hrss', 'district')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', attachment('技能人才名册模板.csv'))
  @ApiOperation({ summary: '下载导入模板 The import template' })
  @ApiProduces('text/csv')
  @ApiResponse({ status: 200, schema: { type: 'string', format: 'binary' }, description: 'The template, CSV (UTF-8), as an attachment' })
  template(): string {
    return importTemplateCsv();
  }

  /** Declared before ':id', which would otherwise take "limits" for an id. */
  @Get('limits')
  @Roles('hrss')
  @ApiOperation({ summary: '上传限制 What an upload may be: largest size, file types, most rows (as the upload checks them)' })
  @ApiZodResponse(importLimitsViewSchema)
  limits(): ImportLimitsView {
    return this.uploads.limits();
  }

  @Get(':id')
  @Roles('hrss')
  @ApiOperation({ summary: '导入进度 Progress and counts of an import' })
  @ApiZodResponse(importViewSchema)
  async get(@Param('id', idPipe) id: string): Promise<ImportView> {
    const job = await this.jobs.find(id);
    if (!job) throw importProblems.raise('not-found');
    return importView(job);
  }

  /** The same view pushed as Server-Sent Events twice a second until the import ends. */
  @Sse(':id/progress')
  @Roles('hrss')
  @ApiOperation({ summary: '导入进度推送（SSE）Progress as Server-Sent Events' })
  @ApiProduces('text/event-stream')
  @ApiResponse({ status: 200, schema: { type: 'string' }, description: 'Events of type `progress` whose data is the import as JSON (as GET /api/v1/imports/{id}), until it has completed or failed' })
  async progress(@Param('id', idPipe) id: string): Promise<Observable<MessageEvent>> {
    if (!(await this.jobs.find(id))) throw importProblems.raise('not-found');
    return interval(500).pipe(
      startWith(0),
      switchMap(() => from(this.jobs.find(id))),
      map((job) => (job ? importView(job) : null)),
      takeWhile((view): view is ImportView => view !== null && view.status !== 'completed' && view.status !== 'failed', true),
      distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b)),
      map((view) => ({ data: view ?? {}, type: 'progress' })),
    );
  }

  @Get(':id/errors.csv')
  @Roles('hrss')
  @ApiOperation({ summary: '下载错误报告 The per-row error report (CSV, UTF-8 with BOM)' })
  @ApiProduces('text/csv')
  @ApiResponse({ status: 200, schema: { type: 'string', format: 'binary' }, description: 'The rejected rows and their reasons, CSV (UTF-8 with BOM), as an attachment' })
  async errors(@Param('id', idPipe) id: string, @Res() response: Response): Promise<void> {
    const job = await this.jobs.find(id);
    if (!job) throw importProblems.raise('not-found');
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', attachment(`${job.fileName.replace(/\.[^.]+$/, '')}-错误报告.csv`));
    await writeErrorReport(this.jobs.errorsOf(id), response);
    response.end();
  }
}
