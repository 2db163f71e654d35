// The demo city, one worker at a time. Worker i is a pure function of (seed, asOfYear, count, i): nothing
// is remembered between workers, so 5,000,000 stream in constant memory and any slice can be recomputed.
import { skillLevelRank, type IndustryCode, type SkillLevel } from '@bayu/reference';
import { addYears, dayTable, daysOf, type DayTable } from './calendar';
import { DISTRICT_WEIGHTS } from './distributions';
import { APPRAISAL_CENTRE, BRANDS, DEFAULT_EVALUATORS, DISTRICT_FULL_NAMES, DISTRICT_SHORT_NAMES, EVALUATORS, LARGE_EMPLOYER_SHARE, LARGE_EMPLOYERS_AT, SMALL_FIRMS, type LargeEmployer } from './employers';
import { REGION_WHEEL, regionCodesFor, WHEEL_SIZE, WIDEST_REGION } from './id-regions';
import { isHigh, populationModel, type PopulationModel } from './model';
import { drawName } from './names';
import { OCCUPATIONS, type OccupationEntry } from './occupations';
import { hash2, IndexPermutation, mix32, R2_ALPHA_1, R2_ALPHA_2, Rng, WeightedTable, weyl } from './random';

export interface DemoCertificate {
  readonly certificateNumber: string;
  readonly issuingBody: string;
  /** YYYY-MM-DD */
  readonly issueDate: string;
}

export interface DemoWorker {
  readonly nationalId: string;
  readonly name: string;
  readonly gender: 'male' | 'female';
  /** YYYY-MM-DD, the date inside the ID number. */
  readonly birthDate: string;
  readonly districtCode: string;
  readonly employerName: string;
  readonly employerId?: string;
  readonly industryCode: IndustryCode;
  readonly occupation: string;
  readonly registeredYear: number;
  /** null: on record without a skill-level certificate. */
  readonly skillLevel: SkillLevel | null;
  readonly certificate?: DemoCertificate;
}

export interface GenerateOptions {
  readonly count: number;
  readonly seed?: number;
  /** 2022 (default) or 2019: the year whose city figures the population reproduces. */
  readonly asOfYear?: number;
}

export const DEFAULT_SEED = 20221130;

/**
 * Generated ID numbers use sequence codes 500–999 (counting down); the named fixtures use codes below 500,
 * so a fixture and a generated worker can never share a number.
 */
export const GENERATED_SEQUENCE_FLOOR = 500;
const MAX_S = (1000 - GENERATED_SEQUENCE_FLOOR) / 2;
// Read once: global lookups are slow inside a vm context (jest); see random.ts.
const { floor } = Math;
const toText = String;

const districtTable = new WeightedTable(Object.entries(DISTRICT_WEIGHTS));
const occupationTables = new Map(Object.entries(OCCUPATIONS).map(([code, list]) => [code, new WeightedTable(list.map((entry) => [entry, entry[1]] as const))]));
const regionCodes = new Map<number, readonly string[]>();
const orgCodes = new Map<string, string>();
const dayTables = new Map<number, DayTable>();

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/**
 * GB 11643's ISO 7064 MOD 11-2 check character appended: what composeNationalId does, inlined because this runs
 * per worker (the tests check every number with parseNationalId).
 */
function withCheckCharacter(first17: string): string {
  let sum = 0;
  for (let k = 0; k < 17; k++) sum += (first17.charCodeAt(k) - 48) * ID_WEIGHTS[k]!;
  return first17 + ID_CHECK[sum % 11]!;
}

function orgCodeOf(body: string): string {
  let code = orgCodes.get(body);
  if (!code) {
    let h = 0x811c9dc5;
    for (let k = 0; k < body.length; k++) h = mix32(h ^ body.charCodeAt(k));
    code = String(h % 10000).padStart(4, '0');
    orgCodes.set(body, code);
  }
  return code;
}

