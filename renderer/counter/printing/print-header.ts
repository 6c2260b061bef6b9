import { townNameOf, type SiteConfig } from '../../../shared/engine';
import { printHeader as header } from '../../../shared/print/header';

/** The top of every paper: the town as it signs (`site.townName`), then the building. */
export function printHeader(config: SiteConfig): { townName: string; siteName?: string } {
  return header(townNameOf(config), config.site.name);
}
