/**
 * AlterConfigs and IncrementalAlterConfigs of a BROKER resource (dynamic
 * broker configs): the resource names this broker (its own level) or is
 * empty (the cluster-wide default level); another id is refused as Kafka
 * refuses it (the AdminClient sends a broker's resource to that broker).
 * The new set of the level is computed by the caller from what is stored
 * and handed to DynamicBrokerConfigs, which checks, stores and applies it.
 */
import { ErrorCode } from '../../protocol/generated/errors.js';
import type { BrokerServices } from '../services.js';

/** One resource's answer. */
export interface AlterAnswer {
  errorCode: number;
  errorMessage: string | null;
}

/** A failure while computing the new set (Kafka's InvalidRequest / InvalidConfiguration). */
export class AlterRefused extends Error {
  constructor(
    readonly errorCode: number,
    message: string,
  ) {
    super(message);
    this.name = 'AlterRefused';
  }
}

/**
 * Alters one broker resource: `next` turns the stored configs of its level
 * into the new whole set (throwing AlterRefused for a bad request).
 */
export async function alterBrokerResource(
  b: BrokerServices,
  resourceName: string,
  validateOnly: boolean,
  next: (stored: Readonly<Record<string, string>>) => Record<string, string>,
): Promise<AlterAnswer> {
  if (resourceName !== '' && resourceName !== String(b.brokerId)) {
    return {
      errorCode: ErrorCode.INVALID_REQUEST,
      errorMessage: `Unexpected broker id, expected ${b.brokerId}, but received ${resourceName}`,
    };
  }
  const perBroker = resourceName !== '';
  let props: Record<string, string>;
  try {
    props = next(await b.dynamicConfigs.stored(perBroker));
  } catch (err) {
    if (err instanceof AlterRefused) return { errorCode: err.errorCode, errorMessage: err.message };
    throw err;
  }
  const r = await b.dynamicConfigs.alter(perBroker, props, validateOnly);
  if (r.ok) return { errorCode: ErrorCode.NONE, errorMessage: null };
  return { errorCode: r.invalidConfig ? ErrorCode.INVALID_CONFIG : ErrorCode.INVALID_REQUEST, errorMessage: r.message };
}
