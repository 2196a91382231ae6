/**
 * JAAS configuration as Kafka reads `sasl.jaas.config` (brokers and clients):
 * one or more login modules, each
 * ```
 * <LoginModuleClass> <required|requisite|sufficient|optional> [name=value ...];
 * ```
 * where a value is a double-quoted string (`\"` and `\\` escaped) or a bare
 * word. Kafka allows one module per config; the login modules Tributary knows
 * are PlainLoginModule and ScramLoginModule:
 * ```
 * org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="s3cret" user_alice="alice-pw";
 * org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="s3cret";
 * ```
 * `username`/`password` are what this side sends when it is the client (the
 * broker's inter-broker connections); `user_<name>` entries are PLAIN's user
 * database on a broker.
 */

/** The login module classes of Kafka's built-in mechanisms. */
export const PLAIN_LOGIN_MODULE = 'org.apache.kafka.common.security.plain.PlainLoginModule';
/** SCRAM's login module (both SCRAM mechanisms). */
export const SCRAM_LOGIN_MODULE = 'org.apache.kafka.common.security.scram.ScramLoginModule';

/** One parsed login module. */
export interface JaasLoginModule {
  /** The class name as written. */
  readonly loginModule: string;
  /** required, requisite, sufficient or optional. */
  readonly flag: string;
  /** name=value options, in the order written. */
  readonly options: ReadonlyMap<string, string>;
}

const FLAGS = ['required', 'requisite', 'sufficient', 'optional'];

/** A JAAS text that cannot be parsed; the message says where and why (never the values: they hold passwords). */
export class JaasConfigError extends Error {
  /** Builds the error. */
  constructor(message: string) {
    super(message);
    this.name = 'JaasConfigError';
  }
}

function tokenize(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === ';' || c === '=') {
      out.push(c);
      i++;
    } else if (c === '"') {
      let v = '';
      i++;
      for (;;) {
        if (i >= text.length) throw new JaasConfigError('sasl.jaas.config: a quoted value is not closed');
        const d = text[i++];
        if (d === '"') break;
        if (d === '\\' && i < text.length) v += text[i++];
        else v += d;
      }
      // A quoted token is marked so that `=` or `;` inside quotes stays a value.
      out.push('\u0000' + v);
    } else {
      let j = i;
      while (j < text.length && !/[\s;="]/.test(text[j])) j++;
      out.push(text.slice(i, j));
      i = j;
    }
  }
  return out;
}

function plain(tok: string): string {
  return tok.startsWith('\u0000') ? tok.slice(1) : tok;
}

/** Parses a JAAS configuration; throws JaasConfigError naming what is wrong. */
export function parseJaasConfig(text: string): JaasLoginModule[] {
  const toks = tokenize(text);
  const modules: JaasLoginModule[] = [];
  let i = 0;
  while (i < toks.length) {
    const loginModule = toks[i++];
    if (loginModule === ';' || loginModule === '=')
      throw new JaasConfigError(`sasl.jaas.config: expected a login module class, got '${loginModule}'`);
    const flag = toks[i++];
    if (flag === undefined || !FLAGS.includes(flag.toLowerCase())) {
      throw new JaasConfigError(`sasl.jaas.config: login module ${loginModule} needs a control flag (${FLAGS.join(', ')})`);
    }
    const options = new Map<string, string>();
    for (;;) {
      const name = toks[i++];
      if (name === undefined) throw new JaasConfigError(`sasl.jaas.config: login module ${loginModule} must end with ';'`);
      if (name === ';') break;
      if (toks[i++] !== '=' || toks[i] === undefined || toks[i] === ';' || toks[i] === '=') {
        throw new JaasConfigError(`sasl.jaas.config: option '${plain(name)}' of ${loginModule} must be name=value`);
      }
      options.set(plain(name), plain(toks[i++]));
    }
    modules.push({ loginModule: plain(loginModule), flag: flag.toLowerCase(), options });
  }
  if (modules.length === 0) throw new JaasConfigError('sasl.jaas.config is empty');
  return modules;
}

/** The login module a mechanism needs. */
export function loginModuleFor(mechanism: string): string {
  return mechanism === 'PLAIN' ? PLAIN_LOGIN_MODULE : SCRAM_LOGIN_MODULE;
}

/**
 * The one login module of a JAAS config for `mechanism` (PLAIN or SCRAM-*):
 * throws when the text does not parse, holds several modules (Kafka allows one)
 * or a module of another mechanism.
 */
export function jaasModuleFor(text: string, mechanism: string): JaasLoginModule {
  const modules = parseJaasConfig(text);
  if (modules.length > 1) throw new JaasConfigError(`sasl.jaas.config must hold one login module, found ${modules.length}`);
  const want = loginModuleFor(mechanism);
  if (modules[0].loginModule !== want) {
    throw new JaasConfigError(`sasl.jaas.config for ${mechanism} must use ${want}, not ${modules[0].loginModule}`);
  }
  return modules[0];
}
