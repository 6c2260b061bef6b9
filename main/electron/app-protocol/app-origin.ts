// The app's own origin: its privileged scheme and one host for every app page.
export const appScheme = 'app';
export const appHost = 'accueil';
export const appOrigin = `${appScheme}://${appHost}`;
