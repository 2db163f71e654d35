// The population model for one as-of year: who is how old, which level they hold at which age, when they
// registered and in which industry they work. Fitted once (milliseconds) so the mix matches the city figures.
import { isHighSkilled, type IndustryCode } from '@bayu/reference';
import { AGE_BANDS, FIRST_BIRTH_YEAR, INDUSTRY_WEIGHTS, LEVEL_AGE_PROFILE, LEVEL_MIX, MIN_REGISTRATION_AGE, REGISTRATIONS_PER_YEAR, type LevelOrNone } from './distributions';
import { cityFigures } from './figures';
import { WeightedTable } from './random';

/** Workers registered up to this year are "the 2019 subset" (seed 001). */
const SUBSET_YEAR = 2019;

export interface PopulationModel {
  readonly asOfYear: number;
  readonly firstBirthYear: number;
  readonly lastBirthYear: number;
  /** Share of each birth year (index: birthYear − firstBirthYear). */
  readonly birthYearShare: readonly number[];
  /** Level by birth year, drawn with a low-discrepancy number. */
  readonly levelByBirthYear: ReadonlyArray<WeightedTable<LevelOrNone>>;
  /** Registration year by class (0 = not high-skilled, 1 = high-skilled) and birth year. */
  readonly registrationByClassAndBirthYear: readonly [ReadonlyArray<WeightedTable<number>>, ReadonlyArray<WeightedTable<number>>];
  /** Industry by class. */
  readonly industryByClass: readonly [WeightedTable<IndustryCode>, WeightedTable<IndustryCode>];
  /** The high-skilled share the model is fitted to (figures' highSkilled / total). */
  readonly highSkilledShare: number;
}

export function isHigh(level: LevelOrNone): boolean {
  return level !== null && isHighSkilled(level);
}

function ageWeight(age: number): number {
  return AGE_BANDS.find((b) => age >= b.from && age <= b.to)?.weight ?? 0;
}

function normalise(values: readonly number[]): number[] {
  const total = values.reduce((a, b) => a + b, 0);
  return values.map((v) => v / total);
}

/** P(level | age) ∝ factor(level) × bell(age; level), the factors fitted so the overall mix is the target. */
function fitLevels(ages: readonly number[], ageShare: readonly number[], target: ReadonlyArray<readonly [LevelOrNone, number]>): number[][] {
  const targets = normalise(target.map(([, p]) => p));
  const profiles = target.map(([level]) => {
    const profile = LEVEL_AGE_PROFILE.find(([l]) => l === level)?.[1];
    if (!profile) throw new Error(`no age profile for level ${String(level)}`);
    return ages.map((age) => Math.exp(-0.5 * ((age - profile.mean) / profile.sd) ** 2));
  });
  const factors: number[] = targets.map((t) => (t > 0 ? 1 : 0));
  const conditional = (a: number): number[] => normalise(factors.map((f, l) => f * (profiles[l]?.[a] ?? 0)));
  for (let iteration = 0; iteration < 2000; iteration++) {
    const marginal = targets.map(() => 0);
    ages.forEach((_, a) => conditional(a).forEach((p, l) => (marginal[l]! += p * (ageShare[a] ?? 0))));
    let worst = 0;
    factors.forEach((f, l) => {
      if (f === 0) return;
      worst = Math.max(worst, Math.abs(marginal[l]! - targets[l]!));
      factors[l] = f * (targets[l]! / marginal[l]!);
    });
    if (worst < 1e-12) break;
  }
  return ages.map((_, a) => conditional(a));
}

function registrationWeights(birthYear: number, asOfYear: number, subsetFactor: number): Array<readonly [number, number]> {
  return Object.entries(REGISTRATIONS_PER_YEAR)
    .map(([year, weight]) => [Number(year), weight] as const)
    .filter(([year]) => year <= asOfYear && year >= birthYear + MIN_REGISTRATION_AGE)
    .map(([year, weight]) => [year, year <= SUBSET_YEAR ? weight * subsetFactor : weight] as const);
}

function shareUpToSubset(weights: ReadonlyArray<readonly [number, number]>): number {
  const total = weights.reduce((s, [, w]) => s + w, 0);
  return weights.filter(([y]) => y <= SUBSET_YEAR).reduce((s, [, w]) => s + w, 0) / total;
}

