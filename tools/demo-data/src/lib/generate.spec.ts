import { parseNationalId } from '@bayu/national-id';
import { DISTRICT_CODES, isHighSkilled, type SkillLevel } from '@bayu/reference';
import { addYears } from './calendar';
import { DISTRICT_WEIGHTS, INDUSTRY_WEIGHTS, LEVEL_MIX } from './distributions';
import { cityFigures } from './figures';
import { DemoPopulation, generateWorkers, type DemoWorker } from './generate';

const high = (level: SkillLevel | null): boolean => level !== null && isHighSkilled(level);
const percent = (part: number, whole: number): number => (100 * part) / whole;

describe('cityFigures', () => {
  it('gives the seeds’ figures: 5,032,000 skilled workers, 1,580,000 high-skilled (31.4 %) in 2022; 3,750,000 and 1,025,000 (27.3 %) in 2019', () => {
    expect(cityFigures(2022)).toMatchObject({ total: 5_032_000, highSkilled: 1_580_000, sharePercent: 31.4 });
    expect(cityFigures(2019)).toMatchObject({ total: 3_750_000, highSkilled: 1_025_000, sharePercent: 27.3 });
    for (const year of [2019, 2022]) expect(Math.round(cityFigures(year).share * 1000) / 10).toBe(cityFigures(year).sharePercent);
  });
});

