import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appointmentQrText } from '../../../shared/scan/appointment-token';
import { startSimulatedScanner, type SimulatedScanner } from './simulated-scanner';
import { nextEvent } from './test-support/wait-for-event';

let dir: string;
let simulated: SimulatedScanner | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'accueil-demo-scanner-'));
});

afterEach(async () => {
  await simulated?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('startSimulatedScanner', () => {
  it('delivers a demo scan through the real serial path', async () => {
    simulated = await startSimulatedScanner({ dir, terminator: 'CRLF' });
    expect(simulated.scanner.status().state).toBe('ready');
    const token = 'Z9Y8X7W6V5T4S3R2Q1P0NMKJHG';
    const scan = nextEvent(simulated.scanner, 'scan');
    await simulated.scan(appointmentQrText(token));
    expect((await scan).payload).toEqual({ kind: 'appointment-token', token });

    const rejected = nextEvent(simulated.scanner, 'rejected');
    await simulated.scan('not one of ours');
    expect((await rejected).reason).toBe('unknown-format');
  });

  it('leaves nothing behind when stopped', async () => {
    simulated = await startSimulatedScanner({ dir });
    expect(await readdir(dir)).toHaveLength(2);
    await simulated.stop();
    expect(simulated.scanner.status().state).toBe('disconnected');
    expect(await readdir(dir)).toEqual([]);
    simulated = undefined;
  });
});
