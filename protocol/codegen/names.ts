/** Names shared by the generator's emitters. */

/** First line of every generated file. */
export const HEADER = '// generated, do not edit\n';

/** File name for a message: ProduceRequest -> produce-request.ts */
export function moduleName(messageName: string): string {
  return messageName.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}
