// Durations and configured texts as staff read them at a glance (counter console,
// dashboard): one wording, so tests pin it.

/** "45 s", "4 min 05 s", "1 h 02 min"; negative durations read as zero. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (hours > 0) return `${hours} h ${String(minutes).padStart(2, '0')} min`;
  if (minutes > 0) return `${minutes} min ${String(seconds).padStart(2, '0')} s`;
  return `${seconds} s`;
}

/** A localized text of the site configuration, in `language` or else French. */
export function localized(text: Record<string, string> | undefined, language: string): string {
  if (!text) return '';
  return text[language] ?? text.fr ?? Object.values(text)[0] ?? '';
}
