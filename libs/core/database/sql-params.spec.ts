import { sqlParams } from './sql-params';

describe('sqlParams', () => {
  it('numbers each value after those the SQL already names, and keeps them in that order', () => {
    const { params, param } = sqlParams(['first']);
    expect([param('second'), param(3), param(null)]).toEqual(['$2', '$3', '$4']);
    expect(params).toEqual(['first', 'second', 3, null]);
  });

  it('starts at $1 and leaves the caller’s array alone', () => {
    const initial: unknown[] = [];
    const { params, param } = sqlParams(initial);
    expect(param('x')).toBe('$1');
    expect(params).toEqual(['x']);
    expect(initial).toEqual([]);
  });
});
