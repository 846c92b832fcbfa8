import { ApiProperty } from '@nestjs/swagger';
import { READ_AT_DESCRIPTION, ReadAtView } from '@app/platform/http';
import { TIME_ZONE_NAMES, TimeZone } from '@app/kernel';
import { ENTITY_KINDS, EntityKind } from '../../domain/entity-codes';

export class UnitView {
  @ApiProperty({ example: 'puskesmas-senaken' })
  unitId!: string;
  @ApiProperty({ example: 'Puskesmas Senaken' })
  name!: string;
  @ApiProperty({ example: 'puskesmas', nullable: true, type: String })
  kind!: string | null;
}

/** A provider as registered (as of `asOf` when asked); `revision` becomes the ETag. */
export class EntityView {
  @ApiProperty({ example: '64.01' })
  id!: string;
  @ApiProperty({ example: 'entity-64.01' })
  stream!: string;
  @ApiProperty({ example: 7, description: 'Stream revision folded; also the ETag' })
  revision!: number;
  @ApiProperty({ example: '64.01' })
  code!: string;
  @ApiProperty({ example: 'Pemerintah Kabupaten Paser' })
  name!: string;
  @ApiProperty({ enum: ENTITY_KINDS, example: 'kabupaten' })
  kind!: EntityKind;
  @ApiProperty({ example: '64', nullable: true, type: String })
  parentCode!: string | null;
  @ApiProperty({ example: '64', nullable: true, type: String, description: 'Null for national bodies' })
  provinceCode!: string | null;
  @ApiProperty({ enum: TIME_ZONE_NAMES, example: 'WITA' })
  timezone!: TimeZone;
  @ApiProperty({ type: [UnitView] })
  units!: UnitView[];
  @ApiProperty({ type: [ReadAtView], description: READ_AT_DESCRIPTION })
  readAt!: ReadAtView[];
}
