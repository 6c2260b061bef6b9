import { execFileSync, spawn } from 'node:child_process';
import type { PrintDriver } from './thermal-transport';

// The spooler driver node-thermal-printer's `printer:NAME` interface calls: raw jobs go
// through `lp -o raw` (CUPS on Linux and macOS), the queue's presence through `lpstat`.
// A queue only says whether it accepts jobs, never whether the paper is out.

export interface LpDriverOptions {
  lpCommand: string;
  lpstatCommand: string;
}

export function createLpDriver(options: LpDriverOptions): PrintDriver {
  return {
    getPrinters: () => [],
    getPrinter: (name) => {
      try {
        const out = execFileSync(options.lpstatCommand, ['-p', name], {
          encoding: 'utf8',
          timeout: 2000,
          stdio: ['ignore', 'pipe', 'ignore'],
        });
        return { name, status: /disabled/i.test(out) ? ['NOT-AVAILABLE'] : [] };
      } catch (error) {
        // No lpstat at all: the queue cannot be checked, so it is not declared missing.
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { name, status: [] };
        return undefined;
      }
    },
    printDirect: ({ data, printer, docname, success, error }) => {
      const args = ['-d', printer, '-o', 'raw', ...(docname ? ['-t', docname] : [])];
      const child = spawn(options.lpCommand, args, { stdio: ['pipe', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
      child.on('error', (spawnError) => error(spawnError));
      child.on('close', (code) =>
        code === 0
          ? success(out.trim())
          : error(new Error(`${options.lpCommand} exited with ${code}: ${err.trim()}`)),
      );
      child.stdin.on('error', () => undefined);
      child.stdin.end(data);
    },
  };
}
