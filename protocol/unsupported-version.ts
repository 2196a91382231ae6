/**
 * UnsupportedVersionError: thrown by a generated encoder asked to write a
 * non-default value into a field that the version being written cannot carry
 * (the field does not exist in that version, or is tagged only in later
 * ones). Kafka's generated Java code throws UnsupportedVersionException for
 * the same case. Fields the schema marks `ignorable` are dropped silently
 * instead: losing them is harmless by the schema's own word.
 */

/** A value the requested version of a message cannot carry. */
export class UnsupportedVersionError extends Error {
  constructor(
    /** The message being encoded (`ProduceResponse`). */
    readonly messageName: string,
    /** The struct and field (`PartitionProduceResponse.errorMessage`). */
    readonly field: string,
    /** The version being written. */
    readonly version: number,
    /** The versions that carry the field, as the schema writes them ("8+"). */
    readonly fieldVersions: string,
  ) {
    super(`${messageName} v${version} cannot carry a non-default ${field} (only versions ${fieldVersions} have it)`);
    this.name = 'UnsupportedVersionError';
  }
}
