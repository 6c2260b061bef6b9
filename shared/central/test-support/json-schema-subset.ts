// A validator for the subset of JSON Schema 2020-12 that the central API's document uses,
// so tests can check that the published schemas accept and refuse what zod does. It throws
// on any keyword it does not know: a schema it cannot judge never passes by accident.

type Schema = Record<string, unknown>;

const annotations = new Set(['description', 'x-personal-data', 'example', 'examples', 'title']);
const formats: Record<string, RegExp> = {
  'date-time': /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/,
  date: /^\d{4}-\d\d-\d\d$/,
};

export function createValidator(components: Record<string, unknown>) {
  function resolve(ref: string): Schema {
    const name = ref.replace('#/components/schemas/', '');
    const target = components[name];
    if (ref === name || target === undefined) throw new Error(`unresolved $ref ${ref}`);
    return target as Schema;
  }

  function typeOf(value: unknown): string {
    if (value === null) return 'null';
    if (Array.isArray(value)) return 'array';
    if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
    return typeof value;
  }

  function valid(schema: Schema, value: unknown): boolean {
    for (const [keyword, arg] of Object.entries(schema)) {
      if (annotations.has(keyword)) continue;
      if (!check(keyword, arg, schema, value)) return false;
    }
    return true;
  }

  function check(keyword: string, arg: unknown, schema: Schema, value: unknown): boolean {
    const str = typeof value === 'string' ? value : null;
    const num = typeof value === 'number' ? value : null;
    const arr = Array.isArray(value) ? (value as unknown[]) : null;
    const obj = typeOf(value) === 'object' ? (value as Record<string, unknown>) : null;
    switch (keyword) {
      case '$ref':
        return valid(resolve(arg as string), value);
      case 'type': {
        const actual = typeOf(value);
        return arg === actual || (arg === 'number' && actual === 'integer');
      }
      case 'enum':
        return (arg as unknown[]).includes(value);
      case 'const':
        return value === arg;
      case 'pattern':
        return str === null || new RegExp(arg as string, 'u').test(str);
      case 'format':
        return str === null || (formats[arg as string]?.test(str) ?? fail(`format ${String(arg)}`));
      case 'minLength':
        return str === null || [...str].length >= (arg as number);
      case 'maxLength':
        return str === null || [...str].length <= (arg as number);
      case 'minimum':
        return num === null || num >= (arg as number);
      case 'maximum':
        return num === null || num <= (arg as number);
      case 'minItems':
        return arr === null || arr.length >= (arg as number);
      case 'maxItems':
        return arr === null || arr.length <= (arg as number);
      case 'items':
        return arr === null || arr.every((item) => valid(arg as Schema, item));
      case 'properties':
        return (
          obj === null ||
          Object.entries(arg as Record<string, Schema>).every(
            ([key, sub]) => !(key in obj) || valid(sub, obj[key]),
          )
        );
      case 'required':
        return obj === null || (arg as string[]).every((key) => key in obj);
      case 'additionalProperties': {
        if (obj === null || arg === true) return true;
        const known = Object.keys((schema.properties as Schema | undefined) ?? {});
        return Object.keys(obj).every((key) => known.includes(key));
      }
      case 'anyOf':
        return (arg as Schema[]).some((sub) => valid(sub, value));
      case 'oneOf':
        return (arg as Schema[]).filter((sub) => valid(sub, value)).length === 1;
      default:
        return fail(`keyword ${keyword}`);
    }
  }

  return { valid, resolve };
}

function fail(what: string): never {
  throw new Error(`json-schema-subset: unsupported ${what}; extend the test validator`);
}
