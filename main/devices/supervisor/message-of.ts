/** The message of anything thrown, for a status detail. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
