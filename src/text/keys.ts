// Distinct u32 keys (a pair of UTF-16 units as first · 65536 + second) with how often each occurs: the search
// index's tokens (src/search/tokens.ts) and the jump linker's keyword model (src/link/keywords.ts) count bigrams so.

/**
 * Distinct keys with their counts, in first-seen order: an open-addressing table sized to twice the keys.
 * (Sorting the keys instead costs ~6 times as much in V8: ~95 against ~15 µs for an article.)
 */
export function countKeys(keys: Uint32Array): { keys: Uint32Array; counts: Uint32Array; size: number } {
  let bits = 4;
  while (1 << bits < keys.length * 2) bits++;
  const mask = (1 << bits) - 1;
  const slots = new Uint32Array(1 << bits); // key + 1 (keys are below 2³² − 1: no unit is 0xffff twice over)
  const slotCount = new Uint32Array(1 << bits);
  const order = new Uint32Array(keys.length);
  let size = 0;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as number;
    let at = Math.imul(key, 0x9e3779b1) >>> (32 - bits);
    for (;;) {
      const held = slots[at] as number;
      if (held === 0) {
        slots[at] = key + 1;
        slotCount[at] = 1;
        order[size++] = at;
        break;
      }
      if (held === key + 1) {
        slotCount[at] = (slotCount[at] as number) + 1;
        break;
      }
      at = (at + 1) & mask;
    }
  }
  const distinct = new Uint32Array(size);
  const counts = new Uint32Array(size);
  for (let i = 0; i < size; i++) {
    const at = order[i] as number;
    distinct[i] = (slots[at] as number) - 1;
    counts[i] = slotCount[at] as number;
  }
  return { keys: distinct, counts, size };
}
