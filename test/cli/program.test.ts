import { expect, test } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/program.js';
import '../../src/cli/commands/index.js';

function capture(): CliIo & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', isTty: false, out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
  return io;
}

test('--version prints the package version', async () => {
  const io = capture();
  expect(await runCli(['--version'], io)).toBe(0);
  expect(io.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
});

test('--help describes the tool', async () => {
  const io = capture();
  expect(await runCli(['--help'], io)).toBe(0);
  expect(io.stdout).toContain('conflict-events');
  expect(io.stdout).toContain('Usage:');
});

test('an unknown option is a usage error (exit 2) with a clear message', async () => {
  const io = capture();
  expect(await runCli(['--frobnicate'], io)).toBe(2);
  expect(io.stderr).toContain("unknown option '--frobnicate'");
});
