import type { ScanParseOptions } from '../../../shared/scan/parse-scan';
import { terminatorText, type LineTerminator } from './line-framer';
import { SerialScanner } from './serial-scanner';
import { SocatPair } from './socat-pair';

/**
 * A scanner for the demo (`npm start`, web mode): the app reads a real SerialScanner on
 * one end of a socat pseudo-terminal pair, and `scan(text)` types a payload into the other
 * end as a serial scanner would. So a demo "scan" goes through the same framing, UTF-8
 * check and whitelist as a real one. Needs socat (Linux, macOS).
 */
export interface SimulatedScanner {
  readonly scanner: SerialScanner;
  /** Sends `text` followed by the line terminator. */
  scan(text: string): Promise<void>;
  /** Closes the scanner, then removes the pseudo-terminals. */
  stop(): Promise<void>;
}

export interface SimulatedScannerOptions {
  /** A directory for the two pseudo-terminal links (e.g. the demo's data folder). */
  dir: string;
  id?: string;
  terminator?: LineTerminator;
  parse?: ScanParseOptions;
}

export async function startSimulatedScanner(
  options: SimulatedScannerOptions,
): Promise<SimulatedScanner> {
  const terminator = options.terminator ?? 'CR';
  const pair = await SocatPair.start({
    dir: options.dir,
    deviceName: 'simulated-scanner',
    hostName: 'simulated-scanner-input',
  });
  const scanner = new SerialScanner(
    { id: options.id ?? 'simulated-scanner', device: { path: pair.devicePath }, terminator },
    options.parse ? { parse: options.parse } : {},
  );
  await scanner.open();
  return {
    scanner,
    scan: (text) => pair.write(text + terminatorText[terminator]),
    async stop() {
      await scanner.close();
      await pair.stop();
    },
  };
}
