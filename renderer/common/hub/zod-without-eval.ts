import { z } from 'zod';

// zod compiles fast object parsers with `new Function` when it may, and finds out by
// trying once: under the hub's CSP (no 'unsafe-eval') that try is blocked and reported as
// a policy violation. The web apps tell it not to try; imported first by each app's main.ts.
z.config({ jitless: true });
