// Placeholder so the planned API type-checks while it is being written (core-text helper).
export function nameKey(_name: string): string {
  throw new Error("nameKey is not implemented yet");
}
export function isNameVariant(_written: string, _target: string): boolean {
  throw new Error("isNameVariant is not implemented yet");
}
