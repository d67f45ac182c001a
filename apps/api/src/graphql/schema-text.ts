import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';

type ResolverClass = abstract new (...args: never[]) => unknown;

/** Every class exported by a `*.resolver.{js,ts}` file below `directory`: the schema's entry points. */
export async function findResolvers(directory: string, extension: '.js' | '.ts'): Promise<ResolverClass[]> {
  const files = (await readdir(directory, { recursive: true })).filter((file) => file.endsWith(`.resolver${extension}`)).sort();
  const resolvers: ResolverClass[] = [];
  for (const file of files) {
    const module = (await import(join(directory, file))) as Record<string, unknown>;
    resolvers.push(...Object.values(module).filter((value): value is ResolverClass => typeof value === 'function'));
  }
  return resolvers;
}

/** The code-first schema as SDL, sorted, exactly as the running API serves it. */
export async function schemaText(resolvers: ResolverClass[]): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  try {
    await app.init();
    const schema = await app.get(GraphQLSchemaFactory).create(resolvers as never[]);
    return `${printSchema(lexicographicSortSchema(schema))}\n`;
  } finally {
    await app.close();
  }
}
