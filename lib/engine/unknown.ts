/**
 * A value the engine could not determine from the input: an unresolved
 * intrinsic, a parameter without a literal, a property Config did not record.
 * Rules must treat it as "needs review" and never as a pass.
 */
export class Unknown {
  constructor(public readonly reason: string) {}
  toString(): string {
    return `<unknown: ${this.reason}>`;
  }
}

export function unknown(reason: string): Unknown {
  return new Unknown(reason);
}

export function isUnknown(value: unknown): value is Unknown {
  return value instanceof Unknown;
}

/** Every Unknown inside a value (depth-first), so a verdict can name what it could not read. */
export function unknownsIn(value: unknown, found: Unknown[] = [], depth = 0): Unknown[] {
  if (value instanceof Unknown) {
    found.push(value);
  } else if (depth < 32 && value !== null && typeof value === 'object') {
    if (Array.isArray(value)) for (let i = 0; i < value.length; i++) unknownsIn(value[i], found, depth + 1);
    else for (const key in value) unknownsIn((value as Record<string, unknown>)[key], found, depth + 1);
  }
  return found;
}
