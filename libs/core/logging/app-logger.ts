import { ConsoleLogger, LogLevel } from '@nestjs/common';
import { HttpConfig } from '../config/app-config';
import { keepLogContext, logContext } from './log-context';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** Nest's start-up chatter: one line per module and route, useful only when debugging wiring. */
const WIRING_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory', 'NestApplication']);

type JsonOptions = Parameters<ConsoleLogger['getJsonLogObject']>[1];

/**
 * The logger of every app: LOG_LEVEL and below, with Nest's wiring lines kept
 * back unless LOG_LEVEL is debug or verbose, so what `npm start` prints is
 * what an operator needs to read.
 *
 * LOG_FORMAT=json writes one JSON object per line (Nest's own JSON mode:
 * level, pid, timestamp in ms, context, message) with the request id or job id and queue of the work the
 * line was written for (see log-context.ts). A message given as an object
 * (the request log) has its fields spread into the line. nestjs-pino was the
 * first choice, but its NestJS 12 releases need Node 22 and its Node 20 ones
 * NestJS ≤ 11, so this stays on what Nest ships.
 */
export class AppLogger extends ConsoleLogger {
  private readonly quietWiring: boolean;

  constructor(config: Pick<HttpConfig, 'logLevel' | 'logFormat'>) {
    const json = config.logFormat === 'json';
    if (json) keepLogContext();
    super({ logLevels: LEVELS.slice(0, LEVELS.indexOf(config.logLevel) + 1), json, colors: json ? false : undefined });
    this.quietWiring = LEVELS.indexOf(config.logLevel) <= LEVELS.indexOf('log');
  }

  override log(message: unknown, ...rest: unknown[]): void {
    const context = rest[rest.length - 1];
    if (this.quietWiring && typeof context === 'string' && WIRING_CONTEXTS.has(context)) return;
    super.log(message, ...rest);
  }

  protected override getJsonLogObject(message: unknown, options: JsonOptions): ReturnType<ConsoleLogger['getJsonLogObject']> {
    const fields = isPlainObject(message) ? message : { message };
    return { ...super.getJsonLogObject(message, options), ...logContext.getStore(), ...fields };
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}
