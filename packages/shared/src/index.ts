export * from './domain';
export * from './messages';
export * from './complaint';
export * from './actions';
export * from './calendar';
export * from './sop';
export * from './api';
export * from './notifications';
