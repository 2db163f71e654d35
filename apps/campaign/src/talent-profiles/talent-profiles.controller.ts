import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Roles } from '@bayu/platform/auth';
import { ApiZodResponse, defineProblems, ZodPipe } from '@bayu/platform/http';
import { CampaignDatabase } from '../database/campaign-database';

export const talentProfileProblems = defineProblems('talent-profile', {
  'not-found': { status: 404, zh: '评选服务尚未收到该人员的登记信息', en: 'The campaign has no profile for this worker yet' },
});

export const talentProfileViewSchema = z.object({
  workerId: z.uuid(),
  nationalIdMasked: z.string(),
  name: z.string(),
  districtCode: z.string(),
  employerName: z.string(),
  occupation: z.string(),
  registeredAt: z.iso.datetime(),
  lastEventId: z.uuid().describe('the last registry event applied to this profile'),
});
export type TalentProfileView = z.infer<typeof talentProfileViewSchema>;

@ApiTags('talent-profiles 人才档案（投影）')
@Controller('api/v1/talent-profiles')
export class TalentProfilesController {
  constructor(private readonly db: CampaignDatabase) {}

  @Get(':workerId')
  @Roles('skills-office')
  @ApiOperation({ summary: '评选服务所见的人才档案 The campaign’s projection of a registered worker' })
  @ApiZodResponse(talentProfileViewSchema)
  async get(@Param('workerId', new ZodPipe(z.uuid(), 'workerId')) workerId: string): Promise<TalentProfileView> {
    const row = await this.db.talentProfile.findUnique({ where: { workerId } });
    if (!row) throw talentProfileProblems.raise('not-found');
    return {
      workerId: row.workerId,
      nationalIdMasked: row.nationalIdMasked,
      name: row.name,
      districtCode: row.districtCode,
      employerName: row.employerName,
      occupation: row.occupation,
      registeredAt: row.registeredAt.toISOString(),
      lastEventId: row.lastEventId,
    };
  }
}
