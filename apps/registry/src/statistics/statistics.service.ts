import { Injectable } from '@nestjs/common';
import { recordAudit } from '@bayu/platform/audit';
import type { Principal } from '@bayu/platform/auth';
import { findDistrict, INDUSTRIES, isHighSkilled, SKILL_LEVELS, type SkillLevel } from '@bayu/reference';
import { Prisma, RegistryDatabase } from '../database/registry-database';
import type { BreakdownQuery, BreakdownView, OverviewQuery, OverviewView, TargetInput, TargetView } from './statistics.dto';

const HIGH_LEVELS = SKILL_LEVELS.filter((l) => isHighSkilled(l.code)).map((l) => l.code);
const percent = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 100);

type Row = { key: string | number; total: bigint; high: bigint };

function labelOf(by: BreakdownQuery['by'], key: string): { labelZh: string; labelEn: string } {
  switch (by) {
    case 'district': {
      const d = findDistrict(key);
      return { labelZh: d?.nameZh ?? key, labelEn: d?.nameEn ?? key };
    }
    case 'industry': {
      const i = INDUSTRIES.find((x) => x.code === key);
      return { labelZh: i?.nameZh ?? key, labelEn: i?.nameEn ?? key };
    }
    case 'level': {
      const l = SKILL_LEVELS.find((x) => x.code === (key as SkillLevel));
      return { labelZh: l?.nameZh ?? '无等级证书', labelEn: l?.nameEn ?? 'No skill-level certificate' };
    }
    case 'year':
      return { labelZh: `${key}年`, labelEn: key };
    case 'occupation':
      return { labelZh: key, labelEn: key };
  }
}

/**
 * City statistics from the counts kept in step with the register (talent_area_stat, talent_level_stat,
 * talent_stat, occupation_stat), never from the worker table: their size follows the vocabularies, not the register.
 */
@Injectable()
export class StatisticsService {
  constructor(private readonly db: RegistryDatabase) {}

  async overview(query: OverviewQuery): Promise<OverviewView> {
    const year = query.year ?? new Date().getUTCFullYear();
    const [row] = await this.db.$queryRaw<Array<{ total: bigint; high: bigint; fresh: bigint }>>`
      SELECT COALESCE(sum(workers), 0)::bigint AS total,
             COALESCE(sum(high_skilled), 0)::bigint AS high,
             COALESCE(sum(workers) FILTER (WHERE registered_year = ${year}), 0)::bigint AS fresh
        FROM talent_area_stat
       WHERE registered_year <= ${year} ${this.filters(query)}`;
    const total = Number(row?.total ?? 0);
    const high = Number(row?.high ?? 0);
    const fresh = Number(row?.fresh ?? 0);
    const target = await this.target(year);
    const share = percent(high, total);
    return {
      year,
      totalWorkers: total,
      highSkilledWorkers: high,
      highSkilledSharePercent: share,
      registeredThisYear: fresh,
      target,
      progress: target
        ? { newWorkersPercentOfTarget: percent(fresh, target.newSkilledWorkers), sharePointsToTarget: Math.round((target.highSkilledSharePercent - share) * 100) / 100 }
        : null,
    };
  }

  async breakdown(query: BreakdownQuery): Promise<BreakdownView> {
    const year = query.year ?? new Date().getUTCFullYear();
    const rows = query.by === 'occupation' ? await this.byOccupation(query.limit) : await this.byCube(query, year);
    let running = { total: 0, high: 0 };
    const out = rows.map((r) => {
      // Years are cumulative: the register as it stood at the end of each year.
      running = query.by === 'year' ? { total: running.total + Number(r.total), high: running.high + Number(r.high) } : { total: Number(r.total), high: Number(r.high) };
      const key = String(r.key);
      return { key, ...labelOf(query.by, key), totalWorkers: running.total, highSkilledWorkers: running.high, highSkilledSharePercent: percent(running.high, running.total) };
    });
    return { by: query.by, year, rows: out };
  }

  async targets(): Promise<TargetView[]> {
    const rows = await this.db.statTarget.findMany({ orderBy: { year: 'desc' } });
    return rows.map((t) => ({ year: t.year, newSkilledWorkers: t.newSkilledWorkers, highSkilledSharePercent: t.highSkilledSharePercent.toNumber(), setBy: t.setBy, updatedAt: t.updatedAt.toISOString() }));
  }

  async setTarget(actor: Principal, year: number, input: TargetInput): Promise<TargetView> {
    return this.db.$transaction(async (tx) => {
      const data = { newSkilledWorkers: input.newSkilledWorkers, highSkilledSharePercent: new Prisma.Decimal(input.highSkilledSharePercent), setBy: actor.username };
      const row = await tx.statTarget.upsert({ where: { year }, create: { year, ...data }, update: data });
      await recordAudit(tx, { actor, action: 'statistics.target-set', resourceType: 'stat-target', resourceId: String(year), details: { ...input } });
      return { year, newSkilledWorkers: row.newSkilledWorkers, highSkilledSharePercent: row.highSkilledSharePercent.toNumber(), setBy: row.setBy, updatedAt: row.updatedAt.toISOString() };
    });
  }

  private async target(year: number): Promise<TargetView | null> {
    return (await this.targets()).find((t) => t.year === year) ?? null;
  }

  private filters(query: OverviewQuery): Prisma.Sql {
    return Prisma.sql`${query.district ? Prisma.sql`AND district_code = ${query.district}` : Prisma.empty} ${query.industry ? Prisma.sql`AND industry_code = ${query.industry}` : Prisma.empty}`;
  }

  private byCube(query: BreakdownQuery, year: number): Promise<Row[]> {
    if (query.by !== 'level') {
      // Levels are not asked for: the rollup over levels answers with a seventh of the rows.
      const column = { district: Prisma.raw('district_code'), industry: Prisma.raw('industry_code'), year: Prisma.raw('registered_year') }[query.by as 'district' | 'industry' | 'year'];
      return this.db.$queryRaw<Row[]>`
        SELECT ${column} AS key, sum(workers)::bigint AS total, sum(high_skilled)::bigint AS high
          FROM talent_area_stat
         WHERE registered_year <= ${year} ${this.filters(query)}
         GROUP BY 1 HAVING sum(workers) > 0 ORDER BY 1`;
    }
    // By level: the rollup over industries, unless an industry is asked for.
    const table = Prisma.raw(query.industry ? 'talent_stat' : 'talent_level_stat');
    const column = Prisma.raw('level');
    return this.db.$queryRaw<Row[]>`
      SELECT ${column} AS key, sum(workers)::bigint AS total,
             COALESCE(sum(workers) FILTER (WHERE level IN (${Prisma.join(HIGH_LEVELS)})), 0)::bigint AS high
        FROM ${table}
       WHERE registered_year <= ${year} ${this.filters(query)}
       GROUP BY 1 HAVING sum(workers) > 0 ORDER BY 1`;
  }

  private byOccupation(limit: number): Promise<Row[]> {
    return this.db.$queryRaw<Row[]>`
      SELECT occupation AS key, sum(workers)::bigint AS total,
             COALESCE(sum(workers) FILTER (WHERE level IN (${Prisma.join(HIGH_LEVELS)})), 0)::bigint AS high
        FROM occupation_stat GROUP BY 1 HAVING sum(workers) > 0 ORDER BY 2 DESC, 1 LIMIT ${limit}`;
  }
}
