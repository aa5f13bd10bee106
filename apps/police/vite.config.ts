import { cqssAppConfig } from '@cqss/ui/vite';

export default cqssAppConfig({ name: 'police', root: import.meta.url, devPort: 5174 });
