// Exports of every list as CSV and XLSX. The provider's report card lives in the `reports`
// sub-entry, which reads other contexts: keeping it out of this barrel is what lets those
// contexts' controllers import `@app/spreadsheets` without a cycle.
export * from './spreadsheets.module';
export * from './export/columns';
export * from './export/cells';
export * from './export/export-spec';
export * from './export/export-limits';
export * from './export/exportable.decorator';
export * from './export/export.interceptor';
export * from './export/file-name';
export * from './export/media-types';
export * from './export/negotiate';
export * from './export/sheet-writers';
export * from './export/spooled-file';
