import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '@app/platform/http';

interface Range {
  type: string;
  subtype: string;
  q: number;
}

// `text/csv;q=0.5, */*;q=0.1` → ranges; a malformed part or q-value is ignored, as browsers send odd ones.
function rangesOf(accept: string): Range[] {
  const ranges: Range[] = [];
  for (const part of accept.split(',')) {
    const [media, ...params] = part.split(';').map((p) => p.trim());
    const m = /^([a-z0-9!#$%&'*+.^_`|~-]+)\/([a-z0-9!#$%&'*+.^_`|~-]+)$/i.exec(media ?? '');
    if (!m) continue;
    let q = 1;
    for (const param of params) {
      const [name, value] = param.split('=').map((p) => p.trim());
      if (name?.toLowerCase() !== 'q') continue;
      q = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.test(value ?? '') ? Number(value) : 1;
    }
    ranges.push({ type: m[1].toLowerCase(), subtype: m[2].toLowerCase(), q });
  }
  return ranges;
}

// How well a range matches a type: 3 exact, 2 `type/*`, 1 `*/*`, 0 not at all.
function specificity(range: Range, mediaType: string): number {
  const [type, subtype] = mediaType.split('/');
  if (range.type === type && range.subtype === subtype) return 3;
  if (range.type === type && range.subtype === '*') return 2;
  if (range.type === '*' && range.subtype === '*') return 1;
  return 0;
}

/**
 * The offered type the Accept header prefers (RFC 9110 §12.5.1): each type takes the q of its most
 * specific matching range; the highest q wins, and on a tie the earlier offer (the server's
 * preference: JSON first). No Accept header, or an empty one, takes the first offer. Undefined
 * when the header allows none of them.
 */
export function preferredType(accept: string | string[] | undefined, offers: readonly string[]): string | undefined {
  const header = Array.isArray(accept) ? accept.join(',') : accept;
  if (header === undefined || header.trim() === '') return offers[0];
  const ranges = rangesOf(header);
  if (ranges.length === 0) return offers[0];
  let best: { type: string; q: number } | undefined;
  for (const offer of offers) {
    let match: { q: number; specificity: number } | undefined;
    for (const range of ranges) {
      const s = specificity(range, offer);
      if (s > 0 && (match === undefined || s > match.specificity)) match = { q: range.q, specificity: s };
    }
    if (match && match.q > 0 && (best === undefined || match.q > best.q)) best = { type: offer, q: match.q };
  }
  return best?.type;
}

/** 406 problem listing what this route can answer. */
export const notAcceptable = (accept: string | string[] | undefined, offers: readonly string[]): ProblemException =>
  new ProblemException({
    status: HttpStatus.NOT_ACCEPTABLE,
    code: 'NotAcceptable',
    detail: `This resource is available as ${offers.join(', ')}; the Accept header allows none of them`,
    errors: [{ field: 'header.accept', message: `${JSON.stringify((Array.isArray(accept) ? accept.join(',') : (accept ?? '')).slice(0, 200))} allows none of the available types`, allowed: [...offers] }],
  });
