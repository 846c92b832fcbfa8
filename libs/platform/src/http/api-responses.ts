import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiHeader, ApiProperty, ApiPropertyOptional, ApiResponse, getSchemaPath } from '@nestjs/swagger';

export class FieldProblemDto {
  @ApiProperty({ example: 'loci.2.score', description: 'Dotted path of the offending field (or header.<Name>)' })
  field!: string;
  @ApiProperty({ example: 'score must not be greater than 100' })
  message!: string;
  @ApiPropertyOptional({ description: 'What would have been accepted', example: ['WIB', 'WITA', 'WIT'] })
  allowed?: unknown;
}

/** RFC 9457 problem details, as every error of this API is answered (application/problem+json). */
export class ProblemDetailsDto {
  @ApiProperty({ example: 'urn:problem:validation' })
  type!: string;
  @ApiProperty({ example: 'Request validation failed' })
  title!: string;
  @ApiProperty({ example: 400 })
  status!: number;
  @ApiProperty({ example: 'Invalid fields: score, loci.2.score' })
  detail!: string;
  @ApiProperty({ example: '/v1/assessments' })
  instance!: string;
  @ApiProperty({ example: 'ValidationFailed', description: 'Stable machine-readable error code' })
  code!: string;
  @ApiPropertyOptional({ type: [FieldProblemDto] })
  errors?: FieldProblemDto[];
}

export class CommandResultDto {
  @ApiProperty({ example: '30-ORI-MOU-X-2021', description: 'Id of the aggregate the command acted on' })
  id!: string;
  @ApiProperty({ example: 'mou-30-ORI-MOU-X-2021', description: 'Event stream of that aggregate' })
  stream!: string;
  @ApiProperty({ example: 0, description: 'Stream revision after the command; also the ETag' })
  revision!: number;
  @ApiProperty({ example: '42', description: 'Global log position of the last event (read-your-writes)' })
  position!: string;
  @ApiProperty({ example: false, description: 'True when this repeats the answer to an earlier identical command (Idempotency-Key)' })
  replayed!: boolean;
}

const problem = (status: number, description: string) =>
  ApiResponse({
    status,
    description,
    content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDetailsDto) } } },
  });

const COMMON_ERRORS = [
  problem(400, 'Malformed request: the `errors` list names each bad field and what is allowed'),
  problem(401, 'Missing, expired or invalid bearer token'),
  problem(403, 'Your role or scope (provinces, provider) does not cover this'),
  problem(503, 'The event store is unavailable; nothing was written. Retry after the Retry-After delay'),
];

/** Documents a command endpoint: its success answer and every problem it can return. */
export function ApiCommand(success: { status: 200 | 201; description: string }) {
  return applyDecorators(
    ApiBearerAuth(),
    ApiExtraModels(ProblemDetailsDto, FieldProblemDto),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'Any 1–200 printable ASCII characters. A repeat with the same key (same caller, same route) returns the first answer and writes nothing.',
    }),
    ApiHeader({
      name: 'If-Match',
      required: false,
      description: 'The ETag (stream revision) you last read, e.g. "3". The command is refused with 412 if the aggregate has changed since.',
    }),
    ApiHeader({ name: 'X-Correlation-Id', required: false, description: 'Recorded in the metadata of every event this command writes' }),
    ApiResponse({
      status: success.status,
      description: success.description,
      type: CommandResultDto,
      headers: { ETag: { description: 'The new stream revision, quoted', schema: { type: 'string', example: '"3"' } } },
    }),
    ...COMMON_ERRORS,
    problem(404, 'The aggregate (or one it refers to) does not exist'),
    problem(409, 'Conflicts with the current state (domain rule, duplicate, or concurrent change)'),
    problem(412, 'If-Match does not match the current revision (someone changed it since you read it)'),
    problem(422, 'Well-formed but not allowed by a rule about its values (e.g. no methodology for that year)'),
  );
}

/** Documents a query endpoint. */
export function ApiQuery(success: { description: string; type?: unknown }) {
  return applyDecorators(
    ApiBearerAuth(),
    ApiExtraModels(ProblemDetailsDto, FieldProblemDto),
    ApiResponse({ status: 200, description: success.description, ...(success.type ? { type: success.type as never } : {}) }),
    ...COMMON_ERRORS,
    problem(404, 'Not found (or not as of the given instant)'),
  );
}

/** Documents an operational (non-event-sourced) admin endpoint's problems. */
export function ApiOperationalErrors() {
  return applyDecorators(
    ApiBearerAuth(),
    ApiExtraModels(ProblemDetailsDto, FieldProblemDto),
    problem(401, 'Missing, expired or invalid bearer token'),
    problem(403, 'Admin role required'),
    problem(404, 'No such projection or job'),
    problem(409, 'Conflicts with work in progress (e.g. a rebuild already running)'),
    problem(503, 'Redis or the event store is unavailable'),
  );
}
