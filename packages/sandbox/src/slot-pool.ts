import { SandboxBusyError } from "./sandbox-errors";

/** A run slot: at most `size` run at once. */
export interface Slot {
  index: number;
}

/** A fixed set of slots with a bounded FIFO queue in front of it. */
export class SlotPool {
  private readonly free: Slot[];
  private readonly waiting: Array<(slot: Slot) => void> = [];

  constructor(
    readonly size: number,
    private readonly maxQueue: number,
  ) {
    this.free = Array.from({ length: size }, (_, index) => ({ index }));
  }

  get running(): number {
    return this.size - this.free.length;
  }

  get queued(): number {
    return this.waiting.length;
  }

  acquire(): Promise<Slot> {
    const slot = this.free.shift();
    if (slot) return Promise.resolve(slot);
    if (this.waiting.length >= this.maxQueue)
      return Promise.reject(new SandboxBusyError(this.waiting.length));
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  release(slot: Slot): void {
    const next = this.waiting.shift();
    if (next) next(slot);
    else this.free.push(slot);
  }

  async with<T>(work: (slot: Slot) => Promise<T>): Promise<T> {
    const slot = await this.acquire();
    try {
      return await work(slot);
    } finally {
      this.release(slot);
    }
  }
}
