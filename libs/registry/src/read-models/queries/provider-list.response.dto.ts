import { ApiProperty } from '@nestjs/swagger';
import { ENTITY_KINDS } from '../../entity/domain/entity-codes';

export class ProviderListItemDto {
  @ApiProperty({ example: '64.01', description: 'Kemendagri code (pemda) or national code (kementerian, lembaga)' })
  code!: string;
  @ApiProperty({ example: 'Kabupaten Paser', description: 'Name as registered' })
  name!: string;
  @ApiProperty({ enum: ENTITY_KINDS, example: 'kabupaten', description: 'Kind of provider' })
  kind!: string;
  @ApiProperty({ example: '64', nullable: true, type: String, description: 'Province; null for national bodies' })
  provinceCode!: string | null;
  @ApiProperty({ example: '64', nullable: true, type: String, description: 'The province a kabupaten/kota belongs to; null otherwise' })
  parentCode!: string | null;
  @ApiProperty({ enum: ['WIB', 'WITA', 'WIT'], example: 'WITA', description: "The provider's time zone" })
  timezone!: string;
  @ApiProperty({ example: 7, description: 'Units (SKPD) registered; GET /v1/entities/{code} lists them' })
  units!: number;
}

export class ProviderListDto {
  @ApiProperty({ type: [ProviderListItemDto], description: 'In code order (pemda by Kemendagri code, then national bodies)' })
  items!: ProviderListItemDto[];
  @ApiProperty({
    example: null,
    nullable: true,
    type: String,
    description: 'Pass as cursor for the next page; null on the last. A search (q) examines a bounded number of providers per request, so a page may hold fewer items than limit, even none, and still have a next page',
  })
  nextCursor!: string | null;
}
