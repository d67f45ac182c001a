/**
 * A small seeded PRNG so bootstrap bands are reproducible: the same seed gives the same bands on every
 * platform (Math.random cannot be seeded). mulberry32: 32-bit state, period 2^32, good enough for resampling
 * residuals; not for cryptography.
 */
export type RandomSource = () => number;

/** A generator of uniform numbers in [0, 1) from a 32-bit integer seed. */
export function mulberry32(seed: number): RandomSource {
  if (!Number.isInteger(seed)) throw new Error(`seed must be an integer, not ${seed}`);
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A uniform integer in 0..n-1. */
export function randomIndex(random: RandomSource, n: number): number {
  return Math.min(n - 1, Math.floor(random() * n));
}

/** A standard normal draw (Box–Muller); used to simulate test data. */
export function standardNormal(random: RandomSource): number {
  const u = 1 - random(); // (0, 1]: log stays finite
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
