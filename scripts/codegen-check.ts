// Fails when the committed generated schema or types differ from what `npm run codegen` would produce now.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const files = ['schema/generated/schema.graphql', 'src/generated/graphql.ts'];
const before = files.map((file) => readFileSync(file, 'utf8'));
execFileSync('npm', ['run', '--silent', 'codegen'], { stdio: 'inherit' });
const stale = files.filter((file, i) => readFileSync(file, 'utf8') !== before[i]);
if (stale.length) {
  console.error(
    `Generated files were stale: ${stale.join(', ')}. Run \`npm run codegen\` and commit the result.`,
  );
  process.exit(1);
}
console.log('Generated schema and types are up to date.');
