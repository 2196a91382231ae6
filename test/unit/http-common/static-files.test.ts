import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { loadStaticFiles, serveStatic, sharedPublicDir } from '../../../http-common/static-files.js';

describe('static files of the web UIs', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  function uiDir(files: Record<string, string>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tributary-ui-'));
    dirs.push(dir);
    for (const [name, body] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), body);
    }
    return dir;
  }

  it('serves a UI directory on top of the shared files and uPlot, "/" being index.html', () => {
    const files = loadStaticFiles(uiDir({ 'index.html': '<p>mine</p>', 'js/page.js': 'x', 'app.css': 'body{}' }));
    expect(files.get('/')!.body.toString()).toBe('<p>mine</p>');
    expect(files.get('/')!.contentType).toBe('text/html; charset=utf-8');
    expect(files.get('/js/page.js')!.contentType).toBe('text/javascript; charset=utf-8');
    // The shared DOM and chart helpers come along; a file of the UI's own wins over the shared one.
    expect(files.get('/js/dom.js')!.body.equals(fs.readFileSync(path.join(sharedPublicDir(), 'js/dom.js')))).toBe(true);
    expect(files.has('/js/charts.js')).toBe(true);
    expect(files.get('/app.css')!.body.toString()).toBe('body{}');
    expect(files.get('/vendor/uPlot.iife.min.js')!.body.toString()).toContain('uPlot');
    expect(files.has('/vendor/uPlot.min.css')).toBe(true);
  });

  it('answers exact paths only, with an ETag that revalidates to 304', async () => {
    const app = Fastify();
    serveStatic(app, loadStaticFiles(uiDir({ 'index.html': 'hi' })));
    const first = await app.inject({ url: '/' });
    expect(first.statusCode).toBe(200);
    expect(first.body).toBe('hi');
    const again = await app.inject({ url: '/', headers: { 'if-none-match': String(first.headers.etag) } });
    expect(again.statusCode).toBe(304);
    expect((await app.inject({ url: '/../package.json' })).statusCode).toBe(404);
    await app.close();
  });
});
