// What every paper (ticket, check-in ticket, receipt) says the same way: its lines cut
// to the paper, and its header.

/**
 * A line cut to the `max` characters the paper holds. The one rule for every paper: trim,
 * then cut visibly, ending in "…", so a shortened name ("Carte d'identité et passe…")
 * never reads as another, complete one (a bare cut did, at the counter); never inside a
 * surrogate pair.
 */
export function clipLine(text: string, max: number): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  let end = max - 1;
  const last = trimmed.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${trimmed.slice(0, end).trimEnd()}…`;
}

/** The top of every paper: the town as it signs, then the building when it is another name. */
export function printHeader(
  townName: string,
  siteName?: string,
): { townName: string; siteName?: string } {
  const town = clipLine(townName, 60);
  const site = siteName === undefined ? '' : clipLine(siteName, 80);
  return site && site !== town ? { townName: town, siteName: site } : { townName: town };
}
