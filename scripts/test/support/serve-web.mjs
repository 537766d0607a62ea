// `node serve-web.mjs <root> <proxies as JSON>`: the local stack's web server in a process of its
// own on an ephemeral loopback port (printed on the first line), so a test sees whether any input
// brings the process down, as it brought `npm start` down.
import { startWebServer } from '../../lib/web-server.mjs';

const [root, proxies] = process.argv.slice(2);
const server = await startWebServer({ root, port: 0, proxies: JSON.parse(proxies) });
process.stdout.write(`${server.address().port}\n`);
