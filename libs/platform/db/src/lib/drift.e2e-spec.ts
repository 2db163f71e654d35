import { resolve, join } from 'node:path';
import { findSchemaDrift } from './drift';
import { adminUrlFromEnv } from './scratch-database';

const fixtures = resolve(__dirname, '../../test/fixtures');

describe('schema drift check (real PostgreSQL)', () => {
  jest.setTimeout(60_000);

  it('finds no drift when the migrations produce exactly schema.prisma', async () => {
    const differences = await findSchemaDrift({ schemaDir: join(fixtures, 'ok/schema'), migrationsDir: join(fixtures, 'ok/migrations'), adminUrl: adminUrlFromEnv() });
    expect(differences).toEqual([]);
  });

  it('names the column that schema.prisma has and the migrations never created', async () => {
    const differences = await findSchemaDrift({
      schemaDir: join(fixtures, 'missing-column/schema'),
      migrationsDir: join(fixtures, 'missing-column/migrations'),
      adminUrl: adminUrlFromEnv(),
    });
    expect(differences).toEqual([{ kind: 'columns', onlyIn: 'schema.prisma', item: expect.stringMatching(/^worker\.employer varchar\(200\) null/) }]);
  });
});
