import { describe, expect, it } from 'vitest';
import { defaultDisplayScreen, displayScreenFor, displayScreenSchema } from './display-config';

describe('the displays configuration', () => {
  it('writes out the schema’s own defaults for a screen nobody configured', () => {
    expect(defaultDisplayScreen).toEqual(displayScreenSchema.parse({ label: '*' }));
  });

  it('gives a display its own settings, else those for "*", else the defaults', () => {
    const config = {
      screens: [
        displayScreenSchema.parse({ label: 'Écran du hall', previousCalls: 4 }),
        displayScreenSchema.parse({ label: '*', showWaiting: true }),
      ],
      information: [],
      informationSeconds: 8,
    };
    expect(displayScreenFor(config, 'Écran du hall').previousCalls).toBe(4);
    expect(displayScreenFor(config, 'Écran état civil').showWaiting).toBe(true);
    expect(displayScreenFor(undefined, 'x')).toEqual(defaultDisplayScreen);
  });
});
