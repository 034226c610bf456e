import { MAX_INPUT_DEPTH, findHostileInput } from './hostile-input';

describe(findHostileInput.name, () => {
  it.each([
    [{ name: 'a\u0000b' }, 'name', 'name must not contain NUL characters'],
    [{ customer: { name: 'x\ud800' } }, 'customer.name', 'customer.name must not contain unpaired UTF-16 surrogates'],
    [{ tags: ['ok', '\udc00'] }, 'tags[1]', 'tags[1] must not contain unpaired UTF-16 surrogates'],
    [JSON.parse('{"attributes":{"__proto__":{"x":1}}}'), 'attributes.__proto__', 'attributes.__proto__ is not allowed as a key'],
    [{ constructor: 1 }, 'constructor', 'constructor is not allowed as a key'],
    [{ attributes: { 'k\u0000': 1 } }, 'attributes', 'attributes must not have keys that contain NUL characters'],
  ])('names the path of the first offence in %j', (value, field, message) => {
    expect(findHostileInput(value, '')).toEqual({ field, message });
  });

  it('passes ordinary text, emoji (paired surrogates) and numbers', () => {
    expect(findHostileInput({ name: 'Zażółć 😀', n: 3, list: [true, null], nested: { a: 'b' } }, '')).toBeNull();
  });

  it('stops at the depth limit instead of overflowing the stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findHostileInput(deep, 'body')?.message).toMatch(new RegExp(`must not be nested more than ${MAX_INPUT_DEPTH} levels deep$`));
    let ok: unknown = 'x';
    for (let i = 0; i < MAX_INPUT_DEPTH; i++) ok = { a: ok };
    expect(findHostileInput(ok, '')).toBeNull();
  });
});
