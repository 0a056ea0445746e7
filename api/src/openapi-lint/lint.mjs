// Lints ../openapi.json, the served document OpenApiDocumentTest writes, with the pinned Redocly and
// Spectral (package-lock.json). Without the document (the test did not run) there is nothing to lint.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const doc = '../openapi.json';
if (!existsSync(doc)) {
  console.log('OpenAPI lint skipped: no target/openapi.json (OpenApiDocumentTest did not run)');
  process.exit(0);
}
const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', env }).status;

if (!existsSync('node_modules/.bin/spectral') && run('npm', ['ci', '--no-audit', '--no-fund']) !== 0) {
  process.exit(1);
}
const redocly = run('node_modules/.bin/redocly', ['lint', doc, '--config', 'redocly.yaml', '--format', 'stylish']);
const spectral = run('node_modules/.bin/spectral', ['lint', doc, '--ruleset', 'spectral.yaml', '--fail-severity', 'warn']);
process.exit(redocly === 0 && spectral === 0 ? 0 : 1);
