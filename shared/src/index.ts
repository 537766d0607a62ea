export * from './categories';
export * from './envelope';
export * from './errors';
export * from './routes';
export * from './validate';
export * from './schemas/paging';
export * from './schemas/interpretation';
