import { readdirSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { DatabaseError } from 'pg';
import { ConfigError } from '../config';
import { CliError, type CommandGroup } from './support';

/**
 * The operator's command line: `pnpm --filter @cqss/server cli <command>` (in a built image
 * `node dist/cli/cli.js <command>`). Every `<group>.commands.ts` beside this file adds its
 * commands, so a new command group is one new file.
 */
async function main() {
  const program = new Command('cli')
    .description('Operate a CQSS deployment: the database the server uses, from its environment')
    .showHelpAfterError();
  const groups = readdirSync(__dirname).filter((f) => /\.commands\.(ts|js)$/.test(f));
  for (const file of groups.sort()) {
    const group = (await import(path.join(__dirname, file))) as CommandGroup;
    group.register(program);
  }
  await program.parseAsync();
}

main().catch((err: unknown) => {
  if (err instanceof CliError || err instanceof ConfigError) console.error(err.message);
  // PostgreSQL refused or could not be reached: its own words are what the operator needs.
  else if (err instanceof DatabaseError || (err as NodeJS.ErrnoException).syscall)
    console.error(`PostgreSQL: ${(err as Error).message}`);
  else console.error(err);
  process.exit(1);
});
