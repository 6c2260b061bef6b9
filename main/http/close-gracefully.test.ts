import { connect, type Socket } from 'node:net';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { closeGracefully } from './close-gracefully';

function openSilently(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

async function listening() {
  const app = Fastify();
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  let arrive = (): void => undefined;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  app.get('/slow', async () => {
    arrive();
    await released;
    return { done: true };
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as { port: number };
  return { app, port, release, arrived };
}

describe('closeGracefully', () => {
  it('does not wait for a connection that never sends a request (a browser’s preconnect)', async () => {
    const { app, port } = await listening();
    const silent = await openSilently(port);
    const ended = new Promise<void>((resolve) => silent.once('close', () => resolve()));
    // Fastify's own close waits for Node's headers timeout (60 s) here, past the test's.
    await closeGracefully(app, 200);
    await ended;
    expect(silent.destroyed).toBe(true);
  });

  it('lets an answer in flight finish within the grace period', async () => {
    const { app, port, release, arrived } = await listening();
    const answer = fetch(`http://127.0.0.1:${port}/slow`);
    await arrived;
    const closing = closeGracefully(app, 5_000);
    release();
    const response = await answer;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ done: true });
    await closing;
  });
});
