export * from './common/domain-error';
export * from './common/enums';
export * from './auth/roles';
export * from './divisions/division-code';
export * from './divisions/division-names';
export * from './identity/id-number';
export * from './identity/credit-code';
