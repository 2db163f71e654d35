import { isHighSkilled, type SkillLevel } from '@bayu/reference';
import type { RegistryTx } from '../database/registry-database';

/** Where a worker counts in the statistics cubes. */
export interface StatCell {
  readonly districtCode: string;
  readonly industryCode: string;
  /** A skill level, or null without a valid skill-level certificate. */
  readonly level: string | null;
  readonly registeredYear: number;
  readonly occupation: string;
}

const NO_LEVEL = 'none';

/**
 * Changes to the worker counts, collected during a unit of work and written once at its end, summed per
 * cell: a chunk of 1,000 imported workers becomes a few dozen upserts, not a thousand.
 */
export class TalentStatsDelta {
  private readonly cube = new Map<string, number>();
  private readonly occupations = new Map<string, number>();
  private readonly areas = new Map<string, { workers: number; high: number }>();

  /** A worker entering the counts (`from` null), leaving them (`to` null), or moving between cells. */
  move(from: StatCell | null, to: StatCell | null): this {
    if (from) this.add(from, -1);
    if (to) this.add(to, +1);
    return this;
  }

  get isEmpty(): boolean {
    return [...this.cube.values(), ...this.occupations.values()].every((n) => n === 0) && [...this.areas.values()].every((a) => a.workers === 0 && a.high === 0);
  }

  async flush(tx: RegistryTx): Promise<void> {
    const cube = [...this.cube].filter(([, n]) => n !== 0).sort(([a], [b]) => a.localeCompare(b));
    const occupations = [...this.occupations].filter(([, n]) => n !== 0).sort(([a], [b]) => a.localeCompare(b));
    const areas = [...this.areas].filter(([, a]) => a.workers !== 0 || a.high !== 0).sort(([a], [b]) => a.localeCompare(b));
    // Sorted, so concurrent transactions lock cells in the same order and cannot deadlock on them.
    if (cube.length) {
      const rows = cube.map(([key, n]) => [...(JSON.parse(key) as [string, string, string, number]), n]);
      await tx.$executeRawUnsafe(
        `INSERT INTO talent_stat (district_code, industry_code, level, registered_year, workers)
         SELECT d, i, l, y, n FROM jsonb_to_recordset($1::jsonb) AS r(d text, i text, l text, y int, n bigint)
         ON CONFLICT (district_code, industry_code, level, registered_year) DO UPDATE SET workers = talent_stat.workers + EXCLUDED.workers`,
        JSON.stringify(rows.map(([d, i, l, y, n]) => ({ d, i, l, y, n }))),
      );
    }
    if (occupations.length) {
      const rows = occupations.map(([key, n]) => ({ ...(JSON.parse(key) as { o: string; l: string }), n }));
      await tx.$executeRawUnsafe(
        `INSERT INTO occupation_stat (occupation, level, workers)
         SELECT o, l, n FROM jsonb_to_recordset($1::jsonb) AS r(o text, l text, n bigint)
         ON CONFLICT (occupation, level) DO UPDATE SET workers = occupation_stat.workers + EXCLUDED.workers`,
        JSON.stringify(rows),
      );
    }
    if (areas.length) {
      const rows = areas.map(([key, a]) => {
        const [d, i, y] = JSON.parse(key) as [string, string, number];
        return { d, i, y, n: a.workers, h: a.high };
      });
      await tx.$executeRawUnsafe(
        `INSERT INTO talent_area_stat (district_code, industry_code, registered_year, workers, high_skilled)
         SELECT d, i, y, n, h FROM jsonb_to_recordset($1::jsonb) AS r(d text, i text, y int, n bigint, h bigint)
         ON CONFLICT (district_code, industry_code, registered_year)
         DO UPDATE SET workers = talent_area_stat.workers + EXCLUDED.workers, high_skilled = talent_area_stat.high_skilled + EXCLUDED.high_skilled`,
        JSON.stringify(rows),
      );
    }
    this.cube.clear();
    this.occupations.clear();
    this.areas.clear();
  }

  private add(cell: StatCell, n: number): void {
    const level = cell.level ?? NO_LEVEL;
    const cubeKey = JSON.stringify([cell.districtCode, cell.industryCode, level, cell.registeredYear]);
    this.cube.set(cubeKey, (this.cube.get(cubeKey) ?? 0) + n);
    const occupationKey = JSON.stringify({ o: cell.occupation, l: level });
    this.occupations.set(occupationKey, (this.occupations.get(occupationKey) ?? 0) + n);
    const areaKey = JSON.stringify([cell.districtCode, cell.industryCode, cell.registeredYear]);
    const area = this.areas.get(areaKey) ?? { workers: 0, high: 0 };
    area.workers += n;
    if (cell.level !== null && isHighSkilled(cell.level as SkillLevel)) area.high += n;
    this.areas.set(areaKey, area);
  }
}
