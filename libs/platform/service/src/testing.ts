// For tests (`@bayu/platform/service/testing`): a service's application in the test process. Kept apart from
// the main entry so shipped code does not reach it.
export * from './lib/in-process';
