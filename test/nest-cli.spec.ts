import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..');

describe('nest-cli.json', () => {
  it('lists every folder under libs/ as a library project, so `nest generate` and editors know them all', () => {
    const { projects } = JSON.parse(readFileSync(join(root, 'nest-cli.json'), 'utf8')) as {
      projects: Record<string, { type: string; root: string; sourceRoot: string }>;
    };
    const libs = readdirSync(join(root, 'libs'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    for (const lib of libs) {
      expect(projects[lib]).toEqual({ type: 'library', root: `libs/${lib}`, sourceRoot: `libs/${lib}` });
    }
  });
});
