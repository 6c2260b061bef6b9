// Web permissions (camera, microphone, geolocation, notifications, USB, HID, serial,
// clipboard, MIDI, full screen…) are never granted to a page: the kiosk, counter and
// display need none of them, and the devices are reached through the preload only. The
// shell installs both of Electron's handlers (request and check) with this verdict, since
// a request handler alone leaves synchronous checks answered "granted".

/** The permission requests the app grants: none. */
export const grantedPermissions: ReadonlySet<string> = new Set();

export function permissionVerdict(permission: string): boolean {
  return grantedPermissions.has(permission);
}
