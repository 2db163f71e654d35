// Used by the Prisma CLI in the container images (`prisma migrate deploy`) and by `prisma generate` here.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://root@127.0.0.1:5432/bayu_registry' },
});
