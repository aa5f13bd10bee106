import { unitConfig } from '@cqss/vitest-config';

export default unitConfig;
