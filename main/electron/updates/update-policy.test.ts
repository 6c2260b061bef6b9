import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { calendarSchema } from '../../../shared/domain/calendar-config';
import { zonedEpoch } from '../../../shared/calendar/zoned-time';
import { updateDecision, type UpdateFacts } from './update-policy';
import { startUpdates, type UpdaterLike } from './update-service';

const zone = 'Europe/Paris';
const calendar = calendarSchema.parse({
  weekly: {
    tue: [
      { from: '08:30', to: '12:00' },
      { from: '13:30', to: '17:30' },
    ],
    wed: [{ from: '08:30', to: '12:00' }],
  },
});
const schedule = { enabled: true, wakeBeforeMinutes: 30, sleepAfterMinutes: 15 };
const at = (date: string, time: string) => {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return zonedEpoch(date, h * 60 + m, zone);
};
// 2026-04-07 is a Tuesday.
const facts = (now: number, change: Partial<UpdateFacts> = {}): UpdateFacts => ({
  now,
  timeZone: zone,
  calendar,
  schedule,
  lastCheckAt: null,
  downloaded: false,
  lastInputAt: now - 3_600_000,
  busy: false,
  ...change,
});

describe('when a device checks for an update', () => {
  it.each<[string, string, string, Partial<UpdateFacts>, string]>([
    ['during opening hours', '2026-04-07', '10:00', {}, 'wait'],
    [
      'just after the morning closes (the screen awake 15 more minutes)',
      '2026-04-07',
      '12:05',
      {},
      'wait',
    ],
    ['in the lunch break, screens asleep: a background check', '2026-04-07', '12:30', {}, 'check'],
    ['in the evening, once closed', '2026-04-07', '19:00', {}, 'check'],
    [
      'not again within 4 hours',
      '2026-04-07',
      '21:00',
      { lastCheckAt: at('2026-04-07', '19:00') },
      'wait',
    ],
    [
      'again after 4 hours',
      '2026-04-07',
      '23:30',
      { lastCheckAt: at('2026-04-07', '19:00') },
      'check',
    ],
    ['on a closed day', '2026-04-09', '11:00', {}, 'check'],
  ])('%s (%s %s): %s', (_what, date, time, change, action) => {
    expect(updateDecision(facts(at(date, time), change)).action).toBe(action);
  });
});

describe('when it installs (a restart)', () => {
  const downloaded = { downloaded: true };
  it.each<[string, string, string, Partial<UpdateFacts>, string]>([
    ['never while open, even downloaded', '2026-04-07', '10:00', downloaded, 'wait'],
    ['closed and quiet: installs', '2026-04-07', '19:00', downloaded, 'install'],
    [
      'not in the lunch break (the screen wakes within the hour)',
      '2026-04-07',
      '12:30',
      downloaded,
      'wait',
    ],
    [
      'not while something is under way',
      '2026-04-07',
      '19:00',
      { ...downloaded, busy: true },
      'wait',
    ],
    [
      'not if someone touched the screen a moment ago',
      '2026-04-07',
      '19:00',
      { ...downloaded, lastInputAt: at('2026-04-07', '18:55') },
      'wait',
    ],
    [
      'not 20 minutes before the screen wakes (07:40, wakes 08:00)',
      '2026-04-08',
      '07:40',
      downloaded,
      'wait',
    ],
    ['an hour before it wakes: installs', '2026-04-08', '07:00', downloaded, 'install'],
  ])('%s', (_what, date, time, change, action) => {
    expect(updateDecision(facts(at(date, time), change)).action).toBe(action);
  });

  it('without opening hours, only at night (01:00–05:00 local time)', () => {
    const noCalendar = { calendar: undefined, downloaded: true };
    expect(updateDecision(facts(at('2026-04-07', '14:00'), noCalendar)).action).toBe('wait');
    expect(updateDecision(facts(at('2026-04-07', '02:00'), noCalendar)).action).toBe('install');
    expect(updateDecision(facts(at('2026-04-07', '04:45'), noCalendar)).action).toBe('wait');
  });
});

class FakeUpdater extends EventEmitter implements UpdaterLike {
  autoDownload = false;
  autoInstallOnAppQuit = true;
  allowDowngrade = true;
  channel: string | null = null;
  feeds: unknown[] = [];
  checks = 0;
  installs: [boolean | undefined, boolean | undefined][] = [];
  failNextCheck = false;
  setFeedURL(options: unknown) {
    this.feeds.push(options);
  }
  checkForUpdates() {
    this.checks += 1;
    if (this.failNextCheck) return Promise.reject(new Error('net::ERR_NAME_NOT_RESOLVED'));
    return Promise.resolve(null);
  }
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean) {
    this.installs.push([isSilent, isForceRunAfter]);
  }
}

describe('the update service over electron-updater', () => {
  it("takes the device's server and channel, downloads in the background, installs only when the policy says", async () => {
    const updater = new FakeUpdater();
    let now = at('2026-04-07', '10:00');
    const logs: string[] = [];
    const service = startUpdates({
      updater,
      updates: { channel: 'beta', url: 'https://maj.mairie.test/accueil/' },
      facts: () => ({
        timeZone: zone,
        calendar,
        schedule,
        lastInputAt: now - 3_600_000,
        busy: false,
      }),
      clock: () => now,
      log: (message) => logs.push(message),
    });
    service.stop();
    expect(updater).toMatchObject({
      autoDownload: true,
      autoInstallOnAppQuit: false,
      allowDowngrade: false,
      channel: 'beta',
    });
    expect(updater.feeds).toEqual([
      { provider: 'generic', url: 'https://maj.mairie.test/accueil/', channel: 'beta' },
    ]);
    await service.evaluate();
    expect(updater.checks).toBe(0);
    now = at('2026-04-07', '19:00');
    updater.failNextCheck = true;
    await service.evaluate();
    expect(updater.checks).toBe(1);
    expect(logs.at(-1)).toMatch(/update check failed .*tried again later/);
    updater.emit('error', new Error('sha512 checksum mismatch'));
    expect(logs.at(-1)).toMatch(/this version keeps running/);
    now = at('2026-04-07', '23:30');
    await service.evaluate();
    expect(updater.checks).toBe(2);
    updater.emit('update-downloaded', { version: '0.2.0' });
    expect(updater.installs).toEqual([]);
    await service.evaluate();
    expect(updater.installs).toEqual([[true, true]]);
  });

  it('keeps the built-in server and the latest channel when the device names none', () => {
    const updater = new FakeUpdater();
    startUpdates({
      updater,
      updates: undefined,
      facts: () => ({ timeZone: zone, calendar, schedule, lastInputAt: 0, busy: false }),
      clock: () => 0,
      log: () => {},
    }).stop();
    expect(updater.feeds).toEqual([]);
    expect(updater.channel).toBe('latest');
  });
});
