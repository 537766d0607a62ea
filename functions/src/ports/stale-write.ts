/** Raised by a store when an item changed since it was read (an optimistic write lost). */
export class StaleWriteError extends Error {
  constructor() {
    super('the item changed since it was read');
    this.name = 'StaleWriteError';
  }
}
