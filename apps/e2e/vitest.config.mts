import { browserConfig } from '@cqss/vitest-config';

export default browserConfig;
