// Public API of the demo data (`@bayu/dev/demo-data`): a realistic, deterministic Chongqing of skilled workers
// for tests and benchmarks, the 2022 最美巴渝工匠 as named fixtures, and writers for every way in.
export { cityFigures, FIGURE_YEARS, type CityFigures } from './lib/figures';
export { DemoPopulation, generateWorkers, DEFAULT_SEED, GENERATED_SEQUENCE_FLOOR, type DemoCertificate, type DemoWorker, type GenerateOptions } from './lib/generate';
export { writeWorkersCsv, type CsvOptions, type WriteReport } from './lib/csv';
export { writeWorkersXlsx, XLSX_MAX_ROWS, type XlsxOptions } from './lib/xlsx';
export { IMPORT_HEADERS, importCellsOf, INVALID_ROW_KINDS, invalidKindOf, UNKNOWN_DISTRICT, type InvalidRowKind } from './lib/import-rows';
export { loadWorkersDirect, type DirectLoadOptions, type DirectLoadReport } from './lib/load';
export { AWARDEES_2022, nationalIdOf, registrationOf, type Awardee2022, type Craftsman2022 } from './fixtures/awardees-2022';
export { NOMINATIONS_2022 } from './fixtures/nominations-2022';
export { CRAFTSMEN_2022, craftsmanWorker, craftsmenWorkers } from './fixtures/craftsmen';
export { CAMPAIGN_2022_SETTINGS, campaignSettingsFor, recommendationFormOf } from './fixtures/campaign-2022';
export { loadCampaign2022, planCampaign2022, type Campaign2022LoadOptions, type Campaign2022LoadReport } from './lib/campaign-load';
