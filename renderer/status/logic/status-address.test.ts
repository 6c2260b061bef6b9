import { describe, expect, it } from 'vitest';
import { tokenFromFragment } from './status-address';

describe('tokenFromFragment', () => {
  it('reads the token from #t=', () => {
    expect(tokenFromFragment('#t=Zk3v9QmP1xYb2Lw8Tn4Rcg')).toBe('Zk3v9QmP1xYb2Lw8Tn4Rcg');
    expect(tokenFromFragment('#lang=fr&t=Zk3v9QmP1xYb2Lw8')).toBe('Zk3v9QmP1xYb2Lw8');
  });

  it('has none for an empty, foreign or malformed fragment', () => {
    for (const hash of [
      '',
      '#',
      '#t=',
      '#token=Zk3v9QmP1xYb2Lw8Tn4Rcg',
      '#t=short',
      '#t=../../etc',
    ])
      expect(tokenFromFragment(hash), hash).toBeNull();
    expect(tokenFromFragment(`#t=${'a'.repeat(129)}`)).toBeNull();
    expect(tokenFromFragment('#t=<script>alert(1)</script>')).toBeNull();
  });
});
