import { cqssAppConfig } from '@cqss/ui/vite';

export default cqssAppConfig({ name: 'admin', root: import.meta.url, devPort: 5173 });
