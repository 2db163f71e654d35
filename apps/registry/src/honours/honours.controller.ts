import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentPrincipal, dataScopeOf, Roles, type Principal } from '@bayu/platform/auth';
import { ApiZodBody, ApiZodResponse, ZodPipe } from '@bayu/platform/http';
import { REGISTRY_READERS, REGISTRY_SCOPE } from '../registry-access';
import { grantHonourSchema, honourViewSchema, type GrantHonourInput, type HonourView } from './honours.dto';
import { HonoursService } from './honours.service';

const workerId = new ZodPipe(z.uuid(), 'workerId');

@ApiTags('honours 荣誉')
@Controller('api/v1/workers/:workerId/honours')
export class HonoursController {
  constructor(private readonly honours: HonoursService) {}

  @Post()
  @HttpCode(201)
  @Roles('hrss')
  @ApiOperation({ summary: '登记荣誉 Record an honour' })
  @ApiZodBody(grantHonourSchema)
  @ApiZodResponse(honourViewSchema, 201)
  grant(@CurrentPrincipal() principal: Principal, @Param('workerId', workerId) id: string, @Body(new ZodPipe(grantHonourSchema)) input: GrantHonourInput): Promise<HonourView> {
    return this.honours.grant(principal, dataScopeOf(principal, REGISTRY_SCOPE), id, input);
  }

  @Get()
  @Roles(...REGISTRY_READERS)
  @ApiOperation({ summary: '人员的荣誉 Honours of a worker' })
  @ApiZodResponse(z.array(honourViewSchema))
  list(@CurrentPrincipal() principal: Principal, @Param('workerId', workerId) id: string): Promise<HonourView[]> {
    return this.honours.listForWorker(dataScopeOf(principal, REGISTRY_SCOPE), id);
  }
}
