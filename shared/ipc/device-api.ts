import type { z } from 'zod';
import { demoChannels, deviceChannels, deviceEvents } from './device-channels';
import {
  resultSchemaOf,
  type ChannelError,
  type ChannelResult,
  type ChannelSpec,
  type ChannelTable,
} from './envelope';

// The types every end of the device contract uses, all inferred from device-channels.ts:
// adding a channel there adds it here, to the handlers and to every bridge.

export type DeviceChannels = typeof deviceChannels;
export type DeviceChannel = keyof DeviceChannels;
export type DemoChannels = typeof demoChannels;
export type DemoChannel = keyof DemoChannels;

/** What a caller sends (defaults may be left out). */
export type RequestOf<T extends ChannelTable, C extends keyof T> = z.input<T[C]['request']>;
/** What a handler receives once the request is parsed. */
export type ParsedRequestOf<T extends ChannelTable, C extends keyof T> = z.output<T[C]['request']>;
export type ResultOf<T extends ChannelTable, C extends keyof T> = ChannelResult<T[C]>;
export type ErrorOf<T extends ChannelTable, C extends keyof T> = ChannelError<T[C]>;

export type DeviceRequest<C extends DeviceChannel> = RequestOf<DeviceChannels, C>;
export type DeviceResult<C extends DeviceChannel> = ResultOf<DeviceChannels, C>;
export type DeviceValue<C extends DeviceChannel> = Extract<DeviceResult<C>, { ok: true }>['value'];
export type DeviceError<C extends DeviceChannel> = ErrorOf<DeviceChannels, C>;

/** Channels whose request may be left out entirely (every field optional). */
type OptionalRequest<T extends ChannelTable, C extends keyof T> =
  Record<string, never> extends RequestOf<T, C> ? true : false;

/** The arguments of `invoke(channel, …)`: the request, optional where it may be empty. */
export type RequestArgs<T extends ChannelTable, C extends keyof T> =
  OptionalRequest<T, C> extends true ? [request?: RequestOf<T, C>] : [request: RequestOf<T, C>];

/** The device contract as a typed API: one method per channel. */
export type DeviceApi = {
  [C in DeviceChannel]: (...args: RequestArgs<DeviceChannels, C>) => Promise<DeviceResult<C>>;
};

export type DeviceEvents = typeof deviceEvents;
export type DeviceEventName = keyof DeviceEvents;
export type DeviceEventPayload<E extends DeviceEventName> = z.output<DeviceEvents[E]>;
export type DeviceEventListener<E extends DeviceEventName> = (
  payload: DeviceEventPayload<E>,
) => void;
/** One pushed event, tagged with its name: what a transport carries. */
export type DeviceEventMessage = {
  [E in DeviceEventName]: { event: E; payload: DeviceEventPayload<E> };
}[DeviceEventName];

export const deviceChannelNames = Object.keys(deviceChannels) as DeviceChannel[];
export const deviceEventNames = Object.keys(deviceEvents) as DeviceEventName[];
export const demoChannelNames = Object.keys(demoChannels) as DemoChannel[];

export function isDeviceChannel(name: unknown): name is DeviceChannel {
  return typeof name === 'string' && Object.hasOwn(deviceChannels, name);
}

export function isDeviceEvent(name: unknown): name is DeviceEventName {
  return typeof name === 'string' && Object.hasOwn(deviceEvents, name);
}

export function isDemoChannel(name: unknown): name is DemoChannel {
  return typeof name === 'string' && Object.hasOwn(demoChannels, name);
}

const resultSchemas = new Map<ChannelSpec, z.ZodType>();

/** The schema of a channel's answer (built once), to check what a transport brings back. */
export function resultSchema<T extends ChannelTable, C extends keyof T & string>(
  table: T,
  name: C,
): z.ZodType<ResultOf<T, C>> {
  const spec = table[name] as T[C];
  let schema = resultSchemas.get(spec);
  if (!schema) resultSchemas.set(spec, (schema = resultSchemaOf(spec)));
  return schema as z.ZodType<ResultOf<T, C>>;
}
