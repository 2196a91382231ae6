/**
 * kafka-configs `--entity-type topics`: a topic's overrides. Describe prints
 * the topic's own overrides (DYNAMIC_TOPIC_CONFIG; every config with
 * `--all`) with their synonyms; without a name every topic is described.
 * Alter sets and deletes overrides with IncrementalAlterConfigs.
 */
import { ResourceType, alterResource, changesFor, describeResource, formatEntry } from './config-admin.js';
import { ConfigCommandError, type ConfigEntityType } from './entity-type.js';

const TOPIC_CONFIG = 1;

export const topics: ConfigEntityType = {
  type: 'topics',
  hasDefault: false,
  alterNeedsEntity: true,

  checkName(name) {
    if (name === '') throw new ConfigCommandError('Topic name must not be empty', true);
  },

  async describe(ctx, entity, all) {
    let names: string[];
    if (entity.kind === 'name') names = [entity.name];
    else {
      const meta = await ctx.cluster.refreshMetadata(null);
      names = meta.topics
        .filter((t) => t.errorCode === 0 && t.name)
        .map((t) => t.name as string)
        .sort();
    }
    for (const name of names) {
      ctx.out(`${all ? 'All' : 'Dynamic'} configs for topic ${name} are:\n`);
      const entries = await describeResource(ctx.cluster, ResourceType.TOPIC, name);
      for (const e of entries) if (all || e.source === TOPIC_CONFIG) ctx.out(formatEntry(e));
    }
  },

  async alter(ctx, entity, add, remove) {
    if (entity.kind !== 'name') throw new ConfigCommandError('an entity name must be specified with --alter of topics', true);
    const current = (await describeResource(ctx.cluster, ResourceType.TOPIC, entity.name)).filter((e) => e.source === TOPIC_CONFIG);
    await alterResource(ctx.cluster, ResourceType.TOPIC, entity.name, changesFor(current, add, remove));
    ctx.out(`Completed updating config for topic ${entity.name}.\n`);
  },
};
