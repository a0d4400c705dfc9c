//! One ECharts instance per chart: created once on its element, updated without merge when its (charming) spec
//! changes, resized with the window, disposed on unmount. The container's `data-drawn` and `data-n` tell tests
//! what is on screen.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::tr;
use crate::i18n::T;
use crate::js::{self, EchartsInstance};
use crate::state::{yield_now, AppState, ChartOption};

#[component]
pub fn ChartCard(id: &'static str, option: Memo<ChartOption>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let node = NodeRef::<html::Div>::new();
    let instance: StoredValue<Option<EchartsInstance>, LocalStorage> = StoredValue::new_local(None);
    // Each chart draws in its own task after the change is painted, so five charts never make one long task; a
    // draw that a newer option overtook, or whose chart is gone, is skipped.
    let latest = StoredValue::new(0u64);
    Effect::new(move |_| {
        let ChartOption { json, n } = option.get();
        let mine = latest.get_value() + 1;
        latest.set_value(mine);
        leptos::task::spawn_local(async move {
            yield_now().await;
            if latest.try_get_value() != Some(mine) {
                return;
            }
            let Some(el) = node.get_untracked() else { return };
            let started = js::now_ms();
            let Ok(opt) = js_sys::JSON::parse(&json) else { return };
            instance.try_update_value(|i| {
                i.get_or_insert_with(|| js::echarts_init(&el)).set_option(&opt, true);
            });
            // How long ECharts took to take the option and draw it: the benchmark reports it.
            let _ = el.set_attribute("data-set-ms", &joblens_core::text::fmt_num(js::now_ms() - started, 1));
            let _ = el.set_attribute("data-n", &n.to_string());
            let _ = el.set_attribute("data-drawn", "true");
            let _ = el.set_attribute("data-drawn-at", &joblens_core::text::fmt_num(js::now_ms(), 1));
        });
    });

    let resize = window_event_listener(leptos::ev::resize, move |_| {
        instance.with_value(|i| {
            if let Some(i) = i {
                i.resize();
            }
        })
    });
    on_cleanup(move || {
        resize.remove();
        instance.update_value(|i| {
            if let Some(i) = i.take() {
                i.dispose();
            }
        });
    });

    let png = move |_| {
        instance.with_value(|i| {
            if let Some(i) = i {
                let opts = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&opts, &"type".into(), &"png".into());
                let _ = js_sys::Reflect::set(&opts, &"pixelRatio".into(), &JsValue::from(2));
                let _ = js_sys::Reflect::set(&opts, &"backgroundColor".into(), &"#ffffff".into());
                js::download_url(&format!("{id}.png"), &i.get_data_url(&opts));
            }
        })
    };
    view! {
        <figure class="card">
            <div class="chart" id=id data-testid=id data-drawn="false" node_ref=node></div>
            <button class="png" data-testid=format!("{id}-png") on:click=png title="PNG">
                {tr(state.lang, T::ExportPng)}
            </button>
        </figure>
    }
}
