const EMPTY = new Int32Array(0);

/** Lists of integers per key, packed into one typed array per kind once built (CSR layout). */
export interface PackedLists {
  /** The list of `key` for `kind` (a view into the packed array; empty lists share one array). */
  list(kind: number, key: number): Int32Array;
  /** Sorts every list of `kind` in place. */
  sortEach(kind: number, compare: (a: number, b: number) => number): void;
  /** Removes repeated values from every (sorted or grouped) list of `kind`. */
  dedupeEach(kind: number): void;
}

/**
 * Collects (key, value) pairs of several kinds and packs them into compact per-key lists: a few bytes
 * per entry instead of a JavaScript array per key, which is what lets a million lots fit in memory.
 *
 * @example
 * ```ts
 * const lists = new CompactLists(1); lists.add(0, 3, 42); lists.pack(4).list(0, 3); // Int32Array [42]
 * ```
 */
export class CompactLists {
  private readonly keys: number[][];
  private readonly values: number[][];

  constructor(kinds: number) {
    this.keys = Array.from({ length: kinds }, () => []);
    this.values = Array.from({ length: kinds }, () => []);
  }

  /** Adds `value` to the list of `key` for `kind`. */
  add(kind: number, key: number, value: number): void {
    this.keys[kind]?.push(key);
    this.values[kind]?.push(value);
  }

  /** Packs the pairs of every kind for keys 0…n−1, keeping the order in which values were added. */
  pack(n: number): PackedLists {
    const offsets: Int32Array[] = [];
    const data: Int32Array[] = [];
    const lengths: Int32Array[] = [];
    this.keys.forEach((keys, kind) => {
      const values = this.values[kind] ?? [];
      const offset = new Int32Array(n + 1);
      for (const key of keys) offset[key + 1] = (offset[key + 1] as number) + 1;
      for (let i = 0; i < n; i += 1) offset[i + 1] = (offset[i + 1] as number) + (offset[i] as number);
      const fill = offset.slice(0, n);
      const packed = new Int32Array(keys.length);
      keys.forEach((key, i) => {
        const at = fill[key] as number;
        packed[at] = values[i] as number;
        fill[key] = at + 1;
      });
      const length = new Int32Array(n);
      for (let i = 0; i < n; i += 1) length[i] = (offset[i + 1] as number) - (offset[i] as number);
      offsets.push(offset);
      data.push(packed);
      lengths.push(length);
      keys.length = 0;
      values.length = 0;
    });
    const list = (kind: number, key: number): Int32Array => {
      const length = lengths[kind]?.[key] ?? 0;
      if (length === 0) return EMPTY;
      const start = offsets[kind]?.[key] as number;
      return (data[kind] as Int32Array).subarray(start, start + length);
    };
    return {
      list,
      sortEach(kind, compare) {
        const count = lengths[kind]?.length ?? 0;
        for (let key = 0; key < count; key += 1) {
          if ((lengths[kind]?.[key] ?? 0) < 2) continue;
          const items = list(kind, key);
          let sorted = true;
          for (let i = 1; i < items.length && sorted; i += 1)
            sorted = compare(items[i - 1] as number, items[i] as number) <= 0;
          if (!sorted) items.sort(compare);
        }
      },
      dedupeEach(kind) {
        const count = lengths[kind]?.length ?? 0;
        for (let key = 0; key < count; key += 1) {
          const items = list(kind, key);
          if (items.length < 2) continue;
          let kept = 1;
          for (let i = 1; i < items.length; i += 1) {
            const value = items[i] as number;
            let seen = false;
            for (let j = 0; j < kept && !seen; j += 1) seen = items[j] === value;
            if (!seen) items[kept++] = value;
          }
          (lengths[kind] as Int32Array)[key] = kept;
        }
      },
    };
  }
}
