import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { fuseConfig, fuseTable } from './fuses';

describe('the fuse table', () => {
  it('decides every fuse @electron/fuses knows, none left to inherit', () => {
    const known = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key)));
    expect(Object.keys(fuseTable).sort()).toEqual(known.sort());
    const config = fuseConfig();
    expect(config.strictlyRequireAllFuses).toBe(true);
    expect(config.version).toBe(FuseVersion.V1);
  });

  it('is the hardening the IT guide promises', () => {
    const config = fuseConfig() as unknown as Record<number, boolean>;
    expect({
      runAsNode: config[FuseV1Options.RunAsNode],
      nodeOptions: config[FuseV1Options.EnableNodeOptionsEnvironmentVariable],
      inspect: config[FuseV1Options.EnableNodeCliInspectArguments],
      asarIntegrity: config[FuseV1Options.EnableEmbeddedAsarIntegrityValidation],
      onlyAsar: config[FuseV1Options.OnlyLoadAppFromAsar],
      cookieEncryption: config[FuseV1Options.EnableCookieEncryption],
      fileProtocolPrivileges: config[FuseV1Options.GrantFileProtocolExtraPrivileges],
    }).toEqual({
      runAsNode: false,
      nodeOptions: false,
      inspect: false,
      asarIntegrity: true,
      onlyAsar: true,
      cookieEncryption: true,
      fileProtocolPrivileges: false,
    });
  });

  it('follows a change of the table (no value is hard-wired)', () => {
    const config = fuseConfig({
      ...fuseTable,
      RunAsNode: { enabled: true, why: 'a test' },
    }) as unknown as Record<number, boolean>;
    expect(config[FuseV1Options.RunAsNode]).toBe(true);
  });
});
