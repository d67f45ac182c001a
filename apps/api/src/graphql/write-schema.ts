/** `npm run schema -w @marketlens/api`: writes apps/api/schema.gql from the compiled resolvers. */
import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { findResolvers, schemaText } from './schema-text.js';

const distRoot = fileURLToPath(new URL('..', import.meta.url));
const target = fileURLToPath(new URL('../../schema.gql', import.meta.url));
const text = await schemaText(await findResolvers(distRoot, '.js'));
await writeFile(target, text);
console.log(`wrote ${target}`);
