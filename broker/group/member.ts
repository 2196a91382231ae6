/**
 * One member of a classic consumer group (Kafka's MemberMetadata): who it
 * is, the protocols it supports with their metadata, its timeouts, the
 * assignment the leader gave it, and the JoinGroup / SyncGroup answers it is
 * waiting for. A waiting request is a resolver: answering the member is
 * calling it once (then it is cleared).
 *
 * Liveness: `timer` fires when the member has not shown up for its session
 * timeout (a heartbeat, a join, a sync or an offset commit re-arms it); the
 * coordinator owns the timer. Members that are waiting in JoinGroup or SyncGroup are
 * alive by definition, except new members (KIP-394): those that joined but
 * never completed a rebalance can be expired while they wait.
 *
 * Owned by one Group; not safe for concurrent callers.
 */

const EMPTY = Buffer.alloc(0);

/** A protocol a member supports, with its opaque metadata. */
export interface MemberProtocol {
  name: string;
  metadata: Buffer;
}

/** One member of the leader's JoinGroup answer. */
export interface JoinMemberInfo {
  memberId: string;
  groupInstanceId: string | null;
  metadata: Buffer;
}

/** The answer to a JoinGroup. */
export interface JoinResult {
  errorCode: number;
  memberId: string;
  generationId: number;
  protocolType: string | null;
  protocolName: string | null;
  leaderId: string;
  skipAssignment: boolean;
  /** Filled for the leader only. */
  members: JoinMemberInfo[];
}

/** The answer to a SyncGroup. */
export interface SyncResult {
  errorCode: number;
  protocolType: string | null;
  protocolName: string | null;
  assignment: Buffer;
}

/** A JoinGroup answer with only an error. */
export function joinError(memberId: string, errorCode: number): JoinResult {
  return {
    errorCode,
    memberId,
    generationId: -1,
    protocolType: null,
    protocolName: null,
    leaderId: '',
    skipAssignment: false,
    members: [],
  };
}

/** A SyncGroup answer with only an error. */
export function syncError(errorCode: number): SyncResult {
  return { errorCode, protocolType: null, protocolName: null, assignment: EMPTY };
}

/** One group member. */
export class Member {
  /** The leader's assignment for this member (empty until SyncGroup). */
  assignment: Buffer = EMPTY;
  /** Resolver of the member's pending JoinGroup, if any. */
  awaitingJoin: ((r: JoinResult) => void) | null = null;
  /** Resolver of the member's pending SyncGroup, if any. */
  awaitingSync: ((r: SyncResult) => void) | null = null;
  /** Joined but has not completed a rebalance yet (KIP-394). */
  isNew = false;
  /** The coordinator's expiry timer for this member. */
  timer: NodeJS.Timeout | null = null;

  /** Creates a member. */
  constructor(
    public memberId: string,
    readonly groupInstanceId: string | null,
    public clientId: string,
    public clientHost: string,
    public rebalanceTimeoutMs: number,
    public sessionTimeoutMs: number,
    readonly protocolType: string,
    public protocols: MemberProtocol[],
  ) {}

  /** Whether the member has a group.instance.id (static membership, KIP-345). */
  get isStatic(): boolean {
    return this.groupInstanceId !== null;
  }

  /** Waiting in JoinGroup. */
  get isAwaitingJoin(): boolean {
    return this.awaitingJoin !== null;
  }

  /** Waiting in SyncGroup. */
  get isAwaitingSync(): boolean {
    return this.awaitingSync !== null;
  }

  /** Whether the member may be expired now (see the header). */
  get mayExpire(): boolean {
    return this.isNew || !(this.isAwaitingJoin || this.isAwaitingSync);
  }

  /** The member's metadata for `protocol`, or undefined when it does not support it. */
  metadataFor(protocol: string): Buffer | undefined {
    for (const p of this.protocols) if (p.name === protocol) return p.metadata;
    return undefined;
  }

  /** The member's preferred protocol among `candidates` (its first listed one that is a candidate). */
  vote(candidates: ReadonlySet<string>): string {
    for (const p of this.protocols) if (candidates.has(p.name)) return p.name;
    throw new Error(`member ${this.memberId} supports none of the candidate protocols`);
  }

  /** Same protocols, in the same order, with the same metadata bytes. */
  matches(protocols: readonly MemberProtocol[]): boolean {
    if (protocols.length !== this.protocols.length) return false;
    for (let i = 0; i < protocols.length; i++) {
      if (protocols[i]!.name !== this.protocols[i]!.name || !protocols[i]!.metadata.equals(this.protocols[i]!.metadata)) return false;
    }
    return true;
  }

  /** Answers the pending JoinGroup (if any). Returns whether there was one. */
  completeJoin(r: JoinResult): boolean {
    const cb = this.awaitingJoin;
    if (cb === null) return false;
    this.awaitingJoin = null;
    cb(r);
    return true;
  }

  /** Answers the pending SyncGroup (if any). Returns whether there was one. */
  completeSync(r: SyncResult): boolean {
    const cb = this.awaitingSync;
    if (cb === null) return false;
    this.awaitingSync = null;
    cb(r);
    return true;
  }
}
