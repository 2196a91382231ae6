/**
 * kafka-configs `--entity-type brokers`: a broker's dynamic configs
 * (`--entity-name <id>`) and the cluster-wide defaults (`--entity-default`).
 * Describe prints the dynamic entries of that level (every config with
 * `--all`), with their synonyms; without a name every broker and then the
 * default are described. Alter sends IncrementalAlterConfigs to the named
 * broker (any broker for the default), as Kafka 4.0's tool does.
 */
import { ResourceType, alterResource, changesFor, describeResource, formatEntry, type DescribedConfig } from './config-admin.js';
import { ConfigCommandError, type ConfigCommandContext, type ConfigEntityType, type EntitySelector } from './entity-type.js';

const DYNAMIC_BROKER_CONFIG = 2;
const DYNAMIC_DEFAULT_BROKER_CONFIG = 3;

/** The entries of one broker resource: the dynamic ones of that level, or all. */
async function entriesOf(ctx: ConfigCommandContext, name: string, all: boolean): Promise<DescribedConfig[]> {
  const entries = await describeResource(ctx.cluster, ResourceType.BROKER, name);
  if (all) return entries;
  const source = name === '' ? DYNAMIC_DEFAULT_BROKER_CONFIG : DYNAMIC_BROKER_CONFIG;
  return entries.filter((e) => e.source === source);
}

export const brokers: ConfigEntityType = {
  type: 'brokers',
  hasDefault: true,
  alterNeedsEntity: true,

  checkName(name) {
    if (!/^\d+$/.test(name)) {
      throw new ConfigCommandError(`The entity name for brokers must be a valid integer broker id, but it is: ${name}`, true);
    }
  },

  async describe(ctx, entity, all) {
    let names: string[];
    if (entity.kind === 'name') names = [entity.name];
    else if (entity.kind === 'default') names = [''];
    else names = [...[...ctx.cluster.brokers.keys()].sort((a, b) => a - b).map(String), ''];
    for (const name of names) {
      if (name === '') ctx.out('Default configs for brokers in the cluster are:\n');
      else ctx.out(`${all ? 'All' : 'Dynamic'} configs for broker ${name} are:\n`);
      for (const e of await entriesOf(ctx, name, all)) ctx.out(formatEntry(e));
    }
  },

  async alter(ctx, entity: EntitySelector, add, remove) {
    const name = entity.kind === 'name' ? entity.name : '';
    const current = await entriesOf(ctx, name, false);
    await alterResource(ctx.cluster, ResourceType.BROKER, name, changesFor(current, add, remove));
    ctx.out(
      name === '' ? 'Completed updating default config for brokers in the cluster.\n' : `Completed updating config for broker ${name}.\n`,
    );
  },
};
