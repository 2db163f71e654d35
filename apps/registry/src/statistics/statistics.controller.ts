import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentPrincipal, Roles, type Principal } from '@bayu/platform/auth';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, ZodPipe } from '@bayu/platform/http';
import type { RealmRole } from '@bayu/reference';
import {
  breakdownQuerySchema,
  breakdownViewSchema,
  overviewQuerySchema,
  overviewViewSchema,
  targetInputSchema,
  targetViewSchema,
  targetYearParam,
  type BreakdownQuery,
  type BreakdownView,
  type OverviewQuery,
  type OverviewView,
  type TargetInput,
  type TargetView,
} from './statistics.dto';
import { StatisticsService } from './statistics.service';

/** Aggregates hold no personal data: every agency reads the city's figures. */
const AGENCIES: [RealmRole, ...RealmRole[]] = ['hrss', 'skills-office', 'union', 'daily', 'district', 'department', 'central-unit'];

@ApiTags('statistics 统计')
@Controller('api/v1/statistics')
export class StatisticsController {
  constructor(private readonly statistics: StatisticsService) {}

  @Get('overview')
  @Roles(...AGENCIES)
  @ApiOperation({ summary: '全市技能人才总量、高技能人才占比与年度目标进度 Totals, high-skilled share and progress to the yearly target' })
  @ApiZodQuery(overviewQuerySchema)
  @ApiZodResponse(overviewViewSchema)
  overview(@Query(new ZodPipe(overviewQuerySchema)) query: OverviewQuery): Promise<OverviewView> {
    return this.statistics.overview(query);
  }

  @Get('breakdown')
  @Roles(...AGENCIES)
  @ApiOperation({ summary: '按区县、行业、等级、年度或职业分布 Breakdown by district, industry, level, year or occupation' })
  @ApiZodQuery(breakdownQuerySchema)
  @ApiZodResponse(breakdownViewSchema)
  breakdown(@Query(new ZodPipe(breakdownQuerySchema)) query: BreakdownQuery): Promise<BreakdownView> {
    return this.statistics.breakdown(query);
  }

  @Get('targets')
  @Roles(...AGENCIES)
  @ApiOperation({ summary: '年度目标 Yearly targets' })
  @ApiZodResponse(z.array(targetViewSchema))
  targets(): Promise<TargetView[]> {
    return this.statistics.targets();
  }

  @Put('targets/:year')
  @Roles('hrss')
  @ApiOperation({ summary: '设定年度目标 Set the target of a year' })
  @ApiZodBody(targetInputSchema)
  @ApiZodResponse(targetViewSchema)
  setTarget(
    @CurrentPrincipal() principal: Principal,
    @Param('year', new ZodPipe(targetYearParam, 'year')) year: number,
    @Body(new ZodPipe(targetInputSchema)) input: TargetInput,
  ): Promise<TargetView> {
    return this.statistics.setTarget(principal, year, input);
  }
}
