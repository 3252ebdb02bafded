/** Text written into a regular expression as itself: "Dr. (Jo)" matches only "Dr. (Jo)". */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
