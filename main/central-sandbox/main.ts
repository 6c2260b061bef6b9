// Runs the central sandbox on its own, for a demo or to develop against:
//   npx tsx main/central-sandbox/main.ts [--port 8787] [--data .data/central] [--token T]
//     [--site centre-administratif] [--seed-date 2025-03-14] [--admin-port 8788]
import { parseArgs } from 'node:util';
import { startCentralSandbox } from './sandbox';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    'admin-port': { type: 'string', default: '8788' },
    data: { type: 'string', default: '.data/central-sandbox' },
    token: { type: 'string' },
    'admin-token': { type: 'string' },
    site: { type: 'string' },
    'seed-date': { type: 'string' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});

const sandbox = await startCentralSandbox({
  port: Number(values.port),
  adminPort: Number(values['admin-port']),
  dataDir: values.data,
  host: values.host,
  ...(values.token ? { token: values.token } : {}),
  ...(values['admin-token'] ? { adminToken: values['admin-token'] } : {}),
  ...(values.site ? { siteId: values.site } : {}),
  ...(values['seed-date'] ? { seedDate: values['seed-date'] } : {}),
});
console.log(`central sandbox: ${sandbox.url} (site ${sandbox.siteId}, token ${sandbox.token})`);
console.log(`admin: ${sandbox.adminUrl} (token ${sandbox.adminToken}); data in ${sandbox.dataDir}`);
const stop = () => void sandbox.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
