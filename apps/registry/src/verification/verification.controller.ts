import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Public } from '@bayu/platform/auth';
import { ApiZodBody, ApiZodResponse, ZodPipe } from '@bayu/platform/http';
import { VerificationService } from './verification.service';

export const verifyCertificateSchema = z
  .object({
    certificateNumber: z.string().trim().min(1).max(64),
    holderName: z.string().trim().min(1).max(50),
  })
  .strict();
export const verificationResultSchema = z.object({ result: z.enum(['valid', 'revoked', 'not-found']) });

@ApiTags('public 公众服务')
@Controller('api/v1/public/certificates')
export class VerificationController {
  constructor(private readonly verification: VerificationService) {}

  @Post('verify')
  @HttpCode(200)
  @Public('anyone may check a certificate: answers only valid, revoked or not found, in constant time, rate limited at the gateway')
  @ApiOperation({ summary: '证书真伪查询 Check a certificate by number and holder name' })
  @ApiZodBody(verifyCertificateSchema)
  @ApiZodResponse(verificationResultSchema)
  verify(@Body(new ZodPipe(verifyCertificateSchema)) input: z.infer<typeof verifyCertificateSchema>): Promise<z.infer<typeof verificationResultSchema>> {
    return this.verification.verify(input.certificateNumber, input.holderName);
  }
}
