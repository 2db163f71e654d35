import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import { CurrentPrincipal, Roles, type Principal } from '@bayu/platform/auth';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, VersionETag, versionFromIfMatch, ZodPipe } from '@bayu/platform/http';
import { attachmentRulesOf } from '../attachments/attachment-rules';
import { attachmentRulesViewSchema, type AttachmentRulesView } from '../attachments/attachments.dto';
import { FORM_FILLERS, NOMINATION_PARTIES, nominationScopeOf } from '../campaign-access';
import { campaignIdParam } from '../campaigns/campaigns.dto';
import { CAMPAIGN_CONFIG, type CampaignConfig } from '../config';
import {
  createNominationSchema,
  eligibilityOverrideSchema,
  listNominationsSchema,
  nominationActionSchema,
  nominationIdParam,
  nominationPageSchema,
  nominationViewSchema,
  quotaUsageViewSchema,
  replaceNominationSchema,
  transitionViewSchema,
  type CreateNominationInput,
  type EligibilityOverrideInput,
  type ListNominationsInput,
  type NominationActionInput,
  type NominationPage,
  type NominationView,
  type QuotaUsageView,
  type ReplaceNominationInput,
  type TransitionView,
} from './nominations.dto';
import { NominationsService } from './nominations.service';

const idPipe = new ZodPipe(nominationIdParam, 'id');
const ifMatchHeader = ApiHeader({ name: 'If-Match', required: true, description: 'The ETag (version) you read, e.g. "3"' });

@ApiTags('nominations 推荐表')
@Controller('api/v1')
export class NominationsController {
  constructor(
    private readonly nominations: NominationsService,
    @Inject(CAMPAIGN_CONFIG) private readonly config: CampaignConfig,
  ) {}

  @Post('nominations')
  @HttpCode(201)
  @Roles(...FORM_FILLERS)
  @ApiOperation({ summary: '填写推荐表 An employer starts a recommendation form (draft)' })
  @ApiZodBody(createNominationSchema)
  @ApiZodResponse(nominationViewSchema, 201)
  @VersionETag()
  async create(@CurrentPrincipal() principal: Principal, @Body(new ZodPipe(createNominationSchema)) input: CreateNominationInput, @Res({ passthrough: true }) response: Response): Promise<NominationView> {
    const nomination = await this.nominations.create(principal, input);
    response.setHeader('Location', `/api/v1/nominations/${nomination.id}`);
    return nomination;
  }

  @Get('campaigns/:campaignId/nominations')
  @Roles(...NOMINATION_PARTIES)
  @ApiOperation({ summary: '推荐表列表 The forms of a campaign in your scope' })
  @ApiZodQuery(listNominationsSchema)
  @ApiZodResponse(nominationPageSchema)
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('campaignId', new ZodPipe(campaignIdParam, 'campaignId')) campaignId: string,
    @Query(new ZodPipe(listNominationsSchema)) query: ListNominationsInput,
  ): Promise<NominationPage> {
    return this.nominations.list(nominationScopeOf(principal), campaignId, query);
  }

  @Get('campaigns/:id/quota-usage')
  @Roles(...NOMINATION_PARTIES)
  @ApiOperation({ summary: '推荐名额使用情况 Quota used and left by each recommender in your scope, with its forms by status' })
  @ApiZodResponse(quotaUsageViewSchema)
  quotaUsage(@CurrentPrincipal() principal: Principal, @Param('id', new ZodPipe(campaignIdParam, 'id')) id: string): Promise<QuotaUsageView> {
    return this.nominations.quotaUsage(nominationScopeOf(principal), id);
  }

  /** Declared before 'nominations/:id', which would otherwise take "attachment-rules" for an id. */
  @Get('nominations/attachment-rules')
  @Roles(...NOMINATION_PARTIES)
  @ApiOperation({ summary: '照片和证明材料的要求 What the photo and the evidence file may be (size, types, pixels, pages), as the uploads check them' })
  @ApiZodResponse(attachmentRulesViewSchema)
  attachmentRules(): AttachmentRulesView {
    return attachmentRulesOf(this.config);
  }

  @Get('nominations/:id')
  @Roles(...NOMINATION_PARTIES)
  @ApiOperation({ summary: '查看推荐表 A form in your scope, ID number masked; ETag carries the version' })
  @ApiZodResponse(nominationViewSchema)
  @VersionETag()
  get(@CurrentPrincipal() principal: Principal, @Param('id', idPipe) id: string): Promise<NominationView> {
    return this.nominations.get(nominationScopeOf(principal), id);
  }

  @Put('nominations/:id')
  @Roles(...FORM_FILLERS)
  @ifMatchHeader
  @ApiOperation({ summary: '修改推荐表 The employer corrects a draft or a returned form; without form.nationalId the stored number is kept (and checked against)' })
  @ApiZodBody(replaceNominationSchema)
  @ApiZodResponse(nominationViewSchema)
  @VersionETag()
  replace(
    @CurrentPrincipal() principal: Principal,
    @Param('id', idPipe) id: string,
    @Body(new ZodPipe(replaceNominationSchema)) input: ReplaceNominationInput,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<NominationView> {
    return this.nominations.replace(principal, nominationScopeOf(principal), id, input, versionFromIfMatch(ifMatch));
  }

  @Post('nominations/:id/actions')
  @HttpCode(200)
  @Roles(...NOMINATION_PARTIES)
  @ifMatchHeader
  @ApiOperation({ summary: '签署意见 / 退回 / 撤回 Take the next step of the endorsement chain' })
  @ApiZodBody(nominationActionSchema)
  @ApiZodResponse(nominationViewSchema)
  @VersionETag()
  act(
    @CurrentPrincipal() principal: Principal,
    @Param('id', idPipe) id: string,
    @Body(new ZodPipe(nominationActionSchema)) input: NominationActionInput,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<NominationView> {
    return this.nominations.act(principal, nominationScopeOf(principal), id, input, versionFromIfMatch(ifMatch));
  }

  @Post('nominations/:id/eligibility-override')
  @HttpCode(200)
  @Roles('skills-office')
  @ifMatchHeader
  @ApiOperation({ summary: '认定资格（说明理由）The skills office decides eligibility against the computed result, with a justification' })
  @ApiZodBody(eligibilityOverrideSchema)
  @ApiZodResponse(nominationViewSchema)
  @VersionETag()
  overrideEligibility(
    @CurrentPrincipal() principal: Principal,
    @Param('id', idPipe) id: string,
    @Body(new ZodPipe(eligibilityOverrideSchema)) input: EligibilityOverrideInput,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<NominationView> {
    return this.nominations.overrideEligibility(principal, id, input, versionFromIfMatch(ifMatch));
  }

  @Get('nominations/:id/history')
  @Roles(...NOMINATION_PARTIES)
  @ApiOperation({ summary: '流转记录 Every step of the form: who, when, from and to, opinion, what changed' })
  @ApiZodResponse(z.array(transitionViewSchema))
  history(@CurrentPrincipal() principal: Principal, @Param('id', idPipe) id: string): Promise<TransitionView[]> {
    return this.nominations.history(nominationScopeOf(principal), id);
  }
}
