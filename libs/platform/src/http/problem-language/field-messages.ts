/**
 * Field messages in Bahasa Indonesia. The messages come from class-validator and from this API's
 * own decorators and rules, in a handful of sentence shapes; each shape is matched here and the
 * values it names (field, limits, allowed values) are kept. A message in a shape not listed stays
 * in English rather than being guessed.
 */
type Translation = [RegExp, (match: RegExpExecArray) => string];

const SUBJECT = String.raw`(each value in )?(\S+)`;
const shape = (predicate: string, render: (subject: string, ...values: string[]) => string): Translation => [
  new RegExp(`^${SUBJECT} ${predicate}$`),
  (m) => render(m[1] ? `setiap nilai dalam ${m[2]}` : m[2], ...m.slice(3)),
];

const TRANSLATIONS: Translation[] = [
  [/^property (\S+) should not exist$/, (m) => `properti ${m[1]} tidak boleh ada`],
  [/^each item in (\S+) must be an object$/, (m) => `setiap butir dalam ${m[1]} harus berupa objek`],
  shape('must be a string', (s) => `${s} harus berupa teks`),
  shape('should not be empty', (s) => `${s} tidak boleh kosong`),
  shape('must be an integer number', (s) => `${s} harus bilangan bulat`),
  shape('must be a number conforming to the specified constraints', (s) => `${s} harus berupa angka`),
  shape('must be a boolean value', (s) => `${s} harus bernilai true atau false`),
  shape('must be an array', (s) => `${s} harus berupa larik`),
  shape('must be an object', (s) => `${s} harus berupa objek`),
  shape('must be either object or array', (s) => `${s} harus berupa objek atau larik`),
  shape('must be a valid enum value', (s) => `${s} harus salah satu nilai yang diizinkan`),
  shape('must be one of the following values: (.*)', (s, values) => `${s} harus salah satu dari: ${values}`),
  shape('must be shorter than or equal to (\\d+) characters', (s, n) => `${s} paling banyak ${n} karakter`),
  shape('must be longer than or equal to (\\d+) characters', (s, n) => `${s} paling sedikit ${n} karakter`),
  shape('must not be less than (\\S+)', (s, n) => `${s} tidak boleh kurang dari ${n}`),
  shape('must not be greater than (\\S+)', (s, n) => `${s} tidak boleh lebih dari ${n}`),
  shape('must contain no more than (\\d+) elements', (s, n) => `${s} paling banyak memuat ${n} butir`),
  shape('must contain at least (\\d+) elements', (s, n) => `${s} paling sedikit memuat ${n} butir`),
  shape('must be an integer from (\\S+) to (\\S+)', (s, a, b) => `${s} harus bilangan bulat dari ${a} sampai ${b}`),
  shape('must be a calendar date written YYYY-MM-DD, e\\.g\\. (\\S+)', (s, e) => `${s} harus tanggal kalender yang ditulis YYYY-MM-DD, mis. ${e}`),
  shape('must be a date from (\\S+) to (\\S+) \\(YYYY-MM-DD\\)', (s, a, b) => `${s} harus tanggal dari ${a} sampai ${b} (YYYY-MM-DD)`),
  shape('must be a whole year from (\\S+) to (\\S+)', (s, a, b) => `${s} harus tahun bulat dari ${a} sampai ${b}`),
  shape('must be acceptable text', (s) => `${s} harus berupa teks yang dapat diterima`),
  shape('is not acceptable text', (s) => `${s} bukan teks yang dapat diterima`),
  shape('is not well-formed Unicode \\(it holds a lone UTF-16 surrogate\\)', (s) => `${s} bukan Unicode yang benar (memuat surrogate UTF-16 tanpa pasangan)`),
  shape('holds the control character (U\\+[0-9A-F]{4}) \\(it must be a single line\\)', (s, c) => `${s} memuat karakter kendali ${c} (harus satu baris)`),
  shape('holds the control character (U\\+[0-9A-F]{4})', (s, c) => `${s} memuat karakter kendali ${c}`),
  shape('must match (.+) regular expression', (s) => `${s} tidak sesuai dengan format yang diizinkan`),
  // The API's own short field messages.
  [/^empty$/, () => 'kosong'],
  [/^too long$/, () => 'terlalu panjang'],
  [/^empty or too long$/, () => 'kosong atau terlalu panjang'],
  [/^is empty$/, () => 'kosong'],
  [/^is missing$/, () => 'tidak ada'],
  [/^not a positive integer$/, () => 'bukan bilangan bulat positif'],
  [/^was cut off$/, () => 'terpotong'],
  [/^is not valid UTF-8$/, () => 'bukan UTF-8 yang valid'],
  [/^is not valid percent-encoded UTF-8$/, () => 'bukan UTF-8 dengan percent-encoding yang valid'],
  [/^is (\d+) bytes$/, (m) => `berukuran ${m[1]} bita`],
  [/^is more than (\d+) bytes$/, (m) => `lebih dari ${m[1]} bita`],
  [/^is longer than (\d+) characters$/, (m) => `lebih panjang dari ${m[1]} karakter`],
  [/^(".*"|none) is not accepted$/, (m) => `${m[1] === 'none' ? 'tanpa nilai' : m[1]} tidak diterima`],
  [/^may not be used as a key \(prototype poisoning\)$/, () => 'tidak boleh dipakai sebagai kunci (prototype poisoning)'],
];

export function fieldMessageId(message: string): string {
  for (const [pattern, render] of TRANSLATIONS) {
    const match = pattern.exec(message);
    if (match) return render(match);
  }
  return message;
}
