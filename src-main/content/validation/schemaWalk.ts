import { z } from 'zod';

/**
 * Finds the schema that checks the value at `path` inside `root`, looking through optional and default wrappers;
 * `undefined` when the path leaves the schema (e.g. below an unknown key).
 */
export function schemaAt(root: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let schema: z.ZodType | undefined = unwrap(root);
  for (const segment of path) {
    if (schema instanceof z.ZodObject) {
      const shape = schema.shape as Record<string, z.ZodType>;
      schema = typeof segment === 'string' && Object.hasOwn(shape, segment) ? shape[segment] : undefined;
    } else if (schema instanceof z.ZodArray && typeof segment === 'number') {
      schema = schema.element as z.ZodType;
    } else if (schema instanceof z.ZodRecord) {
      schema = schema.valueType as z.ZodType;
    } else if (schema instanceof z.ZodUnion) {
      // A union of a plain value and a container (localized text): follow the container.
      const options = schema.options as readonly z.ZodType[];
      const container = options.map(unwrap).find((option) => option instanceof z.ZodRecord || option instanceof z.ZodObject);
      schema = container === undefined ? undefined : schemaAt(container, [segment]);
    } else {
      return undefined;
    }
    if (schema === undefined) return undefined;
    schema = unwrap(schema);
  }
  return schema;
}

/** The field names an object schema at `path` accepts; `[]` when there is no object there. */
export function knownKeysAt(root: z.ZodType, path: readonly PropertyKey[]): string[] {
  const schema = schemaAt(root, path);
  return schema instanceof z.ZodObject ? Object.keys(schema.shape as object) : [];
}

/** Looks through `.optional()`, `.default()` and refinements that wrap the schema that matters. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault) current = current.unwrap() as z.ZodType;
    else return current;
  }
}
