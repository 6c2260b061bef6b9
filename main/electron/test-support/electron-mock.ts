import { EventEmitter } from 'node:events';
import type {
  App,
  BrowserWindowConstructorOptions,
  ContextBridge,
  CustomScheme,
  Display,
  HandlerDetails,
  IpcMain,
  IpcMainInvokeEvent,
  IpcRenderer,
  PowerSaveBlocker,
  Protocol,
  Screen,
  Session,
  WebContents,
  WebFrameMain,
  WindowOpenHandlerResponse,
} from 'electron';

// The one stand-in for `electron` in the tests (vi.mock('electron', …) loads this file).
// It implements the part of Electron's API the app uses, each member typed with
// Electron's own declaration of it, and behaves as Electron does for that part: events
// carry a preventable Event, a window opens with its webContents, ipcMain.handle refuses a
// second handler for a channel, contextBridge copies what it exposes, handlers installed
// on a session are the ones later asked. `resetElectronMock()` starts each test afresh.

/** The Event object Electron passes to main-process listeners. */
export class MockEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

let nextId = 1;

export class MockWebFrame {
  constructor(
    public url: string,
    readonly isMain: boolean,
  ) {}
}

export class MockWebContents extends EventEmitter {
  readonly id = nextId++;
  readonly mainFrame: MockWebFrame;
  readonly sent: { channel: string; args: unknown[] }[] = [];
  readonly insertedCss: string[] = [];
  windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;
  zoomLimits: [number, number] | null = null;
  zoomFactor = 1;
  devToolsOpen = false;
  reloads = 0;
  destroyed = false;
  memoryKb = 100_000;

  constructor(readonly session: MockSession) {
    super();
    this.mainFrame = new MockWebFrame('', true);
  }

  setWindowOpenHandler: WebContents['setWindowOpenHandler'] = (handler) => {
    this.windowOpenHandler = handler;
  };

  loadURL: WebContents['loadURL'] = async (url) => {
    this.mainFrame.url = url;
  };

  getURL: WebContents['getURL'] = () => this.mainFrame.url;

  reload: WebContents['reload'] = () => {
    this.reloads += 1;
  };

  send: WebContents['send'] = (channel, ...args) => {
    if (this.destroyed) throw new Error('Object has been destroyed');
    // IPC payloads are structured-cloned, as Electron does.
    this.sent.push({ channel, args: structuredClone(args) });
  };

  insertCSS: WebContents['insertCSS'] = async (css) => {
    this.insertedCss.push(css);
    return `css-${this.insertedCss.length}`;
  };

  setVisualZoomLevelLimits: WebContents['setVisualZoomLevelLimits'] = async (min, max) => {
    this.zoomLimits = [min, max];
  };

  setZoomFactor: WebContents['setZoomFactor'] = (factor) => {
    this.zoomFactor = factor;
  };

  closeDevTools: WebContents['closeDevTools'] = () => {
    this.devToolsOpen = false;
  };

  isDestroyed: WebContents['isDestroyed'] = () => this.destroyed;

  getProcessMemoryInfoKb(): number {
    return this.memoryKb;
  }

  /** Emits an event the way Electron does: a preventable Event first. Returns it. */
  fire(name: string, ...args: unknown[]): MockEvent {
    const event = new MockEvent();
    this.emit(name, event, ...args);
    return event;
  }

  /** A navigation event (will-navigate, will-redirect, will-frame-navigate) towards `url`. */
  navigate(name: string, url: string, isMainFrame = true): MockEvent & { url: string } {
    const event = Object.assign(new MockEvent(), { url, isMainFrame, isSameDocument: false });
    this.emit(name, event);
    return event;
  }

  /** Like a page calling `window.open(url)`: what the window-open handler answers. */
  windowOpen(url: string): WindowOpenHandlerResponse {
    const details = {
      url,
      frameName: '',
      features: '',
      disposition: 'new-window',
      referrer: { url: this.mainFrame.url, policy: 'strict-origin-when-cross-origin' },
    } satisfies HandlerDetails;
    // Electron's default, without a handler, is to open the window.
    return this.windowOpenHandler ? this.windowOpenHandler(details) : { action: 'allow' };
  }
}

