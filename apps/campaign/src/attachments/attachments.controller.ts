import { Controller, Get, Headers, Param, Put, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiHeader, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { CurrentPrincipal, Public, Roles, type Principal } from '@bayu/platform/auth';
import { ApiZodResponse, VersionETag, versionFromIfMatch, ZodPipe } from '@bayu/platform/http';
import { FORM_FILLERS, NOMINATION_PARTIES, nominationScopeOf } from '../campaign-access';
import { nominationViewSchema, type NominationView } from '../nominations/nominations.dto';
import { EVIDENCE_TYPES, PHOTO_TYPES } from './attachment-rules';
import { AttachmentsService, type AttachmentKind, type StoredAttachment } from './attachments.service';

const idPipe = (name: string) => new ZodPipe(z.uuid(), name);
const fileNamePipe = new ZodPipe(z.object({ fileName: z.string().trim().min(1).max(200).optional() }).strict());
const ifMatchHeader = ApiHeader({ name: 'If-Match', required: true, description: 'The ETag (version) of the form you read, e.g. "3"' });
const binary = { type: 'string', format: 'binary' } as const;
const formResponse = ApiZodResponse(nominationViewSchema, 200, 'The form with its new attachment; ETag carries the version');

function send(response: Response, file: { attachment: StoredAttachment; content: NodeJS.ReadableStream }, disposition: 'inline' | 'attachment'): StreamableFile {
  const name = file.attachment.fileName ?? (file.attachment.type === 'application/pdf' ? 'evidence.pdf' : 'file');
  response.setHeader('Content-Type', file.attachment.type);
  response.setHeader('Content-Length', String(file.attachment.bytes));
  response.setHeader('Content-Disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(name)}`);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  return new StreamableFile(file.content as never);
}

@ApiTags('nominations 推荐表')
@Controller('api/v1')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Put('nominations/:id/photo')
  @Roles(...FORM_FILLERS)
  @ifMatchHeader
  @ApiOperation({ summary: '上传二寸照片 Upload the two-inch photo (JPEG or PNG, judged by its content)' })
  @ApiConsumes(...PHOTO_TYPES)
  @ApiBody({ schema: binary })
  @formResponse
  @VersionETag()
  uploadPhoto(@CurrentPrincipal() principal: Principal, @Param('id', idPipe('id')) id: string, @Headers('if-match') ifMatch: string | undefined, @Req() request: Request): Promise<NominationView> {
    return this.upload(principal, id, 'photo', undefined, ifMatch, request);
  }

  @Put('nominations/:id/evidence')
  @Roles(...FORM_FILLERS)
  @ifMatchHeader
  @ApiOperation({ summary: '上传证明材料 Upload the evidence file (one PDF or .docx; pages counted from the file)' })
  @ApiConsumes(...EVIDENCE_TYPES)
  @ApiBody({ schema: binary })
  @formResponse
  @VersionETag()
  uploadEvidence(
    @CurrentPrincipal() principal: Principal,
    @Param('id', idPipe('id')) id: string,
    @Query(fileNamePipe) query: { fileName?: string },
    @Headers('if-match') ifMatch: string | undefined,
    @Req() request: Request,
  ): Promise<NominationView> {
    return this.upload(principal, id, 'evidence', query.fileName, ifMatch, request);
  }

  @Get('nominations/:id/photo')
  @Roles(...NOMINATION_PARTIES)
  @ApiOperation({ summary: '查看照片 The photo of a form in your scope' })
  @ApiProduces(...PHOTO_TYPES)
  @ApiResponse({ status: 200, schema: binary, description: 'The photo, inline' })
  async photo(@CurrentPrincipal() principal: Principal, @Param('id', idPipe('id')) id: string, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    return send(response, await this.attachments.open(nominationScopeOf(principal), id, 'photo'), 'inline');
  }

  @Get('nominations/:id/evidence')
  @Roles(...NOMINATION_PARTIES)
  @ApiOperation({ summary: '下载证明材料 The evidence file of a form in your scope' })
  @ApiProduces(...EVIDENCE_TYPES)
  @ApiResponse({ status: 200, schema: binary, description: 'The evidence file, as an attachment' })
  async evidence(@CurrentPrincipal() principal: Principal, @Param('id', idPipe('id')) id: string, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    return send(response, await this.attachments.open(nominationScopeOf(principal), id, 'evidence'), 'attachment');
  }

  @Get('public/campaigns/:campaignId/candidates/:id/photo')
  @Public('the photo of a published candidate is part of the public profile (seed 002)')
  @ApiOperation({ summary: '入围候选人照片 The photo of a published candidate' })
  @ApiProduces(...PHOTO_TYPES)
  @ApiResponse({ status: 200, schema: binary, description: 'The photo, inline' })
  async publicPhoto(@Param('campaignId', idPipe('campaignId')) campaignId: string, @Param('id', idPipe('id')) id: string, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    return send(response, await this.attachments.openPublicPhoto(campaignId, id), 'inline');
  }

  private upload(principal: Principal, id: string, kind: AttachmentKind, fileName: string | undefined, ifMatch: string | undefined, request: Request): Promise<NominationView> {
    return this.attachments.attach(principal, nominationScopeOf(principal), id, kind, request, fileName, versionFromIfMatch(ifMatch));
  }
}
