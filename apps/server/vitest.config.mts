import { serverConfig } from '@cqss/vitest-config';

export default serverConfig;
