/**
 * DeleteTopics (key 20): by name, or (v6+) by topic id; v0 as Kafka 3.x serves it (4.0 dropped it).
 *
 * Authorization (Kafka's): DELETE on each topic, else
 * TOPIC_AUTHORIZATION_FAILED whether or not it exists (nothing deleted). A
 * topic named by id also needs DESCRIBE, else its name stays out of the
 * answer (ids are not secret; names are).
 */
import type { DeletableTopicResult } from '../../protocol/generated/delete-topics-response.js';
import { ErrorCode, asErrorCode } from '../../protocol/generated/errors.js';
import { ZERO_UUID } from '../../protocol/reader.js';
import type { Input } from '../../protocol/input.js';
import { DeleteTopicsApi } from '../../protocol/generated/delete-topics-api.js';
import { defineApi } from './types.js';
import { AclOperation, ResourceType } from '../security/authorizer-acls.js';
import { authorized } from '../security/authorizer-checks.js';

export default defineApi(DeleteTopicsApi, {
  minVersion: 0,
  maxVersion: 6,
  async handle(ctx, req) {
    const b = ctx.broker;
    const wanted: { name: string | null; topicId: string }[] =
      ctx.apiVersion >= 6
        ? req.topics.map((t) => ({ name: t.name, topicId: t.topicId }))
        : req.topicNames.map((name) => ({ name, topicId: ZERO_UUID }));
    const responses: Input<DeletableTopicResult>[] = [];
    for (const w of wanted) {
      let name = w.name;
      if (name === null || name === '') {
        const t = w.topicId !== ZERO_UUID ? b.metadata.topicById(w.topicId) : undefined;
        if (!t) {
          responses.push({
            name: null,
            topicId: w.topicId,
            errorCode: ErrorCode.UNKNOWN_TOPIC_ID,
            errorMessage: `Topic id ${w.topicId} does not exist.`,
          });
          continue;
        }
        name = t.name;
        if (!authorized(ctx, AclOperation.DESCRIBE, ResourceType.TOPIC, name)) {
          responses.push({ name: null, topicId: w.topicId, errorCode: ErrorCode.TOPIC_AUTHORIZATION_FAILED, errorMessage: null });
          continue;
        }
      }
      if (!authorized(ctx, AclOperation.DELETE, ResourceType.TOPIC, name)) {
        responses.push({ name, topicId: w.topicId, errorCode: ErrorCode.TOPIC_AUTHORIZATION_FAILED, errorMessage: null });
        continue;
      }
      const r = await b.controller.deleteTopic(name);
      responses.push({ name, topicId: r.topic?.topicId ?? w.topicId, errorCode: asErrorCode(r.errorCode), errorMessage: r.errorMessage });
    }
    return { throttleTimeMs: 0, responses };
  },
});
