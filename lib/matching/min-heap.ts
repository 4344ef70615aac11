/**
 * A binary min-heap of the indexes 0..size-1, ordered by `keys[index]` (read live: lower a key, then `update`).
 * Ties go to the lower index, so the same input always pops in the same order.
 */
export class MinHeap {
  private readonly items: Int32Array;
  private readonly at: Int32Array; // where each index sits in `items`, -1 when absent
  size = 0;

  constructor(private readonly keys: Float64Array) {
    this.items = new Int32Array(keys.length);
    this.at = new Int32Array(keys.length).fill(-1);
  }

  clear() {
    for (let s = 0; s < this.size; s++) this.at[this.items[s]!] = -1;
    this.size = 0;
  }

  peek(): number {
    return this.items[0]!;
  }

  push(index: number) {
    this.items[this.size] = index;
    this.at[index] = this.size;
    this.up(this.size++);
  }

  /** Adds `index` without ordering: call `heapify` after the last one (a whole heap in O(n), not O(n log n)). */
  append(index: number) {
    this.items[this.size] = index;
    this.at[index] = this.size++;
  }

  heapify() {
    for (let s = (this.size >> 1) - 1; s >= 0; s--) this.down(s);
  }

  /** Puts `index` in, or moves it up after its key was lowered. */
  update(index: number) {
    const s = this.at[index]!;
    if (s < 0) this.push(index);
    else this.up(s);
  }

  pop(): number {
    const top = this.items[0]!;
    this.at[top] = -1;
    const last = this.items[--this.size]!;
    if (this.size > 0) {
      this.items[0] = last;
      this.at[last] = 0;
      this.down(0);
    }
    return top;
  }

  private less(a: number, b: number): boolean {
    const ka = this.keys[a]!;
    const kb = this.keys[b]!;
    return ka < kb || (ka === kb && a < b);
  }

  private up(s: number) {
    const { items, at } = this;
    const index = items[s]!;
    while (s > 0) {
      const parent = (s - 1) >> 1;
      const p = items[parent]!;
      if (!this.less(index, p)) break;
      items[s] = p;
      at[p] = s;
      s = parent;
    }
    items[s] = index;
    at[index] = s;
  }

  private down(s: number) {
    const { items, at, size } = this;
    const index = items[s]!;
    for (;;) {
      let child = 2 * s + 1;
      if (child >= size) break;
      if (child + 1 < size && this.less(items[child + 1]!, items[child]!)) child++;
      const c = items[child]!;
      if (!this.less(c, index)) break;
      items[s] = c;
      at[c] = s;
      s = child;
    }
    items[s] = index;
    at[index] = s;
  }
}
