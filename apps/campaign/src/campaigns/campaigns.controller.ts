import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import { CurrentPrincipal, Roles, type Principal } from '@bayu/platform/auth';
import { ApiZodBody, ApiZodResponse, VersionETag, versionFromIfMatch, ZodPipe } from '@bayu/platform/http';
import { CAMPAIGN_PARTICIPANTS } from '../campaign-access';
import type { PhaseAction } from './campaign-phases';
import { campaignIdParam, campaignViewSchema, createCampaignSchema, phaseActionSchema, rescheduleCampaignSchema, type CampaignView, type CreateCampaignInput, type RescheduleCampaignInput } from './campaigns.dto';
import { CampaignsService } from './campaigns.service';

const idPipe = new ZodPipe(campaignIdParam, 'id');
const ifMatchHeader = ApiHeader({ name: 'If-Match', required: true, description: 'The ETag (version) you read, e.g. "3"' });

@ApiTags('campaigns 评选活动')
@Controller('api/v1/campaigns')
export class CampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Post()
  @HttpCode(201)
  @Roles('skills-office')
  @ApiOperation({ summary: '创建年度评选活动 Create a year’s campaign with its dates, quotas and sizes' })
  @ApiZodBody(createCampaignSchema)
  @ApiZodResponse(campaignViewSchema, 201)
  @VersionETag()
  async create(@CurrentPrincipal() principal: Principal, @Body(new ZodPipe(createCampaignSchema)) input: CreateCampaignInput, @Res({ passthrough: true }) response: Response): Promise<CampaignView> {
    const campaign = await this.campaigns.create(principal, input);
    response.setHeader('Location', `/api/v1/campaigns/${campaign.id}`);
    return campaign;
  }

  @Get()
  @Roles(...CAMPAIGN_PARTICIPANTS)
  @ApiOperation({ summary: '评选活动列表 Campaigns, newest year first' })
  @ApiZodResponse(z.array(campaignViewSchema))
  list(@CurrentPrincipal() principal: Principal): Promise<CampaignView[]> {
    return this.campaigns.list(principal);
  }

  @Get(':id')
  @Roles(...CAMPAIGN_PARTICIPANTS)
  @ApiOperation({ summary: '评选活动详情 A campaign; ETag carries the version' })
  @ApiZodResponse(campaignViewSchema)
  @VersionETag()
  get(@CurrentPrincipal() principal: Principal, @Param('id', idPipe) id: string): Promise<CampaignView> {
    return this.campaigns.get(principal, id);
  }

  @Post(':id/phase')
  @HttpCode(200)
  @Roles('skills-office')
  @ifMatchHeader
  @ApiOperation({ summary: '推进活动阶段 Move the campaign to its next phase (emits campaign.phase-changed)' })
  @ApiZodBody(phaseActionSchema)
  @ApiZodResponse(campaignViewSchema)
  @VersionETag()
  changePhase(
    @CurrentPrincipal() principal: Principal,
    @Param('id', idPipe) id: string,
    @Body(new ZodPipe(phaseActionSchema)) input: { action: string },
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<CampaignView> {
    return this.campaigns.changePhase(principal, id, input.action as PhaseAction, versionFromIfMatch(ifMatch));
  }

  @Put(':id/schedule')
  @Roles('skills-office')
  @ifMatchHeader
  @ApiOperation({ summary: '调整日程与截止时间 Change the dates or extend the form deadline' })
  @ApiZodBody(rescheduleCampaignSchema)
  @ApiZodResponse(campaignViewSchema)
  @VersionETag()
  reschedule(
    @CurrentPrincipal() principal: Principal,
    @Param('id', idPipe) id: string,
    @Body(new ZodPipe(rescheduleCampaignSchema)) input: RescheduleCampaignInput,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<CampaignView> {
    return this.campaigns.reschedule(principal, id, input, versionFromIfMatch(ifMatch));
  }
}
