/** DeleteTopics (key 20): by name, or (v6+) by topic id; v0 as Kafka 3.x serves it (4.0 dropped it). */
import type { DeletableTopicResult } from '../../protocol/generated/delete-topics-response.js';
import { ErrorCode, asErrorCode } from '../../protocol/generated/errors.js';
import { ZERO_UUID } from '../../protocol/reader.js';
import type { Input } from '../../protocol/input.js';
import { DeleteTopicsApi } from '../../protocol/generated/delete-topics-api.js';
import { defineApi } from './types.js';

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
      }
      const r = await b.controller.deleteTopic(name);
      responses.push({ name, topicId: r.topic?.topicId ?? w.topicId, errorCode: asErrorCode(r.errorCode), errorMessage: r.errorMessage });
    }
    return { throttleTimeMs: 0, responses };
  },
});
