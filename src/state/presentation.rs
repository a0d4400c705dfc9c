//! The presentation: how the page shows the data and view, none of which is in the URL's filters: the language
//! (from the view, else the browser's), banner messages, the table's sort and page, the opened posting, my
//! profile.

use leptos::prelude::*;

use joblens_core::profile::Profile;

use super::{ShareLink, ViewState};
use crate::i18n::{Lang, Msg, T};
use crate::rows::TableState;

/// A message for the `error-banner`.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    pub id: u64,
    pub error: bool,
    pub text: String,
}

#[derive(Clone, Copy)]
pub struct Presentation {
    pub lang: Memo<Lang>,
    pub messages: RwSignal<Vec<Message>>,
    pub table: RwSignal<TableState>,
    /// The posting opened in the detail view.
    pub selected: RwSignal<Option<u32>>,
    pub profile: RwSignal<Profile>,
    /// On a narrow screen, whether the filter sheet is open.
    pub filters_open: RwSignal<bool>,
    /// What the last load from the paste panel brought in, said above the charts.
    pub loaded: RwSignal<Option<String>>,
    /// The share link last made, or why none was.
    pub share: RwSignal<Option<ShareLink>>,
}

fn browser_lang() -> Lang {
    let lang = web_sys::window().and_then(|w| w.navigator().language()).unwrap_or_default();
    if lang.to_ascii_lowercase().starts_with("zh") {
        Lang::Zh
    } else {
        Lang::En
    }
}

impl Presentation {
    pub fn new(view: ViewState) -> Presentation {
        let browser_lang = browser_lang();
        let current = view.current;
        Presentation {
            lang: Memo::new(move |_| current.with(|v| v.lang).unwrap_or(browser_lang)),
            messages: RwSignal::new(Vec::new()),
            table: RwSignal::new(TableState::default()),
            selected: RwSignal::new(None),
            profile: RwSignal::new(Profile::default()),
            filters_open: RwSignal::new(false),
            loaded: RwSignal::new(None),
            share: RwSignal::new(None),
        }
    }

    /// The text `key` in the page's language now.
    pub fn t(&self, key: T) -> &'static str {
        key.get(self.lang.get_untracked())
    }

    /// Adds a message to the banner, in the page's language.
    pub fn say(&self, error: bool, msg: Msg) {
        let text = msg.text(self.lang.get_untracked());
        self.messages.update(|m| {
            let id = m.last().map_or(1, |x| x.id + 1);
            if !m.iter().any(|x| x.text == text) {
                m.push(Message { id, error, text });
            }
        });
    }
}
