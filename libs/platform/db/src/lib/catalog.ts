import type { Client } from 'pg';

/**
 * A normalised, order-independent description of what Prisma models in a PostgreSQL schema: tables,
 * columns, indexes, constraints and enums. Two databases with the same description are the same to Prisma.
 */
export interface SchemaDescription {
  readonly tables: string[];
  readonly columns: string[];
  readonly indexes: string[];
  readonly constraints: string[];
  readonly enums: string[];
}

const IGNORED_TABLES = ['_prisma_migrations'];

export async function describeSchema(client: Client, schema = 'public'): Promise<SchemaDescription> {
  const tables = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = $1 AND table_type = 'BASE TABLE' AND NOT (table_name = ANY($2)) ORDER BY 1`,
    [schema, IGNORED_TABLES],
  );
  const columns = await client.query<{ line: string }>(
    `SELECT format('%s.%s %s%s%s %s default %s', table_name, column_name, udt_name,
              CASE WHEN character_maximum_length IS NOT NULL THEN '(' || character_maximum_length || ')'
                   WHEN numeric_precision IS NOT NULL AND udt_name = 'numeric' THEN '(' || numeric_precision || ',' || numeric_scale || ')'
                   WHEN datetime_precision IS NOT NULL AND udt_name LIKE 'time%' THEN '(' || datetime_precision || ')'
                   ELSE '' END,
              CASE WHEN data_type = 'ARRAY' THEN '[]' ELSE '' END,
              CASE WHEN is_nullable = 'YES' THEN 'null' ELSE 'not null' END,
              coalesce(column_default, 'none')) AS line
       FROM information_schema.columns
      WHERE table_schema = $1 AND NOT (table_name = ANY($2)) ORDER BY 1`,
    [schema, IGNORED_TABLES],
  );
  const indexes = await client.query<{ line: string }>(
    `SELECT indexdef AS line FROM pg_indexes WHERE schemaname = $1 AND NOT (tablename = ANY($2)) ORDER BY 1`,
    [schema, IGNORED_TABLES],
  );
  const constraints = await client.query<{ line: string }>(
    `SELECT format('%s %s %s', rel.relname, con.conname, pg_get_constraintdef(con.oid)) AS line
       FROM pg_constraint con
       JOIN pg_class rel ON rel.oid = con.conrelid
       JOIN pg_namespace ns ON ns.oid = rel.relnamespace
      WHERE ns.nspname = $1 AND NOT (rel.relname = ANY($2)) ORDER BY 1`,
    [schema, IGNORED_TABLES],
  );
  const enums = await client.query<{ line: string }>(
    `SELECT format('%s(%s)', t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)) AS line
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace ns ON ns.oid = t.typnamespace
      WHERE ns.nspname = $1 GROUP BY t.typname ORDER BY 1`,
    [schema],
  );
  return {
    tables: tables.rows.map((r) => r.name),
    columns: columns.rows.map((r) => r.line),
    indexes: indexes.rows.map((r) => r.line),
    constraints: constraints.rows.map((r) => r.line),
    enums: enums.rows.map((r) => r.line),
  };
}

export interface SchemaDifference {
  readonly kind: keyof SchemaDescription;
  readonly onlyIn: 'schema.prisma' | 'migrations';
  readonly item: string;
}

export function compareSchemas(fromPrismaSchema: SchemaDescription, fromMigrations: SchemaDescription): SchemaDifference[] {
  const differences: SchemaDifference[] = [];
  for (const kind of Object.keys(fromPrismaSchema) as Array<keyof SchemaDescription>) {
    const a = new Set(fromPrismaSchema[kind]);
    const b = new Set(fromMigrations[kind]);
    for (const item of a) if (!b.has(item)) differences.push({ kind, onlyIn: 'schema.prisma', item });
    for (const item of b) if (!a.has(item)) differences.push({ kind, onlyIn: 'migrations', item });
  }
  return differences;
}
