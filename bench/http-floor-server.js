// The floor under bench:append's command path: the same requests from the same client
// (bench/http-load.js) against an empty POST route on NestJS over Fastify, the stack the API is
// built on, in a fresh process as each command-path measurement is. The route parses the body
// and answers 201 with nothing else done: no auth, validation, command, store or hooks of the
// API. No command can be served faster than this on the machine the bench runs on; the bench
// prints it so that the command path's ratios can be read against what HTTP alone allows.
//
//   argv: <requests> <concurrency>
require('reflect-metadata');
const { Body, Controller, HttpCode, Module, Post } = require('@nestjs/common');
const { NestFactory } = require('@nestjs/core');
const { FastifyAdapter } = require('@nestjs/platform-fastify');
const { httpLoad } = require('./http-load');

// Decorators applied by hand: this file is plain JS so that nothing compiles it at run time.
class EmptyController {
  issue(body) {
    return { received: typeof body === 'object' };
  }
}
const issue = Object.getOwnPropertyDescriptor(EmptyController.prototype, 'issue');
Body()(EmptyController.prototype, 'issue', 0);
HttpCode(201)(EmptyController.prototype, 'issue', issue);
Post('recommendations')(EmptyController.prototype, 'issue', issue);
Controller('v1')(EmptyController);
class EmptyModule {}
Module({ controllers: [EmptyController] })(EmptyModule);

async function main() {
  const [requests, concurrency] = process.argv.slice(2).map(Number);
  const app = await NestFactory.create(EmptyModule, new FastifyAdapter(), { logger: false });
  try {
    await app.listen(0, '127.0.0.1');
    const url = await app.getUrl();
    await httpLoad({ url, token: 'none', total: 300, concurrency, offset: 1_000_000 }); // warm-up, as the command path's
    process.send(await httpLoad({ url, token: 'none', total: requests, concurrency, offset: 0 }));
  } finally {
    await app.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