describe('generateWorkers', () => {
  it('100,000 generated workers reproduce the 31.4 % high-skilled share within ±0.3 points and cover all 41 districts and the main industries', () => {
    const districts = new Map<string, number>();
    const industries = new Map<string, number>();
    let highSkilled = 0;
    let n = 0;
    for (const w of generateWorkers({ count: 100_000, seed: 7 })) {
      n++;
      if (high(w.skillLevel)) highSkilled++;
      districts.set(w.districtCode, (districts.get(w.districtCode) ?? 0) + 1);
      industries.set(w.industryCode, (industries.get(w.industryCode) ?? 0) + 1);
    }
    expect(n).toBe(100_000);
    expect(Math.abs(percent(highSkilled, n) - cityFigures(2022).sharePercent)).toBeLessThanOrEqual(0.3);
    expect([...districts.keys()].sort()).toEqual([...DISTRICT_CODES].sort());
    expect(DISTRICT_CODES).toHaveLength(41);
    // Manufacturing first, then construction; every weighted section is there, each near its weight.
    const ranked = [...industries].sort(([, a], [, b]) => b - a).map(([code]) => code);
    expect(ranked.slice(0, 2)).toEqual(['C', 'E']);
    for (const [code, { percent: weight }] of Object.entries(INDUSTRY_WEIGHTS)) {
      expect(Math.abs(percent(industries.get(code) ?? 0, n) - weight)).toBeLessThan(Math.max(0.5, weight * 0.05));
    }
    for (const code of ['500112', '500101', '500229', 'LJXQ']) expect(Math.abs(percent(districts.get(code) ?? 0, n) - (DISTRICT_WEIGHTS[code] ?? 0))).toBeLessThan(0.3);
  });

  it('the 2022 mix holds at any scale: 1,000 workers are 31.4 % high-skilled within a point, every level near its weight at 200,000', () => {
    const small = [...generateWorkers({ count: 1000, seed: 3 })];
    expect(Math.abs(percent(small.filter((w) => high(w.skillLevel)).length, 1000) - 31.4)).toBeLessThan(1);
    const levels = new Map<string, number>();
    for (const w of generateWorkers({ count: 200_000, seed: 3 })) levels.set(String(w.skillLevel), (levels.get(String(w.skillLevel)) ?? 0) + 1);
    for (const [level, weight] of LEVEL_MIX[2022]) expect(Math.abs(percent(levels.get(String(level)) ?? 0, 200_000) - weight)).toBeLessThan(0.05);
  });

  it('registrations by 2019 are 3,750,000 : 5,032,000 of the 2022 city and 27.3 % high-skilled, and the 2019 city itself is 27.3 % high-skilled', () => {
    let byThen = 0;
    let highByThen = 0;
    for (const w of generateWorkers({ count: 200_000, seed: 11 })) {
      if (w.registeredYear <= 2019) {
        byThen++;
        if (high(w.skillLevel)) highByThen++;
      }
    }
    expect(Math.abs(byThen / 200_000 - 3_750_000 / 5_032_000)).toBeLessThan(0.002);
    expect(Math.abs(percent(highByThen, byThen) - 27.3)).toBeLessThan(0.3);

    const city2019 = [...generateWorkers({ count: 50_000, seed: 11, asOfYear: 2019 })];
    expect(Math.abs(percent(city2019.filter((w) => high(w.skillLevel)).length, city2019.length) - cityFigures(2019).sharePercent)).toBeLessThan(0.3);
    expect(city2019.every((w) => w.registeredYear <= 2019 && (w.certificate?.issueDate ?? '') <= '2019-12-31')).toBe(true);
    expect(city2019.some((w) => w.skillLevel === 'principal-technician' || w.skillLevel === 'chief-technician')).toBe(false);
  });

  it('every ID number of 1,000,000 generated workers is valid, consistent with birth date and gender, and unique', () => {
    const seen = new Set<string>();
    let bad = 0;
    for (const w of generateWorkers({ count: 1_000_000, seed: 1 })) {
      const parsed = parseNationalId(w.nationalId, new Date('2023-01-01T00:00:00Z'));
      if (!parsed.ok || parsed.facts.birthDate !== w.birthDate || parsed.facts.gender !== w.gender) bad++;
      seen.add(w.nationalId);
    }
    expect(bad).toBe(0);
    expect(seen.size).toBe(1_000_000);
  });

  it('birth dates run 1960–2006, registration follows the 16th birthday, and certificates are unique, dated after it and by the end of the as-of year', () => {
    const numbers = new Set<string>();
    const workers = [...generateWorkers({ count: 100_000, seed: 5 })];
    const problems: string[] = [];
    for (const w of workers) {
      const birthYear = Number(w.birthDate.slice(0, 4));
      if (w.birthDate < '1960-01-01' || w.birthDate > '2006-12-31') problems.push(`born ${w.birthDate}`);
      if (w.registeredYear < birthYear + 16 || w.registeredYear > 2022) problems.push(`born ${w.birthDate}, registered ${w.registeredYear}`);
      if ((w.certificate === undefined) !== (w.skillLevel === null)) problems.push(`${w.skillLevel} with certificate ${JSON.stringify(w.certificate)}`);
      if (w.certificate) {
        numbers.add(w.certificate.certificateNumber);
        if (w.certificate.issueDate < addYears(w.birthDate, 16) || w.certificate.issueDate > '2022-12-31') problems.push(`born ${w.birthDate}, certified ${w.certificate.issueDate}`);
      }
    }
    expect(problems.slice(0, 5)).toEqual([]);
    expect(numbers.size).toBe(workers.filter((w) => w.certificate).length);
  });

  it('the same seed gives the same workers and another seed different ones', () => {
    const first = [...generateWorkers({ count: 5000, seed: 42 })];
    const again = [...generateWorkers({ count: 5000, seed: 42 })];
    const other = [...generateWorkers({ count: 5000, seed: 43 })];
    expect(again).toEqual(first);
    const differing = other.filter((w, i) => w.nationalId !== first[i]?.nationalId || w.name !== first[i]?.name).length;
    expect(differing).toBeGreaterThan(4900);
  });

  it('any worker can be recomputed on its own, so a run can be sliced or sharded', () => {
    const population = new DemoPopulation({ count: 20_000, seed: 9 });
    const all: DemoWorker[] = [...population];
    for (const i of [0, 1, 7777, 19_999]) expect(population.workerAt(i)).toEqual(all[i]);
  });

  it('refuses a count it cannot give unique ID numbers, and years without city figures', () => {
    expect(() => new DemoPopulation({ count: 100_000_000 })).toThrow(/exhaust/);
    expect(() => [...generateWorkers({ count: 10, asOfYear: 2021 })]).toThrow(/no published city figures/);
    expect(() => [...generateWorkers({ count: 0 })]).toThrow(RangeError);
  });
});
