#!/usr/bin/env node
// `npm test`: Vitest (unit + integration on a throw-away database), then Playwright in Debian's Chromium.
// Ends with one line of totals: "N passed, N failed, N skipped".
//   --vitest-only      only the Vitest suites (CI runs them again against PostgreSQL this way)
//   --e2e-only         only the browser tests
// PROCMOD_TEST_TOTALS=<file> also writes the totals as JSON (CI adds up several runs).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
process.env.NEXT_TELEMETRY_DISABLED = '1';
const args = new Set(process.argv.slice(2));
const runVitest = !args.has('--e2e-only');
const runE2e = !args.has('--vitest-only');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'procmod-testrun-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
// What failed, by name: CI prints these last, where a log cut to its tail still shows them.
const failures = [];
const firstLine = (m) => String(m ?? '').split('\n').find((l) => l.trim()) ?? '';
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  const found = candidates.find((p) => fs.existsSync(p));
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  const hasApt = fs.existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log('[test] Chromium not found; installing Debian chromium and fonts-liberation with apt…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const r = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-liberation'], { stdio: 'inherit', env });
    if (r.status === 0 && fs.existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  console.error(
    '[test] No Chromium found for the browser tests. Install Debian\'s "chromium" and "fonts-liberation" packages ' +
      '(sudo apt-get install chromium fonts-liberation), or set CHROMIUM_PATH to a Chromium binary. ' +
      'Do not run "playwright install": it downloads a browser, which this project does not use.',
  );
  process.exit(1);
}

function run(cmd, argv, env = {}) {
  const r = spawnSync(cmd, argv, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

let exit = 0;
if (runVitest) {
  const out = path.join(tmp, 'vitest.json');
  const code = run(bin('vitest'), ['run', '--config', 'e2e/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile=${out}`]);
  if (fs.existsSync(out)) {
    const j = JSON.parse(fs.readFileSync(out, 'utf8'));
    totals.passed += j.numPassedTests ?? 0;
    totals.failed += (j.numFailedTests ?? 0) + (j.numFailedTestSuites && !j.numFailedTests ? j.numFailedTestSuites : 0);
    totals.skipped += (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0);
    for (const file of j.testResults ?? []) {
      const rel = path.relative(root, file.name ?? '');
      const failedTests = (file.assertionResults ?? []).filter((t) => t.status === 'failed');
      for (const t of failedTests) failures.push(`vitest ${rel} > ${t.fullName}: ${firstLine(t.failureMessages?.[0])}`);
      // A file can fail with every test passed (a hook, an error outside a test): name it with its message.
      if (file.status === 'failed' && !failedTests.length) failures.push(`vitest ${rel} (the file): ${firstLine(file.message)}`);
    }
  } else if (code !== 0) {
    totals.failed += 1;
    failures.push(`vitest exited ${code} without a report`);
  }
  if (code !== 0) exit = 1;
}
if (runE2e) {
  process.env.CHROMIUM_PATH = findChromium();
  const out = path.join(tmp, 'playwright.json');
  const code = run(bin('playwright'), ['test', '--config', 'e2e/playwright.config.ts'], { PW_JSON_OUTPUT: out });
  if (fs.existsSync(out)) {
    const s = JSON.parse(fs.readFileSync(out, 'utf8')).stats ?? {};
    totals.passed += (s.expected ?? 0) + (s.flaky ?? 0);
    totals.failed += s.unexpected ?? 0;
    totals.skipped += s.skipped ?? 0;
    const walk = (suite) => {
      for (const spec of suite.specs ?? [])
        for (const t of spec.tests ?? [])
          if (t.status === 'unexpected') {
            const last = t.results?.[t.results.length - 1];
            failures.push(`playwright ${spec.file} > ${spec.title}: ${firstLine(last?.error?.message)}`);
          }
      for (const child of suite.suites ?? []) walk(child);
    };
    for (const suite of JSON.parse(fs.readFileSync(out, 'utf8')).suites ?? []) walk(suite);
  } else if (code !== 0) {
    totals.failed += 1;
    failures.push(`playwright exited ${code} without a report`);
  }
  if (code !== 0) exit = 1;
}
if (process.env.PROCMOD_TEST_TOTALS) fs.writeFileSync(process.env.PROCMOD_TEST_TOTALS, JSON.stringify({ ...totals, failures }));
fs.rmSync(tmp, { recursive: true, force: true });
for (const f of failures) console.log(`[test] failed: ${f}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(exit);
