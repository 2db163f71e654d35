export * from './lib/prisma-client';
export * from './lib/pg';
export * from './lib/migrations';
export * from './lib/catalog';
export * from './lib/drift';
export { renderMigrationSql } from './lib/schema-sql';
export * from './lib/scratch-database';
export * from './lib/raw-sql';
export * from './lib/prisma.providers';
