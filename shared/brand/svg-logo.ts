// The town's logo arrives as SVG text in the site configuration and is shown on public
// screens. SVG can carry scripts, event handlers and requests to other servers, so only a
// self-contained drawing is accepted: checked here on the text (shared/ has no DOM), and
// the apps also show it through <img> (no script runs there, nothing external loads).

/** Large enough for a crest traced by hand or exported and cleaned (svgo); the logo
 * travels in every public view. */
export const maxLogoSvgLength = 16_384;

const forbidden: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /<script\b/i, why: 'it contains a <script> element' },
  { pattern: /<foreignObject\b/i, why: 'it contains a <foreignObject> element' },
  { pattern: /<!(?:DOCTYPE|ENTITY)\b/i, why: 'it declares a DOCTYPE or entities' },
  { pattern: /<(?:iframe|embed|object|audio|video)\b/i, why: 'it embeds other content' },
  {
    pattern: /<(?:set|animate|animateMotion|animateTransform)\b/i,
    why: 'it is animated (an animation can rewrite its own links)',
  },
  { pattern: /[\s"'/]on[a-z]+\s*=/i, why: 'it has an event handler attribute (on…=)' },
  { pattern: /javascript:/i, why: 'it contains a javascript: address' },
  {
    pattern: /\bhref\s*=\s*(?!["']\s*#)/i,
    why: 'it links to something outside itself (only href="#id" is allowed)',
  },
  {
    pattern: /url\(\s*(?!["']?\s*#)/i,
    why: 'it refers to something outside itself (only url(#id) is allowed)',
  },
  { pattern: /@import\b/i, why: 'its style imports another file' },
];

/**
 * Why `svg` cannot be the town's logo (one sentence each), or nothing when it is a safe,
 * self-contained SVG drawing.
 */
export function svgLogoProblems(svg: string): string[] {
  if (svg.length > maxLogoSvgLength)
    return [
      `the logo is ${svg.length} characters long, more than ${maxLogoSvgLength}: simplify it (svgo) or export it smaller`,
    ];
  const text = svg.trim();
  const problems: string[] = [];
  if (
    !/^(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(text) ||
    !/<\/svg>$/i.test(text)
  )
    problems.push('not an SVG document: it must start with <svg …> and end with </svg>');
  for (const { pattern, why } of forbidden) if (pattern.test(text)) problems.push(why);
  return problems;
}

/** The logo as an address an <img> can show. */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.trim())}`;
}
