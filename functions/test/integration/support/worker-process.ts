// The notification worker in a process of its own, so a test can kill it mid-send (SIGKILL: no
// handler runs, as when Lambda's sandbox dies). Its environment is the test app's; the SQS event
// comes in WORKER_EVENT.
import { handler } from '../../../src/handlers/notifications/deliver-notifications';

handler(JSON.parse(process.env.WORKER_EVENT ?? '{"Records":[]}')).then(
  (response) => console.log(JSON.stringify(response)),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
