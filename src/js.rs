//! The few browser APIs the page binds by hand: the ECharts calls charming 0.6 lacks (not-merge updates, dispose,
//! resize, PNG export), IndexedDB get/put through a small module, file downloads and the crash screen.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// What `echarts.init` returns.
    pub type EchartsInstance;

    /// `echarts.init(element)`: the ECharts build that index.html loads defines the global `echarts`. Bound here
    /// rather than through charming's `WasmRenderer`, whose option conversion would link a second serializer for
    /// every charming type into the wasm (~100 KB gz); options are charming `Chart`s serialized once, as JSON.
    #[wasm_bindgen(js_namespace = echarts, js_name = init)]
    pub fn echarts_init(el: &web_sys::HtmlElement) -> EchartsInstance;

    #[wasm_bindgen(method, js_name = setOption)]
    pub fn set_option(this: &EchartsInstance, option: &JsValue, not_merge: bool);

    #[wasm_bindgen(method)]
    pub fn dispose(this: &EchartsInstance);

    #[wasm_bindgen(method)]
    pub fn resize(this: &EchartsInstance);

    #[wasm_bindgen(method, js_name = getDataURL)]
    pub fn get_data_url(this: &EchartsInstance, opts: &JsValue) -> String;
}

// IndexedDB as two promise-returning functions. Module code, not an inline script: the CSP forbids those.
#[wasm_bindgen(inline_js = r#"
const DB = 'joblens', STORE = 'datasets';
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
export async function idb_get(key) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const req = db.transaction(STORE, 'readonly').objectStore(STORE).get(key);
    req.onsuccess = () => resolve(req.result === undefined ? null : req.result);
    req.onerror = () => reject(String(req.error));
  });
}
export async function idb_put(key, value) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).put(value, key);
    tx.oncomplete = () => resolve(null);
    tx.onerror = () => reject(String(tx.error));
    tx.onabort = () => reject(String(tx.error || 'aborted'));
  });
}
export async function idb_delete(key) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).delete(key);
    tx.oncomplete = () => resolve(null);
    tx.onerror = () => reject(String(tx.error));
  });
}
"#)]
extern "C" {
    #[wasm_bindgen(catch)]
    async fn idb_get(key: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch)]
    async fn idb_put(key: &str, value: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch)]
    async fn idb_delete(key: &str) -> Result<JsValue, JsValue>;
}

fn js_error(e: JsValue) -> String {
    e.as_string().unwrap_or_else(|| format!("{e:?}"))
}

/// Reads a stored string; `Ok(None)` when nothing is stored.
pub async fn storage_get(key: &str) -> Result<Option<String>, String> {
    idb_get(key).await.map(|v| v.as_string()).map_err(js_error)
}

pub async fn storage_put(key: &str, value: &str) -> Result<(), String> {
    idb_put(key, value).await.map(|_| ()).map_err(js_error)
}

pub async fn storage_delete(key: &str) -> Result<(), String> {
    idb_delete(key).await.map(|_| ()).map_err(js_error)
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
