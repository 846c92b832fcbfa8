import { ApiProperty } from '@nestjs/swagger';
import { READ_AT_DESCRIPTION, ReadAtView } from '@app/platform/http';
import { ZONES, Zone } from '../../../methodology/methodology';

export class LocusResultView {
  @ApiProperty({ example: 'puskesmas-senaken' })
  unitId!: string;
  @ApiProperty({ example: 78.5 })
  score!: number;
  @ApiProperty({ example: 'B', nullable: true, type: String, enum: ['A', 'B', 'C', 'D', 'E'] })
  category!: string | null;
  @ApiProperty({ enum: ZONES, example: 'hijau' })
  zone!: Zone;
  @ApiProperty({ example: 'Kualitas Tinggi', nullable: true, type: String })
  opinion!: string | null;
}

export class ScoreChangeView {
  @ApiProperty({ example: 81.22 })
  score!: number;
  @ApiProperty({ example: 'B', nullable: true, type: String, enum: ['A', 'B', 'C', 'D', 'E'] })
  category!: string | null;
  @ApiProperty({ enum: ZONES, example: 'hijau' })
  zone!: Zone;
  @ApiProperty({ example: 'Kualitas Tinggi', nullable: true, type: String })
  opinion!: string | null;
  @ApiProperty({ enum: ['recorded', 'corrected'], example: 'recorded' })
  change!: 'recorded' | 'corrected';
  @ApiProperty({ example: '2023-12-10', format: 'date', description: 'publishedOn or correctedOn' })
  on!: string;
  @ApiProperty({ example: null, nullable: true, type: String, description: 'Reason of a correction' })
  reason!: string | null;
}

/** An assessment as recorded (as of `asOf` when asked); `revision` becomes the ETag. */
export class AssessmentView {
  @ApiProperty({ example: '64.01-2023' })
  id!: string;
  @ApiProperty({ example: 'assessment-64.01-2023' })
  stream!: string;
  @ApiProperty({ example: 0, description: 'Stream revision folded; also the ETag' })
  revision!: number;
  @ApiProperty({ example: '64.01-2023' })
  assessmentId!: string;
  @ApiProperty({ example: '64.01' })
  entityCode!: string;
  @ApiProperty({ example: '64', nullable: true, type: String })
  provinceCode!: string | null;
  @ApiProperty({ example: 2023 })
  year!: number;
  @ApiProperty({ example: 81.22, description: 'Current score (after any correction)' })
  score!: number;
  @ApiProperty({ example: 'B', nullable: true, type: String, enum: ['A', 'B', 'C', 'D', 'E'], description: 'Null for zone-only years (≤ 2021)' })
  category!: string | null;
  @ApiProperty({ enum: ZONES, example: 'hijau' })
  zone!: Zone;
  @ApiProperty({ example: 'Kualitas Tinggi', nullable: true, type: String })
  opinion!: string | null;
  @ApiProperty({ example: null, nullable: true, type: Boolean, description: 'Opinion qualifier fact (2025 on); null when the method has none' })
  withoutMaladministration!: boolean | null;
  @ApiProperty({ example: 'penilaian-kepatuhan-2022' })
  methodologyId!: string;
  @ApiProperty({ example: 1 })
  methodologyVersion!: number;
  @ApiProperty({ example: false, description: 'True when graded by a method whose bands are partly inferred' })
  provisional!: boolean;
  @ApiProperty({ type: [LocusResultView] })
  loci!: LocusResultView[];
  @ApiProperty({ example: '2023-12-10', format: 'date' })
  publishedOn!: string;
  @ApiProperty({ example: null, nullable: true, type: String, format: 'date' })
  correctedOn!: string | null;
  @ApiProperty({ type: [ScoreChangeView], description: 'Every score this assessment has had, oldest first' })
  history!: ScoreChangeView[];
  @ApiProperty({ type: [ReadAtView], description: READ_AT_DESCRIPTION })
  readAt!: ReadAtView[];
}
