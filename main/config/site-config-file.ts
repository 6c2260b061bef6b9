import { siteConfigSchema, type SiteConfig } from '../../shared/engine';
import { readValidatedJson, type FileReading } from './validated-json-file';

/** Reads a site configuration file; a bad one comes back with each fault's line and field. */
export function readSiteConfigFile(file: string): FileReading<SiteConfig> {
  return readValidatedJson(file, siteConfigSchema);
}