/**
 * One run's population. How ID numbers stay unique (GB 11643: region + birth date + 3-digit sequence):
 * 1. j = π(i), a keyed permutation of 0…count−1, so j is unique per worker.
 * 2. Birth dates are handed out by j in blocks: day d owns j ∈ [start[d], start[d+1]), each block as long as
 *    the day's share of the age distribution × count. So the birth date is a function of j, and r = j − start[d]
 *    (the worker's rank within its birthday) is unique among that day's workers.
 * 3. r, shifted by a per-day offset, walks a wheel of 400 slots in which each ID region holds slots in
 *    proportion to its weight: slot = r' mod 400, turn = ⌊r' / 400⌋. The region is the slot's, and
 *    s = (slot's occurrence within its region) + (region's slot count) × turn is unique within (day, region).
 * 4. The sequence code is 999 − 2s for men and 998 − 2s for women (odd/even as GB 11643 wants), s < 250.
 * Distinct i ⇒ distinct (birth date, region, s) ⇒ distinct ID numbers. The constructor refuses a count whose
 * busiest birthday would need s ≥ 250 (about 40 million workers).
 */
export class DemoPopulation {
  readonly count: number;
  readonly seed: number;
  readonly model: PopulationModel;
  private readonly permutation: IndexPermutation;
  private readonly days: DayTable;
  private readonly starts: Float64Array;
  private readonly rng = new Rng();
  private readonly levelOffset: number;
  private readonly registrationOffset: number;

  constructor(options: GenerateOptions) {
    const { count, seed = DEFAULT_SEED, asOfYear = 2022 } = options;
    if (!Number.isSafeInteger(count) || count < 1) throw new RangeError(`count must be a positive integer, got ${count}`);
    this.count = count;
    this.seed = seed >>> 0;
    this.model = populationModel(asOfYear);
    this.permutation = new IndexPermutation(count, this.seed);
    this.levelOffset = hash2(this.seed, -1) / 4294967296;
    this.registrationOffset = hash2(this.seed, -2) / 4294967296;
    const { firstBirthYear, lastBirthYear, birthYearShare } = this.model;
    let days = dayTables.get(asOfYear);
    if (!days) dayTables.set(asOfYear, (days = dayTable(firstBirthYear, lastBirthYear)));
    this.days = days;
    this.starts = new Float64Array(days.dates.length + 1);
    let cumulative = 0;
    let busiest = 0;
    for (let d = 0; d < days.dates.length; d++) {
      const year = days.years[d]!;
      cumulative += (birthYearShare[year - firstBirthYear] ?? 0) / daysOf(year).length;
      this.starts[d + 1] = Math.min(count, Math.round(cumulative * count));
      busiest = Math.max(busiest, this.starts[d + 1]! - this.starts[d]!);
    }
    this.starts[days.dates.length] = count;
    const turns = Math.floor((busiest + WHEEL_SIZE - 2) / WHEEL_SIZE);
    if (WIDEST_REGION - 1 + WIDEST_REGION * turns >= MAX_S) throw new RangeError(`${count} workers would exhaust the ID sequence numbers of one birthday`);
  }

  *[Symbol.iterator](): Generator<DemoWorker> {
    for (let i = 0; i < this.count; i++) yield this.workerAt(i);
  }

