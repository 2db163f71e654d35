export * from './lib/auth-context';
export * from './lib/oidc-session';
export * from './lib/pkce';
export * from './lib/runtime-config';
export * from './lib/user';
