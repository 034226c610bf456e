/** One seed training row: a customer comment and the theme keys it expresses ([] = no theme). */
export interface ExampleRow {
  text: string;
  themes: string[];
}
