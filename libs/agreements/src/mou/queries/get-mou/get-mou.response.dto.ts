import { ApiProperty } from '@nestjs/swagger';
import { READ_AT_DESCRIPTION, ReadAtView } from '@app/platform/http';
import { TIME_ZONE_NAMES, TimeZone } from '@app/kernel';
import type { MouStatus } from '../../domain/mou.status';

export class MouAmendmentView {
  @ApiProperty({ example: '2023-01-10' })
  amendedOn!: string;
  @ApiProperty({ example: 'Perpanjangan masa berlaku' })
  reason!: string;
  @ApiProperty({ example: { validUntil: '2026-10-27' }, description: 'Only the fields that changed: title and/or validUntil' })
  changes!: { title?: string; validUntil?: string };
}

export class TerminationView {
  @ApiProperty({ example: '2024-01-31' })
  terminatedOn!: string;
  @ApiProperty({ example: 'Kesepakatan para pihak' })
  reason!: string;
}

/** The MoU as recorded (as of `asOf` when asked); `status` is derived at that instant. */
export class MouView {
  @ApiProperty({ example: '30-ORI-MOU-X-2021' })
  id!: string;
  @ApiProperty({ example: 'mou-30-ORI-MOU-X-2021' })
  stream!: string;
  @ApiProperty({ example: 0, description: 'Stream revision folded; also the ETag' })
  revision!: number;
  @ApiProperty({ enum: ['signed', 'expired', 'terminated'], example: 'signed', description: 'expired: validUntil has passed in the provider zone' })
  status!: MouStatus;
  @ApiProperty({ example: '63' })
  entityCode!: string;
  @ApiProperty({ example: '63', nullable: true, type: String })
  provinceCode!: string | null;
  @ApiProperty({ enum: TIME_ZONE_NAMES, example: 'WITA' })
  timezone!: TimeZone;
  @ApiProperty({ example: '30/ORI-MOU/X/2021' })
  ombudsmanNumber!: string;
  @ApiProperty({ example: '053/NK-PEMOTDA/2021' })
  counterpartNumber!: string;
  @ApiProperty({ example: '2021-10-28' })
  signedOn!: string;
  @ApiProperty({ example: 'Peningkatan kualitas pelayanan publik' })
  title!: string;
  @ApiProperty({ example: '2026-10-27', nullable: true, type: String })
  validUntil!: string | null;
  @ApiProperty({ type: [MouAmendmentView] })
  amendments!: MouAmendmentView[];
  @ApiProperty({ type: TerminationView, nullable: true })
  termination!: TerminationView | null;
  @ApiProperty({ type: [ReadAtView], description: READ_AT_DESCRIPTION })
  readAt!: ReadAtView[];
}
