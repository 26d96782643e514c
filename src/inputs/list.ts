// Lists as users write them in action inputs and flags: one per line, or comma-separated; blanks dropped.
export function splitList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
