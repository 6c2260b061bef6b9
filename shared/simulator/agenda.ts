// The simulator's future: timed happenings in order of time, ties in order of scheduling
// (so a run never depends on a sort's stability). A binary heap: a busy day schedules a
// few thousand of them.

interface Entry<T> {
  at: number;
  order: number;
  item: T;
}

export class Agenda<T> {
  private heap: Entry<T>[] = [];
  private scheduled = 0;

  get size(): number {
    return this.heap.length;
  }

  add(at: number, item: T): void {
    const heap = this.heap;
    heap.push({ at, order: (this.scheduled += 1), item });
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** The earliest happening, removed; undefined when nothing is left. */
  take(): { at: number; item: T } | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (!top || !last) return undefined;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < heap.length && this.before(left, smallest)) smallest = left;
        if (right < heap.length && this.before(right, smallest)) smallest = right;
        if (smallest === i) break;
        this.swap(i, smallest);
        i = smallest;
      }
    }
    return { at: top.at, item: top.item };
  }

  private before(a: number, b: number): boolean {
    const x = this.heap[a];
    const y = this.heap[b];
    if (!x || !y) return false;
    return x.at < y.at || (x.at === y.at && x.order < y.order);
  }

  private swap(a: number, b: number): void {
    const x = this.heap[a];
    const y = this.heap[b];
    if (!x || !y) return;
    this.heap[a] = y;
    this.heap[b] = x;
  }
}
