/** postgres:// and postgresql:// both name a PostgreSQL server (libpq's two spellings). */
export function isPostgresConnectionString(connectionString: string): boolean {
  return /^postgres(ql)?:\/\//i.test(connectionString.trim());
}
