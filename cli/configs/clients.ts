/**
 * kafka-configs `--entity-type clients`: client id quotas
 * (producer_byte_rate, consumer_byte_rate, request_percentage), for a
 * client id or the default one (`--entity-default`), through a broker or
 * with `--zookeeper` (client-quotas.ts, client-quotas-zk.ts). A user's
 * client (`--entity-type users ... --entity-type clients ...`) is handled by
 * kafka-configs.ts with the same functions.
 */
import { alterQuotas, checkQuotaKeys, describeQuotas } from './client-quotas.js';
import { ConfigCommandError, type ConfigEntityType } from './entity-type.js';

export const clients: ConfigEntityType = {
  type: 'clients',
  hasDefault: true,
  alterNeedsEntity: true,

  checkName(name) {
    if (name === '') throw new ConfigCommandError('Client id must not be empty', true);
  },

  describe: (ctx, entity) => describeQuotas(ctx, { client: entity }),

  async alter(ctx, entity, add, remove) {
    checkQuotaKeys([...add.keys()], 'clients');
    await alterQuotas(ctx, { client: entity }, add, remove);
    ctx.out(
      entity.kind === 'name'
        ? `Completed updating config for client ${entity.name}.\n`
        : 'Completed updating default config for clients in the cluster.\n',
    );
  },

  viaZooKeeper: {
    async describe(connect, out, entity) {
      const { describeQuotasInZooKeeper } = await import('./client-quotas-zk.js');
      await describeQuotasInZooKeeper(connect, out, { client: entity });
    },
    async alter(connect, out, entity, add, remove) {
      const { alterQuotasInZooKeeper } = await import('./client-quotas-zk.js');
      await alterQuotasInZooKeeper(connect, out, { client: entity }, add, remove);
    },
  },
};
