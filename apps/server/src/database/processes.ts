import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface ProcessInfo {
  alive: boolean;
  /** The executable's name, when it can be read (/proc on Linux, `ps` elsewhere). */
  name?: string;
  parent?: number;
}

/** Whether a process lives, and what it is: enough to tell an orphaned PostgreSQL from a live one. */
export function processInfo(pid: number): ProcessInfo {
  try {
    process.kill(pid, 0);
  } catch (err) {
    // EPERM: it exists, but belongs to another user.
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return { alive: false };
  }
  try {
    // "pid (name) state ppid …"; the name may hold spaces and parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = stat.lastIndexOf(')');
    const [state, parent] = stat.slice(close + 2).split(' ');
    // A zombie has exited; only its parent has not collected it yet.
    if (state === 'Z') return { alive: false };
    return { alive: true, name: stat.slice(stat.indexOf('(') + 1, close), parent: Number(parent) };
  } catch {
    // No /proc (macOS): ask ps.
  }
  try {
    const line = execFileSync('ps', ['-o', 'stat=,ppid=,comm=', '-p', String(pid)], {
      encoding: 'utf8',
    });
    const match = /^(\S+)\s+(\d+)\s+(.*)$/.exec(line.trim());
    if (match?.[1]!.startsWith('Z')) return { alive: false };
    return match ? { alive: true, parent: Number(match[2]), name: match[3] } : { alive: true };
  } catch {
    return { alive: true };
  }
}

/** Resolves true once the process is gone, false if it still lives after `ms`. */
export async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (processInfo(pid).alive) {
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}
