import { filetypeinfo } from 'magic-bytes.js';
import { TextDecoder } from 'node:util';
import {
  ALLOWED_MEDIA_TYPES,
  EXECUTABLE_EXTENSIONS,
  EXTENSION_MEDIA_TYPES,
  FAMILY_MEDIA_TYPES,
  GENERIC_MEDIA_TYPES,
  MEDIA_TYPE_ALIASES,
  MediaFamily,
} from './media-types';

/** How many leading bytes the judge reads; a file's signature and its first zip entry lie well within. */
export const SNIFF_BYTES = 4096;

export type MediaVerdict =
  | { accepted: true; family: MediaFamily; mediaType: string }
  | { accepted: false; code: 'ExecutableRefused' | 'MediaTypeNotAllowed' | 'MediaTypeMismatch' | 'MediaTypeUndetermined'; detected: string; message: string };

/** What the client said about the file: its name and, when given, its Content-Type / mediaType. */
export interface Declared {
  name: string;
  mediaType?: string;
}

/**
 * Judges a file by its first bytes (`head`: up to SNIFF_BYTES, `complete` when that is the whole
 * file): executables are refused, then the family is read from the signature, then the declared
 * type must fit that family. The recorded type is the declared one when it fits, else the one
 * the bytes (or, inside a container family, the file name) name.
 */
export function judgeMediaType(head: Uint8Array, complete: boolean, declared: Declared): MediaVerdict {
  const executable = executableIn(head) ?? executableName(declared.name);
  if (executable) return { accepted: false, code: 'ExecutableRefused', detected: executable, message: `is an executable (${executable}); executables are refused` };
  const family = familyOf(head, complete);
  if ('refused' in family) return family.refused;
  return memberOf(family.family, head, declared);
}

/** `text/plain; charset=utf-8` → `text/plain`, aliases resolved; undefined when it says nothing. */
export function normalisedMediaType(mediaType: string | undefined): string | undefined {
  const bare = mediaType?.split(';')[0].trim().toLowerCase();
  if (!bare || GENERIC_MEDIA_TYPES.includes(bare)) return undefined;
  return MEDIA_TYPE_ALIASES[bare] ?? bare;
}

const startsWith = (head: Uint8Array, bytes: number[]) => bytes.every((b, i) => head[i] === b);
const ascii = (head: Uint8Array, from: number, to: number) => Buffer.from(head.subarray(from, to)).toString('latin1');

