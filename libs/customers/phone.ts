import { CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { ValidateBy, ValidationOptions } from 'class-validator';

/**
 * Region used for numbers written without a country code ("601 234 567").
 * DTO validators are instantiated by class-validator, outside Nest's DI, so
 * CustomersModule copies LocaleConfig.defaultPhoneRegion here at boot; the
 * service passes the injected value explicitly and never relies on this.
 */
let defaultRegion: CountryCode = 'PL';

export function configureDefaultPhoneRegion(region: string): void {
  defaultRegion = region.toUpperCase() as CountryCode;
}

// Full metadata ("max") parsing costs ~30 µs a number; an import of 10,000 rows
// validates and then normalizes every number, so results are remembered.
const cache = new Map<string, string | null>();
const CACHE_LIMIT = 20_000;

/** E.164 form of a phone number, or null when it is not a valid number. */
export function normalizePhone(raw: string, region: string = defaultRegion): string | null {
  const key = `${region}|${raw}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  let e164: string | null = null;
  if (raw.length <= 40) {
    const parsed = parsePhoneNumberFromString(raw, region as CountryCode);
    e164 = parsed?.isValid() ? parsed.number : null;
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, e164);
  if (e164) cache.set(`${region}|${e164}`, e164);
  return e164;
}

/** `phone must be a valid phone number`, checked with the configured default region. */
export function IsPhone(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPhone',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && normalizePhone(value) !== null,
        defaultMessage: (args) => `${args?.property} must be a valid phone number`,
      },
    },
    options,
  );
}
