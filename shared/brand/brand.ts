import { z } from 'zod';
import { contrastRatio, formatRatio, hexColorPattern, textContrastMinimum } from './color-contrast';
import { svgLogoProblems } from './svg-logo';

/** The colour text takes on the brand's colours (buttons, the header band, badges). */
export const brandTextColor = '#ffffff';

const hexColor = z
  .string()
  .regex(hexColorPattern, { message: 'a colour written #rrggbb, such as "#0a4a94"' })
  .transform((hex) => hex.toLowerCase());

const colorsShape = z.strictObject({
  /** Buttons, links and the header: white text on it, and it as text on white. */
  primary: hexColor,
  /** Highlights (the band under the header, strong tags): used the same two ways. */
  accent: hexColor,
});

/**
 * Each brand colour carries white text and is also written on the white page: the same
 * pair both ways, so one check per colour. A pair under AA is refused, naming it.
 */
function checkContrast(colors: z.output<typeof colorsShape>, ctx: z.RefinementCtx): void {
  for (const role of ['primary', 'accent'] as const) {
    // zod runs this refinement even when a colour was malformed: that one is reported already.
    if (!hexColorPattern.test(colors[role])) continue;
    const ratio = contrastRatio(colors[role], brandTextColor);
    if (ratio < textContrastMinimum)
      ctx.addIssue({
        code: 'custom',
        path: [role],
        message: `${brandTextColor} text on ${colors[role]} has a contrast of ${formatRatio(ratio)}, under the ${textContrastMinimum}:1 WCAG 2.1 AA asks for text: choose a darker ${role} colour`,
      });
  }
}

/** The town's look on its screens: optional, the apps keep their own when absent. */
export const brandSchema = z.strictObject({
  /** The name the screens show beside the logo ("Ville de Testeville"); the site's name when absent. */
  name: z.string().trim().min(1).max(60).optional(),
  /** The logo as SVG markup, self-contained (no script, handler or outside reference). */
  logoSvg: z
    .string()
    .superRefine((svg, ctx) => {
      for (const problem of svgLogoProblems(svg))
        ctx.addIssue({ code: 'custom', message: `refused logo: ${problem}` });
    })
    .optional(),
  colors: colorsShape.superRefine(checkContrast).optional(),
});

export type Brand = z.output<typeof brandSchema>;
export type BrandInput = z.input<typeof brandSchema>;
export type BrandColors = NonNullable<Brand['colors']>;
