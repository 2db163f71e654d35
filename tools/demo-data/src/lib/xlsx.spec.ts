import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { generateWorkers } from './generate';
import { IMPORT_FIELDS, IMPORT_HEADERS, invalidKindOf } from './import-rows';
import { writeWorkersXlsx } from './xlsx';

describe('writeWorkersXlsx', () => {
  const dir = mkdtempSync(join(tmpdir(), 'demo-data-xlsx-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes ID numbers as text cells and issue dates as date cells, under the contract headers', async () => {
    const workers = [...generateWorkers({ count: 2000, seed: 23 })];
    const file = join(dir, 'workers.xlsx');
    const every = 50;
    const report = await writeWorkersXlsx(workers, file, { invalidEvery: every });
    expect(report).toMatchObject({ rows: 2000, invalidRows: 40 });

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(2001);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(IMPORT_HEADERS);

    const idColumn = IMPORT_FIELDS.indexOf('nationalId') + 1;
    const dateColumn = IMPORT_FIELDS.indexOf('issueDate') + 1;
    let dates = 0;
    workers.forEach((worker, i) => {
      const row = sheet.getRow(i + 2);
      const id = row.getCell(idColumn);
      expect(id.type).toBe(ExcelJS.ValueType.String);
      expect(id.numFmt).toBe('@');
      const kind = invalidKindOf(i + 1, every);
      if (kind !== 'check-digit' && !(kind === 'impossible-date' && !worker.certificate)) expect(id.value).toBe(worker.nationalId);
      const date = row.getCell(dateColumn);
      if (!worker.certificate) expect(date.value).toBeNull();
      else if (kind === 'impossible-date') expect(date.value).toBe(`${worker.certificate.issueDate.slice(0, 4)}-02-31`);
      else {
        expect(date.type).toBe(ExcelJS.ValueType.Date);
        expect((date.value as Date).toISOString().slice(0, 10)).toBe(worker.certificate.issueDate);
        dates++;
      }
    });
    expect(dates).toBeGreaterThan(1500);
  });
});
