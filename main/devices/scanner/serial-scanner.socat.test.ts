import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LineTerminator } from './line-framer';
import { SerialScanner } from './serial-scanner';
import { SocatPair } from './socat-pair';
import { nextEvent, record } from './test-support/wait-for-event';

// A real pseudo-terminal pair: the scanner opens one end with serialport, the test writes
// into the other with node:fs, byte for byte what a serial scanner sends.

const token = 'A1B2C3D4E5F6G7H8J9K0MNPQRS';
let dir: string;
let pair: SocatPair;
let scanner: SerialScanner | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'accueil-scan-'));
  pair = await SocatPair.start({ dir });
});

afterEach(async () => {
  await scanner?.close();
  scanner = undefined;
  await pair.stop();
  await rm(dir, { recursive: true, force: true });
});

const listenerErrors: unknown[] = [];

// A long partial-line timeout unless a test waits for one: a loaded machine may pause
// between the chunks of a 10 KB write.
async function openScanner(terminator: LineTerminator = 'CR', partialLineTimeoutMs = 2_000) {
  listenerErrors.length = 0;
  scanner = new SerialScanner(
    { id: 'kiosk-1-scanner', device: { path: pair.devicePath }, terminator, partialLineTimeoutMs },
    { onListenerError: (error) => listenerErrors.push(error) },
  );
  const ready = nextEvent(scanner, 'status', (s) => s.state === 'ready');
  await scanner.open();
  await ready;
  return scanner;
}

/** Waits until `count` scans and rejections together have arrived; returns both lists. */
async function collect(s: SerialScanner, count: number, write: () => Promise<void>) {
  const scans = record(s, 'scan');
  const rejections = record(s, 'rejected');
  const done = new Promise<void>((resolve) => {
    const check = () => {
      if (scans.length + rejections.length >= count) resolve();
    };
    s.on('scan', check);
    s.on('rejected', check);
  });
  await write();
  await done;
  return { scans: scans.map((e) => e.payload), rejections: rejections.map((e) => e.reason) };
}

describe('SerialScanner over a socat pseudo-terminal', () => {
  it('reads every payload kind, in order', async () => {
    const s = await openScanner('CR');
    const { scans, rejections } = await collect(s, 3, () =>
      pair.write(`ACCUEIL:RDV:${token}\rab12-cd34-ef\rK7M-2QX\r`),
    );
    expect(rejections).toEqual([]);
    expect(scans).toEqual([
      { kind: 'appointment-token', token },
      { kind: 'ants-pre-demande', number: 'AB12CD34EF' },
      { kind: 'booking-code', code: 'K7M2QX' },
    ]);
    expect(s.status().lastReadAt).not.toBeNull();
  });

  it('rejects garbage, control characters, invalid UTF-8 and a 10 KB line, and reads on', async () => {
    const s = await openScanner('CR');
    const garbage = Buffer.concat([
      Buffer.from('3017620422003\r'),
      Buffer.from('AB12\x1bCD34EF\r'),
      Buffer.from([0x41, 0xc3, 0x28, 0x0d]),
      Buffer.alloc(10_240, 0x41),
      Buffer.from('\r'),
      Buffer.from('\r'),
      Buffer.from('AB12CD34EF\r'),
    ]);
    const { scans, rejections } = await collect(s, 6, () => pair.write(garbage));
    expect(rejections).toEqual([
      'unknown-format',
      'control-character',
      'invalid-utf8',
      'too-long',
      'empty',
    ]);
    expect(scans).toEqual([{ kind: 'ants-pre-demande', number: 'AB12CD34EF' }]);
  });

  it('drops half a line that never ends, without gluing it to the next one', async () => {
    const s = await openScanner('CR', 100);
    const partial = nextEvent(s, 'rejected');
    await pair.write('ACCUEIL:RDV:A1B2');
    const rejection = await partial;
    expect(rejection).toMatchObject({ reason: 'partial-line', byteLength: 16 });
    expect(rejection.message).toContain('never ended with CR');
    const scan = nextEvent(s, 'scan');
    await pair.write('K7M2QX\r');
    expect((await scan).payload).toEqual({ kind: 'booking-code', code: 'K7M2QX' });
  });

  it('reads CR LF lines when set to CRLF, and reports a CR-only scanner as partial lines', async () => {
    const s = await openScanner('CRLF', 100);
    const { scans } = await collect(s, 2, () => pair.write('AB12CD34EF\r\nK7M2QX\r\n'));
    expect(scans.map((p) => p.kind)).toEqual(['ants-pre-demande', 'booking-code']);
    const partial = nextEvent(s, 'rejected');
    await pair.write('K7M2QX\r');
    expect((await partial).reason).toBe('partial-line');
  });

  it('set to CR, names the fix when the scanner sends CR LF', async () => {
    const s = await openScanner('CR');
    const messages = record(s, 'rejected');
    const { scans, rejections } = await collect(s, 2, () => pair.write('K7M2QX\r\nK7M2QX\r'));
    expect(scans).toHaveLength(1);
    expect(rejections).toEqual(['control-character']);
    expect(messages[0]?.message).toContain('set the terminator to CRLF');
  });

  it('reads LF lines when set to LF', async () => {
    const s = await openScanner('LF');
    const scan = nextEvent(s, 'scan');
    await pair.write(`ACCUEIL:RDV:${token}\n`);
    expect((await scan).payload).toEqual({ kind: 'appointment-token', token });
  });

  it('keeps reading when a listener throws', async () => {
    const s = await openScanner('CR');
    s.on('scan', () => {
      throw new Error('a buggy listener');
    });
    const { scans } = await collect(s, 2, () => pair.write('K7M2QX\rAB12CD34EF\r'));
    expect(scans).toHaveLength(2);
    expect(listenerErrors).toHaveLength(2);
    expect(s.status().state).toBe('ready');
  });
});
