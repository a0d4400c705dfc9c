//! One ECharts instance per chart: created on its element once ECharts has loaded and the chart is near the
//! screen, updated without merge when its (charming) spec changes, made again in the other theme when the colour
//! scheme changes, resized with the window, disposed on unmount. Touching an item filters (its `click`, and on the
//! histogram a range dragged along its axis: `js::drag_range`), as the drawn option's `Touch` says. The container's
//! `data-drawn` and `data-n` tell tests what is on screen.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::sync::{Arc, Weak};

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use joblens_core::share::View;

use super::tr;
use crate::active;
use crate::charts::{ChartDef, Touch, CHARTS};
use crate::i18n::{Lang, T};
use crate::js::{self, EchartsInstance};
use crate::state::{after_paint, yield_now, ChartOption, DataState};

/// The longest the page waits for the first screen's charts before it mounts the rest (`ChartEnv::first_screen`).
const FIRST_SCREEN_MAX_MS: u64 = 6000;

/// How long one task may spend drawing charts.
const DRAW_BUDGET_MS: f64 = 36.0;

/// A queued draw: its chart's place on the page, how long it should take, the draw.
type Draw = (usize, f64, Box<dyn FnOnce()>);

thread_local! {
    static DRAWS: RefCell<VecDeque<Draw>> = RefCell::default();
    static DRAINING: Cell<bool> = const { Cell::new(false) };
}

/// Draws charts in page order (whatever order they came into view in), after the change that queued them is
/// painted. Draws share a task while their expected
/// times fit in DRAW_BUDGET_MS: the five redraws of a filter change take one task, with no frame painted between
/// them. A draw whose time nothing tells (`f64::INFINITY`: a first draw, or the first on new data) gets a task of
/// its own, so a load never makes a long task.
fn queue_draw(place: usize, expected_ms: f64, run: impl FnOnce() + 'static) {
    DRAWS.with_borrow_mut(|q| {
        let at = q.partition_point(|d| d.0 <= place);
        q.insert(at, (place, expected_ms, Box::new(run)));
    });
    if DRAINING.replace(true) {
        return;
    }
    leptos::task::spawn_local(async {
        yield_now().await;
        let mut task_start = js::now_ms();
        while let Some((_, expected_ms, run)) = DRAWS.with_borrow_mut(VecDeque::pop_front) {
            if js::now_ms() - task_start + expected_ms > DRAW_BUDGET_MS {
                yield_now().await;
                task_start = js::now_ms();
            }
            run();
        }
        DRAINING.set(false);
    });
}

