/**
 * The broker API's own errors, defined in the shared catalogue of
 * http-common/errors.ts (which also has TRB_ERR_BAD_PARAMETER,
 * TRB_ERR_NOT_FOUND and TRB_ERR_INTERNAL, and renders every error as
 * `{"statusCode", "code", "error", "message"}`).
 */
import { defineError } from '../../http-common/errors.js';

/** No topic of that name (404). */
export const TopicNotFound = defineError<'TRB_ERR_TOPIC_NOT_FOUND', 404, [string]>(
  'TRB_ERR_TOPIC_NOT_FOUND',
  "topic '%s' does not exist",
  404,
);
/** The topic exists but has no such partition (404). */
export const PartitionNotFound = defineError<'TRB_ERR_PARTITION_NOT_FOUND', 404, [string, number]>(
  'TRB_ERR_PARTITION_NOT_FOUND',
  "topic '%s' has no partition %s",
  404,
);
/** The partition's log lives on another broker (409: ask that broker's HTTP API). */
export const PartitionNotLocal = defineError<'TRB_ERR_PARTITION_NOT_LOCAL', 409, [string, number, number]>(
  'TRB_ERR_PARTITION_NOT_LOCAL',
  'partition %s-%s is not hosted by this broker; its leader is broker %s',
  409,
);
/** No consumer group of that id (404). */
export const GroupNotFound = defineError<'TRB_ERR_GROUP_NOT_FOUND', 404, [string]>(
  'TRB_ERR_GROUP_NOT_FOUND',
  "consumer group '%s' does not exist",
  404,
);
/** This broker has no group coordinator (503). */
export const GroupsUnavailable = defineError<'TRB_ERR_GROUPS_UNAVAILABLE', 503, []>(
  'TRB_ERR_GROUPS_UNAVAILABLE',
  'consumer groups are not available on this broker',
  503,
);
/** Too many live tails open at once (429). */
export const TooManyTails = defineError<'TRB_ERR_TOO_MANY_TAILS', 429, [number]>(
  'TRB_ERR_TOO_MANY_TAILS',
  'at most %s live tails may be open at once',
  429,
);
/** This broker has no transaction coordinator (503). */
export const TransactionsUnavailable = defineError<'TRB_ERR_TRANSACTIONS_UNAVAILABLE', 503, []>(
  'TRB_ERR_TRANSACTIONS_UNAVAILABLE',
  'transactions are not available on this broker',
  503,
);
