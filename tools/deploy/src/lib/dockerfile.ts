/**
 * A small Dockerfile reader (instructions with continuations joined, comments dropped, stages split)
 * and the rules deploy/docker/Dockerfile (the services) and deploy/web/Dockerfile (the web apps) keep.
 * No Docker engine here: the images are checked statically.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { webPort, WEB_ENTRYPOINT, WEB_TEMPLATE } from './web-rules';
import { APPS, DB_APPS, ROOT, WEB_APPS, readText } from './workspace';

export interface Instruction {
  readonly keyword: string;
  readonly args: string;
  readonly line: number;
}

export interface Stage {
  readonly name: string;
  readonly from: string;
  readonly instructions: Instruction[];
}

export function parseDockerfile(text: string): { globals: Instruction[]; stages: Stage[] } {
  const instructions: Instruction[] = [];
  let pending = '';
  let start = 0;
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (!pending && (line === '' || line.startsWith('#'))) return;
    if (pending && line.startsWith('#')) return;
    if (!pending) start = index + 1;
    pending += `${line.replace(/\\$/, '').trim()} `;
    if (line.endsWith('\\')) return;
    const [keyword = '', ...rest] = pending.trim().split(/\s+/);
    instructions.push({ keyword: keyword.toUpperCase(), args: rest.join(' '), line: start });
    pending = '';
  });
  const globals: Instruction[] = [];
  const stages: Stage[] = [];
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') {
      const match = /^(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?$/i.exec(instruction.args);
      stages.push({ name: match?.[2] ?? String(stages.length), from: match?.[1] ?? '', instructions: [] });
    } else if (stages.length === 0) globals.push(instruction);
    else stages[stages.length - 1]?.instructions.push(instruction);
  }
  return { globals, stages };
}

function find(stage: Stage | undefined, keyword: string): Instruction[] {
  return stage?.instructions.filter((i) => i.keyword === keyword) ?? [];
}

/** The stage and its ancestors inside the file, nearest first. */
function lineage(stages: readonly Stage[], stage: Stage): Stage[] {
  const chain = [stage];
  let parent = stages.find((s) => s.name === stage.from);
  while (parent && !chain.includes(parent)) {
    chain.push(parent);
    const from: string = parent.from;
    parent = stages.find((s) => s.name === from);
  }
  return chain;
}

function userOf(stages: readonly Stage[], stage: Stage): string | undefined {
  for (const s of lineage(stages, stage)) {
    const users = find(s, 'USER');
    if (users.length) return users[users.length - 1]?.args;
  }
  return undefined;
}

