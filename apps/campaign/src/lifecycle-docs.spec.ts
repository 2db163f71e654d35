import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { campaignPhases } from './campaigns/campaign-phases';
import { nominationLifecycle } from './nominations/nomination-lifecycle';

describe('the lifecycle diagrams in docs/ARCHITECTURE.md', () => {
  const architecture = readFileSync(join(__dirname, '../../../docs/ARCHITECTURE.md'), 'utf8');

  it.each([
    ['the campaign phases', campaignPhases],
    ['a recommendation form', nominationLifecycle],
  ])('draw %s exactly as declared in code', (_what, machine) => {
    expect(architecture).toContain(`\`\`\`mermaid\n${machine.toMermaid()}\n\`\`\``);
  });
});
