/**
 * DescribeCluster (key 60): cluster id, controller and brokers (the admin client's view).
 * Authorization (Kafka's): none to describe; the cluster's authorized
 * operations (when asked) only with DESCRIBE on it, else 0.
 */
import { ErrorCode } from '../../protocol/generated/errors.js';
import { DescribeClusterApi } from '../../protocol/generated/describe-cluster-api.js';
import { defineApi } from './types.js';
import { AclOperation, CLUSTER_NAME, ResourceType } from '../security/authorizer-acls.js';
import { OPERATIONS_NOT_REQUESTED, authorizedOnCluster, authorizedOperations } from '../security/authorizer-checks.js';

/** Kafka's EndpointType: 1 = brokers (2 = controllers, which a combined broker does not list separately). */
const BROKERS = 1;

export default defineApi(DescribeClusterApi, {
  minVersion: 0,
  maxVersion: 1,
  handle(ctx, req) {
    const b = ctx.broker;
    if (ctx.apiVersion >= 1 && req.endpointType !== BROKERS) {
      return {
        errorCode: ErrorCode.UNSUPPORTED_ENDPOINT_TYPE,
        errorMessage: `Unsupported endpoint type ${req.endpointType}`,
        endpointType: req.endpointType,
        clusterId: b.clusterId,
      };
    }
    return {
      errorCode: ErrorCode.NONE,
      errorMessage: null,
      endpointType: BROKERS,
      clusterId: b.clusterId,
      controllerId: b.metadata.controllerId,
      brokers: b.metadata.brokersOn(ctx.listenerName).map((x) => ({ brokerId: x.nodeId, host: x.host, port: x.port, rack: x.rack })),
      clusterAuthorizedOperations: !req.includeClusterAuthorizedOperations
        ? OPERATIONS_NOT_REQUESTED
        : authorizedOnCluster(ctx, AclOperation.DESCRIBE)
          ? authorizedOperations(ctx, ResourceType.CLUSTER, CLUSTER_NAME)
          : 0,
    };
  },
});
