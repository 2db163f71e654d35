// The city's own figures (shared seeds 000 and 001), which the generated population reproduces at any scale.

export interface CityFigures {
  readonly year: number;
  /** 技能人才: skilled workers on record. */
  readonly total: number;
  /** 高技能人才: 高级工 and above. */
  readonly highSkilled: number;
  /** highSkilled / total, exactly (0.31399… for 2022). */
  readonly share: number;
  /** The share as published: percent, one decimal (31.4). */
  readonly sharePercent: number;
  /** Where the figures come from. */
  readonly source: string;
}

const figures = (year: number, total: number, highSkilled: number, sharePercent: number, source: string): CityFigures => ({ year, total, highSkilled, share: highSkilled / total, sharePercent, source });

const FIGURES: ReadonlyMap<number, CityFigures> = new Map([
  [2019, figures(2019, 3_750_000, 1_025_000, 27.3, 'seed 001: 技能人才达到375万人，其中高技能人才102.5万人，占27.3%')],
  [2022, figures(2022, 5_032_000, 1_580_000, 31.4, 'seed 000: 技能人才总量达到503.2万人，高技能人才达到158万人，占31.4%')],
]);

/** The years with published figures: the generator models these. */
export const FIGURE_YEARS: readonly number[] = [...FIGURES.keys()];

export function cityFigures(asOfYear: number): CityFigures {
  const found = FIGURES.get(asOfYear);
  if (!found) throw new RangeError(`no published city figures for ${asOfYear}; known years: ${FIGURE_YEARS.join(', ')}`);
  return found;
}
