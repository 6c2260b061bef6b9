import { describe, expect, it } from 'vitest';
import { decodeEscPos } from './decoder';
import { JobStore, type PrintedJob } from './job-store';
import { bytes, LF } from './test-support/sample-ticket';

function job(id: number): PrintedJob {
  const raw = bytes(`job ${id}`, LF);
  return {
    id,
    connectionId: 1,
    receivedAt: id,
    printedAt: id,
    printDurationMs: 0,
    endedBy: 'close',
    raw,
    decoded: decodeEscPos(raw).job,
    text: `job ${id}`,
    printed: true,
    notPrintedReason: null,
    files: null,
    fileError: null,
  };
}

describe('job store', () => {
  it('hands out jobs in order to successive waits, whether they arrived before or after', async () => {
    const store = new JobStore();
    store.add(job(1));
    const first = store.waitForJob();
    const second = store.waitForJob();
    const third = store.waitForJob();
    store.add(job(2));
    store.add(job(3));
    expect((await Promise.all([first, second, third])).map((j) => j.id)).toEqual([1, 2, 3]);
  });

  it('tells listeners about each job and lets them unsubscribe', () => {
    const store = new JobStore();
    const seen: number[] = [];
    const stop = store.onJob((j) => seen.push(j.id));
    store.add(job(1));
    stop();
    store.add(job(2));
    expect(seen).toEqual([1]);
    expect(store.get(2)?.text).toBe('job 2');
  });

  it('keeps only the newest jobs in memory and says so when an old one is awaited', async () => {
    const store = new JobStore(2);
    [1, 2, 3].forEach((id) => store.add(job(id)));
    expect(store.all().map((j) => j.id)).toEqual([2, 3]);
    expect(store.size).toBe(3);
    await expect(store.waitForJob()).rejects.toThrow('no longer kept');
    expect((await store.waitForJob()).id).toBe(2);
  });

  it('fails pending waits when closed', async () => {
    const store = new JobStore();
    const pending = store.waitForJob();
    store.close();
    await expect(pending).rejects.toThrow('closed before the job arrived');
    await expect(store.waitForJob()).rejects.toThrow('closed');
  });
});
