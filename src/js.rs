//! The few browser APIs the page binds by hand: the ECharts calls charming 0.6 lacks (not-merge updates, dispose,
//! resize, PNG export, click events), ranges dragged along a chart's axis, waiting for the ECharts script, chart
//! visibility and the colour scheme, IndexedDB get/put through a small module, file downloads and the crash screen.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use joblens_core::share::Read;
use joblens_core::text::Decoder;

#[wasm_bindgen]
extern "C" {
    /// What `echarts.init` returns.
    pub type EchartsInstance;

    /// `echarts.init(element, theme)`: the ECharts build that index.html loads (async, see [`echarts_ready`])
    /// defines the global `echarts`. Bound here rather than through charming's `WasmRenderer`, whose option
    /// conversion would link a second serializer for every charming type into the wasm (~100 KB gz); options are
    /// charming `Chart`s serialized once, as JSON. `theme`: `Some("dark")` or the default (light) one.
    #[wasm_bindgen(js_namespace = echarts, js_name = init)]
    pub fn echarts_init(el: &web_sys::HtmlElement, theme: Option<&str>) -> EchartsInstance;

    #[wasm_bindgen(method, js_name = setOption)]
    pub fn set_option(this: &EchartsInstance, option: &JsValue, not_merge: bool);

    #[wasm_bindgen(method)]
    pub fn dispose(this: &EchartsInstance);

    #[wasm_bindgen(method)]
    pub fn resize(this: &EchartsInstance);

    #[wasm_bindgen(method, js_name = getDataURL)]
    pub fn get_data_url(this: &EchartsInstance, opts: &JsValue) -> String;

    /// `on(event, handler)`: the chart's `click` events, which the page turns into filters.
    #[wasm_bindgen(method)]
    pub fn on(this: &EchartsInstance, event: &str, handler: &js_sys::Function);
}

// The pasted dataset in IndexedDB, as `{v: 1, name, bytes, read}` (`read` is `'text'` when the user chose to read
// it as one posting; entries saved before it existed have none and read as found): the text's UTF-8 bytes in a Blob, copied straight out
// of wasm memory (decoding 75 MB into a JS string would block the page for most of a second) and kept by reference
// (a Uint8Array would be cloned again inside `put`). Module code, not an inline script: the CSP forbids those.
#[wasm_bindgen(inline_js = r#"
const DB = 'joblens', STORE = 'datasets', KEY = 'dataset';
function open() {
  return new Promise((resolve, reject) => {
    let req;
    try { req = indexedDB.open(DB, 1); } catch (e) { reject(String(e)); return; }
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(String(req.error));
    req.onblocked = () => reject('the database is blocked by another tab');
  });
}
function done(tx, value) {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve(value);
    tx.onerror = () => reject(String(tx.error));
    tx.onabort = () => reject(String(tx.error || 'aborted'));
  });
}
export async function dataset_get() {
  const db = await open();
  const tx = db.transaction(STORE, 'readonly');
  const req = tx.objectStore(STORE).get(KEY);
  await done(tx);
  const v = req.result;
  if (v === undefined || v === null) return null;
  if (typeof v !== 'object' || v.v !== 1 || typeof v.name !== 'string' || !(v.bytes instanceof Blob)) return 'corrupt';
  return [v.name, v.bytes, v.read === 'text' ? 'text' : ''];
}
export async function dataset_put(name, view, read) {
  // `view` looks into wasm memory, which may move while we wait: copy it now, before the first await.
  const bytes = new Blob([view]);
  const db = await open();
  const tx = db.transaction(STORE, 'readwrite');
  try { tx.objectStore(STORE).put(read ? { v: 1, name, bytes, read } : { v: 1, name, bytes }, KEY); } catch (e) { throw String(e); }
  return done(tx, null);
}
export async function dataset_delete() {
  const db = await open();
  const tx = db.transaction(STORE, 'readwrite');
  tx.objectStore(STORE).delete(KEY);
  return done(tx, null);
}
"#)]
extern "C" {
    #[wasm_bindgen(catch)]
    async fn dataset_get() -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch)]
    async fn dataset_put(name: &str, bytes: &[u8], read: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch)]
    async fn dataset_delete() -> Result<JsValue, JsValue>;
}

