import { Writable } from 'node:stream';
import { csvCell, csvLine, writeLines } from './csv-stream';

describe('csvCell', () => {
  it.each([
    ['plain text', '"plain text"'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines\r\nhere', '"two\nlines\r\nhere"'],
    ['zażółć gęślą jaźń', '"zażółć gęślą jaźń"'],
    ['', '""'],
  ])('quotes %j as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each(['=1+1', '+48601234567', '-2', '@SUM(A1)', '\tx', '\rx', '\0x', '＝1+1', '＋1', '－1', '＠x'])(
    'prefixes %j with a single quote so a spreadsheet keeps it as text',
    (value) => {
      expect(csvCell(value)).toBe(`"'${value}"`);
    },
  );

  it('leaves characters that only start a formula later in the cell alone', () => {
    expect(csvCell('a=1')).toBe('"a=1"');
    expect(csvCell(' =1')).toBe('" =1"');
  });

  it('writes numbers and booleans bare and null as an empty cell', () => {
    expect(csvLine([0, -3, true, null, undefined, 'x'])).toBe('0,-3,true,,,"x"\r\n');
  });
});

describe(writeLines.name, () => {
  /** A slow reader: takes a chunk every few milliseconds and holds at most `highWaterMark` characters. */
  function slowSink(highWaterMark: number) {
    const sink = { received: 0, closedEarly: false };
    const out = new Writable({
      highWaterMark,
      decodeStrings: false,
      write(chunk: string, _encoding, done) {
        sink.received += chunk.length;
        setTimeout(done, 1);
      },
    });
    return { out, sink };
  }

  /** `count` lines of `width` characters, counting how many were pulled and whether the source was released. */
  function source(count: number, width: number) {
    const state = { pulled: 0, released: false };
    async function* lines() {
      try {
        for (let i = 0; i < count; i++) {
          state.pulled++;
          yield `${String(i).padStart(width - 2, '0')}\r\n`;
        }
      } finally {
        state.released = true;
      }
    }
    return { lines: lines(), state };
  }

  it('pulls lines only as fast as the reader takes them: memory stays bounded whatever the length', async () => {
    const { out, sink } = slowSink(8 * 1024);
    const { lines, state } = source(20_000, 100);
    let maxAhead = 0;
    const timer = setInterval(() => (maxAhead = Math.max(maxAhead, state.pulled * 100 - sink.received)), 1);

    const finished = await writeLines(lines, out);
    await new Promise<void>((resolve) => out.end(resolve));
    clearInterval(timer);

    expect(finished).toBe(true);
    expect(sink.received).toBe(20_000 * 100);
    // Ahead of the reader by at most the stream's buffer plus one gathered write (16 kB) and a line; 2 MB without backpressure.
    expect(maxAhead).toBeLessThan(8 * 1024 + 2 * 16 * 1024);
  });

  it('stops pulling and releases the source when the reader goes away', async () => {
    const { out, sink } = slowSink(4 * 1024);
    const { lines, state } = source(1_000_000, 100);
    setTimeout(() => out.destroy(), 30);

    const finished = await writeLines(lines, out);

    expect(finished).toBe(false);
    expect(state.released).toBe(true);
    expect(state.pulled).toBeLessThan(10_000);
    expect(sink.received).toBeLessThan(state.pulled * 100 + 1);
  });
});
