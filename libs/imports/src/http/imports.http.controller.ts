import { Controller, Get, HttpCode, HttpStatus, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiExtraModels, ApiHeader, ApiOperation, ApiParam, ApiQuery, ApiResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentActor, Roles } from '@app/platform/auth';
import type { Actor } from '@app/kernel';
import type { CommandMeta } from '@app/platform/commands';
import { APP_CONFIG, type AppConfig } from '@app/platform/config';
import { AcceptsMultipart, Meta, ProblemDetailsDto, ProblemException } from '@app/platform/http';
import { IMPORT_KIND_NAMES, importKindNamed } from '../kinds/import-kinds';
import type { ImportKind } from '../kinds/import-kind';
import { fileFormatOf } from '../reading/file-format';
import type { ImportLimits } from '../reading/import-limits';
import { IMPORT_LIMITS } from '../reading/import-limits.token';
import { ImportJobStore } from '../jobs/import-job.store';
import type { ImportJobStatus } from '../jobs/import-job-status';
import { ImportJobs } from '../jobs/import-jobs';
import { importUploadDir } from '../jobs/upload-dir';
import { ImportRunner } from '../running/import-runner';
import type { ImportReport } from '../running/import-report';
import { XLSX_MEDIA_TYPE, importTemplate } from '../template/import-template';
import { uploadToTempFile } from './upload-to-temp-file';
import { reportInLanguage } from './report-in-language';

export interface ImportAccepted {
  importId: string;
  statusUrl: string;
  rowsTotal: number;
  toWrite: number;
  alreadyImported: number;
}

