import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, dataScopeOf, Roles, type Principal } from '@bayu/platform/auth';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, VersionETag, versionFromIfMatch, ZodPipe } from '@bayu/platform/http';
import { REGISTRY_READERS, REGISTRY_SCOPE } from '../registry-access';
import {
  lookupWorkerSchema,
  nationalIdViewSchema,
  registerWorkerSchema,
  searchWorkersSchema,
  updateWorkerSchema,
  workerIdParam,
  workerPageSchema,
  workerViewSchema,
  type LookupWorkerInput,
  type NationalIdView,
  type RegisterWorkerInput,
  type SearchWorkersInput,
  type UpdateWorkerInput,
  type WorkerPage,
  type WorkerView,
} from './workers.dto';
import { WorkersService } from './workers.service';

const idPipe = new ZodPipe(workerIdParam, 'id');

@ApiTags('workers 技能人才')
@Controller('api/v1/workers')
export class WorkersController {
  constructor(private readonly workers: WorkersService) {}

  @Post()
  @HttpCode(201)
  @Roles('hrss')
  @ApiOperation({ summary: '登记技能人才 Register a skilled worker' })
  @ApiZodBody(registerWorkerSchema)
  @ApiZodResponse(workerViewSchema, 201)
  register(@CurrentPrincipal() principal: Principal, @Body(new ZodPipe(registerWorkerSchema)) input: RegisterWorkerInput): Promise<WorkerView> {
    return this.workers.register(principal, input);
  }

  @Get()
  @Roles(...REGISTRY_READERS)
  @ApiOperation({ summary: '查询技能人才（分页）Search workers, newest first, in your scope' })
  @ApiZodQuery(searchWorkersSchema)
  @ApiZodResponse(workerPageSchema)
  search(@CurrentPrincipal() principal: Principal, @Query(new ZodPipe(searchWorkersSchema)) query: SearchWorkersInput): Promise<WorkerPage> {
    return this.workers.search(dataScopeOf(principal, REGISTRY_SCOPE), query);
  }

  @Post('lookup')
  @HttpCode(200)
  @Roles(...REGISTRY_READERS)
  @ApiOperation({ summary: '按身份证号查找（号码放在请求体中）Find a worker by ID number (sent in the body, never in the URL)' })
  @ApiZodBody(lookupWorkerSchema)
  @ApiZodResponse(workerViewSchema)
  lookup(@CurrentPrincipal() principal: Principal, @Body(new ZodPipe(lookupWorkerSchema)) input: LookupWorkerInput): Promise<WorkerView> {
    return this.workers.lookup(principal, dataScopeOf(principal, REGISTRY_SCOPE), input.nationalId);
  }

  @Get(':id')
  @Roles(...REGISTRY_READERS)
  @ApiOperation({ summary: '查看技能人才（身份证号脱敏）Read a worker, ID number masked; ETag carries the version' })
  @ApiZodResponse(workerViewSchema)
  @VersionETag()
  get(@CurrentPrincipal() principal: Principal, @Param('id', idPipe) id: string): Promise<WorkerView> {
    return this.workers.get(dataScopeOf(principal, REGISTRY_SCOPE), id);
  }

  @Patch(':id')
  @Roles('hrss')
  @ApiOperation({ summary: '修改技能人才信息 Update a worker (If-Match required)' })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag (version) you read, e.g. "3"' })
  @ApiZodBody(updateWorkerSchema)
  @ApiZodResponse(workerViewSchema)
  @VersionETag()
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', idPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body(new ZodPipe(updateWorkerSchema)) patch: UpdateWorkerInput,
  ): Promise<WorkerView> {
    return this.workers.update(principal, dataScopeOf(principal, REGISTRY_SCOPE), id, versionFromIfMatch(ifMatch), patch);
  }

  @Get(':id/national-id')
  @Roles('national-id-reader')
  @ApiOperation({ summary: '查看完整身份证号（留痕）Read the national ID number in clear (audited)' })
  @ApiZodResponse(nationalIdViewSchema)
  revealNationalId(@CurrentPrincipal() principal: Principal, @Param('id', idPipe) id: string): Promise<NationalIdView> {
    return this.workers.revealNationalId(principal, dataScopeOf(principal, REGISTRY_SCOPE), id);
  }
}
