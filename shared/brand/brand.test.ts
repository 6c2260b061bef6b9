import { describe, expect, it } from 'vitest';
import { brandSchema } from './brand';

const issues = (input: unknown) =>
  brandSchema
    .safeParse(input)
    .error?.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) ?? [];

describe('brandSchema', () => {
  it('accepts a name, a safe logo and two colours that carry white text', () => {
    const brand = brandSchema.parse({
      name: 'Ville de Testeville',
      logoSvg: '<svg viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>',
      colors: { primary: '#0A4A94', accent: '#a3161b' },
    });
    expect(brand.colors).toEqual({ primary: '#0a4a94', accent: '#a3161b' });
  });

  it('accepts an empty brand: everything in it is optional', () => {
    expect(brandSchema.parse({})).toEqual({});
  });

  it('refuses a colour pair under WCAG AA, naming the pair and its ratio', () => {
    expect(issues({ colors: { primary: '#0a4a94', accent: '#f5a623' } })).toEqual([
      {
        path: 'colors.accent',
        message:
          '#ffffff text on #f5a623 has a contrast of 2.02:1, under the 4.5:1 WCAG 2.1 AA asks for text: choose a darker accent colour',
      },
    ]);
    // Just under the line: #777777 is 4.48:1 on white.
    expect(issues({ colors: { primary: '#777777', accent: '#767676' } })).toEqual([
      expect.objectContaining({
        path: 'colors.primary',
        message: expect.stringContaining('4.47:1'),
      }),
    ]);
  });

  it('refuses a colour not written #rrggbb and an unsafe logo', () => {
    expect(issues({ colors: { primary: 'blue', accent: '#a3161b' } })).toEqual([
      { path: 'colors.primary', message: 'a colour written #rrggbb, such as "#0a4a94"' },
    ]);
    expect(issues({ logoSvg: '<svg><script>x()</script></svg>' })).toEqual([
      { path: 'logoSvg', message: 'refused logo: it contains a <script> element' },
    ]);
  });
});
