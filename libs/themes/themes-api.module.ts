import { Module } from '@nestjs/common';
import { ThemesController } from './themes.controller';
import { ThemesModule } from './themes.module';

/** The theme routes, for the API app only. */
@Module({
  imports: [ThemesModule],
  controllers: [ThemesController],
})
export class ThemesApiModule {}
