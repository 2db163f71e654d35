// What the dev SSO child process tells its parent over IPC. Kept apart from server-process.ts so that
// importing @bayu/dev/sso never drags oidc-provider (and its hand-written types) into a caller's program.

export interface ReadyMessage {
  type: 'ready';
  authServerUrl: string;
  realmUrl: string;
  issuer: string;
}

export interface FailedMessage {
  type: 'failed';
  message: string;
}
