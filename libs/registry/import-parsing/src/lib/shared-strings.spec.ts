import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { CHINESE_HEADERS, collect, FIELDS, handmadeXlsx, generatedRow, useTempDir, writeXlsx } from '../test/fixtures';
import { decodeXmlText, parseSharedStrings, SharedStringsIncomplete, SharedStringTable } from './shared-strings';
import { xlsxRows } from './xlsx-rows';

const file = useTempDir();

async function* chunked(text: string, size: number): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text, 'utf8');
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function withOwnTmpdir(name: string, body: (dir: string) => Promise<void> | void): Promise<void> {
  const dir = file(name);
  mkdirSync(dir);
  await body(dir);
}

describe('shared strings', () => {
  it('reads plain, rich, empty, escaped and prefixed strings, however the XML is cut into chunks', async () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="6">' +
      '<si><t>张三</t></si>' +
      '<si><r><rPr><b/></rPr><t>欧阳</t></r><r><t xml:space="preserve">娜娜 </t></r></si>' +
      '<si><t/></si><si/>' +
      '<si><t>A&amp;B &lt;有限&gt; &#x4E2D;&#22269;_x000D_</t></si>' +
      '<x:si><x:t>前缀</x:t></x:si>' +
      '</sst>';
    for (const size of [1, 3, 7, 4096]) {
      const strings: string[] = [];
      await parseSharedStrings(chunked(xml, size), (text) => strings.push(text) > 0);
      expect(strings).toEqual(['张三', '欧阳娜娜 ', '', '', 'A&B <有限> 中国\r', '前缀']);
    }
  });

  it('leaves out a phonetic guide instead of letting it replace the text', async () => {
    const strings: string[] = [];
    await parseSharedStrings(chunked('<sst><si><t>张三</t><rPh sb="0" eb="2"><t>zhang san</t></rPh><phoneticPr fontId="1"/></si></sst>', 5), (t) => strings.push(t) > 0);
    expect(strings).toEqual(['张三']);
  });

  it('decodes XML character references and OOXML escapes', () => {
    expect(decodeXmlText('&quot;&apos;&#65;&#x42;_x0009__x005F_')).toBe('"\'AB\t_');
  });

  it('moves a table past its memory budget to a temporary file and still finds every string', () =>
    withOwnTmpdir('tmp-table', (dir) => {
    const table = new SharedStringTable({ memoryBudget: 10_000, directory: dir });
    const texts = Array.from({ length: 20_000 }, (_, i) => (i % 3 === 0 ? `身份证${i}` : i % 3 === 1 ? '' : `S${'x'.repeat(i % 200)}${i}`));
    for (const text of texts) table.add(text);
    table.finish();
    expect(table.spilled).toBe(true);
    expect(table.size).toBe(texts.length);
    for (const i of [0, 1, 2, 19_999, 7_777, 3, 12_345, 0]) expect(table.get(i)).toBe(texts[i]);
    texts.forEach((text, i) => expect(table.get(i)).toBe(text));
    expect(table.get(20_000)).toBeUndefined();
    const indexable = table.asIndexable();
    expect(indexable[5]).toBe(texts[5]);
    expect(readdirSync(dir)).toHaveLength(1);
    table.close();
    expect(readdirSync(dir)).toEqual([]);
  }));

  it('says so when a partly loaded table is asked for a string it did not load', async () => {
    const bytes = handmadeXlsx(['甲', '乙', '丙'], [[{ shared: 0 }, { shared: 1 }], [{ shared: 2 }]]);
    writeFileSync(file('partial.xlsx'), bytes);
    await expect(collect(xlsxRows(file('partial.xlsx'), { sharedStringLimit: 2 }))).rejects.toBeInstanceOf(SharedStringsIncomplete);
    expect((await collect(xlsxRows(file('partial.xlsx'), { sharedStringLimit: 3 }))).map((r) => r.values)).toEqual([['甲', '乙'], ['丙']]);
  });

  it('keeps a small table in memory without touching the disk', () => {
    const table = new SharedStringTable();
    table.add('张三');
    table.finish();
    expect(table.spilled).toBe(false);
    expect(table.get(0)).toBe('张三');
    table.close();
  });

  it('reads an XLSX whose shared strings spill to disk and removes the temporary file afterwards', () =>
    withOwnTmpdir('tmp-xlsx', async (dir) => {
      const rows = Array.from({ length: 3000 }, (_, i) => generatedRow(i + 1));
      const path = await writeXlsx(file('spill.xlsx'), [CHINESE_HEADERS, ...rows]);
      let spilled = false;
      const read: string[][] = [];
      for await (const row of xlsxRows(path, { maxColumns: FIELDS.length, sharedStringBudget: 16 * 1024, temporaryDirectory: dir })) {
        spilled ||= readdirSync(dir).length > 0;
        read.push(FIELDS.map((_f, i) => row.values[i] ?? ''));
      }
      expect(spilled).toBe(true);
      expect(read).toEqual([CHINESE_HEADERS, ...rows]);
      expect(readdirSync(dir)).toEqual([]);
      expect(existsSync(path)).toBe(true);
    }));
});
