/** Sortable unique ids (ULIDs), given to use cases so tests can predict them. */
export interface IdGenerator {
  next(): string;
}
