import { cqssAppConfig } from '@cqss/vite-config';

export default cqssAppConfig({ name: 'admin', root: import.meta.url, devPort: 5173 });
