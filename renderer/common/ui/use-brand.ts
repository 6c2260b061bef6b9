import { watchEffect } from 'vue';
import type { BrandColors } from '../../../shared/brand/brand';

/** The custom properties theme.css reads for the town's colours. */
export const brandPropertyNames = ['--brand-primary', '--brand-accent'] as const;

/** The town's colours as custom properties; none without colours (the kit's own then). */
export function brandProperties(
  brand: { colors?: BrandColors } | null | undefined,
): Partial<Record<(typeof brandPropertyNames)[number], string>> {
  if (!brand?.colors) return {};
  return { '--brand-primary': brand.colors.primary, '--brand-accent': brand.colors.accent };
}

/**
 * Applies the town's brand (from the site configuration or the public view) to the whole
 * page, and follows it as it changes. The colours were checked when the file loaded
 * (AA with white); high contrast (`ui-high-contrast`) sets its own and ignores them.
 */
export function useBrand(
  brand: () => { colors?: BrandColors } | null | undefined,
  root: HTMLElement = document.documentElement,
): void {
  watchEffect(() => {
    const properties = brandProperties(brand());
    for (const name of brandPropertyNames) {
      const value = properties[name];
      if (value) root.style.setProperty(name, value);
      else root.style.removeProperty(name);
    }
  });
}
