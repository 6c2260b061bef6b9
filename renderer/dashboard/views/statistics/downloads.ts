// The CSV exports and the yearly report are behind the manager's session (a bearer token
// kept in memory, never in a cookie): they are fetched with it and handed to the browser
// as a file, under the name the hub gives.

export async function downloadWithToken(url: string, token: string, fallbackName: string) {
  const answer = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (!answer.ok) {
    const body = (await answer.json().catch(() => null)) as { message?: string } | null;
    throw new Error(body?.message ?? `the hub answered ${answer.status}`);
  }
  const disposition = answer.headers.get('content-disposition') ?? '';
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
  const href = URL.createObjectURL(await answer.blob());
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
