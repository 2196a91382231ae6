/**
 * The values of kafka-configs' `--add-config`, `--add-config-file` and
 * `--delete-config`, parsed as Kafka's ConfigCommand does: `--add-config`
 * is `k1=v1,k2=[v1,v2],k3=v3` — commas inside square brackets belong to the
 * value, the brackets are removed, and an empty value is allowed (`k=`);
 * `--add-config-file` is a properties file; `--delete-config` is `k1,k2`.
 */
import { readPropertiesFile } from '../../config/properties.js';
import { errorMessage } from '../common/tool.js';
import { ConfigCommandError } from './entity-type.js';

/** Splits at commas (or equals signs) that are not inside [...]. */
function splitOutsideBrackets(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '[') depth++;
    else if (ch === ']') depth = Math.max(0, depth - 1);
    else if (ch === sep && depth === 0) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out;
}

/** `--add-config` (every occurrence) and `--add-config-file`, merged in that order (later wins). */
export function parseConfigsToAdd(addConfig: readonly string[], addConfigFile: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (addConfigFile !== undefined) {
    let props: Map<string, string>;
    try {
      props = readPropertiesFile(addConfigFile);
    } catch (err) {
      throw new ConfigCommandError(`Cannot read ${addConfigFile}: ${errorMessage(err)}`, true);
    }
    for (const [k, v] of props) out.set(k, v);
  }
  for (const arg of addConfig) {
    for (const item of splitOutsideBrackets(arg, ',')) {
      const pair = splitOutsideBrackets(item, '=');
      if (pair.length !== 2 || pair[0].trim() === '') {
        throw new ConfigCommandError(
          'requirement failed: Invalid entity config: all configs to be added must be in the format "key=val".',
          true,
        );
      }
      out.set(pair[0].trim(), pair[1].replace(/[[\]]/g, '').trim());
    }
  }
  return out;
}

/** `--delete-config` (every occurrence): names separated by commas. */
export function parseConfigsToDelete(deleteConfig: readonly string[]): string[] {
  return deleteConfig
    .flatMap((d) => d.split(','))
    .map((n) => n.trim())
    .filter((n) => n !== '');
}
