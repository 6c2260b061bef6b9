// Line icons (24×24, drawn with the text colour), so no control depends on an emoji font
// being installed on the kiosk. Each is one or more SVG path commands.
export const icons = {
  globe:
    'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18zM3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z',
  access: 'M12 4.5a1.5 1.5 0 1 0 0 .01M5 8.5l7 1.5 7-1.5M12 10v4.5l-3.5 6M12 14.5l3.5 6',
  calendar: 'M4 6h16v14H4zM4 10h16M8 3v5M16 3v5M8 14h3v3H8z',
  ticket: 'M3 7h18v3a2 2 0 0 0 0 4v3H3v-3a2 2 0 0 0 0-4zM14 7v10',
  screen: 'M3 4h18v12H3zM8 20h8M12 16v4',
  smile: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18zM9 10v.01M15 10v.01M8 14.5c2 2.5 6 2.5 8 0',
  help: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18zM9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.7v.5M12 17v.01',
  home: 'M3 11l9-7 9 7M5 10v10h5v-6h4v6h5V10',
  back: 'M19 12H5M11 6l-6 6 6 6',
  printer: 'M6 9V3h12v6M6 17H4v-8h16v8h-2M7 14h10v7H7z',
  camera: 'M4 7h4l2-3h4l2 3h4v12H4zM12 10a3 3 0 1 0 0 6a3 3 0 1 0 0-6z',
  touch:
    'M9 11V5a1.5 1.5 0 0 1 3 0v5l4.5.8A2 2 0 0 1 18 13l-1 7H9.5L6 15.5a1.6 1.6 0 0 1 2.3-2.2L9 14',
} as const;

export type IconName = keyof typeof icons;
