// A small passphrase strength estimate for the meter (the core enforces the minimum length).

export type Strength = 0 | 1 | 2 | 3 | 4;

export function strength(p: string): Strength {
  if (p.length === 0) return 0;
  let pool = 0;
  if (/[a-z]/.test(p)) pool += 26;
  if (/[A-Z]/.test(p)) pool += 26;
  if (/[0-9]/.test(p)) pool += 10;
  if (/[^a-zA-Z0-9]/.test(p)) pool += 33;
  const unique = new Set(p).size;
  const bits = Math.log2(Math.max(pool, 2)) * Math.min(p.length, unique * 2);
  if (p.length < 12 || bits < 40) return 1;
  if (bits < 60) return 2;
  if (bits < 80) return 3;
  return 4;
}
