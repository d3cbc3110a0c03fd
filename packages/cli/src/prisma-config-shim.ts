// Stands in for `prisma/config` (and `dotenv/config`) when gen reads `prisma.config.ts`: gen needs only its
// `schema`, so neither Prisma nor a database URL has to be there, and `env()` never throws.

/** Prisma's `defineConfig`: the config itself. */
export const defineConfig = <T>(config: T): T => config;

/** Prisma's `env(name)`: the variable's value, or an empty string when it is not set. */
export const env = (name: string): string => process.env[name] ?? "";
