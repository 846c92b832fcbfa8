import { ApiProperty } from '@nestjs/swagger';

export class InboxNotificationDto {
  @ApiProperty({ description: 'Notification id (mark it read with it)', example: '5d0c2f1e-3a4b-5c6d-8e9f-0a1b2c3d4e5f' })
  id!: string;
  @ApiProperty({ description: 'The record it is about: its stream', example: 'recommendation-8c1d…' })
  subjectStream!: string;
  @ApiProperty({ description: 'The record in the console', example: 'http://127.0.0.1:3000/recommendations/8c1d…' })
  link!: string;
  @ApiProperty({ description: 'One line: what happened', example: 'Terlambat: Publikasikan standar pelayanan melewati tenggat 30 Mei 2025 (WITA)' })
  title!: string;
  @ApiProperty({ description: 'The message, as the e-mail words it' })
  text!: string;
  @ApiProperty({ description: 'When the step happened', example: '2025-05-30T16:00:00.000Z' })
  at!: string;
  @ApiProperty({ description: 'Marked read by the user', example: false })
  read!: boolean;
}

export class InboxPageDto {
  @ApiProperty({ type: [InboxNotificationDto], description: 'Newest first' })
  items!: InboxNotificationDto[];
  @ApiProperty({ description: 'Notifications in all', example: 12 })
  total!: number;
  @ApiProperty({ description: 'Not read yet', example: 3 })
  unread!: number;
  @ApiProperty({ description: 'Offset of this page', example: 0 })
  offset!: number;
  @ApiProperty({ description: 'Page size asked for', example: 50 })
  limit!: number;
}

export class InboxReadDto {
  @ApiProperty({ description: 'Notifications marked read by this request', example: 1 })
  marked!: number;
  @ApiProperty({ description: 'Still unread', example: 2 })
  unread!: number;
}
