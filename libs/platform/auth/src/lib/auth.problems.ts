import { defineProblems } from '@bayu/platform/http';

export const authProblems = defineProblems('auth', {
  'missing-token': { status: 401, zh: '需要登录：缺少访问令牌', en: 'Authentication required: no bearer token' },
  'invalid-token': { status: 401, zh: '访问令牌无效或已过期', en: 'The bearer token is invalid or expired' },
  'missing-role': { status: 403, zh: '当前账号无权执行此操作', en: 'Your account lacks the role this needs' },
  'undeclared-access': { status: 403, zh: '该接口未声明访问权限，已拒绝', en: 'This endpoint declares no access policy and is denied' },
  'out-of-scope': { status: 403, zh: '超出本单位的数据范围', en: 'Outside the data scope of your agency' },
  'sso-unavailable': { status: 503, zh: '统一认证服务暂不可用', en: 'The single sign-on service is unavailable' },
});

export const BEARER_CHALLENGE = (realm: string, error?: string) => ({ 'WWW-Authenticate': `Bearer realm="${realm}"${error ? `, error="${error}"` : ''}` });
