import { describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { ERROR_CATALOGUE, RouteNotFound, badParameter, defineError, errorBody, installErrorHandlers } from '../../../http-common/errors.js';

describe('HTTP error model', () => {
  it('has unique TRB_ERR_ codes with statuses', () => {
    const codes = ERROR_CATALOGUE.map((e) => e.code);
    expect(codes).toEqual(expect.arrayContaining(['TRB_ERR_BAD_PARAMETER', 'TRB_ERR_NOT_FOUND', 'TRB_ERR_INTERNAL']));
    expect(new Set(codes).size).toBe(codes.length);
    for (const e of ERROR_CATALOGUE) {
      expect(e.code).toMatch(/^TRB_ERR_[A-Z_]+$/);
      expect(e.statusCode).toBeGreaterThanOrEqual(400);
    }
  });

  it('refuses a code defined twice or without the TRB_ERR_ prefix', () => {
    expect(() => defineError('TRB_ERR_NOT_FOUND', 'again', 404)).toThrow(/defined twice/);
    expect(() => defineError('E_OOPS', 'x', 400)).toThrow(/TRB_ERR_/);
  });

  it('renders catalogue errors, bad parameters and unknown errors', () => {
    expect(errorBody(new RouteNotFound('GET', '/x'))).toEqual({
      statusCode: 404,
      code: 'TRB_ERR_NOT_FOUND',
      error: 'Not Found',
      message: 'no route for GET /x',
    });
    expect(errorBody(badParameter('seconds', 'must be an integer'))).toMatchObject({
      statusCode: 400,
      code: 'TRB_ERR_BAD_PARAMETER',
      parameter: 'seconds',
    });
    expect(errorBody(new Error('boom'))).toMatchObject({ statusCode: 500, code: 'TRB_ERR_INTERNAL', message: 'internal error: boom' });
  });

  it('answers unknown routes and thrown errors with the catalogue body, logging only 5xx', async () => {
    const logged: string[] = [];
    const app = Fastify();
    installErrorHandlers(app, { error: (m) => logged.push(m) });
    app.get('/bad', async () => {
      throw badParameter('n', 'is required');
    });
    app.get('/boom', async () => {
      throw new Error('kaput');
    });
    const missing = await app.inject({ url: '/nope?x=1' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ statusCode: 404, code: 'TRB_ERR_NOT_FOUND', error: 'Not Found', message: 'no route for GET /nope' });
    const bad = await app.inject({ url: '/bad' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'TRB_ERR_BAD_PARAMETER', parameter: 'n' });
    expect(logged).toEqual([]);
    const boom = await app.inject({ url: '/boom' });
    expect(boom.statusCode).toBe(500);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('kaput');
    await app.close();
  });
});