export class MockBrowserWindow extends EventEmitter {
  static readonly all: MockBrowserWindow[] = [];
  readonly id = nextId++;
  readonly webContents: MockWebContents;
  shown = false;
  closed = false;
  /** The locked browser's views inside this window (see the block at the end of this file). */
  readonly contentView = new MockContentView();
  contentBounds = { x: 0, y: 0, width: 1080, height: 1920 };
  getContentBounds(): { x: number; y: number; width: number; height: number } {
    return { ...this.contentBounds };
  }

  constructor(readonly options: BrowserWindowConstructorOptions = {}) {
    super();
    this.webContents = new MockWebContents(session.defaultSession);
    MockBrowserWindow.all.push(this);
  }

  static getAllWindows(): MockBrowserWindow[] {
    return MockBrowserWindow.all.filter((w) => !w.closed);
  }

  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url);
  }

  show(): void {
    this.shown = true;
  }

  isDestroyed(): boolean {
    return this.closed;
  }

  close(): void {
    this.closed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

type PermissionRequestHandler = Parameters<Session['setPermissionRequestHandler']>[0];
type PermissionCheckHandler = Parameters<Session['setPermissionCheckHandler']>[0];
type CertificateVerifyProc = Parameters<Session['setCertificateVerifyProc']>[0];
type DevicePermissionHandler = Parameters<Session['setDevicePermissionHandler']>[0];
type HeadersReceivedListener = (
  details: {
    method: string;
    url: string;
    statusLine: string;
    responseHeaders?: Record<string, string[]>;
  },
  callback: (response: { responseHeaders?: Record<string, string[]>; statusLine?: string }) => void,
) => void;

export class MockSession extends EventEmitter {
  permissionRequestHandler: PermissionRequestHandler = null;
  permissionCheckHandler: PermissionCheckHandler = null;
  certificateVerifyProc: CertificateVerifyProc = null;
  devicePermissionHandler: DevicePermissionHandler = null;
  headersReceived: { urls: string[]; listener: HeadersReceivedListener } | null = null;

  setPermissionRequestHandler: Session['setPermissionRequestHandler'] = (handler) => {
    this.permissionRequestHandler = handler;
  };
  setPermissionCheckHandler: Session['setPermissionCheckHandler'] = (handler) => {
    this.permissionCheckHandler = handler;
  };
  setCertificateVerifyProc: Session['setCertificateVerifyProc'] = (proc) => {
    this.certificateVerifyProc = proc;
  };
  setDevicePermissionHandler: Session['setDevicePermissionHandler'] = (handler) => {
    this.devicePermissionHandler = handler;
  };
  readonly webRequest = {
    onHeadersReceived: (filter: { urls: string[] }, listener: HeadersReceivedListener) => {
      this.headersReceived = { urls: filter.urls, listener };
    },
  };

  /** Asks the permission request handler, as Chromium would; no handler grants (Electron's default). */
  requestPermission(permission: string, origin: string): Promise<boolean> {
    const handler = this.permissionRequestHandler;
    if (!handler) return Promise.resolve(true);
    return new Promise((resolve) =>
      handler(null as unknown as WebContents, permission as never, resolve, {
        requestingUrl: origin,
        isMainFrame: true,
      } as never),
    );
  }

  checkPermission(permission: string, origin: string): boolean {
    const handler = this.permissionCheckHandler;
    if (!handler) return true;
    return handler(null, permission as never, origin, { isMainFrame: true } as never);
  }

  fire(name: string, ...args: unknown[]): MockEvent {
    const event = new MockEvent();
    this.emit(name, event, ...args);
    return event;
  }
}

export const session = {
  defaultSession: new MockSession(),
  // The locked browser's sessions (see the block at the end of this file).
  fromPartition: (partition: string, options?: { cache?: boolean }): MockSession =>
    partitionSession(partition, options),
};

class MockIpcMain extends EventEmitter {
  readonly handlers = new Map<string, (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown>();

  handle: IpcMain['handle'] = (channel, listener) => {
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  };

  removeHandler: IpcMain['removeHandler'] = (channel) => {
    this.handlers.delete(channel);
  };

  /** A renderer's `ipcRenderer.invoke`: arguments and answer are structured-cloned. */
  async invoke(event: IpcMainInvokeEvent, channel: string, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return structuredClone(await handler(event, ...structuredClone(args)));
  }

  /** A renderer's `ipcRenderer.send`. */
  deliver(event: object, channel: string, ...args: unknown[]): void {
    this.emit(channel, event, ...structuredClone(args));
  }
}

export const ipcMain = new MockIpcMain();

/** The event an IPC message from `contents` arrives with, from its main frame or a sub-frame. */
export function ipcEventFrom(
  contents: MockWebContents,
  frame: { url?: string; main?: boolean } = {},
): IpcMainInvokeEvent {
  const senderFrame =
    frame.main === false
      ? new MockWebFrame(frame.url ?? contents.getURL(), false)
      : contents.mainFrame;
  if (frame.url !== undefined && frame.main !== false) contents.mainFrame.url = frame.url;
  return {
    sender: contents,
    senderFrame,
    frameId: 1,
    processId: 1,
    type: 'frame',
    defaultPrevented: false,
    preventDefault() {},
  } as unknown as IpcMainInvokeEvent;
}

class MockIpcRenderer extends EventEmitter {
  readonly invoked: { channel: string; args: unknown[] }[] = [];
  readonly sentToMain: { channel: string; args: unknown[] }[] = [];
  answer: (channel: string, ...args: unknown[]) => unknown = () => undefined;

  invoke: IpcRenderer['invoke'] = async (channel, ...args) => {
    this.invoked.push({ channel, args: structuredClone(args) });
    return structuredClone(await this.answer(channel, ...args));
  };

  send: IpcRenderer['send'] = (channel, ...args) => {
    this.sentToMain.push({ channel, args: structuredClone(args) });
  };

  /** Main's `webContents.send`: the listener gets Electron's IpcRendererEvent, then the payload. */
  fromMain(channel: string, ...args: unknown[]): void {
    const event = { sender: this, senderId: 0, ports: [] };
    this.emit(channel, event, ...structuredClone(args));
  }
}

export const ipcRenderer = new MockIpcRenderer();

/** What the preload exposed, as the page sees it (copied, as contextBridge does). */
export const exposed = new Map<string, unknown>();

function bridgeCopy(value: unknown): unknown {
  if (typeof value === 'function') return value;
  if (Array.isArray(value)) return value.map(bridgeCopy);
  if (value && typeof value === 'object')
    return Object.freeze(
      Object.fromEntries(Object.entries(value).map(([k, v]) => [k, bridgeCopy(v)])),
    );
  return value;
}

/** What preloads ran in the page's main world (`contextBridge.executeInMainWorld`). */
export const executedInMainWorld: { func: string; args: unknown[] }[] = [];

export const contextBridge: Pick<ContextBridge, 'exposeInMainWorld' | 'executeInMainWorld'> = {
  exposeInMainWorld(apiKey, api) {
    if (exposed.has(apiKey))
      throw new Error(`Cannot bind an API on top of an existing property: ${apiKey}`);
    exposed.set(apiKey, bridgeCopy(api));
  },
  // Electron serialises the function (its closure is lost) and copies the arguments.
  executeInMainWorld({ func, args = [] }) {
    executedInMainWorld.push({ func: func.toString(), args: structuredClone(args) });
    return undefined;
  },
};

class MockProtocol {
  readonly privileged: CustomScheme[] = [];
  readonly handlers = new Map<string, (request: Request) => Response | Promise<Response>>();

  registerSchemesAsPrivileged: Protocol['registerSchemesAsPrivileged'] = (schemes) => {
    if (app.ready)
      throw new Error('registerSchemesAsPrivileged must be called before the app is ready');
    this.privileged.push(...schemes);
  };

  handle: Protocol['handle'] = (scheme, handler) => {
    if (this.handlers.has(scheme)) throw new Error(`The scheme ${scheme} is already handled`);
    this.handlers.set(scheme, handler as (request: Request) => Promise<Response>);
  };
}

export const protocol = new MockProtocol();

class MockApp extends EventEmitter {
  ready = false;
  isPackaged = false;
  singleInstance = true;
  quitting = false;
  readonly switches: string[] = [];
  private readyResolvers: (() => void)[] = [];

  readonly paths: Record<string, string> = {};
  exitCode: number | null = null;

  requestSingleInstanceLock: App['requestSingleInstanceLock'] = () => this.singleInstance;
  getVersion: App['getVersion'] = () => '0.1.0';
  getPath: App['getPath'] = (name) => this.paths[name] ?? `/tmp/accueil-mock/${name}`;
  setPath: App['setPath'] = (name, path) => {
    this.paths[name] = path;
  };
  exit: App['exit'] = (code = 0) => {
    this.exitCode = code;
  };
  getAppMetrics: App['getAppMetrics'] = () => [];
  quit: App['quit'] = () => {
    this.quitting = true;
  };
  whenReady: App['whenReady'] = () =>
    this.ready
      ? Promise.resolve()
      : new Promise<void>((resolve) => this.readyResolvers.push(resolve));

  readonly commandLine = {
    appendSwitch: (name: string, value?: string) => {
      this.switches.push(value === undefined ? name : `${name}=${value}`);
    },
  };

  /** The moment Electron is ready. */
  becomeReady(): void {
    this.ready = true;
    for (const resolve of this.readyResolvers.splice(0)) resolve();
    this.emit('ready');
  }
}

export const app = new MockApp();

export const screen: Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay'> & {
  displays: Display[];
} = {
  displays: [],
  getAllDisplays() {
    return this.displays;
  },
  getPrimaryDisplay() {
    const primary = this.displays[0];
    if (!primary) throw new Error('no display');
    return primary;
  },
};

export function display(id: number, x: number, width = 1920, height = 1080): Display {
  return {
    id,
    bounds: { x, y: 0, width, height },
    workArea: { x, y: 0, width, height },
  } as Display;
}

class MockPowerSaveBlocker {
  readonly started = new Map<number, string>();
  private next = 1;
  start: PowerSaveBlocker['start'] = (type) => {
    const id = this.next++;
    this.started.set(id, type);
    return id;
  };
  stop: PowerSaveBlocker['stop'] = (id) => {
    return this.started.delete(id);
  };
  isStarted: PowerSaveBlocker['isStarted'] = (id) => this.started.has(id);
}

export const powerSaveBlocker = new MockPowerSaveBlocker();

export const BrowserWindow = MockBrowserWindow;

export function resetElectronMock(): void {
  MockBrowserWindow.all.length = 0;
  session.defaultSession = new MockSession();
  ipcMain.handlers.clear();
  ipcMain.removeAllListeners();
  ipcRenderer.removeAllListeners();
  ipcRenderer.invoked.length = 0;
  ipcRenderer.sentToMain.length = 0;
  ipcRenderer.answer = () => undefined;
  exposed.clear();
  executedInMainWorld.length = 0;
  protocol.privileged.length = 0;
  protocol.handlers.clear();
  app.removeAllListeners();
  app.ready = false;
  app.singleInstance = true;
  app.quitting = false;
  app.exitCode = null;
  for (const name of Object.keys(app.paths)) delete app.paths[name];
  screen.displays = [display(1, 0)];
  powerSaveBlocker.started.clear();
  partitions.clear();
  MockWebContentsView.all.length = 0;
  subFrames.clear();
}

// ---- the locked e-services browser (main/electron/browser/) ----
// In-memory partition sessions that record their wipe, WebContentsView, a window's
// content view, and the members of a view's webContents the browser uses.

type ClearStorageData = Session['clearStorageData'];

export class MockPartitionSession extends MockSession {
  readonly wiped: string[] = [];
  clearedStorages: string[] = [];
  spellChecker = true;
  usbProtectedClassesHandler: Parameters<Session['setUSBProtectedClassesHandler']>[0] = null;
  bluetoothPairingHandler: Parameters<Session['setBluetoothPairingHandler']>[0] = null;
  displayMediaRequestHandler: Parameters<Session['setDisplayMediaRequestHandler']>[0] = null;

  constructor(
    readonly partition: string,
    readonly persistent: boolean,
  ) {
    super();
  }

  clearStorageData: ClearStorageData = async (options) => {
    this.clearedStorages = [...(options?.storages ?? [])];
    this.wiped.push('storage');
  };
  clearCache: Session['clearCache'] = async () => void this.wiped.push('cache');
  clearAuthCache: Session['clearAuthCache'] = async () => void this.wiped.push('auth-cache');
  clearHostResolverCache: Session['clearHostResolverCache'] = async () =>
    void this.wiped.push('host-resolver-cache');
  clearCodeCaches: Session['clearCodeCaches'] = async () => void this.wiped.push('code-caches');
  closeAllConnections: Session['closeAllConnections'] = async () =>
    void this.wiped.push('connections');
  setSpellCheckerEnabled: Session['setSpellCheckerEnabled'] = (enable) => {
    this.spellChecker = enable;
  };
  setUSBProtectedClassesHandler: Session['setUSBProtectedClassesHandler'] = (handler) => {
    this.usbProtectedClassesHandler = handler;
  };
  setBluetoothPairingHandler: Session['setBluetoothPairingHandler'] = (handler) => {
    this.bluetoothPairingHandler = handler;
  };
  setDisplayMediaRequestHandler: Session['setDisplayMediaRequestHandler'] = (handler) => {
    this.displayMediaRequestHandler = handler;
  };
}

export const partitions = new Map<string, MockPartitionSession>();

/** Electron's `session.fromPartition`: the same name gives the same session; `persist:` one on disk. */
function partitionSession(partition: string, _options?: { cache?: boolean }): MockPartitionSession {
  let found = partitions.get(partition);
  if (!found) {
    found = new MockPartitionSession(partition, partition.startsWith('persist:'));
    partitions.set(partition, found);
  }
  return found;
}

export class MockViewContents extends MockWebContents {
  readonly inputEvents: unknown[] = [];
  readonly isolatedScripts: string[] = [];
  readonly history: string[] = [];
  loading = false;
  closedWith: unknown = null;
  declare readonly session: MockPartitionSession;

  readonly navigationHistory = {
    canGoBack: () => this.history.length > 1,
    goBack: () => {
      this.history.pop();
      this.mainFrame.url = this.history.at(-1) ?? '';
    },
  };

  override loadURL: WebContents['loadURL'] = async (url) => {
    this.mainFrame.url = url;
    this.history.push(url);
  };

  sendInputEvent: WebContents['sendInputEvent'] = (event) => {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.inputEvents.push(structuredClone(event));
  };
  isLoading: WebContents['isLoading'] = () => this.loading;
  executeJavaScriptInIsolatedWorld: WebContents['executeJavaScriptInIsolatedWorld'] = async (
    _world,
    scripts,
  ) => {
    this.isolatedScripts.push(...scripts.map((script) => script.code));
  };
  close: WebContents['close'] = (options) => {
    this.closedWith = options ?? {};
    this.destroyed = true;
    this.emit('destroyed');
  };
}

export class MockWebContentsView {
  static readonly all: MockWebContentsView[] = [];
  readonly webContents: MockViewContents;
  bounds: { x: number; y: number; width: number; height: number } | null = null;

  constructor(readonly options: { webPreferences?: Record<string, unknown> } = {}) {
    const own = options.webPreferences?.session as MockPartitionSession | undefined;
    this.webContents = new MockViewContents(own ?? partitionSession('default-view'));
    MockWebContentsView.all.push(this);
  }

  setBounds(bounds: { x: number; y: number; width: number; height: number }): void {
    this.bounds = { ...bounds };
  }
}

export class MockContentView {
  readonly children: MockWebContentsView[] = [];
  addChildView(view: MockWebContentsView): void {
    if (!this.children.includes(view)) this.children.push(view);
  }
  removeChildView(view: MockWebContentsView): void {
    const at = this.children.indexOf(view);
    if (at >= 0) this.children.splice(at, 1);
  }
}

export const WebContentsView = MockWebContentsView;

/** A sub-frame of a view's page, as `webFrameMain.fromId` finds it; records what main ran in it. */
export class MockWebFrameMain {
  readonly executed: string[] = [];
  constructor(
    readonly processId: number,
    readonly routingId: number,
  ) {}
  executeJavaScript: WebFrameMain['executeJavaScript'] = async (code) => {
    this.executed.push(code);
    return undefined;
  };
}

export const subFrames = new Map<string, MockWebFrameMain>();

/** A sub-frame that exists (created by a page); `webFrameMain.fromId` finds it. */
export function subFrame(processId: number, routingId: number): MockWebFrameMain {
  const frame = new MockWebFrameMain(processId, routingId);
  subFrames.set(`${processId}:${routingId}`, frame);
  return frame;
}

export const webFrameMain = {
  fromId: (processId: number, routingId: number): MockWebFrameMain | undefined =>
    subFrames.get(`${processId}:${routingId}`),
};
// ---- end of the locked e-services browser ----

// Electron's module shape: both named exports and a default with the same members.
const electron = {
  app,
  BrowserWindow,
  contextBridge,
  ipcMain,
  ipcRenderer,
  powerSaveBlocker,
  protocol,
  screen,
  session,
  webFrameMain,
  WebContentsView: MockWebContentsView,
};
export default electron;
