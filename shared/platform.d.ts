// shared/ runs in Node, Chromium and Electron alike: these few globals exist in all of
// them, so they are declared here instead of pulling in the DOM or Node type libraries.
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}
declare function setTimeout(callback: () => void, ms?: number): unknown;
declare function clearTimeout(handle: unknown): void;
