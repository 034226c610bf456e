/**
 * Positional parameters for SQL built clause by clause: `param(value)` keeps
 * the value and returns its placeholder (`$1`, `$2`, …), so filters are added
 * in any order and no value is ever written into the SQL text.
 * `initial` are values the caller's SQL already names as $1…$n.
 */
export function sqlParams(initial: unknown[] = []): { params: unknown[]; param: (value: unknown) => string } {
  const params = [...initial];
  return {
    params,
    param: (value) => {
      params.push(value);
      return `$${params.length}`;
    },
  };
}
