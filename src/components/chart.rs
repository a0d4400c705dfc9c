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
use crate::i18n::T;
use crate::js::{self, EchartsInstance};
use crate::state::{yield_now, AppState, ChartOption};

/// How long one task may spend drawing charts.
const DRAW_BUDGET_MS: f64 = 35.0;

struct Draw {
    /// How long it should take: the chart's last draw on the same data, `None` for new data.
    estimate: Option<f64>,
    run: Box<dyn FnOnce()>,
}

thread_local! {
    static DRAWS: RefCell<VecDeque<Draw>> = RefCell::default();
    static DRAINING: Cell<bool> = const { Cell::new(false) };
}

/// Draws charts in order. A chart redrawn on the same data (a filter change) is drawn in the task of the change
/// if the charts drawn so far and its last draw time fit in `DRAW_BUDGET_MS`, so five redraws take one or two
/// tasks and the frames painted between them are saved. A chart's first draw on new data, whose time nothing
/// tells, gets a task of its own: a load never makes a long task.
fn queue_draw(estimate: Option<f64>, run: impl FnOnce() + 'static) {
    DRAWS.with_borrow_mut(|q| q.push_back(Draw { estimate, run: Box::new(run) }));
    if DRAINING.replace(true) {
        return;
    }
    leptos::task::spawn_local(async {
        let mut started = js::now_ms();
        loop {
            let Some(draw) = DRAWS.with_borrow_mut(VecDeque::pop_front) else {
                DRAINING.set(false);
                return;
            };
            if !draw.estimate.is_some_and(|e| js::now_ms() - started + e <= DRAW_BUDGET_MS) {
                yield_now().await;
                started = js::now_ms();
            }
            (draw.run)();
        }
    });
}

#[component]
pub fn ChartCard(id: &'static str, option: Memo<ChartOption>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let node = NodeRef::<html::Div>::new();
    let instance: StoredValue<Option<EchartsInstance>, LocalStorage> = StoredValue::new_local(None);
    // Draws go through one queue (`queue_draw`); a draw that a newer option overtook, or whose chart is gone, is
    // skipped. `drawn_data` is the dataset of the last draw and `cost` how long that draw took.
    let latest = StoredValue::new(0u64);
    let drawn_data = StoredValue::new_local(Weak::new());
    let cost = StoredValue::new(0.0f64);
    Effect::new(move |_| {
        let ChartOption { json, n } = option.get();
        let mine = latest.get_value() + 1;
        latest.set_value(mine);
        // A weak pointer tells the same data without keeping it alive.
        let data = state.data.with_untracked(Arc::downgrade);
        let estimate = drawn_data.with_value(|d| d.ptr_eq(&data)).then(|| cost.get_value());
        queue_draw(estimate, move || {
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
            drawn_data.set_value(data);
            cost.set_value(js::now_ms() - started);
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
