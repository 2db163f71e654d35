import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Parser } from '@asyncapi/parser';
import { renderAsyncApiYaml } from '../asyncapi-yaml';
import { listEvents } from './catalogue';

const committedPath = resolve(__dirname, '../../../../docs/asyncapi.yaml');

describe('AsyncAPI document', () => {
  it('committed under docs/ is exactly what the catalogue generates (run `nx run contracts:asyncapi` after a change)', () => {
    expect(readFileSync(committedPath, 'utf8')).toBe(renderAsyncApiYaml());
  });

  it('is a valid AsyncAPI 3 document with a message for every catalogue event', async () => {
    const { document, diagnostics } = await new Parser().parse(renderAsyncApiYaml());
    const errors = diagnostics.filter((d) => d.severity === 0);
    expect(errors).toEqual([]);
    const names = document?.allMessages().all().map((m) => m.name()) ?? [];
    for (const e of listEvents()) expect(names).toContain(`bayu.${e.name}.v${e.version}`);
  });
});
