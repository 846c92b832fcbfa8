import { ApiProperty } from '@nestjs/swagger';

export class UploadedEvidenceDto {
  @ApiProperty({ description: 'Cite it in a follow-up or an obligation fulfilment as { documentId }; download it at /v1/evidence/{documentId}', example: '3f1c9d0b-2e4f-5a8c-9e2d-4f6b8a0c2e4f' })
  documentId!: string;
  @ApiProperty({ description: 'SHA-256 of the bytes received (hex)', example: '9f2b5c0e6f3d4a1b8c7e6d5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b' })
  sha256!: string;
  @ApiProperty({ description: 'The file name, without any path', example: 'SK-Bupati-Paser-standar-pelayanan.pdf' })
  name!: string;
  @ApiProperty({ description: 'The media type, as judged from the bytes', example: 'application/pdf' })
  mediaType!: string;
  @ApiProperty({ description: 'Bytes received', example: 482113 })
  size!: number;
  @ApiProperty({ description: 'The provider the document belongs to', example: '64.01' })
  entityCode!: string;
  @ApiProperty({ description: 'True when this repeats the answer to an earlier identical upload (Idempotency-Key)', example: false })
  replayed!: boolean;
}
