import { siteConfigSchema, type SiteConfig, type SiteConfigInput } from '../../shared/engine';
import { readSiteConfigFile } from '../config/site-config-file';
import {
  describeProblems,
  fieldName,
  type FileProblem,
  type FileReading,
} from '../config/validated-json-file';
import type { QueueAuthority } from './core/queue-authority';
import { canonicalJson } from './server/parse-input';

export type ConfigLoad =
  | { status: 'applied' | 'unchanged'; seq: number }
  | { status: 'refused'; message: string; problems: FileProblem[]; keptRunning: boolean };

/**
 * Brings a site configuration (read from a file or given by `npm start`) into the queue
 * through `config:replace`. One that fails validation, or that the engine refuses,
 * changes nothing: the running configuration stays, and the answer says what is at fault
 * (line and field for a file).
 */
export function applySiteConfig(
  source: string,
  reading: FileReading<SiteConfig>,
  authority: QueueAuthority,
): ConfigLoad {
  const keptRunning = authority.state.config !== null;
  if (!reading.ok)
    return {
      status: 'refused',
      message: describeProblems(source, reading.problems),
      problems: reading.problems,
      keptRunning,
    };
  if (keptRunning && canonicalJson(authority.state.config) === canonicalJson(reading.value))
    return { status: 'unchanged', seq: authority.lastSeq };
  const outcome = authority.execute({
    command: { type: 'config:replace', config: reading.value },
    actor: { role: 'system' },
  });
  if ('error' in outcome.body) {
    const { message, details } = outcome.body.error;
    const problems = [
      {
        line: 0,
        column: 0,
        field: '',
        message: details ? `${message} ${JSON.stringify(details)}` : message,
      },
    ];
    return {
      status: 'refused',
      message: describeProblems(source, problems),
      problems,
      keptRunning,
    };
  }
  return { status: 'applied', seq: outcome.body.seq };
}

/**
 * What `startHub` and `reloadConfig()` apply: the configuration file, re-read each time,
 * else the one given in code (the demo); null with neither.
 */
export function siteConfigReader(
  source: { configFile?: string | undefined; siteConfig?: SiteConfigInput | undefined },
  authority: QueueAuthority,
): () => ConfigLoad | null {
  return () => {
    if (source.configFile)
      return applySiteConfig(source.configFile, readSiteConfigFile(source.configFile), authority);
    if (!source.siteConfig) return null;
    const embedded = 'embedded site configuration';
    const result = siteConfigSchema.safeParse(source.siteConfig);
    return applySiteConfig(
      embedded,
      result.success
        ? { ok: true, value: result.data, text: '' }
        : {
            ok: false,
            file: embedded,
            problems: result.error.issues.map((i) => ({
              line: 0,
              column: 0,
              field: fieldName(i.path),
              message: i.message,
            })),
          },
      authority,
    );
  };
}
