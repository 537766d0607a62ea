import type { IncomingMessage } from 'node:http';

/** The whole body of a request to a test's own HTTP server (a stand-in for an AWS service). */
export function requestBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => resolve(text));
  });
}
