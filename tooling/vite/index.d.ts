import type { BuildEnvironmentOptions, PluginOption, UserConfig } from 'vite';

export interface CqssAppOptions {
  /** admin, police or kiosk: also the base path. */
  name: string;
  /** `import.meta.url` of the app's vite.config.ts. */
  root: string;
  devPort: number;
  /** Where the dev server proxies /graphql (HTTP and WebSocket). */
  api?: string;
  /** Split libraries into long-lived vendor chunks (default true; the kiosk keeps one small bundle). */
  vendorChunks?: boolean;
  build?: BuildEnvironmentOptions;
  /** The app's own plugins, after the shared ones (the kiosk's service worker). */
  plugins?: PluginOption[];
}

export declare function cqssAppConfig(options: CqssAppOptions): UserConfig;