/** The factor on pre-2020 registrations that makes `target` of the class registered by 2019. */
function fitSubsetFactor(birthYears: readonly number[], classShareByBirthYear: readonly number[], asOfYear: number, target: number): number {
  const total = classShareByBirthYear.reduce((a, b) => a + b, 0);
  const shareAt = (factor: number): number =>
    birthYears.reduce((sum, by, i) => sum + ((classShareByBirthYear[i] ?? 0) / total) * shareUpToSubset(registrationWeights(by, asOfYear, factor)), 0);
  let lo = Math.log(1e-3);
  let hi = Math.log(1e3);
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (shareAt(Math.exp(mid)) < target) lo = mid;
    else hi = mid;
  }
  return Math.exp((lo + hi) / 2);
}

function industryTables(highShare: number): [WeightedTable<IndustryCode>, WeightedTable<IndustryCode>] {
  const entries = Object.entries(INDUSTRY_WEIGHTS).map(([code, w]) => [code as IndustryCode, w.percent / 100, w.highSkilledFactor] as const);
  const highRaw = entries.map(([, p, f]) => p * f);
  const highTotal = highRaw.reduce((a, b) => a + b, 0);
  const high = entries.map(([code], i) => [code, (highRaw[i] ?? 0) / highTotal] as const);
  // The rest, so that highShare × high + (1 − highShare) × low is exactly the documented mix.
  const low = entries.map(([code, p], i) => [code, (p - highShare * (high[i]?.[1] ?? 0)) / (1 - highShare)] as const);
  if (low.some(([, p]) => p < 0)) throw new Error('a high-skilled factor is too large for its industry weight');
  return [new WeightedTable(low), new WeightedTable(high)];
}

const cache = new Map<number, PopulationModel>();

export function populationModel(asOfYear: number): PopulationModel {
  const cached = cache.get(asOfYear);
  if (cached) return cached;
  const figures = cityFigures(asOfYear);
  const published = LEVEL_MIX[asOfYear as 2019 | 2022];
  if (!published) throw new RangeError(`no level mix for ${asOfYear}`);
  // LEVEL_MIX rounds to the published one-decimal share; fit to the exact ratio of the figures instead.
  const highSkilledShare = figures.share;
  const publishedHigh = published.reduce((s, [level, p]) => s + (isHigh(level) ? p : 0), 0) / 100;
  const mix = published.map(([level, p]) => [level, isHigh(level) ? (p * highSkilledShare) / publishedHigh : (p * (1 - highSkilledShare)) / (1 - publishedHigh)] as const);
  const firstBirthYear = FIRST_BIRTH_YEAR;
  const lastBirthYear = asOfYear - MIN_REGISTRATION_AGE;
  const birthYears = Array.from({ length: lastBirthYear - firstBirthYear + 1 }, (_, i) => firstBirthYear + i);
  const ages = birthYears.map((by) => asOfYear - by);
  const birthYearShare = normalise(ages.map(ageWeight));
  const levelShares = fitLevels(ages, birthYearShare, mix);
  const highShareByBirthYear = levelShares.map((shares) => shares.reduce((s, p, l) => s + (isHigh(mix[l]?.[0] ?? null) ? p : 0), 0));

  const subsetTargets = asOfYear > SUBSET_YEAR ? subsetShares(asOfYear) : undefined;
  const registration = ([0, 1] as const).map((klass) => {
    const classShare = birthYearShare.map((s, i) => s * (klass === 1 ? (highShareByBirthYear[i] ?? 0) : 1 - (highShareByBirthYear[i] ?? 0)));
    const factor = subsetTargets ? fitSubsetFactor(birthYears, classShare, asOfYear, subsetTargets[klass]) : 1;
    return birthYears.map((by) => new WeightedTable(registrationWeights(by, asOfYear, factor)));
  });

  const model: PopulationModel = {
    asOfYear,
    firstBirthYear,
    lastBirthYear,
    birthYearShare,
    levelByBirthYear: levelShares.map((shares) => new WeightedTable(mix.map(([level], l) => [level, shares[l] ?? 0] as const))),
    registrationByClassAndBirthYear: [registration[0]!, registration[1]!],
    industryByClass: industryTables(highSkilledShare),
    highSkilledShare,
  };
  cache.set(asOfYear, model);
  return model;
}

/** Share registered by 2019 among the not high-skilled [0] and the high-skilled [1] (seeds 001 and 000). */
function subsetShares(asOfYear: number): [number, number] {
  const now = cityFigures(asOfYear);
  const then = cityFigures(SUBSET_YEAR);
  return [(then.total - then.highSkilled) / (now.total - now.highSkilled), then.highSkilled / now.highSkilled];
}
