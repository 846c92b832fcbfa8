import { Type } from 'class-transformer';
import { IsArray, IsEnum, IsIn, IsInt, IsObject, IsOptional, IsString, Max, Min, ValidateNested } from 'class-validator';
import { ProblemException } from './problem.exception';
import { createValidationPipe } from './validation.pipe';

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
