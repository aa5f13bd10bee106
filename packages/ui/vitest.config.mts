import vue from '@vitejs/plugin-vue';
import { unitConfig } from '@cqss/vitest-config';
import { mergeConfig } from 'vitest/config';

// The kit's components are mounted in happy-dom (`// @vitest-environment happy-dom`).
export default mergeConfig(unitConfig, { plugins: [vue()] });
