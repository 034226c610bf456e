/**
 * 32-bit FNV-1a with a murmur3 finaliser. Feature strings are hashed from
 * their characters in place, so extracting features creates no substrings.
 */

// Bound once: in jest's sandbox every lookup of the global Math costs ~100x a local one, which made training 10x slower in tests.
const { imul } = Math;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function fnvStart(seed: number): number {
  return (FNV_OFFSET ^ seed) >>> 0;
}

export function fnvStep(hash: number, charCode: number): number {
  return imul(hash ^ charCode, FNV_PRIME);
}

export function hashString(seed: number, text: string, start = 0, end = text.length): number {
  let h = fnvStart(seed);
  for (let i = start; i < end; i++) h = fnvStep(h, text.charCodeAt(i));
  return h;
}

export function combineHashes(a: number, b: number): number {
  return fnvStep(fnvStep(FNV_OFFSET, a), finalise(b));
}

/** FNV's low bits mix poorly; buckets are taken from the low bits, so they are avalanched first. */
export function finalise(hash: number): number {
  let h = hash >>> 0;
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
