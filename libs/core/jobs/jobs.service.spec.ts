import { Injectable, Module, OnModuleInit } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { testConfig } from '../../../test/config';
import { TestDatabase, createTestDatabase } from '../../../test/database';
import { CoreModule } from '../core.module';
import { LogContext, keepLogContext, logContext } from '../logging/log-context';
import { JobsService } from './jobs.service';

@Injectable()
class EchoJob implements OnModuleInit {
  readonly seen: string[] = [];
  readonly contexts: (LogContext | undefined)[] = [];
  constructor(private readonly jobs: JobsService) {}
  onModuleInit() {
    this.jobs.register<{ word: string }>({
      name: 'test.echo',
      handler: async ([job]) => {
        await new Promise((r) => setTimeout(r, 1));
        this.contexts.push(logContext.getStore());
        this.seen.push(job.data.word);
      },
      work: { pollingIntervalSeconds: 0.5 },
    });
  }
}

@Module({ providers: [EchoJob] })
class EchoModule {}

describe(JobsService.name, () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  async function boot(workers: 'on' | 'off') {
    const moduleRef = await Test.createTestingModule({
      imports: [CoreModule.forRoot(testConfig(db.url, { WORKERS: workers })), EchoModule],
    }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    return app;
  }

  it('runs a registered job sent through the queue when workers are on', async () => {
    // What a JSON logger (LOG_FORMAT=json) turns on: the job's context is then kept for what it logs.
    keepLogContext();
    const app = await boot('on');
    try {
      const id = await app.get(JobsService).send('test.echo', { word: 'hello' });
      const echo = app.get(EchoJob);
      const deadline = Date.now() + 10_000;
      while (echo.seen.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(echo.seen).toEqual(['hello']);
      // What the handler logs carries its queue and job id (LOG_FORMAT=json), also after an await.
      expect(echo.contexts).toEqual([{ queue: 'test.echo', jobId: id }]);
    } finally {
      await app.close();
    }
  });

  it('queues but does not run jobs in a process with WORKERS=off', async () => {
    const app = await boot('off');
    try {
      const id = await app.get(JobsService).send('test.echo', { word: 'later' });
      expect(id).toEqual(expect.any(String));
      await new Promise((r) => setTimeout(r, 1500));
      expect(app.get(EchoJob).seen).toEqual([]);
      expect(await app.get(JobsService).queueState()).toMatchObject({ ok: true, workers: false });
    } finally {
      await app.close();
    }
  });
});
