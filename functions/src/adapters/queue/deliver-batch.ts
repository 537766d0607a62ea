// Kept for handlers/notifications/deliver.ts until it imports deliverBatch from wiring/notifications.ts
// (the handlers are being moved): running the deliver use case is wiring, not an adapter.
export { deliverBatch } from '../../wiring/notifications';
