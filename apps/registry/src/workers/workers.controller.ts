import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, dataScopeOf, Roles, type Principal } from '@bayu/platform/auth';
import { ApiZodBody, openApiSchemaOf, ZodPipe } from '@bayu/platform/http';
import { registerWorkerSchema, workerIdParam, workerViewSchema, type RegisterWorkerInput, type WorkerView } from './workers.dto';
import { WorkersService } from './workers.service';

const CITY_WIDE = { cityWide: ['hrss', 'skills-office'] } as const;

@ApiTags('workers 技能人才')
@Controller('api/v1/workers')
export class WorkersController {
  constructor(private readonly workers: WorkersService) {}

  @Post()
  @HttpCode(201)
  @Roles('hrss')
  @ApiOperation({ summary: '登记技能人才 Register a skilled worker' })
  @ApiZodBody(registerWorkerSchema)
  @ApiResponse({ status: 201, schema: openApiSchemaOf(workerViewSchema) as never })
  register(@CurrentPrincipal() principal: Principal, @Body(new ZodPipe(registerWorkerSchema)) input: RegisterWorkerInput): Promise<WorkerView> {
    return this.workers.register(principal, input);
  }

  @Get(':id')
  @Roles('hrss', 'skills-office', 'district')
  @ApiOperation({ summary: '查看技能人才（身份证号脱敏）Read a worker, ID number masked' })
  @ApiResponse({ status: 200, schema: openApiSchemaOf(workerViewSchema) as never })
  get(@CurrentPrincipal() principal: Principal, @Param('id', new ZodPipe(workerIdParam, 'id')) id: string): Promise<WorkerView> {
    return this.workers.get(dataScopeOf(principal, CITY_WIDE), id);
  }

  @Get(':id/national-id')
  @Roles('national-id-reader')
  @ApiOperation({ summary: '查看完整身份证号（留痕）Read the national ID number in clear (audited)' })
  revealNationalId(@CurrentPrincipal() principal: Principal, @Param('id', new ZodPipe(workerIdParam, 'id')) id: string): Promise<{ nationalId: string }> {
    return this.workers.revealNationalId(principal, dataScopeOf(principal, CITY_WIDE), id);
  }
}
