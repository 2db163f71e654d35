export * from './lib/agencies';
export * from './lib/districts';
export * from './lib/honours';
export * from './lib/skill-levels';
export * from './lib/industries';
export * from './lib/qualifications';
export * from './lib/nomination-vocabularies';
export * from './lib/nomination-statuses';
