// The entry VS Code's extension host calls for `extensionTestsPath`: runs every
// compiled *.test.js beside this file with mocha and rejects on any failure.
// mocha stays external in the bundle: it is resolved at run time from the
// extension folder's node_modules (a devDependency), like the real runner.
// NEWS_LENS_TEST_GREP=<text> runs only the tests whose full title contains it
// (e.g. "10 MB wire feed"), as mocha's --grep does.
import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function run(): Promise<void> {
  const grep = process.env.NEWS_LENS_TEST_GREP;
  const mocha = new Mocha({ ui: 'tdd', timeout: 30_000, color: false, reporter: 'spec', ...(grep ? { grep } : {}) });
  const files = readdirSync(__dirname, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.js'))
    .sort();
  for (const file of files) mocha.addFile(join(__dirname, file));

  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
    } catch (err) {
      reject(err);
    }
  });
}
