import type { UserConfig } from 'vitest/config';

export declare const unitConfig: UserConfig;
export declare const serverConfig: UserConfig;
export declare const browserConfig: UserConfig;
