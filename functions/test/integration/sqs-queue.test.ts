import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { requestBody } from './support/request-body';
import { SQSClient } from '@aws-sdk/client-sqs';
import { SqsQueue } from '../../src/adapters/queue/sqs-queue';
import { someSubscribers } from '../support/notification-fakes';

/**
 * The SQS adapter against a real HTTP server that answers as SQS does (JSON protocol): what it
 * asks for, in how many calls, and what it does with entries SQS refuses.
 */
let server: Server;
let endpoint: string;
const requests: Array<{
  target: string;
  body: { QueueUrl: string; Entries: Array<{ Id: string; MessageBody: string }> };
}> = [];
let refuseFirst = 0;

beforeAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the test's fake AWS endpoint: its one await reads the body the code under test sends
  server = createServer(async (request, response) => {
    const body = JSON.parse(await requestBody(request));
    requests.push({ target: String(request.headers['x-amz-target']), body });
    const refused = body.Entries.slice(0, refuseFirst);
    refuseFirst = 0;
    const md5 = (text: string) => createHash('md5').update(text).digest('hex');
    response.setHeader('content-type', 'application/x-amz-json-1.0');
    response.end(
      JSON.stringify({
        Successful: body.Entries.filter((entry: { Id: string }) => !refused.includes(entry)).map(
          (entry: { Id: string; MessageBody: string }) => ({
            Id: entry.Id,
            MessageId: `m-${entry.Id}`,
            MD5OfMessageBody: md5(entry.MessageBody),
          }),
        ),
        Failed: refused.map((entry: { Id: string }) => ({
          Id: entry.Id,
          Code: 'InternalError',
          SenderFault: false,
        })),
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

const queue = () =>
  new SqsQueue(
    new SQSClient({
      endpoint,
      region: 'cn-northwest-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    }),
    {
      urgent: `${endpoint}/000000000000/sunshine-notify-urgent`,
      routine: `${endpoint}/000000000000/sunshine-notify-routine`,
    },
  );

test('25 jobs go to their lane in three SendMessageBatch calls of at most 10, each body a send job', async () => {
  requests.length = 0;
  const jobs = someSubscribers(25, 'sqs').map((person) => ({
    releaseId: '01JRELEASE0000000000000001',
    ...person,
  }));
  await queue().enqueue('urgent', jobs);

  expect(requests.map((request) => request.target)).toEqual(
    Array(3).fill('AmazonSQS.SendMessageBatch'),
  );
  expect(requests.map((request) => request.body.Entries.length)).toEqual([10, 10, 5]);
  expect(
    requests.every((request) => request.body.QueueUrl.endsWith('/sunshine-notify-urgent')),
  ).toBe(true);
  expect(
    requests.flatMap((request) =>
      request.body.Entries.map((entry) => JSON.parse(entry.MessageBody)),
    ),
  ).toEqual(jobs);
});

test('entries SQS refuses are sent again, once', async () => {
  requests.length = 0;
  refuseFirst = 2;
  await queue().enqueue(
    'routine',
    someSubscribers(4, 'again').map((person) => ({
      releaseId: '01JRELEASE0000000000000002',
      ...person,
    })),
  );

  expect(requests.map((request) => request.body.Entries.map((entry) => entry.Id))).toEqual([
    ['0', '1', '2', '3'],
    ['0', '1'],
  ]);
});
