import { IncomingMessage, Server, ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Spec support: the handful of S3 operations the evidence store uses (path-style PUT, GET,
 * HEAD on /<bucket>/<key>), in memory on a loopback port, recording each request.
 */
export class FakeS3 {
  readonly objects = new Map<string, { body: Buffer; contentType: string | undefined; metadata: Record<string, string> }>();
  readonly requests: Array<{ method: string; path: string }> = [];
  private server?: Server;

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
    this.requests.push({ method: req.method ?? '', path });
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const object = this.objects.get(path);
    if (req.method === 'PUT') {
      const metadata = Object.fromEntries(Object.entries(req.headers).filter(([k]) => k.startsWith('x-amz-meta-')).map(([k, v]) => [k.slice(11), String(v)]));
      this.objects.set(path, { body: Buffer.concat(chunks), contentType: req.headers['content-type'], metadata });
      res.writeHead(200, { ETag: '"fake"' }).end();
    } else if (req.method === 'DELETE') {
      this.objects.delete(path);
      res.writeHead(204).end();
    } else if (!object) {
      const xml = '<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>';
      res.writeHead(404, { 'Content-Type': 'application/xml' }).end(req.method === 'HEAD' ? undefined : xml);
    } else {
      res.writeHead(200, { 'Content-Length': object.body.length, 'Content-Type': object.contentType ?? 'application/octet-stream' });
      res.end(req.method === 'HEAD' ? undefined : object.body);
    }
  }
}