fn get(obj: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(obj, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

fn numbers(v: &JsValue) -> Vec<f64> {
    if !js_sys::Array::is_array(v) {
        return Vec::new();
    }
    v.unchecked_ref::<js_sys::Array>().iter().map(|x| x.as_f64().unwrap_or(f64::NAN)).collect()
}

/// Applies what touching a chart filters to the view.
fn apply(view: RwSignal<View>, t: Option<active::Touched>) {
    if let Some(t) = t {
        view.update(|v| active::touch(&mut v.filters, &t));
    }
}

/// Binds the instance's `click` (an item) to the filters. The handler lives as long as the page (one per chart
/// card, which is created once).
fn listen(i: &EchartsInstance, view: RwSignal<View>, touch: StoredValue<Touch>) {
    let click = Closure::<dyn Fn(JsValue)>::new(move |p: JsValue| {
        if get(&p, "componentType").as_string().as_deref() != Some("series") {
            return;
        }
        let (series, index) = (get(&p, "seriesIndex").as_f64(), get(&p, "dataIndex").as_f64());
        let (Some(series), Some(index)) = (series, index) else { return };
        apply(view, touch.with_value(|t| t.click(series as usize, index as usize, &numbers(&get(&p, "value")))));
    });
    i.on("click", click.as_ref().unchecked_ref());
    click.forget();
}

/// What every chart card shares: whether ECharts has loaded (`None` while its script is on its way), whether
/// the page is in dark colours, and whether the charts on the first screen are drawn. [`ChartEnv::new`] makes one
/// for the page.
#[derive(Clone, Copy)]
pub struct ChartEnv {
    pub echarts: RwSignal<Option<bool>>,
    pub dark: RwSignal<bool>,
    /// True once every chart on screen at load is drawn and painted (or ECharts failed): the page mounts what the
    /// first screen does not show after them (`App`).
    pub first_screen: RwSignal<bool>,
    /// The cards that have neither drawn nor found themselves off screen at load.
    unsettled: StoredValue<usize>,
}

impl ChartEnv {
    /// Starts waiting for the ECharts script and follows the browser's colour scheme.
    pub fn new() -> ChartEnv {
        let echarts = RwSignal::new(None);
        let dark = RwSignal::new(false);
        let first_screen = RwSignal::new(false);
        dark.set(js::watch_dark(move |d| dark.set(d)));
        // Whatever keeps the first charts back (ECharts still on its way on a stalled network), the filters, the
        // table and the paste panel do not wait longer than this.
        set_timeout(
            move || {
                let _ = first_screen.try_set(true);
            },
            std::time::Duration::from_millis(FIRST_SCREEN_MAX_MS),
        );
        leptos::task::spawn_local(async move {
            let loaded = js::echarts_loaded().await;
            echarts.set(Some(loaded));
            if !loaded {
                first_screen.set(true);
            }
        });
        ChartEnv { echarts, dark, first_screen, unsettled: StoredValue::new(CHARTS.len()) }
    }

    /// One card has drawn for the first time, or was off screen at load. After the last one, once the browser has
    /// painted the charts, `first_screen` turns true.
    fn settle(self) {
        let left = self.unsettled.get_value().saturating_sub(1);
        self.unsettled.set_value(left);
        if left == 0 {
            leptos::task::spawn_local(async move {
                after_paint().await;
                self.first_screen.set(true);
            });
        }
    }
}

impl Default for ChartEnv {
    fn default() -> Self {
        ChartEnv::new()
    }
}

/// A chart card. Its option is drawn once ECharts has loaded and the card is near the screen: on a phone only
/// the first charts are, and the others are drawn as they are scrolled to, with the option current then.
/// `data-drawn` is `true` once the current option is drawn, `false` while a newer one waits.
#[component]
pub fn ChartCard(
    def: &'static ChartDef,
    option: Memo<ChartOption>,
    data: DataState,
    view: RwSignal<View>,
    lang: Memo<Lang>,
    env: ChartEnv,
) -> impl IntoView {
    let id = def.id;
    let place = CHARTS.iter().position(|d| std::ptr::eq(d, def)).unwrap_or(CHARTS.len());
    let node = NodeRef::<html::Div>::new();
    // The chart's element: the card's own, or the static shell's that public/first.js drew into before the wasm
    // arrived, which takes its place (with its instance) when the card mounts.
    let target = RwSignal::new_local(None::<web_sys::HtmlElement>);
    // The option the pre-drawn chart shows, until the card's first draw: when that draw's option is the same
    // string, the chart is kept as it is.
    let adopted = StoredValue::new(None::<String>);
    let instance: StoredValue<Option<EchartsInstance>, LocalStorage> = StoredValue::new_local(None);
    let visible = RwSignal::new(false);
    // Each new option gets a version; `queued` is the version last handed to the draw queue. Draws go through
    // one queue (`queue_draw`); a draw that a newer option overtook, or whose chart is gone, is skipped.
    // `drawn_data` is the dataset of the last draw (a weak pointer tells the same data without keeping it alive)
    // and `last_ms` how long that draw took.
    // `with`, not `track`: tracking alone leaves the option uncomputed until the first draw reads it, and that
    // first computation, outside any observer, marked `version` dirty: every chart was drawn twice on load (the
    // same option again), which on a slow phone put the first chart hundreds of ms later.
    let version = Memo::new(move |v: Option<&u64>| {
        option.with(|_| ());
        v.map_or(1, |v| v + 1)
    });
    let queued = StoredValue::new(0u64);
    let drawn_data = StoredValue::new_local(Weak::new());
    let last_ms = StoredValue::new(f64::INFINITY);
    // What touching the drawn option filters (not the newest option's: that may not be on screen yet).
    let drawn_touch = StoredValue::new(Touch::Nothing);
    // Whether ranges dragged along the chart's axis are listened to (from the first draw of a histogram on).
    let dragged = StoredValue::new(false);
    // The theme the instance was made in: when the colour scheme changes, it is made again and the option redrawn.
    let theme_dark = StoredValue::new(false);
    // Whether this card has told `env` that it is drawn or off screen at load.
    let settled = StoredValue::new(false);
    let settle = move || {
        if settled.try_get_value() == Some(false) {
            settled.set_value(true);
            env.settle();
        }
    };
    Effect::new(move |_| {
        // A chart never drawn computes its option once it comes near the screen: on a phone most charts are below
        // it at load, and their options would only delay the first ones. Once drawn, the option is followed
        // everywhere, so that `data-drawn` turns false as soon as a change reaches the chart.
        if !visible.get() && queued.get_value() == 0 {
            return;
        }
        let mine = version.get();
        let dark = env.dark.get();
        let Some(el) = target.get() else { return };
        if theme_dark.get_value() != dark {
            adopted.set_value(None);
            theme_dark.set_value(dark);
            instance.update_value(|i| {
                if let Some(i) = i.take() {
                    i.dispose();
                }
            });
            queued.set_value(0);
        }
        if queued.get_value() != mine {
            let _ = el.set_attribute("data-drawn", "false");
        }
        if env.echarts.get() != Some(true) || !visible.get() || queued.get_value() == mine {
            return;
        }
        queued.set_value(mine);
        let data = data.dataset.with_untracked(Arc::downgrade);
        let expected_ms = if drawn_data.with_value(|d| d.ptr_eq(&data)) { last_ms.get_value() } else { f64::INFINITY };
        queue_draw(place, expected_ms, move || {
            if version.try_get_untracked() != Some(mine) {
                return;
            }
            let Some(el) = target.get_untracked() else { return };
            let started = js::now_ms();
            let ChartOption { json, n, touch } = option.get_untracked();
            if matches!(touch, Touch::Bins { .. }) && dragged.try_get_value() == Some(false) {
                dragged.set_value(true);
                js::drag_range(&el, move |from, to| {
                    apply(view, drawn_touch.try_with_value(|t| t.brush(from as isize, to as isize)).flatten())
                });
            }
            let _ = drawn_touch.try_set_value(touch);
            // A pre-drawn chart that shows this very option stays as it is, drawn when it was.
            let pre_drawn = adopted.try_update_value(Option::take).flatten();
            let kept = pre_drawn.as_deref() == Some(json.as_str());
            if !kept {
                let Ok(opt) = js_sys::JSON::parse(&json) else { return };
                if dark {
                    // The dark theme's own background is a deep blue; the card's colour shows through instead.
                    let _ = js_sys::Reflect::set(&opt, &"backgroundColor".into(), &"transparent".into());
                }
                instance.try_update_value(|i| {
                    if i.is_none() || pre_drawn.is_some() {
                        // A chart's first draw does not animate: on load every chart would grow in for a second
                        // of frames that hold the main thread while the next charts wait to be drawn.
                        let _ = js_sys::Reflect::set(&opt, &"animation".into(), &false.into());
                    }
                    let i = i.get_or_insert_with(|| {
                        let i = js::echarts_init(&el, dark.then_some("dark"));
                        listen(&i, view, drawn_touch);
                        i
                    });
                    i.set_option(&opt, true);
                });
            }
            let ms = js::now_ms() - started;
            // How long ECharts took to take the option and draw it: the benchmark reports it.
            let _ = el.set_attribute("data-set-ms", &joblens_core::text::fmt_num(ms, 1));
            let _ = el.set_attribute("data-n", &n.to_string());
            let _ = el.set_attribute("data-drawn", "true");
            if !kept {
                let _ = el.set_attribute("data-drawn-at", &joblens_core::text::fmt_num(js::now_ms(), 1));
            }
            let _ = drawn_data.try_set_value(data);
            let _ = last_ms.try_set_value(ms);
            settle();
        });
    });
    // Near the screen or not, as the browser tells it; the watch stops with the card.
    let unwatch: StoredValue<Option<Box<dyn FnOnce()>>, LocalStorage> = StoredValue::new_local(None);
    node.on_load(move |div| {
        let mut el: web_sys::HtmlElement = div.into();
        if let Some(first) = js::take_first(id) {
            // In the same task as the mount (effects run before the browser paints): the chart never leaves the
            // screen.
            if el.replace_with_with_node_1(&first.el).is_ok() {
                for (name, value) in [("id", id), ("data-testid", id)] {
                    let _ = first.el.set_attribute(name, value);
                }
                let _ = first.el.remove_attribute("data-first");
                listen(&first.instance, view, drawn_touch);
                instance.set_value(Some(first.instance));
                theme_dark.set_value(first.dark);
                adopted.set_value(Some(first.json));
                el = first.el;
            } else {
                first.instance.dispose();
            }
        }
        target.set(Some(el.clone()));
        let stop = js::watch_visible(&el, move |on| {
            if !on {
                settle();
            }
            let _ = visible.try_set(on);
        });
        unwatch.set_value(Some(Box::new(stop)));
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
        unwatch.update_value(|u| {
            if let Some(u) = u.take() {
                u();
            }
        });
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
                let background = if env.dark.get_untracked() { "#161b22" } else { "#ffffff" };
                let _ = js_sys::Reflect::set(&opts, &"backgroundColor".into(), &background.into());
                js::download_url(&format!("{id}.png"), &i.get_data_url(&opts));
            }
        })
    };
    view! {
        <figure class="card">
            <div class="chart" class:tall=def.tall id=id data-testid=id data-drawn="false" node_ref=node></div>
            <Show when=move || env.echarts.get() == Some(false)>
                <p class="chart-error" role="alert">{tr(lang, T::ChartsUnavailable)}</p>
            </Show>
            <button class="png" data-testid=format!("{id}-png") on:click=png title="PNG">
                {tr(lang, T::ExportPng)}
            </button>
        </figure>
    }
}
