export default async function globalTeardown() {
  globalThis.__DYNAMODB_LOCAL__?.kill('SIGTERM');
}
