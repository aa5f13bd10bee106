import { cqssAppConfig } from '@cqss/ui/vite';

// One small bundle: a lobby tablet loads it once and keeps it.
export default cqssAppConfig({
  name: 'kiosk',
  root: import.meta.url,
  devPort: 5175,
  vendorChunks: false,
});
