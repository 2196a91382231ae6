// Time-series charts with uPlot (served from /vendor). A chart keeps its
// uPlot instance and takes new data with update(); it follows its panel's
// width. `bars: true` draws bars instead of lines (records per batch).

const COLORS = ['#2563eb', '#16a34a', '#dc2626', '#9333ea', '#ea580c', '#0891b2', '#ca8a04', '#db2777'];

/**
 * A line chart in `parent`: series [{label, color?}], y formatted with `fmt`.
 * update(times in ms, [values per series]) redraws.
 */
export function lineChart(parent, title, series, fmt = (v) => v.toFixed(1), height = 220, { bars = false } = {}) {
  const el = document.createElement('div');
  el.className = 'chart';
  parent.append(el);
  const width = () => Math.max(300, (parent.clientWidth || 600) - 28);
  const opts = {
    title,
    width: width(),
    height,
    scales: { x: { time: true }, y: { range: (u, min, max) => [0, Math.max(1, max * 1.1)] } },
    series: [
      {},
      ...series.map((s, i) => ({
        label: s.label,
        stroke: s.color || COLORS[i % COLORS.length],
        fill: bars ? `${s.color || COLORS[i % COLORS.length]}99` : undefined,
        width: bars ? 1 : 2,
        paths: bars ? uPlot.paths.bars({ size: [0.7, 40] }) : undefined,
        points: bars ? { show: false } : undefined,
        value: (u, v) => (v === null || v === undefined ? '–' : fmt(v)),
      })),
    ],
    axes: [{}, { values: (u, vals) => vals.map((v) => fmt(v)), size: 70 }],
    legend: { live: true },
  };
  const empty = [[], ...series.map(() => [])];
  const u = new uPlot(opts, empty, el);
  const onResize = () => u.setSize({ width: width(), height });
  window.addEventListener('resize', onResize);
  return {
    el,
    update(times, values) {
      u.setData([times.map((t) => t / 1000), ...values]);
    },
    destroy() {
      window.removeEventListener('resize', onResize);
      u.destroy();
    },
  };
}

/** Human rate formatting: 1.2k/s style. */
export function rate(v) {
  if (v === null || v === undefined || Number.isNaN(v)) return '–';
  if (v >= 1e6) return `${(v / 1e6).toFixed(1)}M`;
  if (v >= 1e3) return `${(v / 1e3).toFixed(1)}k`;
  return v.toFixed(v < 10 ? 1 : 0);
}

/** Bytes per second formatting. */
export function byteRate(v) {
  if (v === null || v === undefined || Number.isNaN(v)) return '–';
  if (v >= 1048576) return `${(v / 1048576).toFixed(1)} MiB`;
  if (v >= 1024) return `${(v / 1024).toFixed(1)} KiB`;
  return `${v.toFixed(v < 10 && v !== 0 ? 1 : 0)} B`;
}

/** Sums several equally long arrays element by element. */
export function sumSeries(arrays, length) {
  const out = new Array(length).fill(0);
  for (const a of arrays) for (let i = 0; i < length; i++) out[i] += a[i] || 0;
  return out;
}
