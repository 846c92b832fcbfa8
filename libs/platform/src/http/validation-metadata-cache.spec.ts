import { IsInt, IsString, MetadataStorage, getMetadataStorage, validate } from 'class-validator';
import { cacheValidationMetadata } from './validation-metadata-cache';

class Named {
  @IsString()
  name!: string;
}
class Counted extends Named {
  @IsInt()
  count!: number;
}

describe('cacheValidationMetadata', () => {
  beforeAll(() => cacheValidationMetadata());

  it("looks a class's rules up once, and answers as the uncached lookup does", () => {
    const storage = new MetadataStorage();
    const uncached = new MetadataStorage();
    for (const target of [storage, uncached]) for (const metadata of getMetadataStorage().getTargetValidationMetadatas(Counted, '', false, false)) target.addValidationMetadata(metadata);
    const lookup = jest.spyOn(storage, 'getTargetValidationMetadatas');
    cacheValidationMetadata(storage);
    const first = storage.getTargetValidationMetadatas(Counted, '', false, false);
    expect(storage.getTargetValidationMetadatas(Counted, '', false, false)).toBe(first);
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(first).toEqual(uncached.getTargetValidationMetadatas(Counted, '', false, false));
    expect(storage.groupByPropertyName(first)).toBe(storage.groupByPropertyName(first));
    expect(Object.keys(storage.groupByPropertyName(first)).sort()).toEqual(['count', 'name']);
  });

  it('keeps inherited rules and applies a rule registered after the class was first validated', async () => {
    const value = Object.assign(new Counted(), { name: 7, count: 1.5 });
    expect((await validate(value)).map((e) => e.property).sort()).toEqual(['count', 'name']);
    class Late {
      title = 42;
    }
    expect(await validate(new Late(), { forbidUnknownValues: false })).toEqual([]);
    IsString()(Late.prototype, 'title');
    expect((await validate(new Late())).map((e) => e.property)).toEqual(['title']);
  });
});
