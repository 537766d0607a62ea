export default async function globalTeardown() {
  globalThis.__DYNAMODB_LOCAL__?.kill('SIGTERM');
  await globalThis.__S3_LOCAL__?.stop();
}
