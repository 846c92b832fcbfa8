/**
 * What evidence may be: scanned decrees and office documents. Each family is told apart from the
 * first bytes of the file; within a container family (OOXML and OLE office files) the bytes say
 * "an office document" and the declared type or the file name says which one.
 */
export type MediaFamily = 'pdf' | 'jpeg' | 'png' | 'tiff' | 'webp' | 'ooxml' | 'odf' | 'ole' | 'text';

/** The media types each family may be recorded as; the first is what the bytes alone would be called. */
export const FAMILY_MEDIA_TYPES: Record<MediaFamily, readonly string[]> = {
  pdf: ['application/pdf'],
  jpeg: ['image/jpeg'],
  png: ['image/png'],
  tiff: ['image/tiff'],
  webp: ['image/webp'],
  ooxml: [
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  ],
  odf: ['application/vnd.oasis.opendocument.text', 'application/vnd.oasis.opendocument.spreadsheet', 'application/vnd.oasis.opendocument.presentation'],
  ole: ['application/msword', 'application/vnd.ms-excel', 'application/vnd.ms-powerpoint'],
  text: ['text/plain', 'text/csv'],
};

/** Every media type evidence may be recorded with (for problems' `allowed` and the API description). */
export const ALLOWED_MEDIA_TYPES: readonly string[] = Object.values(FAMILY_MEDIA_TYPES).flat();

/** The file name extensions of each allowed type, for container families whose bytes do not say which member they are. */
export const EXTENSION_MEDIA_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  webp: 'image/webp',
  docx: FAMILY_MEDIA_TYPES.ooxml[0],
  xlsx: FAMILY_MEDIA_TYPES.ooxml[1],
  pptx: FAMILY_MEDIA_TYPES.ooxml[2],
  odt: FAMILY_MEDIA_TYPES.odf[0],
  ods: FAMILY_MEDIA_TYPES.odf[1],
  odp: FAMILY_MEDIA_TYPES.odf[2],
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
  txt: 'text/plain',
  csv: 'text/csv',
};

/** Other names clients send for the same types (browsers on Windows send CSV as an Excel type). */
export const MEDIA_TYPE_ALIASES: Record<string, string> = {
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'image/tif': 'image/tiff',
  'application/csv': 'text/csv',
  'text/x-csv': 'text/csv',
  'application/x-pdf': 'application/pdf',
};

/** Declared types that say nothing about the content: the bytes decide alone. */
export const GENERIC_MEDIA_TYPES = ['application/octet-stream', 'binary/octet-stream', 'application/binary', 'application/unknown'];

/** Names that run when opened on a provider's or an officer's computer; refused whatever the bytes. */
export const EXECUTABLE_EXTENSIONS = [
  'exe', 'dll', 'com', 'scr', 'msi', 'msp', 'cpl', 'sys', 'bat', 'cmd', 'ps1', 'psm1', 'vbs', 'vbe', 'js', 'jse', 'wsf', 'wsh', 'hta', 'lnk',
  'sh', 'bash', 'zsh', 'csh', 'run', 'bin', 'elf', 'so', 'dylib', 'app', 'jar', 'apk', 'class', 'dex', 'wasm', 'pif', 'reg', 'scf', 'appimage',
];
