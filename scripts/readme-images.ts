/**
 * Regenerates the images of the README (docs/images/) with the `conflict-events` command line:
 *
 * - seed-timeline.svg and seed-map.svg from the seed dataset (built here from examples/, as
 *   `npm run demo` builds it);
 * - ucdp-timeline.svg and ucdp-map.svg from the UCDP GED sample, when it sits beside the
 *   repository in ../shared/reference-data (it is not shipped).
 *
 *   npx tsx scripts/readme-images.ts
 */
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processIo } from '../src/cli/io.js';
import { runCli } from '../src/cli/program.js';
import '../src/cli/commands/index.js';
import { sharedPath } from '../test/helpers/shared.js';

const io = processIo();
async function run(args: string[]): Promise<void> {
  console.log(`$ conflict-events ${args.join(' ')}`);
  const code = await runCli(args, io);
  if (code !== 0) process.exit(code);
}

const dir = await mkdtemp(join(tmpdir(), 'readme-images-'));
const seed = join(dir, 'seed.jsonl');
await run(['build', 'examples', '--out', seed]);
await run(['plot', seed, '--out', 'docs/images/seed-timeline.svg', '--by', 'type', '--title', 'The seed dataset: events by month and type']);
await run(['map', seed, '--out', 'docs/images/seed-map.svg', '--title', 'The seed dataset: events by place and type']);

const ucdp = sharedPath('reference-data/ucdp-ged/ucdp_ged_v23_1_sample_1000.csv');
if (existsSync(ucdp)) {
  await run(['plot', ucdp, '--out', 'docs/images/ucdp-timeline.svg', '--interval', 'year', '--title', 'UCDP GED sample: events by year and type']);
  await run(['map', ucdp, '--country', 'SYR', '--out', 'docs/images/ucdp-map.svg', '--title', 'UCDP GED sample: Syria, events by place and type']);
} else {
  console.log(`${ucdp} not found: the UCDP images are left as they are`);
}
