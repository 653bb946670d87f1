/**
 * `npm run bench`: runs every benchmark in bench/ (files named *.bench.ts exporting `run()`),
 * or only those whose name contains the first argument: `npm run bench -- place`.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2];
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filter === undefined || f.includes(filter))
  .sort();

console.log(`conflict-events benchmarks — node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { run: () => Promise<void> | void };
  await mod.run();
}
