import { Type } from 'class-transformer';
import { IsArray, IsEnum, IsIn, IsInt, IsObject, IsOptional, IsString, Max, Min, ValidateNested } from 'class-validator';
import type { ArgumentMetadata } from '@nestjs/common';
import type { FieldProblem } from '@app/kernel';
import { ManualClock } from '../clock/clock';
import { IsBusinessYear } from './is-business-year.decorator';
import { IsCalendarDate } from './is-calendar-date.decorator';
import { IsOptionalField } from './is-optional-field.decorator';
import { IsMultiLineText, IsSingleLineText } from './is-text.decorator';
import { NestedObject, NestedObjects } from './nested.decorators';
import type { Problem } from './problem';
import { ProblemException } from './problem.exception';
import { MULTI_LINE, SINGLE_LINE, TEXT_ALLOWED } from './text-rules';
import { createValidationPipe } from './validation.pipe';
import { MAX_FIELD_PROBLEMS } from './validation-errors';

enum Zone {
  Hijau = 'hijau',
  Kuning = 'kuning',
  Merah = 'merah',
}

class LocusDto {
  @IsString()
  unitId!: string;

  @IsInt()
  @Min(0)
  @Max(100)
  score!: number;
}

class SourceDto {
  @IsIn(['lhp', 'rekomendasi', 'pengaduan'])
  type!: string;

  @IsString()
  ref!: string;
}

class RecordAssessmentDto {
  @IsString()
  entityCode!: string;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => LocusDto)
  loci!: LocusDto[];

  // @ValidateNested alone lets a missing object through.
  @IsObject()
  @ValidateNested()
  @Type(() => SourceDto)
  source!: SourceDto;

  @IsEnum(Zone)
  zone!: Zone;

  @IsOptional()
  @IsIn(['urgent', 'follow-up'], { each: true })
  tags?: string[];
}

async function problemOf(body: unknown): Promise<ProblemException> {
  try {
    await createValidationPipe().transform(body, { type: 'body', metatype: RecordAssessmentDto });
  } catch (error) {
    if (error instanceof ProblemException) return error;
    throw error;
  }
  throw new Error('expected validation to fail');
}

const valid = {
  entityCode: '64.01',
  loci: [{ unitId: 'dinkes', score: 80 }],
  source: { type: 'lhp', ref: 'LHP-1' },
  zone: 'hijau',
};

describe('createValidationPipe', () => {
  it('passes a valid body through as DTO instances, nested ones included', async () => {
    const dto = (await createValidationPipe().transform(valid, { type: 'body', metatype: RecordAssessmentDto })) as RecordAssessmentDto;
    expect(dto).toBeInstanceOf(RecordAssessmentDto);
    expect(dto.loci[0]).toBeInstanceOf(LocusDto);
    expect(dto.source).toBeInstanceOf(SourceDto);
  });

  it('flattens nested objects and array items into dotted field paths', async () => {
    const { problem } = await problemOf({
      ...valid,
      loci: [{ unitId: 'a', score: 80 }, { unitId: 'b', score: 10 }, { unitId: 7, score: 101 }],
      source: { type: 'gossip', ref: 'x' },
    });
    expect(problem.status).toBe(400);
    expect(problem.code).toBe('ValidationFailed');
    expect(problem.type).toBe('urn:problem:validation');
    expect(problem.detail).toBe('Invalid fields: loci.2.unitId, loci.2.score, source.type');
    expect(problem.errors).toEqual([
      { field: 'loci.2.unitId', message: 'unitId must be a string' },
      { field: 'loci.2.score', message: 'score must not be greater than 100' },
      {
        field: 'source.type',
        message: 'type must be one of the following values: lhp, rekomendasi, pengaduan',
        allowed: ['lhp', 'rekomendasi', 'pengaduan'],
      },
    ]);
  });

  it('states what @IsEnum and @IsIn({each}) allow', async () => {
    const { problem } = await problemOf({ ...valid, zone: 'ungu', tags: ['urgent', 'someday'] });
    expect(problem.errors).toEqual([
      { field: 'zone', message: expect.stringContaining('hijau, kuning, merah'), allowed: ['hijau', 'kuning', 'merah'] },
      { field: 'tags', message: expect.stringContaining('each value in tags'), allowed: ['urgent', 'follow-up'] },
    ]);
  });

  it('refuses unknown fields, at any depth, listing the accepted ones', async () => {
    const { problem } = await problemOf({ ...valid, scor: 90, source: { ...valid.source, extra: 1 } });
    expect(problem.errors).toEqual([
      { field: 'scor', message: 'property scor should not exist', allowed: ['entityCode', 'loci', 'source', 'tags', 'zone'] },
      { field: 'source.extra', message: 'property extra should not exist', allowed: ['ref', 'type'] },
    ]);
  });

  it('reports missing nested objects and arrays', async () => {
    const { problem } = await problemOf({ entityCode: '64.01', zone: 'hijau' });
    expect(problem.errors).toEqual([
      { field: 'loci', message: 'loci must be an array' },
      { field: 'source', message: 'source must be an object' },
    ]);
  });
});

