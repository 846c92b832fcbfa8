import { ApiProperty } from '@nestjs/swagger';
import { READ_AT_DESCRIPTION, ReadAtView } from '@app/platform/http';
import { TIME_ZONE_NAMES, TimeZone } from '@app/kernel';
import { ObligationDto } from '../../commands/draft-pks/draft-pks.request.dto';
import type { PksStatus } from '../../domain/pks.status';
import { TerminationView } from '../../../mou/queries/get-mou/get-mou.response.dto';

export class ScopeItemView {
  @ApiProperty({ example: 'pendampingan-berkala' })
  id!: string;
  @ApiProperty({ example: 'Pendampingan berkala' })
  text!: string;
  @ApiProperty({ type: ObligationDto, nullable: true, description: 'Null when the item asks for no periodic report' })
  obligation!: ObligationDto | null;
}

/** The PKS as recorded (as of `asOf` when asked); `status` is derived at that instant. */
export class PksView {
  @ApiProperty({ example: '5b0c8f5e-1f7a-5d1c-9a55-3f1d2a0e6c11' })
  id!: string;
  @ApiProperty({ example: 'pks-5b0c8f5e-1f7a-5d1c-9a55-3f1d2a0e6c11' })
  stream!: string;
  @ApiProperty({ example: 2, description: 'Stream revision folded; also the ETag' })
  revision!: number;
  @ApiProperty({
    enum: ['drafted', 'finalized', 'signed', 'expired', 'terminated'],
    example: 'signed',
    description: 'signed = active; expired: validUntil has passed in the provider zone',
  })
  status!: PksStatus;
  @ApiProperty({ example: true, description: 'Signed, not expired, not terminated' })
  active!: boolean;
  @ApiProperty({ example: '30-ORI-MOU-X-2021' })
  mouId!: string;
  @ApiProperty({ example: '63' })
  entityCode!: string;
  @ApiProperty({ example: '63', nullable: true, type: String })
  provinceCode!: string | null;
  @ApiProperty({ enum: TIME_ZONE_NAMES, example: 'WITA' })
  timezone!: TimeZone;
  @ApiProperty({ example: 'Perjanjian Kerja Sama peningkatan kualitas pelayanan publik 2022' })
  title!: string;
  @ApiProperty({ example: ['inspektorat', 'dpmptsp'], type: [String] })
  unitIds!: string[];
  @ApiProperty({ type: [ScopeItemView] })
  scope!: ScopeItemView[];
  @ApiProperty({ example: '2022-06-15' })
  draftedOn!: string;
  @ApiProperty({ example: '2022-06-27', nullable: true, type: String })
  finalizedOn!: string | null;
  @ApiProperty({ example: '2022-07-05', nullable: true, type: String })
  signedOn!: string | null;
  @ApiProperty({ example: '180/12/PKS/2022', nullable: true, type: String })
  number!: string | null;
  @ApiProperty({ example: '2024-07-04', nullable: true, type: String })
  validUntil!: string | null;
  @ApiProperty({ type: TerminationView, nullable: true })
  termination!: TerminationView | null;
  @ApiProperty({ type: [ReadAtView], description: READ_AT_DESCRIPTION })
  readAt!: ReadAtView[];
}
