// What `npm start` prints once everything is up: where things are, and who to sign in as. Chinese first,
// then English, as on the platform's own pages.
import { loadRealm, passwordOf } from '@bayu/dev/sso';
import { AGENCY_NAMES, type AgencyRole } from '@bayu/reference';

export interface DemoLogin {
  readonly username: string;
  readonly displayName: string;
  readonly agencyZh: string;
  readonly agencyEn: string;
  readonly password: string;
}

/** The realm file's demo users (not service accounts), with their agency in both languages. */
export function demoLogins(realmFile: string): DemoLogin[] {
  const realm = loadRealm(realmFile);
  return realm.users
    .filter((user) => !user.serviceAccountClientId)
    .map((user) => {
      const agency = user.attributes?.agency?.[0];
      const names = agency && agency in AGENCY_NAMES ? AGENCY_NAMES[agency as AgencyRole] : { zh: '公众', en: 'Citizen' };
      return {
        username: user.username,
        displayName: user.attributes?.display_name?.[0] ?? user.firstName ?? '',
        agencyZh: names.zh,
        agencyEn: names.en,
        password: passwordOf(user) ?? '-',
      };
    });
}

/** Terminal columns of a string: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    width += (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) ? 2 : 1;
  }
  return width;
}

/** Cuts `text` to at most `width` columns, ending in … when cut. */
export function clip(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

export function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export interface BannerInput {
  readonly gatewayUrl: string;
  readonly services: ReadonlyArray<{ readonly name: string; readonly url: string }>;
  readonly realmUrl: string;
  /** The agency web apps served, in banner order. */
  readonly webApps?: ReadonlyArray<{ readonly name: string; readonly url: string }>;
  readonly databases: readonly string[];
  readonly databaseNote?: string;
  readonly kafka: { readonly bootstrap: readonly string[]; readonly topics: number };
  readonly tracing: string | undefined;
  readonly logDir: string;
  readonly seed?: { readonly created: number; readonly existing: number; readonly exampleId?: string };
  readonly logins: readonly DemoLogin[];
  readonly readyAfterMs: number;
  readonly smoke: boolean;
}

/** Who signs in where: each app with the demo users it is for. */
export const WEB_APP_GUIDE: Readonly<Record<string, { readonly zh: string; readonly en: string; readonly users: string }>> = {
  'web-public': { zh: '公众网站', en: 'Public site', users: '无需登录 · no sign-in' },
  'web-hrss': { zh: '人才库', en: 'Talent registry', users: 'hrss.clerk, hrss.admin' },
  'web-recommend': { zh: '推荐申报', en: 'Recommendations', users: 'employer.chengkou-power, employer.shouxun, district.chengkou, dept.transport' },
  'web-skills-office': { zh: '评选管理', en: 'Selection office', users: 'skills.office' },
};

function webAppRows(apps: NonNullable<BannerInput['webApps']>, row: (zh: string, en: string, value: string) => string, more: (value: string) => string): string[] {
  if (apps.length === 0) return [row('网页应用', 'Web apps', '未构建 · not built (npx nx run-many -t build -p web-public web-hrss web-recommend web-skills-office)')];
  return apps.flatMap((app, i) => {
    const guide = WEB_APP_GUIDE[app.name];
    const line = `${app.url}  ${guide ? `${guide.zh} ${guide.en} — ${guide.users}` : app.name}`;
    return [i === 0 ? row('网页应用', 'Web apps', line) : more(line)];
  });
}

export function renderBanner(input: BannerInput): string {
  const rule = '═'.repeat(100);
  const row = (zh: string, en: string, value: string): string => ` ${pad(zh, 10)} ${pad(en, 16)} ${value}`;
  const more = (value: string): string => ` ${' '.repeat(28)}${value}`;
  const lines = [
    '',
    rule,
    ` 巴渝技能人才平台已启动 · Bayu skills-talent platform is up  (${(input.readyAfterMs / 1000).toFixed(1)} s)`,
    rule,
    ...webAppRows(input.webApps ?? [], row, more),
    row('网关接口', 'Gateway API', `${input.gatewayUrl}/api/v1`),
    row('接口文档', 'API docs', `${input.gatewayUrl}/api/docs   (OpenAPI: ${input.gatewayUrl}/openapi.json)`),
    row('健康检查', 'Health', input.services.map((s) => `${s.name} ${s.url}/health/ready`)[0] ?? ''),
    ...input.services.slice(1).map((s) => more(`${s.name} ${s.url}/health/ready`)),
    row('监控指标', 'Metrics', `${input.services.map((s) => `${s.url}/metrics`).join('  ')}`),
    row('单点登录', 'SSO realm', input.realmUrl),
    more(`${input.realmUrl}/.well-known/openid-configuration`),
    row('数据库', 'Databases', input.databases[0] ?? ''),
    ...input.databases.slice(1).map(more),
    ...(input.databaseNote ? [more(input.databaseNote)] : []),
    row('消息总线', 'Kafka (dev)', `${input.kafka.bootstrap.join(',')}  (${input.kafka.topics} topics)`),
    row('链路追踪', 'Traces', input.tracing ? `导出至 exported to ${input.tracing}` : '本地默认关闭 · off locally: no Jaeger here; set OTEL_EXPORTER_OTLP_ENDPOINT to export'),
    row('日志', 'Logs', `${input.logDir}/<service>.log  (完整 JSON · full JSON)`),
  ];
  if (input.seed) {
    lines.push(
      row('演示数据', 'Demo data', `2022年度“最美巴渝工匠” 10 位 · the ten 2022 awardees: ${input.seed.created} 新登记 new, ${input.seed.existing} 已存在 already registered`),
    );
  }
  lines.push('', ' 演示账号 · Demo logins (仅限开发 · development only)');
  const userWidth = Math.max(...input.logins.map((l) => l.username.length)) + 2;
  const passwordWidth = Math.max(...input.logins.map((l) => l.password.length)) + 2;
  const names = input.logins.map((l) => clip(l.displayName, 24));
  const nameWidth = Math.max(...names.map(displayWidth)) + 2;
  lines.push(`   ${pad('用户名 username', userWidth)}${pad('密码 password', passwordWidth)}${pad('姓名 name', nameWidth)}单位 · agency`);
  input.logins.forEach((login, i) => {
    lines.push(`   ${pad(login.username, userWidth)}${pad(login.password, passwordWidth)}${pad(names[i] ?? '', nameWidth)}${login.agencyZh} · ${login.agencyEn}`);
  });
  const tokenUrl = `${input.realmUrl}/protocol/openid-connect/token`;
  const example = input.seed?.exampleId ?? '<worker id>';
  lines.push(
    '',
    ' 试一试 · Try it:',
    `   TOKEN=$(curl -s ${tokenUrl} -d grant_type=password -d client_id=web-hrss -d username=hrss.clerk -d password=${input.logins[0]?.password ?? 'bayu-demo-2026'} | node -p 'JSON.parse(require("fs").readFileSync(0)).access_token')`,
    `   curl -s -H "Authorization: Bearer $TOKEN" ${input.gatewayUrl}/api/v1/workers/${example}`,
    '   脚本用服务账号 · Service account for scripts: bayu-seeder / bayu-seeder-dev-secret (client_credentials)',
    '',
    input.smoke ? ' 冒烟模式：验证后自动停止 · Smoke mode: verifying, then stopping' : ' 按 Ctrl-C 停止 · Press Ctrl-C to stop (重置 reset: rm -rf .bayu/dev)',
    rule,
    '',
  );
  return lines.join('\n');
}