const REQUIRED_RUNS: ReadonlyArray<[string, RegExp]> = [
  ['npm ci', /\bnpm ci\b/],
  ['prisma generate for apps with a prisma.config.ts', /prisma generate --config "?apps\/\$\{APP\}\/prisma\.config\.ts/],
  ['node tools/scripts/build.mjs apps/$APP', /node tools\/scripts\/build\.mjs "?apps\/\$\{APP\}/],
  ['npm prune --omit=dev', /npm prune --omit=dev/],
];

export function checkDockerfile(text: string): string[] {
  const problems: string[] = [];
  const { globals, stages } = parseDockerfile(text);
  const byName = new Map(stages.map((s) => [s.name, s]));
  const nodeImage = globals.find((g) => g.keyword === 'ARG' && g.args.startsWith('NODE_IMAGE='))?.args.split('=')[1];
  const bases = stages.filter((s) => !byName.has(s.from)).map((s) => s.from.replace('${NODE_IMAGE}', nodeImage ?? '?'));
  for (const base of bases) if (base !== 'node:24-bookworm-slim') problems.push(`a stage starts from ${base}, not node:24-bookworm-slim`);
  const runtime = byName.get('runtime');
  const migrator = byName.get('migrator');
  if (!runtime) problems.push('no `runtime` stage');
  else if (stages[stages.length - 1] !== runtime) problems.push('`runtime` must be the last stage, the default target');
  if (!migrator) problems.push('no `migrator` stage');
  const allRuns = stages.flatMap((s) => find(s, 'RUN').map((i) => i.args)).join('\n');
  for (const [what, pattern] of REQUIRED_RUNS) if (!pattern.test(allRuns)) problems.push(`the build does not run ${what}`);
  for (const stage of [runtime, migrator]) {
    if (!stage) continue;
    const user = userOf(stages, stage);
    if (!user || /^(root|0)(:|$)/.test(user)) problems.push(`stage ${stage.name} runs as ${user ?? 'root (no USER)'}`);
    if (find(stage, 'STOPSIGNAL')[0]?.args !== 'SIGTERM') problems.push(`stage ${stage.name}: STOPSIGNAL SIGTERM is missing`);
    if (find(stage, 'CMD').length !== 1) problems.push(`stage ${stage.name}: exactly one CMD expected`);
  }
  if (runtime) {
    const health = find(runtime, 'HEALTHCHECK')[0]?.args ?? '';
    if (!health.includes('/health/live')) problems.push('runtime: HEALTHCHECK must probe /health/live');
    const env = find(runtime, 'ENV').map((i) => i.args).join(' ');
    if (!/APP_MAIN=dist\/apps\/\$\{APP\}\/src\/main\.js/.test(env)) problems.push('runtime: ENV APP_MAIN=dist/apps/${APP}/src/main.js is missing');
    if (!/exec node \\?"?\$APP_MAIN/.test(find(runtime, 'CMD')[0]?.args ?? '')) problems.push('runtime: CMD must exec node "$APP_MAIN" (node as PID 1)');
    const copies = find(runtime, 'COPY').map((i) => i.args);
    for (const path of ['/app/node_modules', '/app/dist']) if (!copies.some((c) => c.includes(`--from=build ${path}`))) problems.push(`runtime: does not copy ${path} from the build stage`);
  }
  if (migrator && !/prisma migrate deploy --config \\?"?apps\/\$\{APP\}\/prisma\.config\.ts/.test(find(migrator, 'CMD')[0]?.args ?? '')) {
    problems.push('migrator: CMD must run prisma migrate deploy --config apps/${APP}/prisma.config.ts');
  }
  problems.push(...checkCopySources(stages, (stage) => (stage.name === 'migrator' ? DB_APPS : APPS)));
  return problems;
}

/** COPY sources from the build context exist for every app the stage may be built for. */
function checkCopySources(stages: readonly Stage[], appsOf: (stage: Stage) => readonly string[]): string[] {
  const problems: string[] = [];
  for (const stage of stages) {
    const apps = appsOf(stage);
    for (const copy of find(stage, 'COPY')) {
      if (copy.args.includes('--from=')) continue;
      const parts = copy.args.split(/\s+/).filter((p) => !p.startsWith('--'));
      for (const source of parts.slice(0, -1)) {
        if (source === '.') continue;
        for (const app of apps) {
          const path = source.replace(/\$\{APP\}|\$APP/g, app);
          if (!existsSync(join(ROOT, path))) problems.push(`stage ${stage.name} line ${copy.line}: COPY source ${path} does not exist (APP=${app})`);
        }
      }
    }
  }
  return problems;
}

function sameInstructions(a: Stage | undefined, b: Stage | undefined): boolean {
  const text = (stage: Stage | undefined) => JSON.stringify(stage?.instructions.map((i) => [i.keyword, i.args]) ?? null);
  return a !== undefined && text(a) === text(b);
}

function globalArg(globals: readonly Instruction[], name: string): string | undefined {
  return globals.find((g) => g.keyword === 'ARG' && g.args.startsWith(`${name}=`))?.args.slice(name.length + 1);
}

/** deploy/web/Dockerfile: the services' dependency install, a Vite build of one web app, nginx as non-root. */
export function checkWebDockerfile(text: string, servicesText: string): string[] {
  const problems: string[] = [];
  const { globals, stages } = parseDockerfile(text);
  const services = parseDockerfile(servicesText);
  const stage = (name: string) => stages.find((s) => s.name === name);
  if (globalArg(globals, 'NODE_IMAGE') !== globalArg(services.globals, 'NODE_IMAGE')) problems.push('NODE_IMAGE differs from deploy/docker/Dockerfile\'s');
  for (const name of ['base', 'deps']) {
    if (!sameInstructions(stage(name), services.stages.find((s) => s.name === name))) problems.push(`stage ${name} must be deploy/docker/Dockerfile's, instruction for instruction (one dependency layer for every image)`);
  }
  const build = stage('build');
  const runtime = stages[stages.length - 1];
  const runs = find(build, 'RUN').map((i) => i.args).join('\n');
  const listed = /case "\$\{APP\}" in ([a-z0-9|-]+)\)/.exec(runs)?.[1]?.split('|').sort() ?? [];
  if (JSON.stringify(listed) !== JSON.stringify([...WEB_APPS])) problems.push(`build: APP must be one of the apps/web-* apps (${WEB_APPS.join(', ')}), the Dockerfile accepts ${listed.join(', ') || 'anything'}`);
  if (!/vite build --config "?apps\/\$\{APP\}\/vite\.config\.mts/.test(runs)) problems.push('build: does not run vite build --config apps/${APP}/vite.config.mts');
  for (const app of WEB_APPS) if (!existsSync(join(ROOT, 'apps', app, 'vite.config.mts'))) problems.push(`build: apps/${app}/vite.config.mts, which the build runs, does not exist`);
  if (!/rm -f "?dist\/apps\/\$\{APP\}\/config\.json/.test(runs)) problems.push("build: must drop the developers' config.json from the build (the entrypoint writes it)");
  const nginxImage = globalArg(globals, 'NGINX_IMAGE') ?? '';
  if (runtime?.name !== 'runtime' || runtime.from !== '${NGINX_IMAGE}') problems.push('the last stage, the default target, must be `runtime` FROM ${NGINX_IMAGE}');
  if (!/^nginxinc\/nginx-unprivileged:\d+\.\d+\.\d+-alpine[a-z0-9.-]*(@sha256:[a-f0-9]{64})?$/.test(nginxImage)) problems.push(`NGINX_IMAGE ${nginxImage || '(none)'} must be nginxinc/nginx-unprivileged pinned to an x.y.z alpine tag`);
  if (!runtime) return problems;
  const user = userOf(stages, runtime) ?? '';
  if (!/^\d+(:\d+)?$/.test(user) || /^0(:|$)/.test(user)) problems.push(`runtime: USER must be a numeric non-root uid (runAsNonRoot checks it), not ${user || 'root (no USER)'}`);
  if (find(runtime, 'STOPSIGNAL')[0]?.args !== 'SIGQUIT') problems.push('runtime: STOPSIGNAL SIGQUIT is missing (nginx finishes its requests on SIGQUIT only)');
  const port = String(webPort());
  if (!find(runtime, 'EXPOSE').some((i) => i.args.split(/\s+/).includes(port))) problems.push(`runtime: EXPOSE ${port} (the port of ${WEB_TEMPLATE}) is missing`);
  const health = find(runtime, 'HEALTHCHECK')[0]?.args ?? '';
  if (!health.includes(`127.0.0.1:${port}/healthz`)) problems.push(`runtime: HEALTHCHECK must GET http://127.0.0.1:${port}/healthz`);
  // Where the entrypoint looks by default (its BAYU_WEB_* overrides are for the tests) is where the image puts things.
  const script = readText(WEB_ENTRYPOINT);
  const dflt = (name: string) => new RegExp(`\\$\\{${name}:-([^}]+)\\}`).exec(script)?.[1] ?? `(no default for ${name})`;
  const copies = find(runtime, 'COPY').map((i) => i.args);
  const entrypoint = copies.find((c) => c.includes(WEB_ENTRYPOINT))?.split(/\s+/).pop();
  if (!copies.includes(`--from=build /app/dist/apps/\${APP} ${dflt('BAYU_WEB_ROOT')}`)) problems.push(`runtime: must copy dist/apps/\${APP} from the build stage to ${dflt('BAYU_WEB_ROOT')}`);
  if (!copies.includes(`${WEB_TEMPLATE} ${dflt('BAYU_WEB_TEMPLATE')}`)) problems.push(`runtime: must copy ${WEB_TEMPLATE} to ${dflt('BAYU_WEB_TEMPLATE')}`);
  if (!entrypoint || !find(runtime, 'ENTRYPOINT')[0]?.args.includes(`"${entrypoint}"`)) problems.push(`runtime: ENTRYPOINT must be ${WEB_ENTRYPOINT} (it writes config.json and the nginx configuration)`);
  if (find(runtime, 'CMD')[0]?.args !== `["nginx", "-c", "${dflt('BAYU_WEB_RUNTIME_DIR')}/nginx.conf"]`) problems.push(`runtime: CMD must run nginx -c ${dflt('BAYU_WEB_RUNTIME_DIR')}/nginx.conf, the configuration the entrypoint renders`);
  problems.push(...checkCopySources(stages, () => WEB_APPS));
  return problems;
}

export const DOCKERIGNORE_REQUIRED = ['node_modules', 'dist', '.nx', '.bayu', 'coverage', 'tmp', 'test-results'];
/** Paths the image build reads; ignoring them would break it. */
const BUILD_INPUTS = ['apps', 'libs', 'tools', 'package.json', 'package-lock.json', '.swcrc', 'tsconfig.base.json', 'deploy'];

export function checkDockerignore(text: string): string[] {
  const patterns = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const problems = DOCKERIGNORE_REQUIRED.filter((p) => !patterns.includes(p) && !patterns.includes(`**/${p}`)).map((p) => `.dockerignore: ${p} is not ignored`);
  for (const input of BUILD_INPUTS) if (patterns.includes(input) || patterns.includes(`${input}/`)) problems.push(`.dockerignore ignores ${input}, which the build needs`);
  return problems;
}
