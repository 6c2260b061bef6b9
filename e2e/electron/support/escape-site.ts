import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A local HTTPS portal for the locked browser's Electron suite: each page link, form,
// frame or script tries one way out (another scheme, a look-alike, user-info, a pop-up,
// a redirect, a download, a file picker). Its self-signed certificate is trusted by
// the app under test by its key's hash only (--ignore-certificate-errors-spki-list),
// so every other certificate error stays refused.

export interface EscapeSite {
  origin: string;
  /** base64 SHA-256 of the certificate's public key, for --ignore-certificate-errors-spki-list. */
  spki: string;
  close(): Promise<void>;
}

function selfSigned(): { key: string; cert: string; spki: string } {
  const dir = mkdtempSync(join(tmpdir(), 'accueil-escape-'));
  try {
    const run = (command: string) => {
      const done = spawnSync('sh', ['-c', command], { cwd: dir, encoding: 'utf8' });
      if (done.status !== 0) throw new Error(`${command}: ${done.stderr}`);
      return done.stdout.trim();
    };
    run(
      'openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout k.pem -out c.pem -days 2 -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1',
    );
    const spki = run(
      'openssl x509 -in c.pem -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64',
    );
    return {
      key: readFileSync(join(dir, 'k.pem'), 'utf8'),
      cert: readFileSync(join(dir, 'c.pem'), 'utf8'),
      spki,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The escapes the start page offers, by element id; each must leave the view where it was. */
export const escapes = {
  http: (origin: string) => `<a id="http" href="${origin.replace('https:', 'http:')}/">http</a>`,
  userinfo: (origin: string) =>
    `<a id="userinfo" href="https://${new URL(origin).host}@example.org/">user@host</a>`,
  lookalike: () => '<a id="lookalike" href="https://127.0.0.1.nip.io/">look-alike</a>',
  file: () => '<a id="file" href="file:///etc/passwd">file</a>',
  javascript: () =>
    `<a id="javascript" href="javascript:location='https://example.org/'">javascript</a>`,
  data: () => '<a id="data" href="data:text/html,<h1>Connexion</h1>">data</a>',
  popup: () => '<a id="popup" href="https://example.org/" target="_blank">pop-up</a>',
  form: () =>
    '<form id="form" action="https://example.org/" method="post" target="_blank"><input name="q" value="x"></form>',
  redirect: () => '<a id="redirect" href="/redirect">redirect</a>',
  download: () => '<a id="download" href="/attestation.pdf" download>download</a>',
} as const;

function startPage(origin: string): string {
  const links = Object.values(escapes)
    .map((make) => make(origin))
    .join('\n');
  return `<!doctype html><html lang="fr"><title>Portail de test</title>
<h1 id="start">Portail de test</h1>
${links}
<a id="inside" href="/second">inside</a>
<input id="field" autofocus>
<input id="picker" type="file">
<iframe id="frame" src="https://example.org/"></iframe>
</html>`;
}

export async function startEscapeSite(): Promise<EscapeSite> {
  const { key, cert, spki } = selfSigned();
  let origin = '';
  const server: Server = createServer({ key, cert }, (request, response) => {
    if (request.url === '/redirect') {
      response.writeHead(302, { location: 'https://example.org/' }).end();
    } else if (request.url === '/attestation.pdf') {
      response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
    } else if (request.url === '/second') {
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!doctype html><h1 id="second">Deuxième page</h1>');
    } else {
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(startPage(origin));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    spki,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
