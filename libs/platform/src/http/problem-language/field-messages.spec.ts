import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsNumber, IsString, Max, MaxLength, Min } from 'class-validator';
import { ManualClock } from '../../clock/clock';
import { IsBusinessYear } from '../is-business-year.decorator';
import { IsCalendarDate } from '../is-calendar-date.decorator';
import { IsSingleLineText } from '../is-text.decorator';
import { ProblemException } from '../problem.exception';
import { createValidationPipe } from '../validation.pipe';
import { fieldMessageId } from './field-messages';

class EveryRuleDto {
  @IsString() @IsNotEmpty() @MaxLength(5) title!: string;
  @IsInt() @Min(1) @Max(3) rung!: number;
  @IsNumber() score!: number;
  @IsBoolean() urgent!: boolean;
  @IsIn(['lhp', 'pengaduan']) source!: string;
  @IsArray() @ArrayMaxSize(1) @IsString({ each: true }) units!: string[];
  @IsCalendarDate() dueOn!: string;
  @IsBusinessYear() year!: number;
  @IsSingleLineText() name!: string;
}

async function messagesFor(body: unknown): Promise<string[]> {
  try {
    await createValidationPipe(new ManualClock(new Date('2026-11-23T03:00:00Z'))).transform(body, { type: 'body', metatype: EveryRuleDto });
  } catch (error) {
    if (error instanceof ProblemException) return (error.problem.errors ?? []).map((e) => e.message);
    throw error;
  }
  throw new Error('expected validation to fail');
}

describe('fieldMessageId', () => {
  it('puts every message the validation rules write into Bahasa Indonesia, keeping the values they name', async () => {
    const wrong = await messagesFor({ title: 'too long!', rung: 9, score: 'x', urgent: 'ya', source: 'gosip', units: ['a', 'b'], dueOn: '2021-02-30', year: 1900, name: 'a\nb', extra: 1 });
    const alsoWrong = await messagesFor({ title: '', rung: 0, units: [3], dueOn: '1999-01-01' });
    const messages = [...wrong, ...alsoWrong];
    expect(messages.length).toBeGreaterThan(12);
    const untranslated = messages.filter((message) => fieldMessageId(message) === message);
    expect(untranslated).toEqual([]);
    expect(messages.map(fieldMessageId)).toEqual(
      expect.arrayContaining([
        'properti extra tidak boleh ada',
        'title paling banyak 5 karakter',
        'rung tidak boleh lebih dari 3',
        'source harus salah satu dari: lhp, pengaduan',
        'units paling banyak memuat 1 butir',
        'setiap nilai dalam units harus berupa teks',
        'name memuat karakter kendali U+000A (harus satu baris)',
      ]),
    );
  });

  it('leaves a message in a shape it does not know as it is', () => {
    expect(fieldMessageId('before signedOn')).toBe('before signedOn');
  });
});
