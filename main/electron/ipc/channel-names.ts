// IPC names of the app's own plumbing, shared by the preload and the main process (the
// contract's channels are in shared/ipc).

/** The preload tells main which device events its page listens to (fire-and-forget). */
export const listeningChannel = 'accueil:listening';
