/**
 * The entity types kafka-configs serves, by `--entity-type` name. A new type
 * is one file in cli/configs/ implementing ConfigEntityType, added here.
 */
import type { ConfigEntityType } from './entity-type.js';
import { brokers } from './brokers.js';
import { clients } from './clients.js';
import { topics } from './topics.js';
import { users } from './users.js';

/** Every entity type, by Kafka's plural name. */
export const ENTITY_TYPES: ReadonlyMap<string, ConfigEntityType> = new Map([brokers, clients, topics, users].map((t) => [t.type, t]));
