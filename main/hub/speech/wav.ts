// PCM WAV files: the chime the hub plays before a call (generated, no file to ship) and
// reading back what a WAV holds (format, duration, loudness) to check rendered speech.

export interface WavInfo {
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
  durationMs: number;
  /** Root mean square of the samples, 0 (silence) to 1 (full scale). */
  rms: number;
  /** Largest absolute sample, 0 to 1. */
  peak: number;
}

/** Reads a 16-bit PCM WAV; throws saying what is wrong with anything else. */
export function readWav(bytes: Uint8Array): WavInfo {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (bytes.length < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE')
    throw new Error('not a WAV file');
  let format: { channels: number; sampleRate: number; bits: number } | undefined;
  for (let at = 12; at + 8 <= bytes.length;) {
    const id = tag(at);
    // espeak-ng writes to a pipe and cannot seek back: its sizes say 0x7fffffff.
    const declared = view.getUint32(at + 4, true);
    const size = Math.min(declared, bytes.length - at - 8);
    if (id === 'fmt ') {
      if (view.getUint16(at + 8, true) !== 1) throw new Error('not PCM');
      format = {
        channels: view.getUint16(at + 10, true),
        sampleRate: view.getUint32(at + 12, true),
        bits: view.getUint16(at + 22, true),
      };
    } else if (id === 'data') {
      if (!format || format.bits !== 16) throw new Error('only 16-bit PCM is read');
      const samples = Math.floor(size / 2);
      let sum = 0;
      let peak = 0;
      for (let i = 0; i < samples; i += 1) {
        const value = view.getInt16(at + 8 + i * 2, true) / 32768;
        sum += value * value;
        peak = Math.max(peak, Math.abs(value));
      }
      return {
        sampleRate: format.sampleRate,
        channels: format.channels,
        bitsPerSample: format.bits,
        durationMs: (samples / format.channels / format.sampleRate) * 1000,
        rms: samples > 0 ? Math.sqrt(sum / samples) : 0,
        peak,
      };
    }
    at += 8 + size + (size % 2);
  }
  throw new Error('a WAV file with no data');
}

/** A 16-bit mono PCM WAV of the given samples (-1…1). */
export function encodeWav(samples: Float32Array, sampleRate: number): Uint8Array {
  const bytes = new Uint8Array(44 + samples.length * 2);
  const view = new DataView(bytes.buffer);
  const write = (at: number, text: string) => {
    for (let i = 0; i < text.length; i += 1) bytes[at + i] = text.charCodeAt(i);
  };
  write(0, 'RIFF');
  view.setUint32(4, 36 + samples.length * 2, true);
  write(8, 'WAVE');
  write(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  write(36, 'data');
  view.setUint32(40, samples.length * 2, true);
  for (let i = 0; i < samples.length; i += 1) {
    const clamped = Math.max(-1, Math.min(1, samples[i] ?? 0));
    view.setInt16(44 + i * 2, Math.round(clamped * 32767), true);
  }
  return bytes;
}

/**
 * Two soft bell tones, high then low (E6 → C6), each ringing out; about 1.3 s. Gentle
 * enough to hear fifty times an hour, clear enough over a waiting room's murmur.
 */
export function chimeWav(sampleRate = 22_050): Uint8Array {
  const tones = [
    { frequency: 1318.5, start: 0, length: 0.9 },
    { frequency: 1046.5, start: 0.4, length: 0.9 },
  ];
  const total = Math.ceil(sampleRate * 1.3);
  const samples = new Float32Array(total);
  for (const tone of tones) {
    const from = Math.floor(tone.start * sampleRate);
    const count = Math.floor(tone.length * sampleRate);
    for (let i = 0; i < count && from + i < total; i += 1) {
      const t = i / sampleRate;
      const attack = Math.min(1, t / 0.01);
      const envelope = attack * Math.exp(-t * 4.5);
      const bell =
        Math.sin(2 * Math.PI * tone.frequency * t) +
        0.3 * Math.sin(2 * Math.PI * tone.frequency * 2.01 * t);
      samples[from + i] = (samples[from + i] ?? 0) + 0.35 * envelope * bell;
    }
  }
  return encodeWav(samples, sampleRate);
}
