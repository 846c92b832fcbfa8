import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class AgreementTerminationDto {
  @ApiProperty({ example: '2024-01-31' })
  terminatedOn!: string;
  @ApiProperty({ example: 'Kesepakatan para pihak' })
  reason!: string;
}

/** An MoU or a PKS from the agreements read model; status judged at the response's instant. */
export class AgreementReadDto {
  @ApiProperty({ enum: ['mou', 'pks'], example: 'mou' })
  kind!: 'mou' | 'pks';
  @ApiProperty({ example: '30-ORI-MOU-X-2021' })
  id!: string;
  @ApiProperty({ example: 'mou-30-ORI-MOU-X-2021' })
  stream!: string;
  @ApiProperty({ example: '63' })
  entityCode!: string;
  @ApiProperty({ example: '63', nullable: true, type: String })
  provinceCode!: string | null;
  @ApiProperty({ example: 'Peningkatan kualitas pelayanan publik' })
  title!: string;
  @ApiProperty({ enum: ['signed', 'expired', 'terminated', 'drafted', 'finalized'], example: 'signed', description: 'expired is derived: validUntil has ended in the provider zone' })
  status!: string;
  @ApiProperty({ example: '2026-10-27', nullable: true, type: String })
  validUntil!: string | null;
  @ApiProperty({ example: '2026-10-27T16:00:00.000Z', nullable: true, type: String, description: 'End of validUntil in the provider zone' })
  validityEndsAt!: string | null;
  @ApiProperty({ example: '2021-10-28', nullable: true, type: String })
  signedOn!: string | null;
  @ApiProperty({ type: AgreementTerminationDto, nullable: true })
  termination!: AgreementTerminationDto | null;
  @ApiPropertyOptional({ example: '30/ORI-MOU/X/2021', description: 'MoU only' })
  ombudsmanNumber?: string;
  @ApiPropertyOptional({ example: '053/NK-PEMOTDA/2021', description: 'MoU only' })
  counterpartNumber?: string;
  @ApiPropertyOptional({ example: 1, description: 'MoU only: amendments recorded' })
  amendments?: number;
  @ApiPropertyOptional({ example: '30-ORI-MOU-X-2021', description: 'PKS only: the MoU it implements' })
  mouId?: string;
  @ApiPropertyOptional({ example: ['inspektorat', 'dpmptsp'], type: [String], description: 'PKS only' })
  unitIds?: string[];
  @ApiPropertyOptional({ example: 6, description: 'PKS only: scope items' })
  scopeItems?: number;
}

export class EntityAgreementsDto {
  @ApiProperty({ example: '63' })
  entityCode!: string;
  @ApiProperty({ example: 'Pemerintah Provinsi Kalimantan Selatan', nullable: true, type: String })
  entityName!: string | null;
  @ApiProperty({ example: '63', nullable: true, type: String })
  provinceCode!: string | null;
  @ApiProperty({ example: '2026-03-02T01:00:00.000Z', description: 'Statuses are judged at this instant' })
  at!: string;
  @ApiProperty({ type: [AgreementReadDto] })
  mous!: AgreementReadDto[];
  @ApiProperty({ type: [AgreementReadDto] })
  pks!: AgreementReadDto[];
}

export class ExpiringAgreementDto extends AgreementReadDto {
  @ApiProperty({ example: 12, description: 'Whole days (rounded up) until validity ends' })
  daysLeft!: number;
}

export class ExpiringAgreementsDto {
  @ApiProperty({ example: '2026-03-02T01:00:00.000Z' })
  from!: string;
  @ApiProperty({ example: '2026-05-31T01:00:00.000Z' })
  to!: string;
  @ApiProperty({ type: [ExpiringAgreementDto] })
  items!: ExpiringAgreementDto[];
  @ApiProperty({ example: null, nullable: true, type: String, description: 'Pass as cursor for the next page; null on the last' })
  nextCursor!: string | null;
}
