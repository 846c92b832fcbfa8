import type { ICommandHandler } from '@nestjs/cqrs';
import type { Command } from '@nestjs/cqrs';
import type { AggregateStore, CommandMeta, CommandResult } from '@app/platform/commands';

/** One column of an import table, as a user sees it in the template and in the report. */
export interface ImportColumn {
  /** The request field it fills (a DTO property), or a name the table converts itself. */
  field: string;
  /** Accepted headers: Indonesian first (the name reports use), then English. */
  headers: readonly [string, string];
  required: boolean;
  /** For the template's "Petunjuk" sheet. */
  description: string;
  /** What a cell may hold, for the template and for row problems. */
  allowed: string;
  example: string | number;
}

/** A row's cells by column field (only the columns the file has; '' for an empty cell). */
export type RowCells = Record<string, string>;

/** What a row becomes: the body of the single request, plus problems found while converting text. */
export interface RowBody {
  body: Record<string, unknown>;
  problems: Array<{ field: string; message: string; allowed?: unknown }>;
}

/** What a table needs to build its command's handler for a dry run: the dry AggregateStore, and the application's other providers. */
export interface DryRunDeps {
  aggregates: AggregateStore;
  /** A provider of the application by its token (the methodology catalog, the due rules, …). */
  get<T>(token: symbol): T;
}

/** One table of an import (entities have two: providers, then their units). */
export interface ImportTable {
  /** Sheet and report name, e.g. `penyedia`, `unit`. */
  name: string;
  /** Worksheet names (lower case) under which this table is found besides its header. */
  sheetNames: readonly string[];
  columns: readonly ImportColumn[];
  /**
   * Whether a row's command may run while the rows before it are still being written: true when
   * no row of the table depends on another row's events (each writes its own stream and reads
   * only what the import does not write). Providers (a kabupaten after its province) and units
   * (all on their provider's stream) are written one after another.
   */
  independentRows: boolean;
  /** The column that names the row's subject; domain refusals without a field are reported on it. */
  subjectField: string;
  /** The request DTO of the single command: rows are validated against it exactly as a request is. */
  dto: new () => object;
  toBody(cells: RowCells): RowBody;
  /** DTO field path (`loci.0.unitId`, `code`) → the column field it came from. */
  columnOf(field: string): string;
  /** The command a single request would send, from the validated DTO. */
  command(dto: object, meta: CommandMeta): Command<CommandResult>;
  /** The same command's handler, built on another AggregateStore (the dry run's). */
  handler(deps: DryRunDeps): ICommandHandler<Command<CommandResult>, CommandResult>;
}

export interface ImportKind {
  /** The path segment: `/v1/imports/{name}`. */
  name: string;
  title: string;
  /** In order: the first is the file's main table; later ones may follow as more sheets of an XLSX. */
  tables: readonly ImportTable[];
  /** How to fill this import beyond its columns, for the template's "Petunjuk" sheet (in Indonesian, as the sheet is). */
  notes?: readonly string[];
}
