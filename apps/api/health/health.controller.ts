import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '@feedloop/auth/public.decorator';
import { JobsService } from '@feedloop/core/jobs/jobs.service';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
  ) {}

  @Public()
  @Get()
  @ApiOkResponse({ description: 'Database and job queue are up (503 when either is not)' })
  async health(@Res() res: Response): Promise<void> {
    const [database, jobs] = await Promise.all([this.checkDatabase(), this.checkJobs()]);
    const ok = database.status === 'up' && jobs.status === 'up';
    res.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json({ status: ok ? 'ok' : 'degraded', database, jobs });
  }

  private async checkDatabase() {
    const started = Date.now();
    try {
      const [row] = await this.dataSource.query(`SELECT (SELECT name FROM migrations ORDER BY timestamp DESC, id DESC LIMIT 1) AS last_migration,
                (SELECT count(*)::int FROM migrations) AS migrations`);
      return { status: 'up', latencyMs: Date.now() - started, migrations: row.migrations, lastMigration: row.last_migration };
    } catch (err) {
      return { status: 'down', error: (err as Error).message };
    }
  }

  private async checkJobs() {
    try {
      const state = await this.jobs.queueState();
      return { status: 'up', workers: state.workers ? 'on' : 'off', queues: state.queues };
    } catch (err) {
      return { status: 'down', error: (err as Error).message };
    }
  }
}
