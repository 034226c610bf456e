import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@feedloop/audit/audit.module';
import { DepartmentsModule } from '@feedloop/departments/departments.module';
import { ThemeKeywordRuleEntity } from './theme-keyword-rule.entity';
import { ThemeModelService } from './theme-model.service';
import { ThemeModelEntity } from './theme-model.entity';
import { ThemeTrainingExampleEntity } from './theme-training-example.entity';
import { ThemeEntity } from './theme.entity';
import { ThemesRepository } from './themes.repository';
import { ThemesService } from './themes.service';

/** The theme catalogue and the classifier. Knows departments only; feedback routing imports it. */
@Module({
  imports: [TypeOrmModule.forFeature([ThemeEntity, ThemeKeywordRuleEntity, ThemeTrainingExampleEntity, ThemeModelEntity]), DepartmentsModule, AuditModule],
  providers: [ThemesRepository, ThemeModelService, ThemesService],
  exports: [ThemesService, ThemeModelService],
})
export class ThemesModule {}
