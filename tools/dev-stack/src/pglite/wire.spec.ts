import { listenStatements, queryMessage, splitBackendMessages, splitFrontendMessages, sqlTextOf } from './wire';

describe('wire', () => {
  it('folds LISTEN/UNLISTEN channel names as PostgreSQL does', () => {
    expect(listenStatements('LISTEN bayu_outbox')).toEqual([{ listen: true, channel: 'bayu_outbox' }]);
    expect(listenStatements('listen Mixed; UNLISTEN "Quoted""Name"; unlisten *')).toEqual([
      { listen: true, channel: 'mixed' },
      { listen: false, channel: 'Quoted"Name' },
      { listen: false, channel: '*' },
    ]);
    expect(listenStatements(`SELECT 'LISTEN x'`)).toEqual([]);
  });

  it('splits typed frontend messages across reads and returns the rest', () => {
    const q = queryMessage('SELECT 1');
    const first = splitFrontendMessages(Buffer.concat([q, q.subarray(0, 3)]), true);
    expect(first.messages.map((m) => m.type)).toEqual(['Q']);
    expect(sqlTextOf(first.messages[0]!)).toBe('SELECT 1');
    const second = splitFrontendMessages(Buffer.concat([first.rest, q.subarray(3)]), true);
    expect(second.messages).toHaveLength(1);
    expect(second.rest.length).toBe(0);
  });

  it('reads backend messages', () => {
    const ready = Buffer.from([0x5a, 0, 0, 0, 5, 0x49]);
    expect(splitBackendMessages(Buffer.concat([ready, ready])).map((m) => m.type)).toEqual(['Z', 'Z']);
  });
});
