import { describe, expect, it } from 'vitest';
import { JsonSyntaxError, locateJsonPath } from './json-locator';

const text = `{
  "site": { "name": "Mairie" },
  "services": [
    { "code": "IRIS", "cap": 10 },
    {
      "code": "EC",
      "cap": "lots"
    }
  ]
}`;

describe('locateJsonPath', () => {
  it('finds the line and column of a nested value', () => {
    expect(locateJsonPath(text, ['services', 1, 'cap'])).toEqual({
      line: 7,
      column: 14,
      found: ['services', 1, 'cap'],
    });
    expect(locateJsonPath(text, ['services', 0, 'code'])).toMatchObject({ line: 4, column: 15 });
    expect(locateJsonPath(text, ['site', 'name'])).toMatchObject({ line: 2, column: 21 });
  });

  it('resolves a missing field to its nearest parent', () => {
    expect(locateJsonPath(text, ['services', 1, 'prefix'])).toEqual({
      line: 5,
      column: 5,
      found: ['services', 1],
    });
    expect(locateJsonPath(text, ['calendar', 'weekly'])).toEqual({ line: 1, column: 1, found: [] });
  });

  it('handles escapes, empty containers and literals', () => {
    const doc = '{"a\\"b": [], "c": {}, "d": [true, null, -1.5e3, "x\\\\"], "e": 2}';
    const column = (needle: string) => doc.indexOf(needle) + 1;
    expect(locateJsonPath(doc, ['e'])).toMatchObject({ line: 1, column: column('2}') });
    expect(locateJsonPath(doc, ['d', 3])).toMatchObject({ column: column('"x') });
    expect(locateJsonPath(doc, ['d', 2])).toMatchObject({ column: column('-1.5') });
    expect(locateJsonPath(doc, ['a"b'])).toMatchObject({ column: column('[]') });
  });

  it('reports a syntax error with its position', () => {
    const broken = '{\n  "a": 1,\n  "b" 2\n}';
    expect(() => locateJsonPath(broken, ['a'])).toThrowError(JsonSyntaxError);
    try {
      locateJsonPath(broken, ['a']);
    } catch (error) {
      expect((error as JsonSyntaxError).position).toEqual({ line: 3, column: 7 });
    }
  });
});
