import { isHighSkilled, type SkillLevel } from '@bayu/reference';
import type { RegistryTx } from '../database/registry-database';

/** Where a worker counts in the statistics tables. */
export interface StatCell {
  readonly districtCode: string;
  readonly industryCode: string;
  /** A skill level, or null without a valid skill-level certificate. */
  readonly level: string | null;
  readonly registeredYear: number;
  readonly occupation: string;
}

const NO_LEVEL = 'none';

/** One count table: the columns that key it, read off a cell, and whether it also counts the high-skilled. */
interface CountTable {
  readonly table: string;
  readonly key: ReadonlyArray<{ readonly column: string; readonly type: 'text' | 'int'; readonly of: (cell: StatCell) => string | number }>;
  readonly countsHighSkilled: boolean;
}

const district = { column: 'district_code', type: 'text', of: (c: StatCell) => c.districtCode } as const;
const industry = { column: 'industry_code', type: 'text', of: (c: StatCell) => c.industryCode } as const;
const level = { column: 'level', type: 'text', of: (c: StatCell) => c.level ?? NO_LEVEL } as const;
const year = { column: 'registered_year', type: 'int', of: (c: StatCell) => c.registeredYear } as const;
const occupation = { column: 'occupation', type: 'text', of: (c: StatCell) => c.occupation } as const;

/**
 * Every count table kept with the register (docs/adr/0011-statistics-cube.md). The fine cube answers any
 * filter; the rollups answer the frequent questions from a fraction of its rows.
 */
export const COUNT_TABLES: readonly CountTable[] = [
  { table: 'talent_stat', key: [district, industry, level, year], countsHighSkilled: false },
  { table: 'talent_area_stat', key: [district, industry, year], countsHighSkilled: true },
  { table: 'talent_level_stat', key: [district, level, year], countsHighSkilled: false },
  { table: 'occupation_stat', key: [occupation, level], countsHighSkilled: false },
];

function upsertSql({ table, key, countsHighSkilled }: CountTable): string {
  const columns = key.map((k) => k.column);
  const record = key.map((k, i) => `k${i} ${k.type}`);
  const measures = countsHighSkilled ? ['workers', 'high_skilled'] : ['workers'];
  return `INSERT INTO ${table} (${[...columns, ...measures].join(', ')})
    SELECT ${[...key.map((_, i) => `k${i}`), 'n', ...(countsHighSkilled ? ['h'] : [])].join(', ')}
      FROM jsonb_to_recordset($1::jsonb) AS r(${[...record, 'n bigint', 'h bigint'].join(', ')})
    ON CONFLICT (${columns.join(', ')}) DO UPDATE SET ${measures.map((m) => `${m} = ${table}.${m} + EXCLUDED.${m}`).join(', ')}`;
}

const UPSERTS = new Map(COUNT_TABLES.map((t) => [t, upsertSql(t)]));

/**
 * Changes to the worker counts, collected during a unit of work and written once at its end, summed per
 * cell: a chunk of 1,000 imported workers becomes a few dozen upserts, not a thousand.
 */
export class TalentStatsDelta {
  private readonly changes = new Map<CountTable, Map<string, { workers: number; high: number }>>(COUNT_TABLES.map((t) => [t, new Map()]));

  /** A worker entering the counts (`from` null), leaving them (`to` null), or moving between cells. */
  move(from: StatCell | null, to: StatCell | null): this {
    if (from) this.add(from, -1);
    if (to) this.add(to, +1);
    return this;
  }

  get isEmpty(): boolean {
    return [...this.changes.values()].every((cells) => [...cells.values()].every((c) => c.workers === 0 && c.high === 0));
  }

  async flush(tx: RegistryTx): Promise<void> {
    for (const [table, cells] of this.changes) {
      // Sorted, so concurrent transactions lock cells in the same order and cannot deadlock on them.
      const rows = [...cells]
        .filter(([, c]) => c.workers !== 0 || c.high !== 0)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, c]) => ({ ...Object.fromEntries((JSON.parse(key) as Array<string | number>).map((v, i) => [`k${i}`, v])), n: c.workers, h: c.high }));
      if (rows.length) await tx.$executeRawUnsafe(UPSERTS.get(table) as string, JSON.stringify(rows));
      cells.clear();
    }
  }

  private add(cell: StatCell, n: number): void {
    const high = cell.level !== null && isHighSkilled(cell.level as SkillLevel) ? n : 0;
    for (const [table, cells] of this.changes) {
      const key = JSON.stringify(table.key.map((k) => k.of(cell)));
      const counts = cells.get(key) ?? { workers: 0, high: 0 };
      counts.workers += n;
      counts.high += high;
      cells.set(key, counts);
    }
  }
}
