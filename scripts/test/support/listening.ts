// Which sockets listen, read from the kernel's own tables (/proc/net/tcp and tcp6, Linux): the
// same facts `ss -ltn` prints, without depending on ss being installed.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';

export interface ListeningSocket {
  /** 127.0.0.1, 0.0.0.0, ::, ::1 or ::ffff:a.b.c.d */
  address: string;
  port: number;
  inode: string;
}

const LISTEN = '0A';

/** /proc prints each 32-bit word of an address in the machine's (little-endian) byte order. */
function addressBytes(hex: string): number[] {
  const bytes: number[] = [];
  for (let word = 0; word < hex.length; word += 8) {
    bytes.push(...[6, 4, 2, 0].map((at) => parseInt(hex.slice(word + at, word + at + 2), 16)));
  }
  return bytes;
}

function readableAddress(hex: string): string {
  const bytes = addressBytes(hex);
  if (bytes.length === 4) return bytes.join('.');
  const mapped =
    bytes.slice(0, 10).every((byte) => byte === 0) && bytes[10] === 0xff && bytes[11] === 0xff;
  if (mapped) return `::ffff:${bytes.slice(12).join('.')}`;
  const groups = Array.from({ length: 8 }, (_, n) =>
    ((bytes[2 * n]! << 8) | bytes[2 * n + 1]!).toString(16),
  );
  // The URL parser writes an IPv6 address in its shortest form (:: for the longest run of zeros).
  return new URL(`http://[${groups.join(':')}]/`).hostname.slice(1, -1);
}

/** Every listening TCP socket on this machine, IPv4 and IPv6. */
export function listeningSockets(): ListeningSocket[] {
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((table) =>
    readFileSync(table, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((fields) => fields[3] === LISTEN)
      .map((fields) => {
        const [address = '', port = ''] = fields[1]!.split(':');
        return { address: readableAddress(address), port: parseInt(port, 16), inode: fields[9]! };
      }),
  );
}

/** The addresses something listens on at `port` (empty: nothing holds it). */
export function listeningAddresses(port: number): string[] {
  return listeningSockets()
    .filter((socket) => socket.port === port)
    .map((socket) => socket.address);
}

/** The listening sockets the given processes hold open. */
export function listeningSocketsOf(pids: number[]): ListeningSocket[] {
  const inodes = new Set<string>();
  for (const pid of pids) {
    let fds: string[] = [];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue; // gone already
    }
    for (const fd of fds) {
      try {
        const inode = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1];
        if (inode) inodes.add(inode);
      } catch {
        // closed while being read
      }
    }
  }
  return listeningSockets().filter((socket) => inodes.has(socket.inode));
}

export const isLoopback = (address: string) =>
  /^127\./.test(address) || address === '::1' || /^::ffff:127\./.test(address);

/** A loopback port nothing listens on now (the kernel's pick, so it is seldom taken again soon). */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
