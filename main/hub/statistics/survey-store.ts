import { createHash } from 'node:crypto';
import type { Db } from '../store/open-database';

export interface SurveyAnswer {
  /** The visit's first ticket id: one answer per visit, whatever the transfers. */
  visitId: string;
  day: string;
  service: string;
  source: 'kiosk' | 'phone';
  rating: number;
  comment: string | null;
  /** When the comment is deleted (the rating stays). */
  commentUntil: number | null;
}

const hashOf = (visitId: string) => createHash('sha256').update(`survey:${visitId}`).digest('hex');

/**
 * Satisfaction answers. The answer row holds no ticket and no time of day; which visits
 * have answered is a separate set of hashes, so a ticket answers once and an answer
 * cannot be joined back to the visit (its counter, its agent).
 */
export class SurveyStore {
  private readonly s;

  constructor(private readonly db: Db) {
    this.s = {
      mark: db.prepare(
        'INSERT OR IGNORE INTO survey_answered (ticket_hash, answered_day) VALUES (?, ?)',
      ),
      insert: db.prepare(
        `INSERT INTO survey_answers (day, service, source, rating, comment, comment_until)
         VALUES (?, ?, ?, ?, ?, ?)`,
      ),
      purge: db.prepare(
        'UPDATE survey_answers SET comment = NULL, comment_until = NULL WHERE comment_until <= ?',
      ),
      comments: db.prepare(
        `SELECT day, service, rating, comment FROM survey_answers
         WHERE comment IS NOT NULL AND day BETWEEN ? AND ? ORDER BY day, id`,
      ),
    };
  }

  /** Records the answer; false when this visit has answered already. */
  answer(answer: SurveyAnswer): boolean {
    return this.db.transaction(() => {
      if (this.s.mark.run(hashOf(answer.visitId), answer.day).changes === 0) return false;
      this.s.insert.run(
        answer.day,
        answer.service,
        answer.source,
        answer.rating,
        answer.comment,
        answer.comment === null ? null : answer.commentUntil,
      );
      return true;
    })();
  }

  /** The retention rule: comments past their time go; ratings stay for the statistics. */
  purgeComments(now: number): number {
    return this.s.purge.run(now).changes;
  }

  comments(
    from: string,
    to: string,
  ): { day: string; service: string; rating: number; comment: string }[] {
    return this.s.comments.all(from, to) as {
      day: string;
      service: string;
      rating: number;
      comment: string;
    }[];
  }
}
