//! One ECharts instance per chart: created once on its element, updated without merge when its (charming) spec
//! changes, resized with the window, disposed on unmount. The container's `data-drawn` and `data-n` tell tests
//! what is on screen.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::sync::{Arc, Weak};

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::tr;
use crate::charts::ChartDef;
use crate::i18n::{Lang, T};
use crate::js::{self, EchartsInstance};
use crate::state::{yield_now, ChartOption, DataState};

/// How long one task may spend drawing charts.
const DRAW_BUDGET_MS: f64 = 36.0;

/// A queued draw and how long it should take.
type Draw = (f64, Box<dyn FnOnce()>);

thread_local! {
    static DRAWS: RefCell<VecDeque<Draw>> = RefCell::default();
    static DRAINING: Cell<bool> = const { Cell::new(false) };
}

/// Draws charts in order, after the change that queued them is painted. Draws share a task while their expected
/// times fit in DRAW_BUDGET_MS: the five redraws of a filter change take one task, with no frame painted between
/// them. A draw whose time nothing tells (`f64::INFINITY`: a first draw, or the first on new data) gets a task of
/// its own, so a load never makes a long task.
fn queue_draw(expected_ms: f64, run: impl FnOnce() + 'static) {
    DRAWS.with_borrow_mut(|q| q.push_back((expected_ms, Box::new(run))));
    if DRAINING.replace(true) {
        return;
    }
    leptos::task::spawn_local(async {
        yield_now().await;
        let mut task_start = js::now_ms();
        while let Some((expected_ms, run)) = DRAWS.with_borrow_mut(VecDeque::pop_front) {
            if js::now_ms() - task_start + expected_ms > DRAW_BUDGET_MS {
                yield_now().await;
                task_start = js::now_ms();
            }
            run();
        }
        DRAINING.set(false);
    });
}

#[component]
pub fn ChartCard(
    def: &'static ChartDef,
    option: Memo<ChartOption>,
    data: DataState,
    lang: Memo<Lang>,
) -> impl IntoView {
    let id = def.id;
    let node = NodeRef::<html::Div>::new();
    let instance: StoredValue<Option<EchartsInstance>, LocalStorage> = StoredValue::new_local(None);
    // Draws go through one queue (`queue_draw`); a draw that a newer option overtook, or whose chart is gone, is
    // skipped. `drawn_data` is the dataset of the last draw (a weak pointer tells the same data without keeping it
    // alive) and `last_ms` how long that draw took.
    let latest = StoredValue::new(0u64);
    let drawn_data = StoredValue::new_local(Weak::new());
    let last_ms = StoredValue::new(f64::INFINITY);
    Effect::new(move |_| {
        let ChartOption { json, n } = option.get();
        let mine = latest.get_value() + 1;
        latest.set_value(mine);
        let data = data.dataset.with_untracked(Arc::downgrade);
        let expected_ms = if drawn_data.with_value(|d| d.ptr_eq(&data)) { last_ms.get_value() } else { f64::INFINITY };
        queue_draw(expected_ms, move || {
            if latest.try_get_value() != Some(mine) {
                return;
            }
            let Some(el) = node.get_untracked() else { return };
            let started = js::now_ms();
            let Ok(opt) = js_sys::JSON::parse(&json) else { return };
            instance.try_update_value(|i| {
                i.get_or_insert_with(|| js::echarts_init(&el)).set_option(&opt, true);
            });
            let ms = js::now_ms() - started;
            // How long ECharts took to take the option and draw it: the benchmark reports it.
            let _ = el.set_attribute("data-set-ms", &joblens_core::text::fmt_num(ms, 1));
            let _ = el.set_attribute("data-n", &n.to_string());
            let _ = el.set_attribute("data-drawn", "true");
            let _ = el.set_attribute("data-drawn-at", &joblens_core::text::fmt_num(js::now_ms(), 1));
            let _ = drawn_data.try_set_value(data);
            let _ = last_ms.try_set_value(ms);
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
            <div class="chart" class:tall=def.tall id=id data-testid=id data-drawn="false" node_ref=node></div>
            <button class="png" data-testid=format!("{id}-png") on:click=png title="PNG">
                {tr(lang, T::ExportPng)}
            </button>
        </figure>
    }
}
