import type { FileFormat } from '../reading/table-record';

/** An uploaded file, streamed to a temporary file first (the import reads it twice: check, then write). */
export interface ImportFile {
  path: string;
  format: FileFormat;
}
