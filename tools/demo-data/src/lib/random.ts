// Small, fast, seeded randomness. Nothing here touches Math.random: a seed and an index decide everything,
// so any worker of a run can be recomputed on its own (and a run sharded) without generating the others.

// Globals read once: inside a vm context (jest) every global lookup goes through an interceptor and costs
// microseconds, which in these hot loops made generation thirty times slower.
const { imul, floor, ceil, log2, max } = Math;

/** A 32-bit integer hash with good avalanche (the "lowbias32" finaliser). */
export function mix32(value: number): number {
  let x = value >>> 0;
  x = imul(x ^ (x >>> 16), 0x7feb352d);
  x = imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Hash of a seed and an index (indexes up to 2^53), for per-worker streams and per-day offsets. */
export function hash2(seed: number, index: number): number {
  const low = index >>> 0;
  const high = floor(index / 4294967296) >>> 0;
  return mix32(mix32(seed ^ 0x9e3779b9) ^ mix32(low + 0x632be5ab) ^ imul(high, 0x85ebca6b));
}

/**
 * mulberry32: one 32-bit state, plenty for choosing among a few hundred options. One instance is reseeded
 * per worker (no allocation per worker).
 */
export class Rng {
  private state = 0;

  reseed(seed: number, index: number): this {
    this.state = hash2(seed, index);
    return this;
  }

  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform integer in [0, n). */
  below(n: number): number {
    return floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.below(items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }
}

/**
 * The R2 low-discrepancy constants (1/g, 1/g² with g the plastic number). Points frac(c + n·α) fill [0, 1)
 * far more evenly than random draws: a share drawn with them is off by a handful of workers, not by √n.
 */
export const R2_ALPHA_1 = 0.7548776662466927;
export const R2_ALPHA_2 = 0.5698402909980532;

export function weyl(n: number, alpha: number, offset: number): number {
  const x = offset + n * alpha;
  return x - floor(x);
}

/**
 * A keyed permutation of [0, n): a 4-round balanced Feistel network over the next even power of two, with
 * cycle walking back into range. Bijective by construction, O(1) per index, no table.
 */
export class IndexPermutation {
  private readonly halfBits: number;
  private readonly mask: number;
  private readonly keys: readonly number[];

  constructor(
    private readonly n: number,
    seed: number,
  ) {
    if (!Number.isSafeInteger(n) || n < 1 || n > 2 ** 30) throw new RangeError(`permutation size must be 1…2^30, got ${n}`);
    const bits = max(2, ceil(log2(n)));
    this.halfBits = ceil(bits / 2);
    this.mask = (1 << this.halfBits) - 1;
    this.keys = [1, 2, 3, 4].map((round) => hash2(seed, 0x5eed0000 + round));
  }

  apply(index: number): number {
    if (index < 0 || index >= this.n) throw new RangeError(`index ${index} outside [0, ${this.n})`);
    let x = index;
    do x = this.encrypt(x);
    while (x >= this.n);
    return x;
  }

  private encrypt(x: number): number {
    let left = floor(x / (this.mask + 1));
    let right = x & this.mask;
    for (const key of this.keys) {
      const next = (left ^ (mix32(right ^ key) & this.mask)) >>> 0;
      left = right;
      right = next;
    }
    return left * (this.mask + 1) + right;
  }
}

/** Weighted choice by inverse CDF (binary search over cumulative weights). */
export class WeightedTable<T> {
  readonly items: readonly T[];
  private readonly cumulative: Float64Array;

  constructor(entries: ReadonlyArray<readonly [T, number]>) {
    const kept = entries.filter(([, w]) => w > 0);
    if (kept.length === 0) throw new RangeError('a weighted table needs at least one positive weight');
    this.items = kept.map(([item]) => item);
    this.cumulative = new Float64Array(kept.length);
    const total = kept.reduce((sum, [, w]) => sum + w, 0);
    let running = 0;
    kept.forEach(([, w], i) => {
      running += w / total;
      this.cumulative[i] = running;
    });
    this.cumulative[kept.length - 1] = 1;
  }

  /** The item whose cumulative band holds `u` ∈ [0, 1). */
  at(u: number): T {
    const c = this.cumulative;
    let lo = 0;
    let hi = c.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (u < (c[mid] ?? 1)) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo] as T;
  }

  draw(rng: Rng): T {
    return this.at(rng.next());
  }
}
