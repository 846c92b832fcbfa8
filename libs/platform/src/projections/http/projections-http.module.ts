import { Module } from '@nestjs/common';
import { ProjectionsAdminController } from './projections-admin.controller';

/** The admin endpoints; import into the API module (ProjectionsModule.forRoot must be imported too). */
@Module({ controllers: [ProjectionsAdminController] })
export class ProjectionsHttpModule {}
