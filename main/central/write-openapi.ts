// Writes the central API's OpenAPI document to shared/central/openapi.json, the file the
// town's central team receives. Run after changing a schema in shared/central/:
//   npx tsx main/central/write-openapi.ts
// (shared/central/openapi.test.ts fails while the committed file is out of date.)
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { buildCentralOpenApi } from '../../shared/central/openapi';

const target = fileURLToPath(new URL('../../shared/central/openapi.json', import.meta.url));
const options = (await resolveConfig(target)) ?? {};
const text = await format(JSON.stringify(buildCentralOpenApi()), { ...options, parser: 'json' });
await writeFile(target, text);
console.log(`wrote ${target}`);
