export const JSON_TYPE = 'application/json';
export const CSV_TYPE = 'text/csv';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PDF_TYPE = 'application/pdf';

export const EXTENSIONS: Record<string, string> = { [CSV_TYPE]: 'csv', [XLSX_TYPE]: 'xlsx', [PDF_TYPE]: 'pdf', [JSON_TYPE]: 'json' };
