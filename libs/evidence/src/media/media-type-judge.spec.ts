import { judgeMediaType } from './media-type-judge';

const bytes = (...parts: Array<string | number[]>) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
/** A ZIP whose first entry is `name` holding `content` uncompressed (as ODF writes its mimetype). */
const zip = (name: string, content = '') => {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt32LE(content.length, 18);
  header.writeUInt32LE(content.length, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, Buffer.from(name), Buffer.from(content)]);
};
const judge = (head: Buffer, name: string, mediaType?: string) => judgeMediaType(head, true, { name, mediaType });
const refusal = (head: Buffer, name: string, mediaType?: string) => {
  const verdict = judge(head, name, mediaType);
  return verdict.accepted ? 'accepted' : verdict.code;
};

describe('judging a document by its bytes', () => {
  it.each([
    ['PDF', bytes('%PDF-1.7\n%\xe2\xe3'), 'sk.pdf', 'application/pdf'],
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF'), 'scan.jpg', 'image/jpeg'],
    ['PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'papan.png', 'image/png'],
    ['TIFF', bytes([0x49, 0x49, 0x2a, 0]), 'scan.tif', 'image/tiff'],
    ['WebP', bytes('RIFF\x00\x00\x00\x00WEBPVP8 '), 'foto.webp', 'image/webp'],
    ['DOCX', zip('[Content_Types].xml'), 'laporan.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['XLSX', zip('[Content_Types].xml'), 'rekap.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['ODT', zip('mimetype', 'application/vnd.oasis.opendocument.text'), 'laporan.odt', 'application/vnd.oasis.opendocument.text'],
    ['DOC', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'lama.doc', 'application/msword'],
    ['text', bytes('Laporan triwulan III\n'), 'catatan.txt', 'text/plain'],
    ['CSV', bytes('kode,nama\n64.01,Paser\n'), 'rekap.csv', 'text/csv'],
    ['text that starts like a bitmap signature', bytes('BMKG: prakiraan cuaca\n'), 'bmkg.txt', 'text/plain'],
  ])('accepts %s and records it as the bytes say, with no declared type', (_kind, head, name, mediaType) => {
    expect(judge(head, name)).toMatchObject({ accepted: true, mediaType });
  });

  it('keeps a declared type that fits the bytes, with parameters and aliases normalised', () => {
    expect(judge(bytes('a,b\n'), 'x.csv', 'text/csv; charset=utf-8')).toMatchObject({ accepted: true, mediaType: 'text/csv' });
    expect(judge(bytes([0xff, 0xd8, 0xff, 0xe0]), 'x.jpg', 'image/jpg')).toMatchObject({ accepted: true, mediaType: 'image/jpeg' });
    // Browsers on Windows declare CSV as an Excel type.
    expect(judge(bytes('a,b\n'), 'rekap.csv', 'application/vnd.ms-excel')).toMatchObject({ accepted: true, mediaType: 'text/csv' });
  });

  it.each([
    ['a Windows program', bytes('MZ\x90\x00\x03'), 'laporan.pdf'],
    ['an ELF program', bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), 'laporan.pdf'],
    ['a Mach-O program', bytes([0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1]), 'laporan.pdf'],
    ['a script', bytes('#!/bin/sh\nrm -rf /\n'), 'catatan.txt'],
    ['a script behind a BOM', bytes([0xef, 0xbb, 0xbf], '#!/usr/bin/env python\n'), 'catatan.txt'],
    ['a Java archive', zip('META-INF/MANIFEST.MF'), 'laporan.docx'],
    ['text named as a batch file', bytes('del *.*\r\n'), 'jalankan.bat'],
  ])('refuses %s as ExecutableRefused', (_kind, head, name) => {
    expect(refusal(head, name)).toBe('ExecutableRefused');
  });

  it('refuses a declared type the bytes contradict, saying what they are', () => {
    expect(judge(bytes('just some text'), 'sk.pdf', 'application/pdf')).toMatchObject({ accepted: false, code: 'MediaTypeMismatch', detected: 'UTF-8 text' });
    expect(refusal(bytes('%PDF-1.4'), 'sk.pdf', 'image/png')).toBe('MediaTypeMismatch');
    expect(refusal(zip('mimetype', 'application/vnd.oasis.opendocument.text'), 'x.odt', 'application/vnd.oasis.opendocument.spreadsheet')).toBe('MediaTypeMismatch');
  });

  it('refuses formats outside the allow-list and binary data it cannot name', () => {
    expect(refusal(bytes('GIF89a'), 'anim.gif')).toBe('MediaTypeNotAllowed');
    expect(refusal(zip('data/readme.txt'), 'arsip.zip')).toBe('MediaTypeNotAllowed');
    expect(refusal(bytes([0x00, 0x01, 0x02, 0x03, 0xfe]), 'blob')).toBe('MediaTypeNotAllowed');
    expect(refusal(bytes([0xff, 0xfe], 'h\x00i\x00'), 'utf16.txt')).toBe('MediaTypeNotAllowed');
  });

  it('asks which office document a container is when neither its type nor its name says', () => {
    expect(refusal(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'dokumen')).toBe('MediaTypeUndetermined');
    expect(judge(zip('word/document.xml'), 'dokumen')).toMatchObject({ accepted: true, mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
  });

  it('accepts a multi-byte character cut at the end of an incomplete head as text', () => {
    const head = Buffer.from('Laporan – ringkas', 'utf8');
    const cut = head.subarray(0, head.indexOf(0xe2) + 1);
    expect(judgeMediaType(cut, false, { name: 'catatan.txt' })).toMatchObject({ accepted: true, mediaType: 'text/plain' });
    expect(judgeMediaType(cut, true, { name: 'catatan.txt' })).toMatchObject({ accepted: false });
  });
});