@ApiTags('imports')
@Controller('v1/imports')
export class ImportsHttpController {
  constructor(
    private readonly runner: ImportRunner,
    private readonly jobs: ImportJobs,
    private readonly statuses: ImportJobStore,
    @Inject(IMPORT_LIMITS) private readonly limits: ImportLimits,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post(':kind')
  @AcceptsMultipart()
  @HttpCode(HttpStatus.ACCEPTED)
  @Roles('officer', 'admin')
  @ApiOperation({
    summary: 'Import a CSV or XLSX file: each row runs as the single command (entities: POST /v1/entities, units: POST /v1/entities/{code}/units, assessments: POST /v1/assessments, recommendations: POST /v1/recommendations)',
    description:
      'multipart/form-data with one part `file`. `dryRun=true` checks every row (request rules, scope, existence, the command\'s own rules) and answers the report; nothing is written. ' +
      'Otherwise a file with any bad row is refused whole (422, the same report in `rows`), and a good one is written as a job: 202 with its status URL. ' +
      'Each row is idempotent: importing the same rows again writes nothing new.',
  })
  @ApiBearerAuth()
  @ApiExtraModels(ProblemDetailsDto)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    description: 'One part `file`: an XLSX workbook (rows on the first sheet; for entities, units may follow on a second) or a CSV file in UTF-8 (`,` `;` or tab). Headers in Indonesian or English; see the template.',
    schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'The CSV or XLSX file, at most IMPORT_MAX_FILE_BYTES (default 20 MiB)' } } },
  })
  @ApiParam({ name: 'kind', enum: IMPORT_KIND_NAMES })
  @ApiQuery({ name: 'dryRun', required: false, enum: ['true', 'false'], description: 'true: check every row and answer the report; nothing is written' })
  @ApiHeader({ name: 'X-Correlation-Id', required: false, description: 'Recorded in every event the import writes (default: the import id)' })
  @ApiResponse({ status: 200, description: 'Dry run: the report (rowsTotal, rowsInvalid, toWrite, alreadyImported, rows: sheet, row, column, message, allowed, code, status)' })
  @ApiResponse({ status: 202, description: 'Every row passed; they are being written. Location / statusUrl: GET /v1/imports/{importId}. A repeated POST of the same file writes nothing new' })
  @ImportProblem(400, 'A malformed upload (naming `file`) or query (`query.dryRun`)')
  @ImportProblem(401, 'Missing, expired or invalid bearer token')
  @ImportProblem(403, 'Your role may not import')
  @ImportProblem(404, 'No such import kind (`path.kind` lists them)')
  @ImportProblem(413, 'The file is over IMPORT_MAX_FILE_BYTES (naming `file`)')
  @ImportProblem(415, 'The body is not multipart/form-data')
  @ImportProblem(422, 'The file cannot be read as the table (InvalidImportFile, naming `file`), or rows are bad (ImportRowsInvalid: the report in `rows`); nothing was written')
  @ImportProblem(503, 'The event store is unavailable; nothing was written')
  async import(
    @Param('kind') kindName: string,
    @Query('dryRun') dryRunParam: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Meta() meta: CommandMeta,
  ): Promise<ImportAccepted | (ImportReport & { dryRun: true })> {
    const kind = this.kind(kindName);
    const dryRun = parseDryRun(dryRunParam);
    const path = await uploadToTempFile(request, importUploadDir(this.config.dataDir), this.limits.maxFileBytes);
    let handedOver = false;
    try {
      const file = { path, format: await fileFormatOf(path) };
      const importId = randomUUID();
      const context = {
        importId,
        actor: meta.actor,
        issuedAt: meta.issuedAt,
        // One correlation id for the whole file: the caller's, or the import's own id.
        correlationId: request.headers['x-correlation-id'] === undefined ? importId : meta.correlationId,
      };
      const report = reportInLanguage(await this.runner.check(kind, file, context), request.headers['accept-language']);
      if (dryRun) {
        reply.status(HttpStatus.OK);
        return { ...report, dryRun: true };
      }
      if (report.rowsInvalid > 0) throw rowsInvalid(report);
      await this.jobs.start(kind, file, context, report.rowsTotal);
      handedOver = true;
      const statusUrl = `/v1/imports/${importId}`;
      reply.header('Location', statusUrl);
      return { importId, statusUrl, rowsTotal: report.rowsTotal, toWrite: report.toWrite, alreadyImported: report.alreadyImported };
    } finally {
      if (!handedOver) await rm(path, { force: true });
    }
  }

  @Get(':kind/template.xlsx')
  @Roles('officer', 'admin', 'auditor')
  @ApiOperation({ summary: 'The XLSX template of an import: its columns, an example row, and a "Petunjuk" sheet explaining each column' })
  @ApiParam({ name: 'kind', enum: IMPORT_KIND_NAMES })
  @ApiBearerAuth()
  @ApiResponse({ status: 200, description: 'The workbook', content: { [XLSX_MEDIA_TYPE]: {} } })
  @ImportProblem(401, 'Missing, expired or invalid bearer token')
  @ImportProblem(403, 'Your role may not import')
  @ImportProblem(404, 'No such import kind (`path.kind` lists them)')
  async template(@Param('kind') kindName: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const kind = this.kind(kindName);
    reply.header('Content-Type', XLSX_MEDIA_TYPE);
    reply.header('Content-Disposition', `attachment; filename="impor-${kind.name}.xlsx"`);
    return importTemplate(kind);
  }

  @Get(':importId')
  @Roles('officer', 'admin')
  @ApiOperation({ summary: "An import's progress: status, rowsDone / rowsTotal, errors, the log positions written (lastPosition for minPosition)" })
  @ApiParam({ name: 'importId', description: 'From the 202 answer of POST /v1/imports/{kind}' })
  @ApiBearerAuth()
  @ApiResponse({ status: 200, description: 'status (writing, done, failed, interrupted), rowsDone, rowsTotal, written, replayed, errors, positions, lastPosition' })
  @ImportProblem(401, 'Missing, expired or invalid bearer token')
  @ImportProblem(403, 'Your role may not import')
  @ImportProblem(404, 'No import of yours with this id (statuses are kept 7 days)')
  @ImportProblem(503, 'The job statuses (Redis) are unavailable; the import itself goes on')
  async status(@Param('importId') importId: string, @CurrentActor() actor: Actor): Promise<ImportJobStatus> {
    const status = /^[0-9a-f-]{36}$/.test(importId) ? await this.statuses.load(importId) : null;
    // Someone else's import answers like an unknown one: its rows may lie outside the caller's scope.
    if (!status || (status.startedBy !== actor.id && actor.role !== 'admin')) {
      throw new ProblemException({ status: HttpStatus.NOT_FOUND, code: 'ImportNotFound', detail: `No import ${importId} of yours is known (statuses are kept 7 days)` });
    }
    return status;
  }

  private kind(name: string): ImportKind {
    const kind = importKindNamed(name);
    if (kind) return kind;
    throw new ProblemException({
      status: HttpStatus.NOT_FOUND,
      code: 'UnknownImportKind',
      detail: `There is no import of "${name.slice(0, 40)}"`,
      errors: [{ field: 'path.kind', message: 'is not an import', allowed: IMPORT_KIND_NAMES }],
    });
  }
}

function ImportProblem(status: number, description: string): MethodDecorator {
  return ApiResponse({ status, description, content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDetailsDto) } } } });
}

function parseDryRun(value: string | undefined): boolean {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  throw new ProblemException({
    status: HttpStatus.BAD_REQUEST,
    code: 'ValidationFailed',
    type: 'urn:problem:validation',
    title: 'Request validation failed',
    detail: 'Invalid fields: query.dryRun',
    errors: [{ field: 'query.dryRun', message: 'must be true or false', allowed: ['true', 'false'] }],
  });
}

/** 422 for a file with bad rows: nothing was written; the report lists every problem. */
function rowsInvalid(report: ImportReport): ProblemException {
  return new ProblemException({
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    code: 'ImportRowsInvalid',
    detail: `${report.rowsInvalid} of ${report.rowsTotal} rows cannot be imported; nothing was written. Fix them (see rows) and send the file again`,
    errors: [{ field: 'file', message: `${report.rowsInvalid} rows are invalid`, allowed: 'a file whose every row passes (check with ?dryRun=true)' }],
    extensions: { ...report },
  });
}
