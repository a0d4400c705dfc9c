// The first screen's charts before the wasm arrives. On the default page (no query, no fragment, no pasted data in
// this browser) the charts show the embedded corpus with no filter, so their options are known when the page is
// built: first-charts.json holds them, as the page itself would give them to ECharts (src/charts.rs, first_charts;
// a test keeps the file current). ECharts arrives well before the wasm, so this script draws the charts that are on
// screen into the static shell's chart boxes as soon as it has run; a wasm that arrives meanwhile mounts the app
// once they are drawn. When the app mounts, each chart card takes its pre-drawn chart (`joblensFirst.take`,
// src/js.rs): it keeps the chart when its own option is the same string and redraws it otherwise. On any other
// page, or when anything here fails, nothing is drawn and the app draws as always.
(() => {
  const drawn = new Map();
  let over = false;
  window.joblensFirst = {
    // While charts are being drawn, the promise of the end of the drawing (the app mounts after it); else null.
    drawing: null,
    // The pre-drawn chart `id` as [element, instance, option JSON, dark], or null; after the first call nothing more
    // is drawn.
    take(id) {
      over = true;
      const d = drawn.get(id);
      drawn.delete(id);
      return d ? [d.el, d.inst, d.json, d.dark] : null;
    },
  };
  if (location.search || location.hash || !document.getElementById('shell')) return;

  // Whether this browser keeps a pasted dataset (the app would show it instead): the app's own store (src/js.rs).
  const stored = () => new Promise((resolve, reject) => {
    const req = indexedDB.open('joblens', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('datasets');
    req.onerror = req.onblocked = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      try {
        const get = db.transaction('datasets', 'readonly').objectStore('datasets').count('dataset');
        get.onsuccess = () => { db.close(); resolve(get.result > 0); };
        get.onerror = () => { db.close(); reject(get.error); };
      } catch (e) {
        db.close();
        reject(e);
      }
    };
  });
  const echartsLoaded = () => new Promise((resolve, reject) => {
    if (window.echarts) return resolve();
    const script = document.getElementById('echarts-js');
    script.addEventListener('load', () => (window.echarts ? resolve() : reject()));
    script.addEventListener('error', reject);
  });
  const nextTask = () => new Promise((resolve) => setTimeout(resolve));

  Promise.all([stored(), fetch('first-charts.json').then((r) => r.json()), echartsLoaded()])
    .then(async ([hasData, options]) => {
      if (hasData) return;
      const lang = (navigator.language || '').toLowerCase().startsWith('zh') ? 'zh' : 'en';
      const dark = matchMedia('(prefers-color-scheme: dark)').matches;
      let done;
      window.joblensFirst.drawing = new Promise((resolve) => { done = resolve; });
      try {
        await draw(options[lang], dark);
      } finally {
        window.joblensFirst.drawing = null;
        done();
      }
    })
    .catch(() => {});

  async function draw(options, dark) {
    let first = true;
    for (const el of document.querySelectorAll('#shell [data-first]')) {
      // One chart a task, as the app draws a first screen: no long task. The first one at once, before whatever
      // else is queued (the wasm, if it has come).
      if (!first) await nextTask();
      const r = el.getBoundingClientRect();
      const json = options?.[el.dataset.first];
      if (over || !el.isConnected || !json || r.bottom <= 0 || r.top >= innerHeight) continue;
      // As the app's first draw of a chart (src/components/chart.rs): no animation, and in dark colours the card's
      // background instead of the theme's.
      const option = JSON.parse(json);
      option.animation = false;
      if (dark) option.backgroundColor = 'transparent';
      const inst = echarts.init(el, dark ? 'dark' : null);
      inst.setOption(option, true);
      el.dataset.drawn = 'true';
      el.dataset.drawnAt = performance.now().toFixed(1);
      drawn.set(el.dataset.first, { el, inst, json, dark });
      first = false;
    }
  }
})();
