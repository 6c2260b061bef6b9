import { describe, expect, it } from 'vitest';
import { brandProperties } from './use-brand';

describe('brandProperties', () => {
  it('gives theme.css the town’s two colours', () => {
    expect(brandProperties({ colors: { primary: '#1f4e8c', accent: '#b3261e' } })).toEqual({
      '--brand-primary': '#1f4e8c',
      '--brand-accent': '#b3261e',
    });
  });

  it('gives nothing without colours, so the kit keeps its own', () => {
    expect(brandProperties(null)).toEqual({});
    expect(brandProperties({})).toEqual({});
  });
});
