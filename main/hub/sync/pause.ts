/**
 * A wait that ends after `ms` or as soon as someone calls `release()`, whichever is
 * first. A release while nobody waits is kept for the next wait (news is never lost).
 */
export class Pause {
  private pending = false;
  private wakeUp: (() => void) | null = null;

  /** Resolves true when released, false when the time ran out. */
  wait(ms: number): Promise<boolean> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.wakeUp = null;
        resolve(false);
      }, ms);
      timer.unref(); // a waiting worker never keeps a stopping process alive
      this.wakeUp = () => {
        clearTimeout(timer);
        this.wakeUp = null;
        resolve(true);
      };
    });
  }

  release(): void {
    if (this.wakeUp) this.wakeUp();
    else this.pending = true;
  }
}
