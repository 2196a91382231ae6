/**
 * How to run Apache ZooKeeper from Debian's `zookeeper` package in the
 * foreground, standalone, for `tributary cluster` and the integration tests:
 * `java -cp /etc/zookeeper/conf:/usr/share/java/zookeeper.jar
 * org.apache.zookeeper.server.quorum.QuorumPeerMain <dataDir>/zoo.cfg`
 * (zookeeper.jar's manifest names its dependencies in /usr/share/java).
 * The generated zoo.cfg allows sessions from 1 s to 60 s and turns the admin
 * HTTP server off (it would take port 8080).
 */
import fs from 'node:fs';
import path from 'node:path';

/** Where Debian installs ZooKeeper's jar and default config. */
export const ZOOKEEPER_JAR = '/usr/share/java/zookeeper.jar';
const CONF_DIR = '/etc/zookeeper/conf';

/** Writes `<dataDir>/zoo.cfg` and returns the command that runs the server. */
export function zooKeeperCommand(dataDir: string, port: number): { command: string; args: string[]; configFile: string } {
  if (!fs.existsSync(ZOOKEEPER_JAR)) {
    throw new Error(`Apache ZooKeeper is not installed (${ZOOKEEPER_JAR} is missing): apt-get install zookeeper`);
  }
  const data = path.join(dataDir, 'data');
  fs.mkdirSync(data, { recursive: true });
  const configFile = path.join(dataDir, 'zoo.cfg');
  fs.writeFileSync(
    configFile,
    [
      'tickTime=500',
      `dataDir=${data}`,
      `clientPort=${port}`,
      'clientPortAddress=127.0.0.1',
      'minSessionTimeout=1000',
      'maxSessionTimeout=60000',
      'maxClientCnxns=0',
      'admin.enableServer=false',
      '4lw.commands.whitelist=ruok,stat,mntr',
      '',
    ].join('\n'),
  );
  const cp = fs.existsSync(CONF_DIR) ? `${CONF_DIR}:${ZOOKEEPER_JAR}` : ZOOKEEPER_JAR;
  return {
    command: process.env.JAVA ?? 'java',
    args: ['-Xmx256m', '-Dzookeeper.log.dir=' + dataDir, '-cp', cp, 'org.apache.zookeeper.server.quorum.QuorumPeerMain', configFile],
    configFile,
  };
}
