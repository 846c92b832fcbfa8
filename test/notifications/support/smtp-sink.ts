import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerAddress, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';

/** One message as the SMTP server received it: envelope recipients, headers and decoded text. */
export interface ReceivedMail {
  rcptTo: string[];
  subject: string;
  to: string[];
  cc: string[];
  eventId: string;
  text: string;
}

/**
 * A real SMTP server in this process, on a free loopback port: what each recipient got, as the
 * mail left nodemailer. Addresses in `reject` are refused at RCPT TO with 550, as a mailbox that
 * does not exist would be.
 */
export class SmtpSink {
  readonly mails: ReceivedMail[] = [];
  readonly reject = new Set<string>();
  rejectedAttempts = 0;

  private constructor(private readonly server: SMTPServer, readonly url: string) {}

  static async start(): Promise<SmtpSink> {
    let sink: SmtpSink | null = null;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
    disableReverseLookup: true,
      logger: false,
      onRcptTo(address: SMTPServerAddress, _session: SMTPServerSession, callback: (error?: Error | null) => void) {
        if (sink?.reject.has(address.address)) {
          sink.rejectedAttempts += 1;
          return callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
        }
        callback();
      },
      onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (error?: Error | null) => void) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          sink?.mails.push(parseMail(Buffer.concat(chunks).toString('utf8'), session.envelope.rcptTo.map((r) => r.address)));
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as AddressInfo;
    sink = new SmtpSink(server, `smtp://127.0.0.1:${port}`);
    return sink;
  }

  to(address: string): ReceivedMail[] {
    return this.mails.filter((m) => m.rcptTo.includes(address));
  }

  forEvent(eventId: string): ReceivedMail[] {
    return this.mails.filter((m) => m.eventId === eventId);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

function parseMail(raw: string, rcptTo: string[]): ReceivedMail {
  const split = raw.indexOf('\r\n\r\n');
  const headerText = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of headerText.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  const body = raw.slice(split + 4);
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const text = encoding === 'quoted-printable' ? decodeQuotedPrintable(body) : encoding === 'base64' ? Buffer.from(body, 'base64').toString('utf8') : body;
  const addresses = (value: string | undefined) => (value ? value.split(',').map((a) => a.trim().replace(/^.*<(.+)>$/, '$1')) : []);
  return {
    rcptTo,
    subject: decodeWords(headers.get('subject') ?? ''),
    to: addresses(headers.get('to')),
    cc: addresses(headers.get('cc')),
    eventId: headers.get('x-ombudsman-event-id') ?? '',
    text: text.replace(/\r\n/g, '\n'),
  };
}

function decodeQuotedPrintable(text: string): string {
  const bytes = text.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => `%${hex}`);
  return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, '%25'));
}

/** RFC 2047 encoded words (nodemailer encodes a non-ASCII subject). */
function decodeWords(value: string): string {
  return value.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_, kind: string, data: string) =>
    kind.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : decodeQuotedPrintable(data.replace(/_/g, ' ')),
  );
}
