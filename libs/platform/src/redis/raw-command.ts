import { connect } from 'node:net';

/**
 * One command over a bare socket, answering the raw RESP reply (or null when the server does not
 * answer). For probes and shutdown: a client library's reconnect and disconnect timers would
 * outlive them and keep the process alive.
 */
export function rawCommand(port: number, args: string[], timeoutMs = 1_000): Promise<string | null> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    let reply = '';
    let settled = false;
    const finish = (answer: string | null): void => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => finish(null));
    socket.on('error', () => finish(null));
    // SHUTDOWN answers by closing the connection.
    socket.on('close', () => finish(reply || null));
    socket.on('connect', () => socket.write(`*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join('')}`));
    socket.on('data', (chunk) => {
      reply += chunk.toString('utf8');
      if (complete(reply)) finish(reply);
    });
  });
}

/** Enough of RESP for the replies used here: a simple line, a bulk string (INFO), or an array of bulk strings. */
function complete(reply: string): boolean {
  if (reply.startsWith('$')) {
    const header = reply.indexOf('\r\n');
    if (header < 0) return false;
    const length = Number(reply.slice(1, header));
    return length < 0 || Buffer.byteLength(reply) >= header + 2 + length + 2;
  }
  if (!reply.startsWith('*')) return reply.includes('\r\n');
  const lines = reply.split('\r\n');
  const items = Number(lines[0].slice(1));
  return items <= 0 || lines.length >= 1 + 2 * items + 1;
}

/** The strings of an array-of-bulk-strings reply. */
export function bulkStrings(reply: string): string[] {
  return reply
    .split('\r\n')
    .slice(1)
    .filter((_, i) => i % 2 === 1);
}

/** A field of an INFO reply (`process_id`, `loading`…). */
export function infoField(reply: string, field: string): string | undefined {
  const line = reply.split('\r\n').find((l) => l.startsWith(`${field}:`));
  return line?.slice(field.length + 1);
}