/** Programs by their signature: Windows PE, ELF, Mach-O (and fat/Java class), WebAssembly, scripts with `#!`. */
function executableIn(head: Uint8Array): string | undefined {
  if (startsWith(head, [0x4d, 0x5a])) return 'a Windows program (MZ)';
  if (startsWith(head, [0x7f, 0x45, 0x4c, 0x46])) return 'an ELF program';
  const machO = [[0xfe, 0xed, 0xfa, 0xce], [0xfe, 0xed, 0xfa, 0xcf], [0xce, 0xfa, 0xed, 0xfe], [0xcf, 0xfa, 0xed, 0xfe], [0xca, 0xfe, 0xba, 0xbe]];
  if (machO.some((magic) => startsWith(head, magic))) return 'a Mach-O program or Java class';
  if (startsWith(head, [0x00, 0x61, 0x73, 0x6d])) return 'a WebAssembly module';
  const bom = startsWith(head, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  if (head[bom] === 0x23 && head[bom + 1] === 0x21) return 'a script (#!)';
  const entry = firstZipEntry(head);
  if (entry && (entry.name.startsWith('META-INF/') || entry.name === 'AndroidManifest.xml' || entry.name === 'classes.dex')) return 'a Java or Android package';
  return undefined;
}

function executableName(name: string): string | undefined {
  const extension = extensionOf(name);
  return extension && EXECUTABLE_EXTENSIONS.includes(extension) ? `named .${extension}` : undefined;
}

const extensionOf = (name: string): string | undefined => /\.([A-Za-z0-9]{1,10})$/.exec(name.trim())?.[1].toLowerCase();

/** Guesses the signature library makes from the first two or three bytes, or from text itself (JSON, XML). */
const TEXT_LOOKALIKES = ['bmp', 'mp3', 'Json', 'xml'];

type FamilyOrRefusal = { family: MediaFamily } | { refused: MediaVerdict };

const notAllowed = (detected: string): FamilyOrRefusal => ({
  refused: { accepted: false, code: 'MediaTypeNotAllowed', detected, message: `is ${detected}, which is not accepted as evidence` },
});

function familyOf(head: Uint8Array, complete: boolean): FamilyOrRefusal {
  if (head.length === 0) return notAllowed('empty');
  const guesses = filetypeinfo(head);
  const names = guesses.map((g) => g.typename);
  if (names.includes('pdf')) return { family: 'pdf' };
  if (names.includes('jpg')) return { family: 'jpeg' };
  if (names.includes('png')) return { family: 'png' };
  if (names.includes('tif')) return { family: 'tiff' };
  if (names.includes('webp')) return { family: 'webp' };
  if (names.includes('zip')) return zipFamily(head);
  if (names.includes('doc') || names.includes('xls')) return { family: 'ole' };
  // Signatures short or textual enough to start ordinary text ("BMKG …" reads as a bitmap) do not outweigh valid text.
  const strong = guesses.filter((g) => !TEXT_LOOKALIKES.includes(g.typename));
  if (strong.length === 0 && isText(head, complete)) return { family: 'text' };
  const guess = strong[0] ?? guesses[0];
  return notAllowed(guess ? guess.mime ?? guess.typename : 'binary data of an unknown kind');
}

/** ODF names its own type in a first, uncompressed `mimetype` entry; OOXML starts with its package parts. */
function zipFamily(head: Uint8Array): FamilyOrRefusal {
  const entry = firstZipEntry(head);
  if (!entry) return notAllowed('a ZIP archive');
  if (entry.name === 'mimetype') return { family: 'odf' };
  if (/^(\[Content_Types\]\.xml|_rels\/|docProps\/|word\/|xl\/|ppt\/)/.test(entry.name)) return { family: 'ooxml' };
  return notAllowed('a ZIP archive');
}

interface ZipEntry {
  name: string;
  /** Where the entry's data starts in `head`. */
  dataAt: number;
}

/** The first local file header of a ZIP file (PK\3\4), when it lies within `head`. */
function firstZipEntry(head: Uint8Array): ZipEntry | undefined {
  if (!startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || head.length < 30) return undefined;
  const nameLength = head[26] | (head[27] << 8);
  const extraLength = head[28] | (head[29] << 8);
  if (30 + nameLength > head.length) return undefined;
  return { name: ascii(head, 30, 30 + nameLength), dataAt: 30 + nameLength + extraLength };
}

const utf8 = () => new TextDecoder('utf-8', { fatal: true });
/** Control characters other than tab, line feed, form feed and carriage return: binary, not text. */
const BINARY_CONTROL = /[\x00-\x08\x0B\x0E-\x1F\x7F]/;

/** UTF-8 without binary control characters. A multi-byte character cut at the end of an incomplete head is fine. */
export function isText(head: Uint8Array, complete: boolean): boolean {
  try {
    return !BINARY_CONTROL.test(utf8().decode(head, { stream: !complete }));
  } catch {
    return false;
  }
}

function memberOf(family: MediaFamily, head: Uint8Array, declared: Declared): MediaVerdict {
  const members = FAMILY_MEDIA_TYPES[family];
  const said = normalisedMediaType(declared.mediaType);
  const byName = EXTENSION_MEDIA_TYPES[extensionOf(declared.name) ?? ''];
  const detected = detectedName(family, head);
  if (family === 'odf') {
    const own = odfMediaType(head);
    if (!own || !members.includes(own)) return { accepted: false, code: 'MediaTypeNotAllowed', detected: own ?? 'an OpenDocument file', message: `is ${own ?? 'an OpenDocument file'}, which is not accepted as evidence` };
    if (said !== undefined && said !== own) return mismatch(said, own);
    return { accepted: true, family, mediaType: own };
  }
  // A CSV sent by a browser on Windows is declared as an Excel type: its name says what it is.
  if (family === 'text' && said === 'application/vnd.ms-excel' && byName === 'text/csv') return { accepted: true, family, mediaType: 'text/csv' };
  if (said !== undefined) return members.includes(said) ? { accepted: true, family, mediaType: said } : mismatch(said, detected);
  if (byName !== undefined && members.includes(byName)) return { accepted: true, family, mediaType: byName };
  if (family === 'ooxml') {
    const part = /(word|xl|ppt)\//.exec(ascii(head, 0, head.length))?.[1];
    if (part) return { accepted: true, family, mediaType: members[['word', 'xl', 'ppt'].indexOf(part)] };
  }
  if (family === 'ooxml' || family === 'ole') {
    return {
      accepted: false,
      code: 'MediaTypeUndetermined',
      detected,
      message: `is ${detected}, but neither its type nor its name says which one; send its Content-Type or a name ending in .${family === 'ole' ? 'doc, .xls or .ppt' : 'docx, .xlsx or .pptx'}`,
    };
  }
  return { accepted: true, family, mediaType: members[0] };
}

function mismatch(said: string, detected: string): MediaVerdict {
  const allowed = ALLOWED_MEDIA_TYPES.includes(said) ? '' : ` (and ${said} is not accepted as evidence)`;
  return { accepted: false, code: 'MediaTypeMismatch', detected, message: `is declared ${said} but its bytes are ${detected}${allowed}` };
}

function detectedName(family: MediaFamily, head: Uint8Array): string {
  switch (family) {
    case 'ooxml':
      return 'an Office Open XML document (docx/xlsx/pptx)';
    case 'ole':
      return 'a legacy Office document (doc/xls/ppt)';
    case 'odf':
      return odfMediaType(head) ?? 'an OpenDocument file';
    case 'text':
      return 'UTF-8 text';
    default:
      return FAMILY_MEDIA_TYPES[family][0];
  }
}

/** The content of ODF's leading `mimetype` entry (stored uncompressed, by the standard). */
function odfMediaType(head: Uint8Array): string | undefined {
  const entry = firstZipEntry(head);
  if (!entry || entry.name !== 'mimetype') return undefined;
  const size = head[18] | (head[19] << 8) | (head[20] << 16) | (head[21] << 24);
  if (size <= 0 || size > 100 || entry.dataAt + size > head.length) return undefined;
  return ascii(head, entry.dataAt, entry.dataAt + size);
}
