#!/usr/bin/env node
/**
 * `tributary agent --conf-file FILE --name a1`: runs a log collection agent
 * from Flume's configuration format (see cli/agent-command.ts and agent/).
 */
import { agentMain } from './agent-command.js';

agentMain(process.argv.slice(2), 'tributary agent');
