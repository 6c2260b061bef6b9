import type { WebApp } from './web-files';

// The two pages the hub writes itself: its home (links to the apps) and the page that
// says the apps are not built yet. Plain HTML, nothing inline to execute or style, so the
// same strict policy applies.

function escape(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title></head>
<body>
${body}
</body>
</html>
`;
}

const appNames: Record<string, string> = {
  kiosk: 'Borne d’accueil (kiosk)',
  counter: 'Console du guichet (counter)',
  display: 'Écran de la salle d’attente (display)',
  dashboard: 'Tableau de bord (dashboard)',
  admin: 'Administration (admin)',
  status: 'Suivi d’un ticket sur téléphone (status)',
};

export function homePage(siteName: string | null, apps: readonly WebApp[]): string {
  const title = siteName ? `Accueil — ${siteName}` : 'Accueil';
  const links = apps
    .map(
      (app) =>
        `<li><a href="${escape(app.path)}">${escape(appNames[app.name] ?? app.name)}</a></li>`,
    )
    .join('\n');
  return page(
    title,
    apps.length > 0
      ? `<h1>${escape(title)}</h1>\n<ul>\n${links}\n</ul>\n<p>API : <a href="/api/v1">/api/v1</a></p>`
      : notBuiltBody(null),
  );
}

function notBuiltBody(app: string | null): string {
  const what = app
    ? `L’application « ${escape(app)} » n’est pas construite.`
    : 'Les applications web ne sont pas construites.';
  return `<h1>${what}</h1>
<p>Construisez-les une fois sur ce poste, puis rechargez cette page :</p>
<pre>npx vite build</pre>
<p lang="en">The web apps are not built yet: run <code>npx vite build</code> in the project folder (it writes <code>dist/web</code>, which this hub serves), then reload.</p>`;
}

export function notBuiltPage(app: string | null): string {
  return page('Accueil — applications non construites', notBuiltBody(app));
}
