import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hangupAwareBinding } from './hangup-aware-binding';
import { SocatPair } from './socat-pair';

// The binding on a real pseudo-terminal pair: data read as it arrives, and the other end
// closing (a scanner pulled out) ends the read with a disconnection instead of a spin.

let dir: string;
let pair: SocatPair;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'accueil-hangup-'));
  pair = await SocatPair.start({ dir });
});

afterEach(async () => {
  await pair.stop();
  await rm(dir, { recursive: true, force: true });
});

const binding = hangupAwareBinding();

async function openDevice() {
  return binding.open({ path: pair.devicePath, baudRate: 9600 } as never);
}

describe('hangupAwareBinding', () => {
  it('waits for bytes and reads them as they arrive', async () => {
    const port = await openDevice();
    try {
      const reading = port.read(Buffer.alloc(64), 0, 64);
      await pair.write('AB12\r');
      const { bytesRead, buffer } = await reading;
      expect(buffer.subarray(0, bytesRead).toString('latin1')).toBe('AB12\r');
    } finally {
      await port.close();
    }
  });

  it('ends a read with a disconnection once the other end hangs up', async () => {
    const port = await openDevice();
    try {
      await pair.stop();
      // Let the hang-up complete: from then on the kernel answers every read with 0 bytes.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const error = await port.read(Buffer.alloc(64), 0, 64).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ disconnect: true });
    } finally {
      await port.close().catch(() => undefined);
    }
  });

  it('a read left waiting when the port closes is cancelled, not a disconnection', async () => {
    const port = await openDevice();
    const reading = port.read(Buffer.alloc(64), 0, 64).then(
      () => null,
      (e: unknown) => e,
    );
    await port.close();
    expect(await reading).toMatchObject({ canceled: true });
  });
});
