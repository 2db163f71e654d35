// Public API of the dev stack (`@bayu/dev/stack`): what `npm start` runs, in pieces other tools may reuse.
export { loadStackConfig, type ServiceName, type StackConfig } from './config';
export { startStack, type RunningStack, type StackLog } from './stack';
export { prepareDatabases, type Databases, type ServiceDatabase } from './database';
export { startEmbeddedPostgres, type EmbeddedPostgres, type EmbeddedPostgresOptions } from './pglite/embedded-postgres';
export { PgliteSessionServer, type PgliteBackend, type SessionServerStats } from './pglite/session-server';
export { seedAwardees, smokeCheck, type SeedResult, type SmokeReport } from './seed';
export { AWARDEES_2022, nationalIdOf, registrationOf, type Awardee2022 } from '@bayu/dev/demo-data';
export { demoLogins, renderBanner, type DemoLogin } from './banner';
export { formatLogLine } from './log-format';