  workerAt(i: number): DemoWorker {
    const j = this.permutation.apply(i);
    const d = this.dayOf(j);
    const birthDate = this.days.dates[d]!;
    const birthYear = this.days.years[d]!;
    const by = birthYear - this.model.firstBirthYear;
    const skillLevel = this.model.levelByBirthYear[by]!.at(weyl(j, R2_ALPHA_1, this.levelOffset));
    const klass = isHigh(skillLevel) ? 1 : 0;
    const registeredYear = this.model.registrationByClassAndBirthYear[klass][by]!.at(weyl(j, R2_ALPHA_2, this.registrationOffset));

    const rng = this.rng.reseed(this.seed, i);
    const industryCode = this.model.industryByClass[klass].draw(rng);
    const [occupation, , femaleShare] = occupationTables.get(industryCode)!.draw(rng) as OccupationEntry;
    const female = rng.next() < femaleShare;
    const districtCode = districtTable.draw(rng);
    const large = LARGE_EMPLOYERS_AT.get(`${industryCode}|${districtCode}`);
    const employer: LargeEmployer | undefined = large && rng.next() < LARGE_EMPLOYER_SHARE ? rng.pick(large) : undefined;
    const employerName = employer?.name ?? rng.pick(SMALL_FIRMS[industryCode]!)(DISTRICT_SHORT_NAMES.get(districtCode)!, DISTRICT_FULL_NAMES.get(districtCode)!, rng.pick(BRANDS));
    const name = drawName(rng, female);

    // The ID number (see the class comment).
    const rank = j - this.starts[d]! + (hash2(this.seed ^ 0x0ff5e7, d) % WHEEL_SIZE);
    const slot = REGION_WHEEL[rank % WHEEL_SIZE]!;
    const s = slot.occurrence + slot.slotsOfRegion * floor(rank / WHEEL_SIZE);
    let codes = regionCodes.get(birthYear);
    if (!codes) regionCodes.set(birthYear, (codes = regionCodesFor(birthYear)));
    const nationalId = withCheckCharacter(`${codes[slot.region]!}${this.days.compact[d]!}${999 - 2 * s - (female ? 1 : 0)}`);

    const worker: { -readonly [K in keyof DemoWorker]: DemoWorker[K] } = {
      nationalId,
      name,
      gender: female ? 'female' : 'male',
      birthDate,
      districtCode,
      employerName,
      industryCode,
      occupation,
      registeredYear,
      skillLevel,
    };
    if (employer) worker.employerId = employer.id;
    if (skillLevel !== null) worker.certificate = this.certificateOf(rng, j, skillLevel, birthDate, registeredYear, industryCode, employer);
    return worker;
  }

  private certificateOf(rng: Rng, j: number, level: SkillLevel, birthDate: string, registeredYear: number, industry: IndustryCode, employer?: LargeEmployer): DemoCertificate {
    const asOf = this.model.asOfYear;
    const rank = skillLevelRank(level);
    // Mostly obtained in the year of registration; a third of the high-skilled upgraded later.
    let year = rank >= 3 && registeredYear < asOf && rng.next() < 0.33 ? registeredYear + 1 + rng.below(asOf - registeredYear) : registeredYear;
    if (rank >= 6) year = Math.max(year, 2022); // 特级技师 and 首席技师 exist since 2022
    const days = daysOf(year);
    const drawn = days[rng.below(days.length)]!;
    const sixteenth = addYears(birthDate, 16);
    const issueDate = drawn < sixteenth ? sixteenth : drawn;
    const evaluators = EVALUATORS[industry] ?? DEFAULT_EVALUATORS;
    const selfEvaluated = year >= 2020 && employer?.selfEvaluation === true;
    const issuingBody = year < 2020 ? APPRAISAL_CENTRE : selfEvaluated && employer ? employer.name : rng.pick(evaluators);
    const serial = toText(j).padStart(9, '0');
    const certificateNumber = `${selfEvaluated ? 'Y' : 'S'}5000${orgCodeOf(issuingBody)}${toText(year).slice(2)}${rank}${serial}`;
    return { certificateNumber, issuingBody, issueDate };
  }

  private dayOf(j: number): number {
    const s = this.starts;
    let lo = 0;
    let hi = s.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (s[mid]! <= j) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/** The demo city's workers, streamed: deterministic for (count, seed, asOfYear). */
export function* generateWorkers(options: GenerateOptions): Generator<DemoWorker> {
  yield* new DemoPopulation(options);
}
