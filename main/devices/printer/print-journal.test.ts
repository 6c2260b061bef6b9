import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { printContentSchema } from '../../../shared/print/content';
import { PrintJournal } from './print-journal';
import { sampleTicket } from './test-support/sample-content';

const content = printContentSchema.parse(sampleTicket);

describe('PrintJournal', () => {
  let dir: string;
  let journals: PrintJournal[];
  const open = () => {
    const journal = PrintJournal.open(join(dir, 'print.sqlite'), { now: () => 1000 });
    journals.push(journal);
    return journal;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'print-journal-'));
    journals = [];
  });
  afterEach(() => {
    for (const journal of journals) journal.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('claims a job once; a job that never left may be claimed again', () => {
    const journal = open();
    expect(journal.begin('job-00001', content)).toEqual({ started: true });
    expect(journal.begin('job-00001', content)).toMatchObject({
      started: false,
      existing: { state: 'sending' },
    });
    journal.settle('job-00001', 'not-sent', 'paper out');
    expect(journal.begin('job-00001', content)).toEqual({ started: true });
    journal.settle('job-00001', 'printed');
    expect(journal.get('job-00001')).toMatchObject({ state: 'printed', sentAt: 1000, content });
  });

  it('survives a restart, and treats a job caught mid-send as possibly printed', () => {
    const first = open();
    first.begin('job-00002', content);
    first.begin('job-00003', content);
    first.settle('job-00003', 'printed');
    first.close();
    const second = open();
    expect(second.get('job-00002')).toMatchObject({
      state: 'uncertain',
      detail: 'interrupted while sending',
    });
    expect(second.get('job-00003')?.state).toBe('printed');
    expect(second.begin('job-00002', content).started).toBe(false);
  });

  it('records reprints with their original and reason, and forgets old jobs', () => {
    const journal = open();
    journal.begin('job-00004', content);
    journal.settle('job-00004', 'printed');
    journal.begin('job-00005', content, { originalId: 'job-00004', reason: 'bourrage papier' });
    expect(journal.reprintsOf('job-00004')).toMatchObject([
      { jobId: 'job-00005', reprintOf: 'job-00004', reason: 'bourrage papier' },
    ]);
    expect(journal.purge(1001)).toBe(2);
    expect(journal.get('job-00004')).toBeUndefined();
  });

  it('forgets jobs past the retention period when it opens', () => {
    const first = open();
    first.begin('job-00006', content);
    first.settle('job-00006', 'printed');
    first.close();
    const day = 24 * 60 * 60 * 1000;
    const later = PrintJournal.open(join(dir, 'print.sqlite'), {
      now: () => 1000 + 7 * day,
      retentionDays: 7,
    });
    journals.push(later);
    expect(later.get('job-00006')).toBeDefined();
    const muchLater = PrintJournal.open(join(dir, 'print.sqlite'), {
      now: () => 1001 + 7 * day,
      retentionDays: 7,
    });
    journals.push(muchLater);
    expect(muchLater.get('job-00006')).toBeUndefined();
  });
});
