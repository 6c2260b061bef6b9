import { read } from 'node:fs';
import { promisify } from 'node:util';
import { SerialPort } from 'serialport';

const readAsync = promisify(read);

type Binding = typeof SerialPort.binding;
type PortBinding = Awaited<ReturnType<Binding['open']>>;
type ReadResult = Awaited<ReturnType<PortBinding['read']>>;

/** What a Unix port binding has besides its interface: its descriptor and poller. */
interface UnixPort {
  fd: number | null;
  readonly isOpen: boolean;
  poller: { once(event: 'readable', callback: (error: Error | null) => void): unknown };
}

/** Marked the way serialport's stream reads it: `disconnect` closes the port for good. */
class DisconnectError extends Error {
  readonly disconnect = true;
}

/** A read abandoned because the port was closed meanwhile: not a disconnection. */
class CanceledError extends Error {
  readonly canceled = true;
}

function isUnixPort<T>(port: T): port is T & UnixPort {
  return typeof port === 'object' && port !== null && 'fd' in port && 'poller' in port;
}

function codeOf(error: unknown): string | undefined {
  return error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
}

/**
 * One read that waits for data and treats end-of-file as the device hanging up. On Linux a
 * USB scanner pulled out (or a pseudo-terminal whose other end closed) makes read() return
 * 0 bytes forever; serialport's own Unix read retries on 0 without waiting, so the process
 * spins and never hears the device went away (serialport/bindings-cpp#162). Here a 0-byte
 * read is the disconnection it is, and the scanner's reconnection takes over.
 */
async function readOnce(
  port: UnixPort,
  buffer: Buffer,
  offset: number,
  length: number,
): Promise<ReadResult> {
  for (;;) {
    if (!port.isOpen || port.fd === null) throw new CanceledError('Port is not open');
    try {
      const { bytesRead } = await readAsync(port.fd, buffer, offset, length, null);
      if (bytesRead === 0) throw new DisconnectError('the device hung up (end of file)');
      return { bytesRead, buffer };
    } catch (error) {
      const code = codeOf(error);
      if (code !== 'EAGAIN' && code !== 'EWOULDBLOCK' && code !== 'EINTR') throw error;
      if (!port.isOpen) throw new CanceledError('Port is not open');
      await new Promise<void>((resolve, reject) =>
        port.poller.once('readable', (pollError) => (pollError ? reject(pollError) : resolve())),
      );
    }
  }
}

/**
 * The system's serial binding, with reads that notice a device hanging up. Windows ports
 * (no descriptor, no poller) are left as they are.
 */
export function hangupAwareBinding(base: Binding = SerialPort.binding): Binding {
  return {
    ...base,
    list: () => base.list(),
    async open(options: Parameters<Binding['open']>[0]) {
      const port = await base.open(options as never);
      if (isUnixPort(port))
        port.read = (buffer: Buffer, offset: number, length: number) =>
          readOnce(port, buffer, offset, length);
      return port;
    },
  } as Binding;
}
