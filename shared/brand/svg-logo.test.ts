import { describe, expect, it } from 'vitest';
import { maxLogoSvgLength, svgDataUrl, svgLogoProblems } from './svg-logo';

const crest =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><defs><linearGradient id="g"><stop offset="0" stop-color="#0a4a94"/></linearGradient></defs><path d="M8 8h48v30L32 58 8 38z" fill="url(#g)"/><use href="#g"/></svg>';

describe('svgLogoProblems', () => {
  it('accepts a self-contained drawing, with an XML declaration and a comment before it', () => {
    expect(svgLogoProblems(crest)).toEqual([]);
    expect(svgLogoProblems(`<?xml version="1.0"?>\n<!-- Ville -->\n${crest}\n`)).toEqual([]);
  });

  it.each([
    ['<svg><script>alert(1)</script></svg>', 'it contains a <script> element'],
    ['<svg><rect onload="alert(1)"/></svg>', 'it has an event handler attribute (on…=)'],
    ['<svg onclick = "x()"></svg>', 'it has an event handler attribute (on…=)'],
    [
      '<svg><foreignObject><p>hi</p></foreignObject></svg>',
      'it contains a <foreignObject> element',
    ],
    [
      '<svg><image href="https://tracker.example/p.png"/></svg>',
      'it links to something outside itself (only href="#id" is allowed)',
    ],
    [
      '<svg><use xlink:href="other.svg#a"/></svg>',
      'it links to something outside itself (only href="#id" is allowed)',
    ],
    [
      '<svg><rect style="fill:url(https://x.example/f)"/></svg>',
      'it refers to something outside itself (only url(#id) is allowed)',
    ],
    ['<svg><style>@import url(#a);</style></svg>', 'its style imports another file'],
    ['<!DOCTYPE svg [<!ENTITY a "b">]><svg></svg>', 'it declares a DOCTYPE or entities'],
    [
      '<svg><a><set attributeName="href" to="javascript:alert(1)"/></a></svg>',
      'it is animated (an animation can rewrite its own links)',
    ],
    [
      '<html><svg></svg></html>',
      'not an SVG document: it must start with <svg …> and end with </svg>',
    ],
  ])('refuses %s', (svg, why) => {
    expect(svgLogoProblems(svg)).toContain(why);
  });

  it('refuses a logo over the size limit, saying its size', () => {
    const big = `<svg>${'<path d="M0 0h1"/>'.repeat(maxLogoSvgLength / 10)}</svg>`;
    expect(svgLogoProblems(big)).toEqual([
      `the logo is ${big.length} characters long, more than ${maxLogoSvgLength}: simplify it (svgo) or export it smaller`,
    ]);
  });

  it('makes a data: address an <img> shows', () => {
    expect(svgDataUrl(' <svg></svg> ')).toBe(
      'data:image/svg+xml;charset=utf-8,%3Csvg%3E%3C%2Fsvg%3E',
    );
  });
});
