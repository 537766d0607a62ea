// Kept for the search handlers until they import searchIndex from wiring/search.ts (the handlers are being moved).
export { searchIndex } from './wiring/search';
