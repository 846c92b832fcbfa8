import canonicalize from 'canonicalize';
import type { Actor, DomainErrorKind } from '@app/kernel';
import { DomainError } from '@app/kernel';
import { nameBasedId } from '@app/event-store';
import type { CommandMeta } from '@app/platform/commands';
import { ProblemException, type RequestValidationPipe } from '@app/platform/http';
import type { ImportTable } from '../kinds/import-kind';
import type { ImportRow } from '../reading/import-rows';
import type { RowProblem } from './row-problem';

/** What every row of one file shares: who imports, when, and the ids that tie the rows together. */
export interface ImportContext {
  importId: string;
  actor: Actor;
  /** The request's business time, as a single request's `issuedAt`. */
  issuedAt: Date;
  /** One for the whole file: every event of every row carries it. */
  correlationId: string;
}

/** A row ready to run: the validated request DTO and the command's meta. */
export interface RowRequest {
  dto: object;
  meta: CommandMeta;
}

const STATUS: Record<DomainErrorKind, number> = { invalid: 422, conflict: 409, not_found: 404, forbidden: 403 };

/**
 * The row's command id: the table and the row's normalized content (the request body it
 * becomes). The same row imported again, in this file or another, is the same command, which
 * the event log recognises and replays instead of writing it twice.
 */
export function rowCommandId(table: ImportTable, body: Record<string, unknown>): string {
  return nameBasedId(`import:${table.name}:${canonicalize(body) ?? ''}`);
}

/**
 * Converts a row into the single request's DTO, validated by the same pipe (and so the same
 * class-validator rules and messages) a request body goes through. Problems name the row's column.
 */
export async function rowRequest(row: ImportRow, pipe: RequestValidationPipe, context: ImportContext): Promise<{ request?: RowRequest; problems: RowProblem[] }> {
  const { table } = row;
  const { body, problems: conversion } = table.toBody(row.cells);
  const problems: RowProblem[] = row.strayCells.map((index) => ({
    sheet: row.sheet,
    row: row.row,
    column: `column ${index}`,
    message: 'holds a value but has no header',
    allowed: 'a value only under one of the header columns',
    code: 'ValidationFailed',
    status: 400,
  }));
  for (const p of conversion) problems.push({ sheet: row.sheet, row: row.row, column: columnName(row, p.field), message: p.message, allowed: p.allowed ?? allowedIn(row, p.field), code: 'ValidationFailed', status: 400 });
  let dto: object | undefined;
  try {
    dto = (await pipe.transform(body, { type: 'body', metatype: table.dto, data: undefined })) as object;
  } catch (error) {
    problems.push(...rowProblemsOf(error, row));
  }
  if (problems.length > 0 || dto === undefined) return { problems };
  const commandId = rowCommandId(table, body);
  return {
    request: {
      dto,
      meta: { commandId, correlationId: context.correlationId, causationId: context.importId, actor: context.actor, issuedAt: context.issuedAt },
    },
    problems,
  };
}

/** A refusal of a row's request or command as row problems; anything else (the store is down) is not the row's fault. */
export function rowProblemsOf(error: unknown, row: ImportRow): RowProblem[] {
  let status: number;
  let code: string;
  let detail: string;
  let fields: Array<{ field: string; message: string; allowed?: unknown }>;
  if (error instanceof DomainError) {
    ({ code } = error);
    status = STATUS[error.kind];
    detail = error.message;
    fields = error.fields;
  } else if (error instanceof ProblemException && error.problem.status < 500) {
    ({ status, code, detail } = error.problem);
    fields = error.problem.errors ?? [];
  } else {
    throw error;
  }
  const base = { sheet: row.sheet, row: row.row, code, status };
  const subject = row.table.subjectField;
  if (fields.length === 0) {
    const allowed = status === 403 ? 'a provider within your scope (your provinces)' : allowedIn(row, subject);
    return [{ ...base, column: columnName(row, subject), message: detail, allowed }];
  }
  return fields.map((f) => ({ ...base, column: columnName(row, f.field), message: f.message, allowed: f.allowed ?? allowedIn(row, f.field) }));
}

/** When a rule does not state what it allows, the column's own description does (as in the template). */
function allowedIn(row: ImportRow, field: string): string | undefined {
  const column = row.table.columnOf(field);
  return row.table.columns.find((c) => c.field === column)?.allowed;
}

function columnName(row: ImportRow, field: string): string {
  const column = row.table.columnOf(field);
  return row.headerOf[column] ?? row.table.columns.find((c) => c.field === column)?.headers[0] ?? field;
}