// The page's view of the browser: whether ECharts has loaded (index.html loads it with `async`, so the wasm and
// ECharts download side by side and neither waits for the other), which charts are on screen, the colour scheme.
#[wasm_bindgen(inline_js = r#"
export function echarts_ready() {
  if (window.echarts) return Promise.resolve(true);
  return new Promise((resolve) => {
    // Resolves once: when the script has run, or failed, or the page has loaded without it (window's load comes
    // after every async script has run or failed, so a script that failed before we listened is caught too).
    const done = () => resolve(!!window.echarts);
    if (document.readyState === 'complete') return done();
    const script = document.getElementById('echarts-js');
    script?.addEventListener('load', done);
    script?.addEventListener('error', done);
    window.addEventListener('load', done);
  });
}
export function watch_visible(el, cb) {
  // A margin of half a screen: a chart scrolled towards is drawn just before it shows.
  const o = new IntersectionObserver((es) => cb(es[es.length - 1].isIntersecting), { rootMargin: '50% 0px' });
  o.observe(el);
  return () => o.disconnect();
}
export function drag_range(el, done) {
  // A drag along the x axis of the chart in `el`: a band follows the pointer over the plot, and on release
  // `done(from, to)` gets the category indexes under its two ends. A press without a drag is a click (nothing is
  // called). Vertical pans still scroll the page on a phone (touch-action); window listeners follow a mouse that
  // leaves the chart.
  let start = null, band = null;
  el.style.touchAction = 'pan-y';
  const chart = () => window.echarts?.getInstanceByDom(el);
  const x = (e) => e.clientX - el.getBoundingClientRect().left;
  const end = () => { start = null; band?.remove(); band = null; };
  el.addEventListener('pointerdown', (e) => { if (e.isPrimary && e.button === 0 && chart()) start = x(e); });
  window.addEventListener('pointermove', (e) => {
    const c = start === null ? null : chart();
    if (!c || (!band && Math.abs(x(e) - start) < 4)) return;
    if (!band) {
      band = document.createElement('div');
      band.className = 'drag-band';
      el.after(band);
    }
    // Over the plot only: from the grid's top to the value axis's zero.
    const top = c.getOption().grid[0].top, bottom = c.convertToPixel({ yAxisIndex: 0 }, 0);
    const [a, b] = [start, Math.min(Math.max(x(e), 0), el.clientWidth)].sort((p, q) => p - q);
    Object.assign(band.style, { left: `${el.offsetLeft + a}px`, width: `${b - a}px`, top: `${el.offsetTop + top}px`, height: `${bottom - top}px` });
  });
  window.addEventListener('pointerup', (e) => {
    const c = band && chart();
    if (c) done(c.convertFromPixel({ xAxisIndex: 0 }, start), c.convertFromPixel({ xAxisIndex: 0 }, x(e)));
    end();
  });
  window.addEventListener('pointercancel', end);
}
export function take_first(id) {
  return window.joblensFirst?.take(id) ?? null;
}
export function first_drawn() {
  return window.joblensFirst?.drawing ?? Promise.resolve();
}
export function watch_dark(cb) {
  const m = matchMedia('(prefers-color-scheme: dark)');
  m.addEventListener('change', (e) => cb(e.matches));
  return m.matches;
}
"#)]
extern "C" {
    /// Resolves to whether the global `echarts` exists, once the ECharts script has run (or failed to load).
    async fn echarts_ready() -> JsValue;
    /// Calls `cb(on_screen)` whenever `el` comes near the screen or leaves it; returns the function that stops.
    #[wasm_bindgen(js_name = watch_visible)]
    fn watch_visible_js(el: &web_sys::Element, cb: &Closure<dyn FnMut(bool)>) -> js_sys::Function;
    /// Lets a drag along the x axis of the chart in `el` call `done(from, to)` with the categories at its ends.
    #[wasm_bindgen(js_name = drag_range)]
    fn drag_range_js(el: &web_sys::Element, done: &Closure<dyn FnMut(f64, f64)>);
    /// The chart `id` that public/first.js drew before the wasm arrived, as `[element, instance, option JSON, dark]`,
    /// or null.
    #[wasm_bindgen(js_name = take_first)]
    fn take_first_js(id: &str) -> JsValue;
    /// Resolves once public/first.js is not drawing (at once unless it is).
    async fn first_drawn() -> JsValue;
    /// Calls `cb(dark)` when the colour scheme changes; returns whether it is dark now.
    #[wasm_bindgen(js_name = watch_dark)]
    fn watch_dark_js(cb: &Closure<dyn FnMut(bool)>) -> bool;
}

/// A chart that public/first.js drew into the static shell before the wasm arrived: its element, its ECharts
/// instance, the option it drew (the JSON string the page itself makes) and whether in dark colours.
pub struct FirstChart {
    pub el: web_sys::HtmlElement,
    pub instance: EchartsInstance,
    pub json: String,
    pub dark: bool,
}

/// Waits while public/first.js is drawing the default page's first charts.
pub async fn first_charts_drawn() {
    first_drawn().await;
}

/// Takes the pre-drawn chart `id`, if public/first.js drew it.
pub fn take_first(id: &str) -> Option<FirstChart> {
    let got = take_first_js(id);
    if !js_sys::Array::is_array(&got) {
        return None;
    }
    let got: js_sys::Array = got.unchecked_into();
    Some(FirstChart {
        el: got.get(0).dyn_into().ok()?,
        instance: got.get(1).unchecked_into(),
        json: got.get(2).as_string()?,
        dark: got.get(3).as_bool()?,
    })
}

/// Whether ECharts is there to draw with, once its script has run or failed.
pub async fn echarts_loaded() -> bool {
    echarts_ready().await.as_bool() == Some(true)
}

