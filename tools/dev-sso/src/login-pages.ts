// Plain HTML pages of the dev SSO, Chinese first and English second, no scripts beyond an optional auto-submit.
import type { KoaContextWithOIDC } from 'oidc-provider';
import { escapeHtml } from './http-utils';

const STYLE =
  'body{font-family:"PingFang SC","Microsoft YaHei",system-ui,sans-serif;background:#f4f6f8;margin:0}' +
  'main{max-width:360px;margin:64px auto;background:#fff;padding:28px 32px;border-radius:8px;box-shadow:0 1px 4px rgba(0,0,0,.15)}' +
  'h1{font-size:20px;margin:0 0 4px}p.sub{color:#666;margin:0 0 20px;font-size:13px}' +
  'label{display:block;font-size:14px;margin:12px 0 4px}input[type=text],input[type=password]{width:100%;box-sizing:border-box;padding:8px;font-size:15px}' +
  'button{margin-top:20px;width:100%;padding:10px;font-size:15px;background:#b22222;color:#fff;border:0;border-radius:4px;cursor:pointer}' +
  '.error{background:#fdecea;color:#a61b1b;padding:8px 10px;border-radius:4px;font-size:14px}.dev{color:#999;font-size:12px;margin-top:16px}';

function layout(title: string, body: string): string {
  return (
    `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>${escapeHtml(title)}</title>` +
    `<style>${STYLE}</style></head><body><main>${body}</main></body></html>`
  );
}

export interface LoginPageModel {
  action: string;
  realmName: string;
  clientName: string;
  username?: string;
  error?: boolean;
}

export function loginPage(model: LoginPageModel): string {
  const error = model.error
    ? '<p class="error" role="alert">用户名或密码错误。<br>Invalid username or password.</p>'
    : '';
  return layout(
    '登录 Sign in',
    `<h1>登录 Sign in</h1><p class="sub">${escapeHtml(model.realmName)} · ${escapeHtml(model.clientName)}</p>${error}` +
      `<form method="post" action="${escapeHtml(model.action)}" autocomplete="off">` +
      `<label for="username">用户名 Username</label>` +
      `<input id="username" name="username" type="text" autofocus value="${escapeHtml(model.username ?? '')}">` +
      `<label for="password">密码 Password</label><input id="password" name="password" type="password">` +
      `<button type="submit" name="login" value="login">登录 Sign in</button></form>` +
      `<p class="dev">开发环境单点登录（非 Keycloak） · Development SSO (not Keycloak)</p>`,
  );
}

/** oidc-provider's logout confirmation; auto-submits when the RP sent id_token_hint, as Keycloak does. */
export async function logoutPage(ctx: KoaContextWithOIDC, form: string): Promise<void> {
  const autoSubmit = ctx.oidc.params.id_token_hint !== undefined;
  const withLogout = form.replace('</form>', '<input type="hidden" name="logout" value="yes"/></form>');
  ctx.type = 'html';
  ctx.body = layout(
    '退出登录 Sign out',
    `<h1>退出登录 Sign out</h1><p class="sub">您要退出登录吗？ Do you want to sign out?</p>${withLogout}` +
      `<button type="submit" form="op.logoutForm">退出 Sign out</button>` +
      (autoSubmit ? '<script>document.forms[0].submit()</script>' : ''),
  );
}

export async function postLogoutPage(ctx: KoaContextWithOIDC): Promise<void> {
  ctx.type = 'html';
  ctx.body = layout('已退出 Signed out', '<h1>已退出登录</h1><p class="sub">You are signed out.</p>');
}

export async function errorPage(ctx: KoaContextWithOIDC, out: Record<string, string>): Promise<void> {
  const details = Object.entries(out)
    .map(([key, value]) => `<p><strong>${escapeHtml(key)}</strong>: ${escapeHtml(String(value))}</p>`)
    .join('');
  ctx.type = 'html';
  ctx.body = layout('出错了 Error', `<h1>出错了 Something went wrong</h1>${details}`);
}
