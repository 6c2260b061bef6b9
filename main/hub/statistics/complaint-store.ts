import type { Complaint } from '../../../shared/contracts/statistics';
import { complaintIsLate } from '../../../shared/domain/quality-config';
import type { Db } from '../store/open-database';

interface Row {
  id: string;
  received_at: number;
  day: string;
  channel: Complaint['channel'];
  service: string | null;
  category: string;
  reference: string | null;
  deadline_at: number;
  answered_at: number | null;
}

const toComplaint = (row: Row, now: number): Complaint => ({
  id: row.id,
  receivedAt: row.received_at,
  day: row.day,
  channel: row.channel,
  service: row.service,
  category: row.category,
  reference: row.reference,
  deadlineAt: row.deadline_at,
  answeredAt: row.answered_at,
  late: complaintIsLate({ deadlineAt: row.deadline_at, answeredAt: row.answered_at }, now),
});

export type NewComplaint = Omit<Complaint, 'id' | 'answeredAt' | 'late'>;

/** Complaints (réclamations), followed from receipt until answered. */
export class ComplaintStore {
  private readonly s;

  constructor(private readonly db: Db) {
    this.s = {
      count: db.prepare("SELECT COUNT(*) AS n FROM complaints WHERE id LIKE ? || '-%'"),
      insert: db.prepare(
        `INSERT INTO complaints (id, received_at, day, channel, service, category, reference, deadline_at, recorded_at)
         VALUES (@id, @receivedAt, @day, @channel, @service, @category, @reference, @deadlineAt, @receivedAt)`,
      ),
      get: db.prepare('SELECT * FROM complaints WHERE id = ?'),
      answer: db.prepare(
        'UPDATE complaints SET answered_at = ? WHERE id = ? AND answered_at IS NULL',
      ),
      open: db.prepare(
        'SELECT * FROM complaints WHERE answered_at IS NULL ORDER BY deadline_at, id',
      ),
      late: db.prepare(
        'SELECT * FROM complaints WHERE answered_at IS NULL AND deadline_at < ? ORDER BY deadline_at, id',
      ),
      all: db.prepare('SELECT * FROM complaints ORDER BY received_at DESC, id LIMIT 1000'),
    };
  }

  /** Numbers complaints per year of receipt: "R-2026-0001". */
  record(complaint: NewComplaint, now: number): Complaint {
    return this.db.transaction(() => {
      const year = complaint.day.slice(0, 4);
      const n = (this.s.count.get(`R-${year}`) as { n: number }).n + 1;
      const id = `R-${year}-${String(n).padStart(4, '0')}`;
      this.s.insert.run({ ...complaint, id });
      return toComplaint(this.s.get.get(id) as Row, now);
    })();
  }

  get(id: string, now: number): Complaint | undefined {
    const row = this.s.get.get(id) as Row | undefined;
    return row ? toComplaint(row, now) : undefined;
  }

  /** Marks it answered; false when it was already. */
  answer(id: string, at: number): boolean {
    return this.s.answer.run(at, id).changes > 0;
  }

  list(state: 'open' | 'late' | 'all', now: number): Complaint[] {
    const rows = (
      state === 'open'
        ? this.s.open.all()
        : state === 'late'
          ? this.s.late.all(now)
          : this.s.all.all()
    ) as Row[];
    return rows.map((r) => toComplaint(r, now));
  }
}
