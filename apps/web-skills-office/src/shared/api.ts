import { ApiProblem, type ProblemDetails, type RequestOf, type ResponseOf } from '@bayu/api-client';

/** Shapes of the campaign API, from the gateway's OpenAPI document. */
export type CampaignView = ResponseOf<'/api/v1/campaigns/{id}', 'get'>;
export type CampaignPhase = CampaignView['phase'];
export type CampaignSchedule = CampaignView['schedule'];
export type CreateCampaignBody = RequestOf<'/api/v1/campaigns', 'post'>;
export type RescheduleBody = RequestOf<'/api/v1/campaigns/{id}/schedule', 'put'>;
export type NominationView = ResponseOf<'/api/v1/nominations/{id}', 'get'>;
export type NominationStatus = NominationView['status'];
export type TransitionView = ResponseOf<'/api/v1/nominations/{id}/history', 'get'>[number];
export type NextAction = CampaignView['nextActions'][number];
export type PhaseAction = RequestOf<'/api/v1/campaigns/{id}/phase', 'post'>['action'];
export type NominationActionBody = RequestOf<'/api/v1/nominations/{id}/actions', 'post'>;
export type EligibilityOverrideBody = RequestOf<'/api/v1/nominations/{id}/eligibility-override', 'post'>;

/** The If-Match value for a version read from a view (the API's ETag is the quoted version). */
export const ifMatch = (version: number): string => `"${version}"`;

/** The problem to show for a failed call: the API's RFC 9457 body, or the error's message. */
export function problemOf(error: unknown): ProblemDetails | null {
  if (!error) return null;
  if (error instanceof ApiProblem) return error.problem;
  return { detail: error instanceof Error ? error.message : String(error) };
}

/** 412: someone changed the record since it was read. */
export const isVersionConflict = (error: unknown): boolean => error instanceof ApiProblem && error.status === 412;
