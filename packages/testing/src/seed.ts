/**
 * The seed for a property-based run: `CARDINAL_SEED` when set (to replay a failure), else a fresh one.
 * Tests print it so that any failure can be reproduced.
 */
export function randomSeed(): number {
  const fromEnv = process.env.CARDINAL_SEED;
  if (fromEnv !== undefined && fromEnv !== "") return Number.parseInt(fromEnv, 10);
  return Math.floor(Math.random() * 2 ** 31);
}
