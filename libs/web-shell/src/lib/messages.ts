import { NOMINATION_STATUSES, NOMINATION_STATUS_NAMES } from '@bayu/reference';
import { defineMessages } from '@bayu/ui';

/** `status.<status>` for every state of a 推荐表, named once in @bayu/reference for every app. */
const statusNames = (language: 'zh' | 'en'): Record<string, string> =>
  Object.fromEntries(NOMINATION_STATUSES.map((status) => [`status.${status}`, NOMINATION_STATUS_NAMES[status][language]]));

const frameMessages = defineMessages({
  'zh-CN': {
    'shell.signIn': '统一身份认证登录',
    'shell.signInTitle': '请先登录',
    'shell.signInBody': '本系统使用重庆市统一身份认证。登录后只显示您的角色和辖区可以办理的事项。',
    'shell.signingIn': '正在登录…',
    'shell.signInFailed': '登录未完成：{reason}',
    'shell.forbiddenTitle': '无权使用本系统',
    'shell.forbiddenBody': '您的账号（{user}）没有使用本系统的角色。如需开通，请联系本单位管理员。',
    'shell.notFound': '页面不存在',
    'role.hrss': '市人力社保局',
    'role.skills-office': '市职业技能鉴定指导中心',
    'role.district': '区县人力社保局',
    'role.department': '市级部门',
    'role.central-unit': '中央在渝单位',
    'role.employer': '推荐单位',
    'role.union': '市总工会',
    'role.daily': '重庆日报',
    'role.expert': '评审专家',
  },
  en: {
    'shell.signIn': 'Sign in with city SSO',
    'shell.signInTitle': 'Please sign in',
    'shell.signInBody': 'This system uses the Chongqing single sign-on. Once signed in you see only what your role and area may handle.',
    'shell.signingIn': 'Signing in…',
    'shell.signInFailed': 'Sign-in did not finish: {reason}',
    'shell.forbiddenTitle': 'No access to this system',
    'shell.forbiddenBody': 'Your account ({user}) has no role for this system. Ask your organisation\'s administrator to grant one.',
    'shell.notFound': 'Page not found',
    'role.hrss': 'Municipal HR & Social Security Bureau',
    'role.skills-office': 'Municipal Skills Appraisal Guidance Centre',
    'role.district': 'District HR & Social Security Bureau',
    'role.department': 'Municipal department',
    'role.central-unit': 'Central unit in Chongqing',
    'role.employer': 'Recommending employer',
    'role.union': 'Municipal Federation of Trade Unions',
    'role.daily': 'Chongqing Daily',
    'role.expert': 'Review expert',
  },
});

export const shellMessages = {
  'zh-CN': { ...frameMessages['zh-CN'], ...statusNames('zh') },
  en: { ...frameMessages.en, ...statusNames('en') },
};
