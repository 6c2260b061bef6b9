import type { Commitment } from '../domain/quality-config';

/** The year's measure of a commitment: the share reached, out of how many. */
export interface Measure {
  share: number | null;
  count: number;
}

export interface CommitmentResult {
  commitment: Commitment;
  measure: Measure;
  /** Null when nothing was measured (no visits, no answers). */
  met: boolean | null;
}

/** A commitment is met when the share measured reaches the share promised. */
export function evaluateCommitment(commitment: Commitment, measure: Measure): CommitmentResult {
  return {
    commitment,
    measure,
    met: measure.share === null ? null : measure.share >= commitment.share,
  };
}
