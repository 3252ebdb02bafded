/** punycode.js (Mathias Bynens, MIT) ships no types; the two functions Rapport calls. */
declare module "punycode.js" {
  /** A domain (or address) with its Unicode labels in their xn-- form; ASCII labels unchanged. */
  export function toASCII(input: string): string;
  /** A domain (or address) with its xn-- labels in Unicode; others unchanged. */
  export function toUnicode(input: string): string;
}
