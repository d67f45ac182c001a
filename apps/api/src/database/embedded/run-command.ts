import { spawn } from 'node:child_process';
import type { OsUser } from './os-user.js';

interface RunOptions {
  readonly user?: OsUser | undefined;
  readonly env?: Record<string, string>;
}

/** Runs a program to completion; resolves with its stdout, rejects with its output on failure. */
export function runCommand(program: string, args: readonly string[], options: RunOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...options.env },
      // As another user, from a folder it can enter (ours may be closed to it).
      ...(options.user ? { uid: options.user.uid, gid: options.user.gid, cwd: '/' } : {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (code === 0) resolve(stdout);
      else reject(new Error(`${program} ${args.join(' ')} failed (code ${code}, signal ${signal}):\n${stderr || stdout}`));
    });
  });
}
