import { Body, Controller, Get, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentPrincipal, Public, Roles, type Principal } from '@bayu/platform/auth';
import { ApiZodBody, ApiZodResponse, VersionETag, versionFromIfMatch, ZodPipe } from '@bayu/platform/http';
import { campaignIdParam, campaignViewSchema, type CampaignView } from '../campaigns/campaigns.dto';
import { publicCampaignSchema, publicCandidateSchema, publishShortlistSchema, type PublicCampaign, type PublicCandidate, type PublishShortlistInput } from './shortlist.dto';
import { ShortlistService } from './shortlist.service';

const idPipe = new ZodPipe(campaignIdParam, 'id');

@ApiTags('shortlist 入围名单')
@Controller('api/v1')
export class ShortlistController {
  constructor(private readonly shortlist: ShortlistService) {}

  @Post('campaigns/:id/shortlist')
  @HttpCode(200)
  @Roles('skills-office')
  @ApiHeader({ name: 'If-Match', required: true, description: 'The campaign ETag (version) you read, e.g. "3"' })
  @ApiOperation({ summary: '公布入围名单 Publish the shortlist (once; other endorsed forms are passed over)' })
  @ApiZodBody(publishShortlistSchema)
  @ApiZodResponse(campaignViewSchema)
  @VersionETag()
  publish(
    @CurrentPrincipal() principal: Principal,
    @Param('id', idPipe) id: string,
    @Body(new ZodPipe(publishShortlistSchema)) input: PublishShortlistInput,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<CampaignView> {
    return this.shortlist.publish(principal, id, input, versionFromIfMatch(ifMatch));
  }

  @Get('public/campaigns')
  @Public('the campaigns whose shortlist is published are public by design (seed 002: profiles published for the vote)')
  @ApiOperation({ summary: '已公布入围名单的评选活动 Campaigns with a published shortlist' })
  @ApiZodResponse(z.array(publicCampaignSchema))
  campaigns(): Promise<PublicCampaign[]> {
    return this.shortlist.publicCampaigns();
  }

  @Get('public/campaigns/:id/candidates')
  @Public('published candidate profiles carry only name, employer, occupation, recommender and deeds; nothing private')
  @ApiOperation({ summary: '入围候选人 The published candidates of a campaign' })
  @ApiZodResponse(z.array(publicCandidateSchema))
  candidates(@Param('id', idPipe) id: string): Promise<PublicCandidate[]> {
    return this.shortlist.publicCandidates(id);
  }
}
