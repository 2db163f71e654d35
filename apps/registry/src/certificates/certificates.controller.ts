import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentPrincipal, dataScopeOf, Roles, type Principal } from '@bayu/platform/auth';
import { ApiZodBody, ApiZodResponse, ZodPipe } from '@bayu/platform/http';
import { REGISTRY_READERS, REGISTRY_SCOPE } from '../registry-access';
import {
  certificateIssuedViewSchema,
  certificateViewSchema,
  issueCertificateSchema,
  revokeCertificateSchema,
  type CertificateIssuedView,
  type CertificateView,
  type IssueCertificateInput,
  type RevokeCertificateInput,
} from './certificates.dto';
import { CertificatesService } from './certificates.service';

@ApiTags('certificates 证书与称号')
@Controller('api/v1')
export class CertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @Post('workers/:workerId/certificates')
  @HttpCode(201)
  @Roles('hrss')
  @ApiOperation({ summary: '登记证书、职称或非遗传承人称号 Record a certificate, professional title or heritage title' })
  @ApiZodBody(issueCertificateSchema)
  @ApiZodResponse(certificateIssuedViewSchema, 201)
  issue(
    @CurrentPrincipal() principal: Principal,
    @Param('workerId', new ZodPipe(z.uuid(), 'workerId')) workerId: string,
    @Body(new ZodPipe(issueCertificateSchema)) input: IssueCertificateInput,
  ): Promise<CertificateIssuedView> {
    return this.certificates.issue(principal, dataScopeOf(principal, REGISTRY_SCOPE), workerId, input);
  }

  @Get('workers/:workerId/certificates')
  @Roles(...REGISTRY_READERS)
  @ApiOperation({ summary: '人员的证书与称号 Certificates and titles of a worker' })
  @ApiZodResponse(z.array(certificateViewSchema))
  list(@CurrentPrincipal() principal: Principal, @Param('workerId', new ZodPipe(z.uuid(), 'workerId')) workerId: string): Promise<CertificateView[]> {
    return this.certificates.listForWorker(dataScopeOf(principal, REGISTRY_SCOPE), workerId);
  }

  @Post('certificates/:id/revocation')
  @HttpCode(200)
  @Roles('hrss')
  @ApiOperation({ summary: '撤销证书 Revoke a certificate (the worker’s level is derived again)' })
  @ApiZodBody(revokeCertificateSchema)
  @ApiZodResponse(certificateViewSchema)
  revoke(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ZodPipe(z.uuid(), 'id')) id: string,
    @Body(new ZodPipe(revokeCertificateSchema)) input: RevokeCertificateInput,
  ): Promise<CertificateView> {
    return this.certificates.revoke(principal, dataScopeOf(principal, REGISTRY_SCOPE), id, input.reason);
  }
}