describe('request rules', () => {
  class LineDto {
    @IsSingleLineText()
    @IsString()
    name!: string;

    @IsOptionalField()
    @IsMultiLineText()
    @IsString()
    note?: string;

    @IsOptionalField()
    @IsSingleLineText({ each: true })
    @IsString({ each: true })
    unitIds?: string[];
  }

  class DatedDto {
    @IsCalendarDate()
    signedOn!: string;

    @IsOptionalField()
    @IsBusinessYear()
    year?: number;
  }

  class RefDto {
    @IsString()
    ref!: string;
  }

  class NestedDto {
    @NestedObject(() => RefDto)
    source!: RefDto;

    @IsOptionalField()
    @NestedObjects(() => RefDto)
    documents?: RefDto[];
  }

  const clock = new ManualClock(new Date('2026-06-01T00:00:00Z'));
  const pipe = createValidationPipe(clock);

  async function refusal(body: unknown, metatype: new () => object): Promise<ProblemDocumentPart> {
    try {
      await pipe.transform(body, { type: 'body', metatype });
    } catch (error) {
      if (error instanceof ProblemException) return { ...error.problem, errors: error.problem.errors ?? [] };
      throw error;
    }
    throw new Error('expected validation to fail');
  }
  const accepts = (body: unknown, metatype: new () => object) => expect(pipe.transform(body, { type: 'body', metatype })).resolves.toBeInstanceOf(metatype);

  it('refuse control characters in single-line fields, naming the field and what is allowed', async () => {
    const { errors } = await refusal({ name: 'Dinas\nKesehatan', unitIds: ['ok', 'tab\there'] }, LineDto);
    expect(errors).toEqual([
      { field: 'name', message: expect.stringContaining('U+000A'), allowed: TEXT_ALLOWED[SINGLE_LINE] },
      { field: 'unitIds', message: 'unitIds.1 holds the control character U+0009 (it must be a single line)', allowed: TEXT_ALLOWED[SINGLE_LINE] },
    ]);
  });

  it('allow tab, line feed and CR LF in multi-line fields, and refuse other controls there', async () => {
    await accepts({ name: 'Dinas Kesehatan', note: 'Langkah:\r\n\t1. rapat\n\t2. SK' }, LineDto);
    const { errors } = await refusal({ name: 'x', note: 'bell\u0007' }, LineDto);
    expect(errors).toEqual([{ field: 'note', message: expect.stringContaining('U+0007'), allowed: TEXT_ALLOWED[MULTI_LINE] }]);
  });

  it('refuse text that is not well-formed Unicode in any text field', async () => {
    const { errors } = await refusal({ name: 'ab\ud800', note: '\udc00' }, LineDto);
    expect(errors.map((e) => [e.field, e.message])).toEqual([
      ['name', expect.stringContaining('not well-formed Unicode')],
      ['note', expect.stringContaining('not well-formed Unicode')],
    ]);
  });

  it('refuse null in an optional field rather than reading it as left out', async () => {
    await accepts({ name: 'x' }, LineDto);
    const { errors } = await refusal({ name: 'x', note: null, unitIds: null }, LineDto);
    expect(errors.map((e) => e.field)).toEqual(['note', 'unitIds']);
  });

  it('refuse a missing or malformed nested object, and array items that are not objects', async () => {
    await accepts({ source: { ref: 'LHP-1' }, documents: [{ ref: 'a' }] }, NestedDto);
    for (const source of [undefined, null, [], 'LHP-1', 7]) {
      const { errors } = await refusal({ source }, NestedDto);
      expect(errors).toEqual([{ field: 'source', message: 'source must be an object' }]);
    }
    for (const documents of [[[]], [1], [null], ['x'], {}, 'x']) {
      const { errors } = await refusal({ source: { ref: 'x' }, documents }, NestedDto);
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.every((e) => e.field.startsWith('documents'))).toBe(true);
    }
  });

  it('refuse impossible dates, and dates outside the business range judged by the clock', async () => {
    await accepts({ signedOn: '1945-01-01' }, DatedDto);
    await accepts({ signedOn: '2036-12-31' }, DatedDto);
    const range = 'a date from 1945-01-01 to 2036-12-31 (YYYY-MM-DD)';
    expect((await refusal({ signedOn: '2026-02-30' }, DatedDto)).errors).toEqual([
      { field: 'signedOn', message: expect.stringContaining('calendar date'), allowed: 'YYYY-MM-DD, a real calendar date' },
    ]);
    expect((await refusal({ signedOn: '1944-12-31' }, DatedDto)).errors).toEqual([{ field: 'signedOn', message: `signedOn must be ${range}`, allowed: range }]);
    expect((await refusal({ signedOn: '2037-01-01' }, DatedDto)).errors).toEqual([{ field: 'signedOn', message: `signedOn must be ${range}`, allowed: range }]);
    clock.set(new Date('2027-06-01T00:00:00Z'));
    try {
      await accepts({ signedOn: '2037-01-01' }, DatedDto);
    } finally {
      clock.set(new Date('2026-06-01T00:00:00Z'));
    }
  });

  it('refuse years that are not whole or not in the business range', async () => {
    await accepts({ signedOn: '2023-12-10', year: 2023 }, DatedDto);
    for (const year of [2023.5, 0, -1, 1944, 2037, '2023', null]) {
      expect((await refusal({ signedOn: '2023-12-10', year }, DatedDto)).errors).toEqual([
        { field: 'year', message: 'year must be a whole year from 1945 to 2036', allowed: 'a whole year from 1945 to 2036' },
      ]);
    }
  });

  it('answer tens of thousands of unknown fields with the first few problems and a count of the rest', async () => {
    const body: Record<string, unknown> = { name: 'x' };
    for (let i = 0; i < 40_000; i++) body[`k${i}`] = i;
    const problem = await refusal(body, LineDto);
    expect(problem.errors).toHaveLength(MAX_FIELD_PROBLEMS);
    expect(problem.errors[0]).toMatchObject({ field: 'k0', message: 'property k0 should not exist' });
    expect(problem.extensions).toEqual({ moreErrors: 40_000 - MAX_FIELD_PROBLEMS });
    expect(problem.detail).toMatch(/and 39980 more problems$/);
    expect(JSON.stringify(problem).length).toBeLessThan(8_000);
  });

  it('echo an unknown key of any length cut short, and escaped', async () => {
    const key = `\u0000${'k'.repeat(1_000_000)}`;
    const { errors } = await refusal({ name: 'x', [key]: 1 }, LineDto);
    const cut = `\\u0000${'k'.repeat(114)}…`;
    expect(errors).toEqual([{ field: cut, message: `property ${cut} should not exist`, allowed: ['name', 'note', 'unitIds'] }]);
  });

  it('hold query strings and path parameters to the single-line text rule', async () => {
    const refused = async (value: unknown, metadata: ArgumentMetadata) => {
      try {
        await pipe.transform(value, metadata);
      } catch (error) {
        return (error as ProblemException).problem.errors;
      }
      throw new Error('expected a refusal');
    };
    expect(await refused('64\u0000', { type: 'param', data: 'code', metatype: String })).toEqual([
      { field: 'path.code', message: expect.stringContaining('U+0000'), allowed: TEXT_ALLOWED[SINGLE_LINE] },
    ]);
    expect(await refused({ entity: '64.01', unit: ['a', 'b\nc'] }, { type: 'query', metatype: Object })).toEqual([
      { field: 'query.unit', message: expect.stringContaining('U+000A'), allowed: TEXT_ALLOWED[SINGLE_LINE] },
    ]);
    expect(await refused({ 'x\u0001': '1' }, { type: 'query', metatype: Object })).toEqual([expect.objectContaining({ field: 'query.x\\u0001' })]);
    await expect(pipe.transform('64.01', { type: 'param', data: 'code', metatype: String })).resolves.toBe('64.01');
  });
});

type ProblemDocumentPart = Problem & { errors: FieldProblem[] };
