#!/usr/bin/env node
// Compiles one app and the workspace libs it reaches (following @bayu/* imports) with swc into
// dist/apps/<app>/, self-contained:
//   apps/<app>/src/**  ->  dist/apps/<app>/src/**      (entry: dist/apps/<app>/src/main.js)
//   libs/**            ->  dist/apps/<app>/libs/**
// @bayu/* imports become relative requires, so the folder runs with plain `node` and no path-alias hooks,
// and it is exactly the build's declared nx output: a cache hit restores everything the app needs.
//   node tools/scripts/build.mjs apps/registry
import { transformFile } from '@swc/core';
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const [project, ...rest] = process.argv.slice(2);
if (!project || rest.length) throw new Error('usage: build.mjs <app root, e.g. apps/registry>');
const appRoot = join(root, project);
const final = join(root, 'dist', project);
// Built beside the final folder and swapped in at the end: no reader (a starting service, nx storing the
// output in its cache) ever sees a half-written build.
const out = `${final}.building-${process.pid}`;
const libsRoot = join(root, 'libs');

const swcrc = JSON.parse(await readFile(join(root, '.swcrc'), 'utf8'));
const { paths } = JSON.parse(await readFile(join(root, 'tsconfig.base.json'), 'utf8')).compilerOptions;

/** Where a source file of the app or of a lib lands in the app's output folder. */
function outputOf(source) {
  if (source.startsWith(`${appRoot}/`)) return join(out, relative(appRoot, source));
  if (source.startsWith(`${libsRoot}/`)) return join(out, 'libs', relative(libsRoot, source));
  throw new Error(`${source} is neither in ${project} nor in libs/`);
}

/** Library aliases: where the entry compiles to, and the library's source folder. */
const aliases = new Map(
  Object.entries(paths)
    .map(([alias, [target]]) => [alias, join(root, target)])
    .filter(([, target]) => target.startsWith(`${libsRoot}/`))
    .map(([alias, target]) => [alias, { output: outputOf(target).replace(/\.ts$/, '.js'), sourceRoot: dirname(target) }]),
);

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

/** Rewrites @bayu/* requires to relative paths and reports the libraries they reach. */
function rewriteAliases(code, outFile, reached) {
  return code.replace(/require\((["'])(@bayu\/[^"']+)\1\)/g, (_match, quote, alias) => {
    const target = aliases.get(alias);
    if (!target) throw new Error(`${outFile}: ${alias} is not a library (apps and tools are not importable)`);
    reached.add(target.sourceRoot);
    let rel = relative(dirname(outFile), target.output);
    if (!rel.startsWith('.')) rel = `./${rel}`;
    return `require(${quote}${rel}${quote})`;
  });
}

async function compile(file, reached) {
  const target = outputOf(file).replace(/\.ts$/, '.js');
  await mkdir(dirname(target), { recursive: true });
  const { code, map } = await transformFile(file, { ...swcrc, swcrc: false, filename: file, sourceMaps: true, outputPath: target });
  await writeFile(target, `${rewriteAliases(code, target, reached)}\n//# sourceMappingURL=${target.split('/').pop()}.map\n`);
  if (map) await writeFile(`${target}.map`, map);
}

/** Compiles one source folder (code and assets); returns the library folders its code reaches. */
async function compileFolder(sourceRoot) {
  const reached = new Set();
  const jobs = [];
  for await (const file of walk(sourceRoot)) {
    if (file.endsWith('.ts') && !SKIP.test(file)) {
      jobs.push(compile(file, reached));
      count++;
    } else if (ASSETS.has(extname(file)) && !file.endsWith('project.json') && !file.includes('/tsconfig')) {
      const target = outputOf(file);
      jobs.push(mkdir(dirname(target), { recursive: true }).then(() => copyFile(file, target)));
    }
  }
  await Promise.all(jobs);
  return reached;
}

const started = performance.now();
await rm(out, { recursive: true, force: true });
let count = 0;
const done = new Set();
let pending = [join(appRoot, 'src')];
while (pending.length) {
  pending.forEach((folder) => done.add(folder));
  const reached = await Promise.all(pending.map(compileFolder));
  pending = [...new Set(reached.flatMap((set) => [...set]))].filter((folder) => !done.has(folder));
}
await rm(final, { recursive: true, force: true });
await rename(out, final);
console.log(`built ${project} with ${done.size - 1} libraries: ${count} files in ${Math.round(performance.now() - started)} ms`);
