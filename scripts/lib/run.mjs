import { spawn } from 'node:child_process';

/** Nx must never reach for a cloud or leave a daemon behind. */
export function withNxEnvironment(env) {
  return { ...env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
}

/** Runs a command with inherited output; rejects (and names the step) when it fails. */
export function run(command, args, step, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env: withNxEnvironment({ ...process.env, ...options.env }), cwd: options.cwd });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${step} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

/** Runs steps in order, timing each; exits non-zero at the first failure. */
export async function steps(list) {
  const timings = [];
  for (const [name, action] of list) {
    const started = Date.now();
    console.log(`\n▶ ${name}`);
    try {
      await action();
    } catch (error) {
      console.error(`\n✖ ${error instanceof Error ? error.message : error}`);
      process.exit(1);
    }
    timings.push([name, (Date.now() - started) / 1000]);
  }
  console.log('\n✔ all steps passed');
  for (const [name, seconds] of timings) console.log(`  ${seconds.toFixed(1).padStart(7)} s  ${name}`);
}
