import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import Handlebars from 'handlebars';
import type { Locale } from '@feedloop/auth/roles';
import { formatDate } from '@feedloop/core/i18n/locale-format';
import type { Flash } from './flash';
import { CSRF_FIELD } from './csrf';
import { translate } from './i18n/translate';

type Template = Handlebars.TemplateDelegate;
type RenderCallback = (err: Error | null, html?: string) => void;

/** What the helpers read from the view's root context (set by view-locals.ts). */
interface RootContext {
  locale?: Locale;
  csrfToken?: () => string;
  takeFlash?: () => Flash | undefined;
}

/**
 * The dashboard's express view engine: handlebars with a layout
 * (views/layouts/<layout>.hbs, `main` unless a view passes `layout`), partials
 * from views/partials, and the helpers below. Its own Handlebars instance, so
 * nothing registered elsewhere (e-mail templates) leaks in. Escaping is
 * handlebars' default: views use `{{ }}` for all data, and `{{{ }}}` only for
 * `body`, the HTML this engine rendered itself.
 */
export function createViewEngine(opts: { viewsDir: string; cache: boolean }) {
  const hbs = Handlebars.create();
  registerHelpers(hbs);
  const compiled = new Map<string, Template>();
  let partialsLoaded = false;

  const template = (file: string): Template => {
    let tpl = opts.cache ? compiled.get(file) : undefined;
    if (!tpl) {
      tpl = hbs.compile(readFileSync(file, 'utf8'), { strict: false, preventIndent: true });
      if (opts.cache) compiled.set(file, tpl);
    }
    return tpl;
  };

  const loadPartials = () => {
    const dir = join(opts.viewsDir, 'partials');
    for (const file of listTemplates(dir)) {
      const name = relative(dir, file).slice(0, -'.hbs'.length).split(sep).join('/');
      hbs.registerPartial(name, readFileSync(file, 'utf8'));
    }
    partialsLoaded = true;
  };

  return (filePath: string, options: Record<string, unknown>, callback: RenderCallback): void => {
    try {
      if (!opts.cache || !partialsLoaded) loadPartials();
      // Express adds its settings and internals; views get only their data and res.locals.
      const { settings: _settings, _locals, cache: _cache, layout, ...context } = options;
      const body = template(filePath)(context);
      if (layout === false) return callback(null, body);
      const layoutFile = join(opts.viewsDir, 'layouts', `${typeof layout === 'string' ? layout : 'main'}.hbs`);
      callback(null, template(layoutFile)({ ...context, body: new hbs.SafeString(body) }));
    } catch (err) {
      callback(err as Error);
    }
  };
}

function listTemplates(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listTemplates(path);
    return entry.name.endsWith('.hbs') ? [path] : [];
  });
}

function root(options: Handlebars.HelperOptions): RootContext {
  return (options.data?.root ?? {}) as RootContext;
}

