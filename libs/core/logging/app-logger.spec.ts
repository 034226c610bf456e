import { AppLogger } from './app-logger';
import { logContext } from './log-context';

describe(AppLogger.name, () => {
  /** Lines the logger writes to stdout/stderr while `fn` runs. */
  function capture(fn: () => void): string[] {
    const lines: string[] = [];
    const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => (lines.push(String(chunk)), true));
    const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => (lines.push(String(chunk)), true));
    try {
      fn();
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
    return lines.join('').split('\n').filter(Boolean);
  }

  it('writes one JSON object per line with LOG_FORMAT=json, carrying the job id and queue of the work it is logged for', () => {
    const logger = new AppLogger({ logLevel: 'log', logFormat: 'json' });
    const lines = capture(() => logContext.run({ queue: 'surveys.dispatch', jobId: 'j-1' }, () => logger.log('sent 3 invitations', 'SurveyDispatch')));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({
      level: 'log',
      context: 'SurveyDispatch',
      message: 'sent 3 invitations',
      queue: 'surveys.dispatch',
      jobId: 'j-1',
      pid: process.pid,
      timestamp: expect.any(Number),
    });
  });

  it('spreads an object message into the line and keeps an error structured', () => {
    const logger = new AppLogger({ logLevel: 'log', logFormat: 'json' });
    const lines = capture(() => {
      logContext.run({ requestId: 'r-1' }, () => logger.log({ message: 'request', method: 'GET', status: 200 }, 'HTTP'));
      logger.error(new Error('boom'), 'Jobs');
    });
    expect(JSON.parse(lines[0])).toMatchObject({ message: 'request', method: 'GET', status: 200, requestId: 'r-1', context: 'HTTP' });
    expect(JSON.parse(lines[1])).toMatchObject({ level: 'error', message: 'boom', error: { name: 'Error', message: 'boom' } });
  });

  it('keeps the human format by default and hides levels below LOG_LEVEL and Nest wiring lines', () => {
    const logger = new AppLogger({ logLevel: 'log', logFormat: 'text' });
    const lines = capture(() => {
      logger.log('hello', 'Test');
      logger.debug('detail', 'Test');
      logger.log('AuthModule dependencies initialized', 'InstanceLoader');
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/LOG.*\[Test\].*hello/);
    expect(() => JSON.parse(lines[0])).toThrow();
  });
});
