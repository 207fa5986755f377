export * from './table';
export * from './machine';
export * from './labels';
export * from './notify';
export * from './units';
