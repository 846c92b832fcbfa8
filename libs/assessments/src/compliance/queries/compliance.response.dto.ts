import { ApiProperty } from '@nestjs/swagger';
import { ZONES } from '../../methodology/methodology';

export class GradeMoveDto {
  @ApiProperty({ example: 'C', nullable: true, type: String })
  from!: string | null;
  @ApiProperty({ example: 'B', nullable: true, type: String })
  to!: string | null;
  @ApiProperty({ enum: ['up', 'down', 'same'], example: 'up', nullable: true, description: 'null when either year has no category (zone-only survey years)' })
  direction!: 'up' | 'down' | 'same' | null;
}

export class ComplianceChangeDto {
  @ApiProperty({ example: 2023, description: "The provider's previous assessed year (none was held in 2020)" })
  previousYear!: number;
  @ApiProperty({ example: 77.99 })
  previousScore!: number;
  @ApiProperty({ example: 0.01, description: 'Score minus previous score, two decimals' })
  scoreDelta!: number;
  @ApiProperty({ type: GradeMoveDto })
  category!: GradeMoveDto;
  @ApiProperty({ type: GradeMoveDto })
  zone!: GradeMoveDto;
}

export class CorrectionDto {
  @ApiProperty({ example: 81.22, description: 'Score first recorded' })
  recordedScore!: number;
  @ApiProperty({ example: 81.22, description: 'Score before the latest correction' })
  previousScore!: number;
  @ApiProperty({ example: '2024-02-10' })
  correctedOn!: string;
  @ApiProperty({ example: 'Variabel substantif: rekomendasi belum dilaksanakan' })
  reason!: string;
  @ApiProperty({ example: 1 })
  corrections!: number;
}

export class ComplianceEntryDto {
  @ApiProperty({ example: '64.01' })
  entityCode!: string;
  @ApiProperty({ example: 'Kabupaten Paser', nullable: true, type: String })
  entityName!: string | null;
  @ApiProperty({ example: 'kabupaten', nullable: true, type: String })
  kind!: string | null;
  @ApiProperty({ example: '64', nullable: true, type: String })
  provinceCode!: string | null;
  @ApiProperty({ example: 2023 })
  year!: number;
  @ApiProperty({ example: 81.22 })
  score!: number;
  @ApiProperty({ example: 'B', nullable: true, type: String })
  category!: string | null;
  @ApiProperty({ enum: ZONES, example: 'hijau' })
  zone!: string;
  @ApiProperty({ example: 'Kualitas Tinggi', nullable: true, type: String })
  opinion!: string | null;
  @ApiProperty({ example: [{ unitId: 'dpmptsp', score: 84.1, category: 'B', zone: 'hijau', opinion: 'Kualitas Tinggi' }], description: 'Sampled service units' })
  loci!: unknown[];
  @ApiProperty({ example: 'penilaian-kepatuhan-2022' })
  methodologyId!: string;
  @ApiProperty({ example: 1 })
  methodologyVersion!: number;
  @ApiProperty({ example: false, description: 'The method is partly inferred (see GET /v1/methodologies)' })
  provisional!: boolean;
  @ApiProperty({ example: null, nullable: true, type: Boolean })
  withoutMaladministration!: boolean | null;
  @ApiProperty({ example: '2023-12-12' })
  publishedOn!: string;
  @ApiProperty({ example: 'assessment-64.01-2023' })
  stream!: string;
  @ApiProperty({ type: CorrectionDto, nullable: true })
  corrected!: CorrectionDto | null;
  @ApiProperty({ type: ComplianceChangeDto, nullable: true, description: 'Against the previous assessed year; null for a first assessment' })
  change!: ComplianceChangeDto | null;
}

export class ComplianceListDto {
  @ApiProperty({ example: 2023, nullable: true, type: Number, description: 'The year listed (default: the latest assessed)' })
  year!: number | null;
  @ApiProperty({ type: [ComplianceEntryDto], description: 'Best score first' })
  items!: ComplianceEntryDto[];
  @ApiProperty({ example: null, nullable: true, type: String })
  nextCursor!: string | null;
}

export class ComplianceTrendDto {
  @ApiProperty({ example: 2022 })
  fromYear!: number;
  @ApiProperty({ example: 2024 })
  toYear!: number;
  @ApiProperty({ example: 32.09 })
  scoreDelta!: number;
  @ApiProperty({ enum: ['up', 'down', 'same'], example: 'up' })
  direction!: string;
}

export class EntityComplianceDto {
  @ApiProperty({ example: '64.09' })
  entityCode!: string;
  @ApiProperty({ example: 'Kabupaten Penajam Paser Utara', nullable: true, type: String })
  entityName!: string | null;
  @ApiProperty({ example: 'kabupaten', nullable: true, type: String })
  kind!: string | null;
  @ApiProperty({ example: '64', nullable: true, type: String })
  provinceCode!: string | null;
  @ApiProperty({ type: [ComplianceEntryDto], description: 'Oldest first' })
  years!: ComplianceEntryDto[];
  @ApiProperty({ type: ComplianceTrendDto, nullable: true })
  trend!: ComplianceTrendDto | null;
}

export class CategoryCountDto {
  @ApiProperty({ example: 'A' })
  category!: string;
  @ApiProperty({ example: 'Kualitas Tertinggi', nullable: true, type: String })
  opinion!: string | null;
  @ApiProperty({ example: 3 })
  count!: number;
}

export class ZoneCountDto {
  @ApiProperty({ enum: ZONES, example: 'hijau' })
  zone!: string;
  @ApiProperty({ example: 12 })
  count!: number;
}

export class ComplianceSummaryDto {
  @ApiProperty({ example: 2023, nullable: true, type: Number })
  year!: number | null;
  @ApiProperty({ enum: ['national', 'provinces'], example: 'provinces' })
  area!: string;
  @ApiProperty({ example: ['64'], type: [String] })
  provinces!: string[];
  @ApiProperty({ example: 11, description: 'Providers assessed' })
  assessed!: number;
  @ApiProperty({ type: [CategoryCountDto], description: 'Best first; empty for zone-only years' })
  categories!: CategoryCountDto[];
  @ApiProperty({ type: [ZoneCountDto], description: 'hijau, kuning, merah' })
  zones!: ZoneCountDto[];
  @ApiProperty({ example: ['Kualitas Tertinggi (A): 3', 'zona hijau: 7'], type: [String] })
  announcement!: string[];
}
