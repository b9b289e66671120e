import { pathToFileURL } from 'node:url';
import type { ScenarioOptions, ScenarioResult } from './scenario.js';
import { baseUrlFromArgs } from './scenario.js';

/** Runs `scenario` when the module is the script being executed; prints the outcome; exit code 1 on failure. */
export function runIfMain(moduleUrl: string, scenario: (opts: ScenarioOptions) => Promise<ScenarioResult>): void {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  const baseUrl = baseUrlFromArgs();
  scenario({ baseUrl }).then((result) => {
    console.log(`\n  结局 / outcome: ${result.outcome.label.zh} / ${result.outcome.label.en}\n`);
  }, (err: unknown) => {
    console.error(`\n  场景失败 / scenario failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
