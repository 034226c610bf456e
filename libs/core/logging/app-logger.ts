import { ConsoleLogger, LogLevel } from '@nestjs/common';
import { HttpConfig } from '../config/app-config';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** Nest's start-up chatter: one line per module and route, useful only when debugging wiring. */
const WIRING_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory', 'NestApplication']);

/**
 * The logger of every app: LOG_LEVEL and below, with Nest's wiring lines kept
 * back unless LOG_LEVEL is debug or verbose, so what `npm start` prints is
 * what an operator needs to read.
 */
export class AppLogger extends ConsoleLogger {
  private readonly quietWiring: boolean;

  constructor(level: HttpConfig['logLevel']) {
    super({ logLevels: LEVELS.slice(0, LEVELS.indexOf(level) + 1) });
    this.quietWiring = LEVELS.indexOf(level) <= LEVELS.indexOf('log');
  }

  override log(message: unknown, ...rest: unknown[]): void {
    const context = rest[rest.length - 1];
    if (this.quietWiring && typeof context === 'string' && WIRING_CONTEXTS.has(context)) return;
    super.log(message, ...rest);
  }
}
