import { SerialPortMock } from 'serialport';
import type { SerialBackend, SerialPortInfo } from '../serial-backend';

// @serialport/binding-mock's package.json gives no types under "exports", so TypeScript
// sees it as untyped: these are the parts of its documented API the tests use.
interface MockBindingApi {
  createPort(
    path: string,
    options?: { vendorId?: string; productId?: string; manufacturer?: string },
  ): void;
  reset(): void;
  list(): Promise<SerialPortInfo[]>;
}
interface MockPortBinding {
  emitData(data: Buffer | string): void;
}

export const mockBinding: MockBindingApi = SerialPortMock.binding;

/**
 * serialport's own mock binding behind the SerialBackend interface: ports made with
 * `mockBinding.createPort(path, { vendorId, productId })` are listed and opened by the
 * real SerialPortStream code. `opened` keeps each stream so a test can feed it bytes or
 * pull the plug the way a failing read does.
 */
export class MockSerialBackend implements SerialBackend {
  readonly opened: SerialPortMock[] = [];

  list = () => mockBinding.list();

  async resolve(path: string) {
    const ports = await mockBinding.list();
    return ports.some((p) => p.path === path) ? path : null;
  }

  create({ path, baudRate }: { path: string; baudRate: number }) {
    const port = new SerialPortMock({ path, baudRate, autoOpen: false });
    this.opened.push(port);
    return port;
  }

  /** Bytes arriving on the open port, as if the scanner sent them. */
  emit(data: Buffer | string): void {
    const binding: MockPortBinding = this.latest().port;
    binding.emitData(data);
  }

  /** Unplugs: removes every mock device and fails the open stream as a dead read does. */
  unplug(): void {
    const stream = this.latest();
    mockBinding.reset();
    stream._disconnected(new Error('device unplugged'));
  }

  private latest(): SerialPortMock {
    const stream = this.opened.findLast((p) => p.isOpen);
    if (!stream) throw new Error('no open mock port');
    return stream;
  }
}
