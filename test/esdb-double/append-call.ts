import type { sendUnaryData, ServerReadableStream } from '@grpc/grpc-js';
import { status } from '@grpc/grpc-js';
import { AppendReq, AppendResp } from '@eventstore/db-client/generated/streams_pb';
import type { AppendOutcome, ExpectedState, InMemoryLog, ProposedEvent } from './in-memory-log';
import { empty, streamNameOf, uuidString } from './messages';

/** What the double saw of each append, so tests can check what the adapter asked for. */
export interface AppendRequestRecord {
  stream: string;
  expected: ExpectedState;
  eventIds: string[];
}

/** Runs once, when the next append has arrived and before it is decided: a competing writer's moment. */
export type AppendInterceptor = () => Promise<void>;

/** Streams.Append: one options message, then the proposed events; answered when the client ends. */
export function handleAppend(log: InMemoryLog, requests: AppendRequestRecord[], takeInterceptor: () => AppendInterceptor | undefined) {
  return (call: ServerReadableStream<AppendReq, AppendResp>, callback: sendUnaryData<AppendResp>): void => {
    let options: AppendReq.Options | undefined;
    const proposed: ProposedEvent[] = [];
    call.on('data', (req: AppendReq) => {
      if (req.hasOptions()) options = req.getOptions();
      const message = req.getProposedMessage();
      if (message) proposed.push(toProposed(message));
    });
    call.on('error', () => undefined);
    call.on('end', async () => {
      if (!options) return callback({ code: status.INVALID_ARGUMENT, details: 'Append without options' });
      const stream = streamNameOf(options.getStreamIdentifier());
      const expected = expectedOf(options);
      requests.push({ stream, expected, eventIds: proposed.map((event) => event.id) });
      try {
        await takeInterceptor()?.();
      } catch (error) {
        return callback({ code: status.INTERNAL, details: `Append interceptor failed: ${(error as Error).message}` });
      }
      callback(null, toAppendResp(expected, log.append(stream, expected, proposed)));
    });
  };
}

function toAppendResp(expected: ExpectedState, outcome: AppendOutcome): AppendResp {
  if (!outcome.ok) return new AppendResp().setWrongExpectedVersion(wrongExpectedVersion(expected, outcome.current));
  const success = new AppendResp.Success();
  if (outcome.revision < 0n) success.setNoStream(empty());
  else success.setCurrentRevision(outcome.revision.toString());
  const position = outcome.position.toString();
  success.setPosition(new AppendResp.Position().setCommitPosition(position).setPreparePosition(position));
  return new AppendResp().setSuccess(success);
}

function toProposed(message: AppendReq.ProposedMessage): ProposedEvent {
  const metadata = message.getMetadataMap();
  return {
    id: uuidString(message.getId()),
    type: metadata.get('type') ?? '',
    contentType: metadata.get('content-type') ?? 'application/octet-stream',
    data: message.getData_asU8(),
    customMetadata: message.getCustomMetadata_asU8(),
  };
}

function expectedOf(options: AppendReq.Options): ExpectedState {
  if (options.hasNoStream()) return { kind: 'no_stream' };
  if (options.hasStreamExists()) return { kind: 'stream_exists' };
  if (options.hasRevision()) return { kind: 'revision', revision: BigInt(options.getRevision()) };
  return { kind: 'any' };
}

function wrongExpectedVersion(expected: ExpectedState, current: bigint | undefined): AppendResp.WrongExpectedVersion {
  const wrong = new AppendResp.WrongExpectedVersion();
  if (current === undefined) wrong.setCurrentNoStream(empty());
  else wrong.setCurrentRevision(current.toString());
  switch (expected.kind) {
    case 'any':
      return wrong.setExpectedAny(empty());
    case 'no_stream':
      return wrong.setExpectedNoStream(empty());
    case 'stream_exists':
      return wrong.setExpectedStreamExists(empty());
    case 'revision':
      return wrong.setExpectedRevision(expected.revision.toString());
  }
}
