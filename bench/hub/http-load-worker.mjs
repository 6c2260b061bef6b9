// The bench's HTTP clients in a worker thread: the worker registers tsx itself (a worker
// does not inherit the loader of the thread that starts it), then loads the TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./http-load.ts');
