import { cqssAppConfig } from '@cqss/vite-config';

export default cqssAppConfig({ name: 'police', root: import.meta.url, devPort: 5174 });
