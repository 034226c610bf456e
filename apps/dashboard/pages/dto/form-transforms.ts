/** `@Transform`s the dashboard's form DTOs share: what a browser posts, as the rules expect it. */

/** A select's "none"/"all" option and an empty input post an empty string: no value. Other text is trimmed. */
export const blankAsUndefined = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || undefined : value);

/** Checkboxes post one value per ticked box, or nothing at all. */
export const asArray = ({ value }: { value: unknown }) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
