import { townNameOf, type SiteConfig } from '../../../shared/engine';

/** The top of every paper: the town as it signs (`site.townName`), then the building. */
export function printHeader(config: SiteConfig): { townName: string; siteName?: string } {
  const townName = townNameOf(config);
  const siteName = config.site.name.slice(0, 80);
  return siteName === townName ? { townName } : { townName, siteName };
}
