/**
 * Input<T>: what an encoder accepts for a generated message type T. Every
 * field may be left out and takes its schema default; nested structs and
 * array elements follow the same rule. Buffers are taken as they are.
 */
export type Input<T> = T extends Buffer ? T : T extends (infer U)[] ? Input<U>[] : T extends object ? { [K in keyof T]?: Input<T[K]> } : T;
