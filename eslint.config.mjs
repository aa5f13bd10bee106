import config from '@cqss/eslint-config';

export default config;
