import { resolve } from 'node:path';
import { INSTALL_CHROMIUM, browserSpecs, ensureChromium } from './chromium';

describe(ensureChromium.name, () => {
  const saved = process.env.CHROMIUM_PATH;
  afterEach(() => (saved === undefined ? delete process.env.CHROMIUM_PATH : (process.env.CHROMIUM_PATH = saved)));

  it('stops at once with the one command to run when CHROMIUM_PATH names no browser', () => {
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    expect(() => ensureChromium()).toThrow(INSTALL_CHROMIUM);
  });

  it('finds the browser specs, so runs without them need no browser', () => {
    expect(browserSpecs(resolve(__dirname, '..'))).toContain(resolve(__dirname, '../libs/responses/survey-pages.browser.spec.ts'));
  });
});
