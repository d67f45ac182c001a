import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';

const CLI = fileURLToPath(new URL('../../../dist/auth/cli/user-cli.js', import.meta.url));
const PASSWORD = 'lantern-orchard-tidepool';

interface Run {
  code: number | null;
  output: string;
}

/** Runs the built CLI, with `stdin` piped, or in a terminal (script(1)) typing each line once `waitFor` shows. */
function runCli(args: string[], env: Record<string, string>, input: { stdin?: string; tty?: Array<{ waitFor: RegExp; line: string }> }): Promise<Run> {
  const command = input.tty ? 'script' : process.execPath;
  const quoted = [process.execPath, CLI, ...args].map((part) => `'${part.replace(/'/g, `'\\''`)}'`).join(' ');
  const child = spawn(command, input.tty ? ['-qec', quoted, '/dev/null'] : [CLI, ...args], { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  let answered = 0;
  const pending = [...(input.tty ?? [])];
  const onOutput = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    // Type the next line only once its prompt is out: the terminal stops echoing when the prompt starts.
    if (pending[0] && pending[0].waitFor.test(output.slice(answered))) {
      answered = output.length;
      child.stdin.write(`${pending.shift()!.line}\r`);
    }
  };
  child.stdout.on('data', onOutput);
  child.stderr.on('data', onOutput);
  if (input.stdin !== undefined) child.stdin.end(input.stdin);
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })));
}

describe('npm run user:create', () => {
  let database: TestDatabase;
  let api: TestApp;
  let env: Record<string, string>;

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await createTestApp(database.url);
    env = { DATABASE_URL: database.url, NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-of-at-least-32-characters' };
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('creates the first admin with a password read from standard input, never printing it', async () => {
    const run = await runCli(['--email', 'First@Example.org', '--name', 'First Admin', '--role', 'admin'], env, { stdin: `${PASSWORD}\n` });
    expect(run).toEqual({ code: 0, output: 'created admin first@example.org (First Admin)\n' });
    const { rows } = await database.pool.query<{ role: string; password_hash: string }>("SELECT role, password_hash FROM users WHERE email = 'first@example.org'");
    expect(rows[0]!.role).toBe('admin');
    expect(rows[0]!.password_hash).toMatch(/^\$argon2id\$/);
    const admin = await api.login('first@example.org', PASSWORD);
    expect((await api.graphql<{ users: unknown[] }>('{ users { email } }', {}, admin)).data!.users).toHaveLength(1);
  });

  it('asks twice on a terminal without showing what is typed', async () => {
    const run = await runCli(['--email', 'typed@example.org', '--role', 'researcher'], env, {
      tty: [
        { waitFor: /Password \(12\+ characters, not shown\): /, line: PASSWORD },
        { waitFor: /The same password again: /, line: PASSWORD },
      ],
    });
    expect(run.code).toBe(0);
    expect(run.output).toContain('created researcher typed@example.org (typed)');
    expect(run.output).not.toContain(PASSWORD);
    await api.login('typed@example.org', PASSWORD);
  });

  it('refuses a weak password or an unknown role, creating nothing', async () => {
    const weak = await runCli(['--email', 'weak@example.org', '--role', 'admin'], env, { stdin: 'password1234\n' });
    expect(weak.code).toBe(1);
    expect(weak.output).toMatch(/^password is too easy to guess/);
    expect(weak.output).not.toContain('password1234');
    const role = await runCli(['--email', 'weak@example.org', '--role', 'root'], env, { stdin: `${PASSWORD}\n` });
    expect(role.code).toBe(2);
    expect(role.output).toMatch(/^--role: "root" is not one of viewer, researcher, admin/);
    expect((await database.pool.query("SELECT 1 FROM users WHERE email = 'weak@example.org'")).rowCount).toBe(0);
  });

  it('reads the password from MARKETLENS_USER_PASSWORD when set', async () => {
    const run = await runCli(['--email', 'scripted@example.org'], { ...env, MARKETLENS_USER_PASSWORD: PASSWORD }, { stdin: '' });
    expect(run).toEqual({ code: 0, output: 'created viewer scripted@example.org (scripted)\n' });
  });
});
