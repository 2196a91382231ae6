import { describe, expect, it } from 'vitest';
import { StreamingContext, type DStream } from '../../../../streaming/index.js';
import { graphChanges, graphFingerprint } from '../../../../streaming/state/graph-fingerprint.js';

const add = (a: number, b: number): number => a + b;

/** The fingerprint of a job built by `build` on a fresh context of 100 ms batches. */
function print(build: (ssc: StreamingContext) => void): ReturnType<typeof graphFingerprint> {
  const ssc = new StreamingContext(100);
  build(ssc);
  return graphFingerprint(ssc.graph.streams);
}

function pairs(ssc: StreamingContext): DStream<[string, number]> {
  return ssc.queueStream<string>([]).map((w): [string, number] => [w, 1]);
}

describe('graph fingerprint', () => {
  const base = (ssc: StreamingContext): void => {
    pairs(ssc)
      .updateStateByKey<string, number, number>((vs, s) => vs.reduce(add, s ?? 0))
      .print();
  };

  it('is the same for the same code, and ignores what the functions do', () => {
    expect(graphChanges(print(base), print(base))).toEqual([]);
    const otherFunctions = (ssc: StreamingContext): void => {
      ssc
        .queueStream<string>([])
        .map((w): [string, number] => [w.toUpperCase(), 2])
        .updateStateByKey<string, number, number>((vs, s) => Math.max(s ?? 0, ...vs))
        .print();
    };
    expect(graphChanges(print(base), print(otherFunctions))).toEqual([]);
  });

  it('names a stream created first as added, not every later stream as changed', () => {
    const extraFirst = (ssc: StreamingContext): void => {
      ssc.queueStream<number>([]).print();
      base(ssc);
    };
    const changes = graphChanges(print(base), print(extraFirst));
    expect(changes).toEqual(['added: QueueInputDStream #0 (slide 100 ms)', 'added: ForEachDStream #1 (slide 100 ms) of #0']);
  });

  it('names a removed stream and a changed window or slide', () => {
    const windowed = (w: number, s: number) => (ssc: StreamingContext) => {
      pairs(ssc).reduceByKeyAndWindow(add, undefined, w, s).print();
    };
    // reduceByKeyAndWindow without an inverse: reduceByKey (#2), window (#3), reduceByKey (#4).
    expect(graphChanges(print(windowed(300, 100)), print(windowed(600, 200)))).toEqual([
      'changed: WindowedDStream #3 (window 300 ms, slide 100 ms, stateful) of #2 is now WindowedDStream #3 (window 600 ms, slide 200 ms, stateful) of #2',
      'changed: ReducedByKeyDStream #4 (slide 100 ms) of #3 is now ReducedByKeyDStream #4 (slide 200 ms) of #3',
      'changed: ForEachDStream #5 (slide 100 ms) of #4 is now ForEachDStream #5 (slide 200 ms) of #4',
    ]);
    const noState = (ssc: StreamingContext): void => {
      pairs(ssc).print();
    };
    expect(graphChanges(print(base), print(noState))).toEqual([
      'removed: StateDStream #2 (slide 100 ms, stateful) of #1',
      'changed: ForEachDStream #3 (slide 100 ms) of #2 is now ForEachDStream #2 (slide 100 ms) of #1',
    ]);
  });

  it('sees streams that read other parents', () => {
    const joined = (swap: boolean) => (ssc: StreamingContext) => {
      const a = pairs(ssc);
      const b = pairs(ssc);
      (swap ? b.join(a) : a.join(b)).print();
    };
    expect(graphChanges(print(joined(false)), print(joined(true)))).toEqual([
      'changed: JoinedDStream #4 (slide 100 ms) of #1, #3 is now JoinedDStream #4 (slide 100 ms) of #3, #1',
    ]);
  });
});
