// Kept for handlers/admin/export-audit.ts until it imports chinaMonth from '@sunshine/shared' itself
// (the handlers are being moved); China time lives in shared/src/china-time.ts alone.
export { chinaMonth } from '@sunshine/shared';
