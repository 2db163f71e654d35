/** `YYYY-MM-DD` as the UTC midnight PostgreSQL's DATE columns come back as. */
export const dateOf = (isoDate: string): Date => new Date(`${isoDate}T00:00:00Z`);
export const isoDateOf = (d: Date): string => d.toISOString().slice(0, 10);
