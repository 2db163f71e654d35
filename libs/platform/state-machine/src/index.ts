export * from './lib/state-machine';
