/**
 * The error model of Tributary's HTTP servers (the broker's API and console,
 * a streaming job's UI): every error a route answers is made with
 * `defineError` (@fastify/error's createError), so each has a stable string
 * code and one HTTP status, and the body of every error response is
 *
 *   {"statusCode": 404, "code": "TRB_ERR_TOPIC_NOT_FOUND", "error": "Not Found",
 *    "message": "topic 'x' does not exist"}
 *
 * plus `"parameter": "<name>"` for TRB_ERR_BAD_PARAMETER. Codes never change
 * meaning; new failures get new codes. This file holds the errors every
 * server has (bad parameter, no such route, internal); each product defines
 * its own next to its routes (broker/http/errors.ts, streaming/ui/errors.ts).
 */
import http from 'node:http';
import createError from '@fastify/error';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const catalogue: { code: string; statusCode: number }[] = [];

/** Every code defined so far (by the modules loaded) with its status (README table, tests). */
export const ERROR_CATALOGUE: ReadonlyArray<{ code: string; statusCode: number }> = catalogue;

/**
 * createError, recording the code and status in ERROR_CATALOGUE. `message`
 * is a printf-style template filled from the constructor's arguments.
 */
export function defineError<C extends string, SC extends number, Arg extends unknown[]>(code: C, message: string, statusCode: SC) {
  if (!code.startsWith('TRB_ERR_')) throw new Error(`HTTP error code ${code} must start with TRB_ERR_`);
  if (catalogue.some((e) => e.code === code)) throw new Error(`HTTP error code ${code} is defined twice`);
  catalogue.push({ code, statusCode });
  return createError<C, SC, Arg>(code, message, statusCode);
}

/** A path or query parameter is missing or invalid (400); `parameter` names it. */
export const BadParameter = defineError<'TRB_ERR_BAD_PARAMETER', 400, [string, string]>('TRB_ERR_BAD_PARAMETER', "parameter '%s' %s", 400);
/** No route for that method and path (404). */
export const RouteNotFound = defineError<'TRB_ERR_NOT_FOUND', 404, [string, string]>('TRB_ERR_NOT_FOUND', 'no route for %s %s', 404);
/** Anything unexpected (500); the cause is logged. */
export const InternalError = defineError<'TRB_ERR_INTERNAL', 500, [string]>('TRB_ERR_INTERNAL', 'internal error: %s', 500);

/** A TRB_ERR_BAD_PARAMETER naming `parameter`, e.g. badParameter('partition', 'must be an integer ≥ 0'). */
export function badParameter(parameter: string, why: string): FastifyError & { parameter: string } {
  const e = new BadParameter(parameter, why) as FastifyError & { parameter: string };
  e.parameter = parameter;
  return e;
}

/** The JSON body of an error response. */
export interface ErrorBody {
  statusCode: number;
  code: string;
  error: string;
  message: string;
  parameter?: string;
}

/** Turns any error into the catalogue's body (unknown errors become TRB_ERR_INTERNAL). */
export function errorBody(err: unknown): ErrorBody {
  const e = err as Partial<FastifyError> & {
    parameter?: string;
    validation?: Array<{ instancePath?: string; params?: { missingProperty?: string } }>;
    validationContext?: string;
  };
  if (typeof e?.code === 'string' && e.code.startsWith('TRB_ERR_')) {
    const status = e.statusCode ?? 500;
    const body: ErrorBody = { statusCode: status, code: e.code, error: http.STATUS_CODES[status] ?? 'Error', message: e.message ?? '' };
    if (e.parameter !== undefined) body.parameter = e.parameter;
    return body;
  }
  if (e?.validation && e.validation.length > 0) {
    // A fastify schema failure: name the parameter like our own checks do.
    const v = e.validation[0];
    const parameter = v.params?.missingProperty ?? (v.instancePath ?? '').replace(/^\//, '') ?? e.validationContext ?? 'request';
    return { statusCode: 400, code: 'TRB_ERR_BAD_PARAMETER', error: 'Bad Request', message: e.message ?? 'bad request', parameter };
  }
  if (typeof e?.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    // fastify's own client errors (bad JSON body, unsupported content type): keep status, message and code.
    return {
      statusCode: e.statusCode,
      code: e.code ?? 'TRB_ERR_BAD_REQUEST',
      error: http.STATUS_CODES[e.statusCode] ?? 'Error',
      message: e.message ?? '',
    };
  }
  const internal = new InternalError((err as Error)?.message ?? String(err));
  return { statusCode: 500, code: internal.code, error: 'Internal Server Error', message: internal.message };
}

/** fastify error handler: answers the catalogue body; logs 5xx. */
export function handleError(log: { error(msg: string): void }) {
  return (err: unknown, req: FastifyRequest, reply: FastifyReply): void => {
    const body = errorBody(err);
    if (body.statusCode >= 500) log.error(`HTTP ${req.method} ${req.url} failed: ${(err as Error)?.stack ?? err}`);
    void reply.code(body.statusCode).type('application/json; charset=utf-8').send(body);
  };
}

/** Installs `handleError` and a not-found handler answering TRB_ERR_NOT_FOUND on `app`. */
export function installErrorHandlers(app: FastifyInstance, log: { error(msg: string): void }): void {
  app.setErrorHandler(handleError(log));
  app.setNotFoundHandler((req) => {
    throw new RouteNotFound(req.method, req.url.split('?')[0]);
  });
}