/// Calls `on_change(on_screen)` whenever `el` comes near the screen or leaves it, until the returned function is
/// called.
pub fn watch_visible(el: &web_sys::Element, on_change: impl FnMut(bool) + 'static) -> impl FnOnce() {
    let cb = Closure::<dyn FnMut(bool)>::new(on_change);
    let stop = watch_visible_js(el, &cb);
    move || {
        let _ = stop.call0(&JsValue::NULL);
        drop(cb);
    }
}

/// Calls `done(from, to)` with the category indexes at the ends of each range dragged along the x axis of the
/// chart in `el` (ECharts' brush component would cost the page 8 KB gzipped, and a redraw to arm it). For the
/// page's life.
pub fn drag_range(el: &web_sys::Element, done: impl FnMut(f64, f64) + 'static) {
    let cb = Closure::<dyn FnMut(f64, f64)>::new(done);
    drag_range_js(el, &cb);
    cb.forget();
}

/// Whether the browser asks for dark colours now; `on_change(dark)` is called when that changes.
pub fn watch_dark(on_change: impl FnMut(bool) + 'static) -> bool {
    let cb = Closure::<dyn FnMut(bool)>::new(on_change);
    let dark = watch_dark_js(&cb);
    // Listened to for the page's life.
    cb.forget();
    dark
}

/// Scrolls the element with this id to the top of the view (below the sticky header: its `scroll-margin-top`).
pub fn scroll_to(id: &str) {
    if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) {
        el.scroll_into_view();
    }
}

fn js_error(e: JsValue) -> String {
    e.as_string().unwrap_or_else(|| format!("{e:?}"))
}

/// What the browser has saved.
pub enum Saved {
    Nothing,
    /// Name, text and how it is read.
    Dataset(String, String, Read),
    /// Something is stored but it is not a dataset this page wrote.
    Corrupt,
}

/// Reads the saved dataset.
pub async fn load_saved() -> Result<Saved, String> {
    let v = dataset_get().await.map_err(js_error)?;
    if v.is_null() || v.is_undefined() {
        return Ok(Saved::Nothing);
    }
    if v.as_string().is_some() {
        return Ok(Saved::Corrupt);
    }
    let arr: js_sys::Array = v.unchecked_into();
    let (Some(name), Ok(blob)) = (arr.get(0).as_string(), arr.get(1).dyn_into::<web_sys::Blob>()) else {
        return Ok(Saved::Corrupt);
    };
    match read_blob(&blob).await.map(Decoder::finish) {
        Some((text, false)) => {
            let read = if arr.get(2).as_string().as_deref() == Some("text") { Read::Whole } else { Read::Found };
            Ok(Saved::Dataset(name, text, read))
        }
        _ => Ok(Saved::Corrupt),
    }
}

/// A blob (a file) is read and decoded this many bytes at a time, each piece its own task: 75 MB never hold the page.
const READ_CHUNK: f64 = (2 << 20) as f64;

/// Reads a blob or file in pieces and decodes it (invalid UTF-8 replaced); `None` when the browser cannot read it.
pub async fn read_blob(blob: &web_sys::Blob) -> Option<Decoder> {
    let size = blob.size();
    let mut decoder = Decoder::with_capacity(size as usize);
    let mut buf = Vec::new();
    let mut start = 0.0;
    while start < size {
        let end = (start + READ_CHUNK).min(size);
        let piece = blob.slice_with_f64_and_f64(start, end).ok()?;
        let bytes = js_sys::Uint8Array::new(&wasm_bindgen_futures::JsFuture::from(piece.array_buffer()).await.ok()?);
        buf.resize(bytes.length() as usize, 0);
        bytes.copy_to(&mut buf);
        decoder.push(&buf);
        start = end;
    }
    Some(decoder)
}

pub async fn save(name: &str, text: &str, read: Read) -> Result<(), String> {
    dataset_put(name, text.as_bytes(), read.id().unwrap_or("")).await.map(|_| ()).map_err(js_error)
}

pub async fn forget_saved() -> Result<(), String> {
    dataset_delete().await.map(|_| ()).map_err(js_error)
}

/// Offers `content` as a file download named `name`.
pub fn download(name: &str, mime: &str, content: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    download_url(name, &url);
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Follows `url` as a download named `name` (data: and blob: URLs).
pub fn download_url(name: &str, url: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(a) = doc.create_element("a") else { return };
    let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() else {
        return;
    };
    a.set_href(url);
    a.set_download(name);
    a.click();
}

/// Shows the static crash screen of index.html (it needs no wasm to work: its reload button is a link).
pub fn show_crash_screen() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(el) = doc.get_element_by_id("crash-screen") {
        if let Ok(href) = web_sys::window().map(|w| w.location()).map_or(Err(JsValue::NULL), |l| l.href()) {
            if let Some(a) = doc.get_element_by_id("crash-reload") {
                let _ = a.set_attribute("href", &href);
            }
        }
        let _ = el.remove_attribute("hidden");
    }
}

/// Milliseconds since navigation, for the timings the page reports.
pub fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}
