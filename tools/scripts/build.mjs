#!/usr/bin/env node
// Compiles one app (and the workspace libs it may import) to dist/ with swc, mirroring the source tree.
// @bayu/* imports become relative requires, so dist/ runs with plain `node` and no path-alias hooks.
//   node tools/scripts/build.mjs apps/registry [more project roots...]
import { transformFile } from '@swc/core';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, extname } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist');
const swcrc = JSON.parse(await readFile(join(root, '.swcrc'), 'utf8'));
const { paths } = JSON.parse(await readFile(join(root, 'tsconfig.base.json'), 'utf8')).compilerOptions;
const aliases = Object.fromEntries(Object.entries(paths).map(([alias, [target]]) => [alias, join(root, target).replace(/\.ts$/, '.js')]));

const projects = process.argv.slice(2);
if (projects.length === 0) throw new Error('usage: build.mjs <project root> [...]');
const sourceRoots = [...projects.map((p) => join(root, p, 'src')), join(root, 'libs')];
const ASSETS = new Set(['.json', '.html', '.css', '.wasm', '.prisma', '.svg', '.png', '.sql']);
const SKIP = /(\.spec|\.e2e-spec)\.ts$|\.d\.ts$/;

async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!['node_modules', 'test', 'dist', 'build'].includes(entry.name)) yield* walk(path);
    } else yield path;
  }
}

function rewriteAliases(code, outFile) {
  return code.replace(/require\((["'])(@bayu\/[^"']+)\1\)/g, (match, quote, alias) => {
    const target = aliases[alias];
    if (!target) throw new Error(`${outFile}: unknown workspace alias ${alias}`);
    let rel = relative(dirname(outFile), join(dist, relative(root, target)));
    if (!rel.startsWith('.')) rel = `./${rel}`;
    return `require(${quote}${rel}${quote})`;
  });
}

async function compile(file) {
  const out = join(dist, relative(root, file)).replace(/\.ts$/, '.js');
  await mkdir(dirname(out), { recursive: true });
  const { code, map } = await transformFile(file, { ...swcrc, swcrc: false, filename: file, sourceMaps: true, outputPath: out });
  await writeFile(out, `${rewriteAliases(code, out)}\n//# sourceMappingURL=${out.split('/').pop()}.map\n`);
  if (map) await writeFile(`${out}.map`, map);
}

const started = performance.now();
let count = 0;
const jobs = [];
for (const sourceRoot of sourceRoots) {
  for await (const file of walk(sourceRoot)) {
    if (file.endsWith('.ts') && !SKIP.test(file)) {
      jobs.push(compile(file));
      count++;
    } else if (ASSETS.has(extname(file)) && !file.endsWith('project.json') && !file.includes('/tsconfig')) {
      const out = join(dist, relative(root, file));
      jobs.push(mkdir(dirname(out), { recursive: true }).then(() => copyFile(file, out)));
    }
  }
}
await Promise.all(jobs);
console.log(`built ${projects.join(', ')}: ${count} files in ${Math.round(performance.now() - started)} ms`);
