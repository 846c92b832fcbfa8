import { ApiProperty } from '@nestjs/swagger';
import { ZONES, Zone } from '../../methodology';

export class BandView {
  @ApiProperty({ example: 'B', nullable: true, type: String, enum: ['A', 'B', 'C', 'D', 'E'] })
  category!: string | null;
  @ApiProperty({ example: 'Kualitas Tinggi', nullable: true, type: String })
  opinion!: string | null;
  @ApiProperty({ enum: ZONES, example: 'hijau' })
  zone!: Zone;
  @ApiProperty({ example: 78, description: 'Inclusive lower limit' })
  min!: number;
  @ApiProperty({ example: 87.99, description: 'Inclusive upper limit' })
  max!: number;
}

export class ComponentView {
  @ApiProperty({ example: 'process' })
  id!: string;
  @ApiProperty({ example: 'Process: service standards' })
  name!: string;
  @ApiProperty({ example: 32.37 })
  weightPercent!: number;
}

export class OpinionQualifierView {
  @ApiProperty({ example: 'Tanpa Maladministrasi' })
  suffix!: string;
  @ApiProperty({ example: 'withoutMaladministration', enum: ['withoutMaladministration'] })
  requestField!: 'withoutMaladministration';
  @ApiProperty({ example: 'Appended when the provider has followed up the Ombudsman products' })
  note!: string;
}

export class MethodologyView {
  @ApiProperty({ example: 'penilaian-kepatuhan-2022' })
  id!: string;
  @ApiProperty({ example: 1 })
  version!: number;
  @ApiProperty({ example: 'Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik' })
  name!: string;
  @ApiProperty({ example: 2022, nullable: true, type: Number })
  fromYear!: number | null;
  @ApiProperty({ example: 2024, nullable: true, type: Number, description: 'Null = open-ended' })
  toYear!: number | null;
  @ApiProperty({ example: false, description: 'Part of the method is inferred, see notes' })
  provisional!: boolean;
  @ApiProperty({ type: [ComponentView] })
  components!: ComponentView[];
  @ApiProperty({ type: [BandView] })
  bands!: BandView[];
  @ApiProperty({ type: OpinionQualifierView, nullable: true })
  opinionQualifier!: OpinionQualifierView | null;
  @ApiProperty({ type: [String], example: ['Band limits are inferred from many published results'] })
  notes!: string[];
}

export class GapView {
  @ApiProperty({ example: 2020 })
  year!: number;
  @ApiProperty({ example: 'No compliance assessment was held in 2020.' })
  note!: string;
}

export class MethodologyCatalogView {
  @ApiProperty({ example: '2013–2019, 2021 onward', description: 'Years an assessment can be recorded for' })
  coverage!: string;
  @ApiProperty({ type: [GapView] })
  gaps!: GapView[];
  @ApiProperty({ type: [MethodologyView] })
  methodologies!: MethodologyView[];
}
