// Region codes written into generated ID numbers: where a person's household was registered, which is not
// always where they work. Mostly Chongqing's own codes, weighted by population (2020 census, 10,000s); a
// district that was a county or county-level city when the person was born keeps its old code (IDs are never
// renumbered); a few neighbouring prefectures send workers too. (People born before 1997 would often carry
// Sichuan codes; that is not modelled.)
import { DISTRICTS } from '@bayu/reference';
import { mix32 } from './random';

interface IdRegion {
  readonly code: string;
  readonly population: number;
  /** The code it had for people born before `until`. */
  readonly legacy?: { readonly code: string; readonly until: number };
}

const POPULATION: Readonly<Record<string, number>> = {
  '500101': 156, '500102': 115, '500103': 59, '500104': 42, '500105': 93, '500106': 148, '500107': 153, '500108': 119,
  '500109': 83, '500110': 101, '500111': 83, '500112': 219, '500113': 118, '500114': 49, '500115': 69, '500116': 136,
  '500117': 125, '500118': 115, '500119': 58, '500120': 76, '500151': 69, '500152': 69, '500153': 67, '500154': 120,
  '500155': 65, '500156': 35, '500229': 20, '500230': 56, '500231': 65, '500233': 72, '500235': 93, '500236': 75,
  '500237': 46, '500238': 39, '500240': 39, '500241': 50, '500242': 58, '500243': 50,
};

const LEGACY: Readonly<Record<string, { code: string; until: number }>> = {
  '500114': { code: '500239', until: 2000 }, // 黔江土家族苗族自治县
  '500115': { code: '500221', until: 2001 }, // 长寿县
  '500116': { code: '500381', until: 2006 }, // 江津市
  '500117': { code: '500382', until: 2006 }, // 合川市
  '500118': { code: '500383', until: 2006 }, // 永川市
  '500119': { code: '500384', until: 2006 }, // 南川市
  '500110': { code: '500222', until: 2011 }, // 綦江县
  '500111': { code: '500225', until: 2011 }, // 大足县
  '500120': { code: '500227', until: 2014 }, // 璧山县
  '500151': { code: '500224', until: 2014 }, // 铜梁县
  '500152': { code: '500223', until: 2015 }, // 潼南县
  '500153': { code: '500226', until: 2015 }, // 荣昌县
  '500154': { code: '500234', until: 2016 }, // 开县
  '500155': { code: '500228', until: 2016 }, // 梁平县
  '500156': { code: '500232', until: 2016 }, // 武隆县
};

/** Neighbouring prefectures (Sichuan, Guizhou, Hubei, Hunan), 10,000s of workers' worth, not population. */
const OUTSIDE: ReadonlyArray<readonly [string, number]> = [
  ['511602', 50], // 四川省广安市广安区
  ['511621', 40], // 四川省岳池县
  ['511702', 40], // 四川省达州市通川区
  ['511302', 35], // 四川省南充市顺庆区
  ['520302', 30], // 贵州省遵义市红花岗区
  ['422801', 25], // 湖北省恩施市
  ['422802', 20], // 湖北省利川市
  ['433101', 15], // 湖南省吉首市
];

export const ID_REGIONS: readonly IdRegion[] = [
  ...DISTRICTS.filter((d) => /^\d{6}$/.test(d.code)).map((d) => {
    const legacy = LEGACY[d.code];
    return { code: d.code, population: POPULATION[d.code] ?? 0, ...(legacy ? { legacy } : {}) };
  }),
  ...OUTSIDE.map(([code, population]) => ({ code, population })),
];

/** One slot of the region wheel: which region, and which of that region's slots it is. */
export interface RegionSlot {
  readonly region: number;
  /** 0 … slotsOfRegion − 1 */
  readonly occurrence: number;
  readonly slotsOfRegion: number;
}

/** Slots on the wheel; a region holds slots in proportion to its weight (at least one). */
export const WHEEL_SIZE = 400;

function buildWheel(): RegionSlot[] {
  const total = ID_REGIONS.reduce((sum, r) => sum + r.population, 0);
  const counts = ID_REGIONS.map((r) => Math.max(1, Math.round((r.population / total) * WHEEL_SIZE)));
  while (counts.reduce((a, b) => a + b, 0) > WHEEL_SIZE) counts[counts.indexOf(Math.max(...counts))]! -= 1;
  while (counts.reduce((a, b) => a + b, 0) < WHEEL_SIZE) counts[counts.indexOf(Math.max(...counts))]! += 1;
  const slots = counts.flatMap((n, region) => Array.from({ length: n }, (_, occurrence) => ({ region, occurrence, slotsOfRegion: n })));
  // A fixed shuffle, so a day's few workers do not all come from one region.
  for (let i = slots.length - 1; i > 0; i--) {
    const j = mix32(0x1d5eed ^ i) % (i + 1);
    [slots[i], slots[j]] = [slots[j]!, slots[i]!];
  }
  return slots;
}

export const REGION_WHEEL: readonly RegionSlot[] = buildWheel();

/** The widest region: with `rounds` turns of the wheel per day, sequences reach (widest − 1) + widest × rounds. */
export const WIDEST_REGION = Math.max(...REGION_WHEEL.map((s) => s.slotsOfRegion));

/** Region codes by region index as written for people born in `birthYear`. */
export function regionCodesFor(birthYear: number): readonly string[] {
  return ID_REGIONS.map((r) => (r.legacy && birthYear < r.legacy.until ? r.legacy.code : r.code));
}
