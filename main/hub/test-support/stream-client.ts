import { WebSocket, type ClientOptions } from 'ws';
import { serverMessageSchema, type ServerMessage } from '../../../shared/contracts/ws-messages';

export interface StreamClient {
  ws: WebSocket;
  messages: ServerMessage[];
  /** Resolves with the first message (already received or to come) that matches. */
  next<T extends ServerMessage['type']>(
    type: T,
    matches?: (message: Extract<ServerMessage, { type: T }>) => boolean,
  ): Promise<Extract<ServerMessage, { type: T }>>;
  closed: Promise<{ code: number; reason: string }>;
  close(): Promise<void>;
}

/** A WebSocket client of the event stream that keeps every message, parsed by the contract. */
export function connectStream(
  url: string,
  hello: Record<string, unknown> | null,
  options: ClientOptions = {},
): StreamClient {
  const ws = new WebSocket(url, options);
  const messages: ServerMessage[] = [];
  const waiters: { test: (m: ServerMessage) => boolean; resolve: (m: ServerMessage) => void }[] =
    [];
  ws.on('open', () => {
    if (hello) ws.send(JSON.stringify(hello));
  });
  ws.on('error', () => {});
  ws.on('message', (data) => {
    const message = serverMessageSchema.parse(JSON.parse(String(data)));
    messages.push(message);
    for (const waiter of [...waiters])
      if (waiter.test(message)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(message);
      }
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: String(reason) })),
  );
  return {
    ws,
    messages,
    next: (type, matches = () => true) =>
      new Promise((resolve, reject) => {
        const test = (m: ServerMessage) => m.type === type && matches(m as never);
        const found = messages.find(test);
        if (found) return resolve(found as never);
        waiters.push({ test, resolve: resolve as (m: ServerMessage) => void });
        void closed.then(({ code }) =>
          reject(new Error(`stream closed (${code}) before a "${type}" message came`)),
        );
      }),
    closed,
    close: async () => {
      if (ws.readyState !== WebSocket.CLOSED) {
        ws.terminate();
        await closed;
      }
    },
  };
}
