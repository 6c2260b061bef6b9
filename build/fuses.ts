import { FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses';

// Electron's fuses, flipped in the packaged binary after packing (after-pack.ts): switches
// compiled into the executable that no command-line flag or environment variable can turn
// back. One line per fuse Electron 45 has, so that a fuse added by a later Electron fails
// the packaging (strictlyRequireAllFuses) until it is decided here.

export type FuseName = Exclude<keyof typeof FuseV1Options, number>;

export interface FuseDecision {
  enabled: boolean;
  why: string;
}

export const fuseTable: Readonly<Record<FuseName, FuseDecision>> = {
  RunAsNode: {
    enabled: false,
    why: 'ELECTRON_RUN_AS_NODE would turn the signed app into a plain Node that runs any script',
  },
  EnableCookieEncryption: {
    enabled: true,
    why: 'the session cookies on disk are encrypted with the OS key store',
  },
  EnableNodeOptionsEnvironmentVariable: {
    enabled: false,
    why: 'NODE_OPTIONS could preload code into the main process',
  },
  EnableNodeCliInspectArguments: {
    enabled: false,
    why: '--inspect would open a debugger on the main process',
  },
  EnableEmbeddedAsarIntegrityValidation: {
    enabled: true,
    why: 'app.asar is checked against the hash electron-builder embeds (Windows; macOS), a modified asar does not load',
  },
  OnlyLoadAppFromAsar: {
    enabled: true,
    why: 'the app loads only from app.asar, never from a resources/app folder put beside it',
  },
  LoadBrowserProcessSpecificV8Snapshot: {
    enabled: false,
    why: 'no browser-specific V8 snapshot is shipped',
  },
  GrantFileProtocolExtraPrivileges: {
    enabled: false,
    why: 'the app serves its pages over app://, file:// needs no privileges',
  },
};

/** The table as @electron/fuses takes it: every fuse set, none inherited. */
export function fuseConfig(table: Readonly<Record<FuseName, FuseDecision>> = fuseTable) {
  const config: FuseV1Config = {
    version: FuseVersion.V1,
    strictlyRequireAllFuses: true,
    [FuseV1Options.RunAsNode]: table.RunAsNode.enabled,
    [FuseV1Options.EnableCookieEncryption]: table.EnableCookieEncryption.enabled,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]:
      table.EnableNodeOptionsEnvironmentVariable.enabled,
    [FuseV1Options.EnableNodeCliInspectArguments]: table.EnableNodeCliInspectArguments.enabled,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]:
      table.EnableEmbeddedAsarIntegrityValidation.enabled,
    [FuseV1Options.OnlyLoadAppFromAsar]: table.OnlyLoadAppFromAsar.enabled,
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]:
      table.LoadBrowserProcessSpecificV8Snapshot.enabled,
    [FuseV1Options.GrantFileProtocolExtraPrivileges]:
      table.GrantFileProtocolExtraPrivileges.enabled,
  };
  return config;
}
