import { WORKER_IMPORT_COLUMNS } from '@bayu/contracts';
import { writeFileSync } from 'node:fs';
import { collect, useTempDir } from '../test/fixtures';
import { readImportRows } from './read-rows';
import { sniffImportFile } from './sniff';
import { importTemplateCsv } from './template';
import { validateImportRow } from './validate';

const file = useTempDir();

describe('importTemplateCsv', () => {
  it('starts with a BOM and the Chinese headers of the contract', () => {
    const [header] = importTemplateCsv().split('\r\n');
    expect(header).toBe(`\uFEFF${WORKER_IMPORT_COLUMNS.map((c) => c.headers[0]).join(',')}`);
  });

  it('carries one example row that passes validation when uploaded back unchanged', async () => {
    const path = file('template.csv');
    writeFileSync(path, importTemplateCsv(), 'utf8');
    const sniffed = await sniffImportFile(path);
    expect(sniffed.headers.every((h) => h.field !== undefined)).toBe(true);
    const rows = await collect(readImportRows(path, sniffed));
    expect(rows).toHaveLength(1);
    expect(rows.map((r) => validateImportRow(r))).toEqual([expect.objectContaining({ ok: true, rowNumber: 2, certificate: expect.objectContaining({ skillLevel: 'senior' }) })]);
  });
});
