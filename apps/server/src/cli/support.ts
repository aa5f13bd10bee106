import path from 'node:path';
import type { Command } from 'commander';

/** What a `*.commands.ts` file in this folder exports: cli.ts finds and registers each one. */
export interface CommandGroup {
  register(program: Command): void;
}

/** A refusal or failure the operator can act on: printed as it is, the CLI exits 1. */
export class CliError extends Error {}

/** Progress and results, for a person at a terminal. */
export const say = (line: string) => process.stdout.write(`${line}\n`);

/**
 * A path as the operator typed it: `pnpm --filter @cqss/server cli …` runs in apps/server, but
 * a relative path means the folder the command was typed in (pnpm passes it as INIT_CWD).
 */
export const operatorPath = (file: string) =>
  path.resolve(process.env.INIT_CWD ?? process.cwd(), file);

export const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
