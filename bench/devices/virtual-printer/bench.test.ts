import { describe, expect, it } from 'vitest';
import { runBench } from './bench';

// Figures only: this checks the benchmark runs end to end, never how fast.
describe('virtual printer benchmark', () => {
  it('measures decoding, each rendering, the TCP round trip and the decoder throughput', async () => {
    const figures = await runBench({ runs: 3 });
    expect(figures.map((f) => f.name)).toEqual([
      'typical ticket',
      'decode a ticket, median',
      'decode a ticket, p95',
      'render a ticket as text, median',
      'render a ticket as text, p95',
      'render a ticket as HTML, median',
      'render a ticket as HTML, p95',
      'render a ticket as PNG (encoded), median',
      'render a ticket as PNG (encoded), p95',
      'ticket over TCP to a stored job with its 4 files, median',
      'ticket over TCP to a stored job with its 4 files, p95',
      'decoder throughput',
    ]);
    for (const figure of figures) expect(figure.value).toBeGreaterThan(0);
  });
});
