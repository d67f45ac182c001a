#!/usr/bin/env node
// schema.gql and the dashboard's typed operations are generated and committed: regenerate them and
// fail when they differ, so a resolver change cannot ship with a stale schema or stale client types.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const generatedClient = 'apps/dashboard/src/gql';
const files = ['apps/api/schema.gql', ...readdirSync(generatedClient).map((file) => `${generatedClient}/${file}`)];
const before = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));
execFileSync('node', ['apps/api/dist/graphql/write-schema.js'], { stdio: 'inherit' });
execFileSync('npx', ['graphql-codegen', '--config', 'codegen.ts', '--silent'], { stdio: 'inherit', cwd: 'apps/dashboard' });
const stale = files.filter((file) => readFileSync(file, 'utf8') !== before.get(file));
if (stale.length > 0) {
  console.error(`These generated files were stale and have been regenerated; commit them:\n  ${stale.join('\n  ')}`);
  process.exit(1);
}
console.log('schema.gql and the dashboard operations are current');
