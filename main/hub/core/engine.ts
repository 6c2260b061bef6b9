import { decide, evolve, initialState } from '../../../shared/engine';
import type { Engine } from './queue-authority';

/** The real queue engine, as the authority drives it. */
export const queueEngine: Engine = { initialState, decide, evolve };