function registerHelpers(hbs: typeof Handlebars): void {
  const escape = hbs.Utils.escapeExpression;

  /**
   * `{{t "home.signedInAs" name=user.name}}`; positional parts are joined with
   * dots, so `{{t "roles" user.role}}` reads roles.<role>. Returns a plain
   * string: handlebars escapes it, interpolated user data included.
   */
  hbs.registerHelper('t', function (...args: unknown[]) {
    const options = args.pop() as Handlebars.HelperOptions;
    const key = args.map(String).join('.');
    return translate(root(options).locale ?? 'en', key, options.hash);
  });

  /**
   * `{{#form "/admin/users" class="stack"}}…{{/form}}`: a POST form that
   * always carries the CSRF token, so no page can forget it. `method="get"`
   * makes a search form without one.
   */
  hbs.registerHelper('form', function (this: unknown, action: unknown, options: Handlebars.HelperOptions) {
    const { method = 'post', ...attrs } = options.hash as Record<string, unknown>;
    const isGet = String(method).toLowerCase() === 'get';
    const attributes = Object.entries(attrs)
      .map(([name, value]) => ` ${escape(name)}="${escape(String(value))}"`)
      .join('');
    const token = isGet ? '' : csrfInput(root(options));
    return new hbs.SafeString(
      `<form method="${isGet ? 'get' : 'post'}" action="${escape(String(action))}"${attributes}>${token}${options.fn(this)}</form>`,
    );
  });

  /** The hidden token field alone, for the rare form that can not use {{#form}}. */
  hbs.registerHelper('csrfField', function (options: Handlebars.HelperOptions) {
    return new hbs.SafeString(csrfInput(root(options)));
  });

  /** The pending one-time message as a block context: `{{#flash}}{{t key}}{{/flash}}`. */
  hbs.registerHelper('flash', function (options: Handlebars.HelperOptions) {
    const flash = root(options).takeFlash?.();
    return flash ? options.fn(flash) : '';
  });

  /**
   * The ARIA of a control whose error the field-error partial shows beside
   * it: `<select id="f-role" name="role"{{fieldAria "role"}}>`, or with a
   * hint `{{fieldAria "departmentId" hint="f-departmentId-hint"}}`. When the
   * page has an error for the field: aria-invalid, and the error among what
   * describes the control, so a screen reader says what is wrong on reaching
   * it (aria-errormessage alone is not read by most).
   */
  hbs.registerHelper('fieldAria', function (name: unknown, options: Handlebars.HelperOptions) {
    const errors = (options.data?.root as { errors?: Record<string, unknown> | null } | undefined)?.errors;
    const invalid = Boolean(errors?.[String(name)]);
    const ids = [options.hash.hint, invalid ? `f-${String(name)}-error` : null].filter(Boolean).map(String);
    return new hbs.SafeString(`${ids.length ? ` aria-describedby="${escape(ids.join(' '))}"` : ''}${invalid ? ' aria-invalid="true"' : ''}`);
  });

  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  /** `(concat "/admin/users/" id "/disable")`, for URLs built from ids. */
  hbs.registerHelper('concat', (...args: unknown[]) => args.slice(0, -1).map(String).join(''));
  hbs.registerHelper('not', (a: unknown) => !a);
  /** `(array "a" "b")`, to loop over a few fixed names in a view. */
  hbs.registerHelper('array', (...args: unknown[]) => args.slice(0, -1));
  hbs.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
  /**
   * A response whose score was changed by the customer. A comment added after a
   * one-tap score link is also a stored version, but it is how answering works,
   * not a change of mind, so it is not flagged.
   */
  hbs.registerHelper('scoreChanged', (response: { score?: unknown; changes?: { score?: unknown }[] } | undefined) =>
    Array.isArray(response?.changes) && response.changes.some((change) => change.score !== response.score),
  );

  /** Date and time in the page's language, e.g. `{{date user.lastLoginAt}}`. */
  hbs.registerHelper('date', function (value: unknown, options: Handlebars.HelperOptions) {
    if (!(value instanceof Date) && typeof value !== 'string') return '';
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) return '';
    return formatDate(root(options).locale ?? 'en', date, { dateStyle: 'medium', timeStyle: 'short' });
  });

  /**
   * Data for a page script: `<script type="application/json" id="x">{{json data}}</script>`.
   * Script content is not HTML-decoded, so handlebars' escaping would corrupt
   * the JSON; instead every character that could end the element or start
   * markup (<, >, &, and the JS line separators) is written as a \u escape,
   * which JSON.parse reads back unchanged.
   */
  hbs.registerHelper('json', (value: unknown) => new hbs.SafeString(jsonForScript(value)));

  function csrfInput(ctx: RootContext): string {
    const token = ctx.csrfToken?.();
    return token ? `<input type="hidden" name="${CSRF_FIELD}" value="${escape(token)}">` : '';
  }
}

export function jsonForScript(value: unknown): string {
  return (JSON.stringify(value ?? null) ?? 'null').replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
