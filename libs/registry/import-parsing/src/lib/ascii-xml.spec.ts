import { asciiXml, escapeNonAscii } from './ascii-xml';

async function collect(source: AsyncIterable<Buffer>): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of source) parts.push(chunk);
  return Buffer.concat(parts).toString('latin1');
}

describe('ASCII-only XML for the worksheet exceljs reads', () => {
  it('writes every non-ASCII character as a numeric reference, astral ones included', () => {
    expect(escapeNonAscii('<t>重庆 a&amp;b 𠀀</t>')).toBe('<t>&#37325;&#24198; a&amp;b &#131072;</t>');
  });

  it('keeps a character whole when its UTF-8 bytes are split across chunks', async () => {
    const bytes = Buffer.from('<t>九龙坡利民建筑</t>', 'utf8');
    const chunks = Array.from({ length: bytes.length }, (_, i) => bytes.subarray(i, i + 1));
    const out = await collect(asciiXml((async function* () { yield* chunks; })()));
    expect(out).toBe(escapeNonAscii('<t>九龙坡利民建筑</t>'));
    expect([...out].every((c) => c.charCodeAt(0) < 0x80)).toBe(true);
  });
});
