//! The browser at the edge: URL hash, history, downloads, clipboard, files, panic banner.
//! Components call these from effects and event handlers, never from the reducer.

use gloo_utils::window;
use wasm_bindgen::{JsCast, JsValue};

/// The page's hash without `#` (empty if none or outside a browser).
pub fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_string())
        .unwrap_or_default()
}

/// Writes the hash: a new history entry (`push`) or in place, without reloading.
pub fn write_hash(hash: &str, push: bool) {
    let Some(w) = web_sys::window() else { return };
    if current_hash() == hash {
        return;
    }
    let Ok(history) = w.history() else { return };
    let url = format!("#{hash}");
    let _ = if push {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    };
}

/// Remembers, for this tab, where the static pages' « Retour au simulateur » leads: this page
/// with its mode and the scenario's link (`public/back.js` reads it).
pub fn remember_return(hash: &str) {
    use gloo_storage::Storage;
    let _ = gloo_storage::SessionStorage::set("relance.return", format!("./{}#{hash}", query()));
}

/// Opens links to the static pages (`*.html`: the glossary, the accessibility statement) in a
/// new tab while the returned listener lives.
pub fn static_pages_in_new_tab() -> gloo_events::EventListener {
    gloo_events::EventListener::new_with_options(
        &gloo_utils::document(),
        "click",
        gloo_events::EventListenerOptions::enable_prevent_default(),
        |e| {
            let Some(a) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest("a[href]").ok().flatten())
                .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
            else {
                return;
            };
            let href = a.href();
            let page = href.split(['#', '?']).next().unwrap_or_default();
            if page.ends_with(".html") && !page.ends_with("/index.html") {
                e.prevent_default();
                let _ = window().open_with_url_and_target_and_features(&href, "_blank", "noopener");
            }
        },
    )
}

/// Replaces the hash (and remembers it for the static pages' way back) after `ms`
/// milliseconds unless the returned timer is dropped first.
pub fn write_hash_later(hash: String, ms: u32) -> gloo_timers::callback::Timeout {
    gloo_timers::callback::Timeout::new(ms, move || {
        remember_return(&hash);
        write_hash(&hash, false)
    })
}

/// The page's address (empty outside a browser).
pub fn href() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// The address to share for the page with `hash`: never the workshop's or the embed's mode,
/// so that a phone scanning the room's QR code opens the phone's layout.
pub fn full_url(hash: &str) -> String {
    shareable(&href(), hash)
}

/// Today's date from the browser's clock: year, month (1–12), day.
pub fn today() -> (u32, u32, u32) {
    let d = js_sys::Date::new_0();
    (d.get_full_year(), d.get_month() + 1, d.get_date())
}

/// `href` with `hash` for its fragment and without the query parts that choose a page mode
/// (`mode=workshop`, `workshop=1`, `embed=1`); other query parts stay.
pub fn shareable(href: &str, hash: &str) -> String {
    let base = href.split('#').next().unwrap_or_default();
    let (path, query) = base.split_once('?').unwrap_or((base, ""));
    let kept: Vec<&str> = query
        .split('&')
        .filter(|p| !p.is_empty() && !matches!(*p, "mode=workshop" | "workshop=1" | "embed=1"))
        .collect();
    if kept.is_empty() {
        format!("{path}#{hash}")
    } else {
        format!("{path}?{}#{hash}", kept.join("&"))
    }
}

/// Offers `content` as a file download. The object URL is revoked a little later, once the
/// browser has started the download.
pub fn download(filename: &str, mime: &str, content: &str) -> Result<(), JsValue> {
    let blob = gloo_file::Blob::new_with_options(content, Some(mime));
    let url = gloo_file::ObjectUrl::from(blob);
    let a: web_sys::HtmlAnchorElement = gloo_utils::document().create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(filename);
    a.click();
    wasm_bindgen_futures::spawn_local(async move {
        gloo_timers::future::TimeoutFuture::new(10_000).await;
        drop(url);
    });
    Ok(())
}

/// Copies `text` to the clipboard; `Err` if the browser refuses (no permission, no API).
pub async fn copy(text: &str) -> Result<(), JsValue> {
    let nav = web_sys::window()
        .ok_or_else(|| JsValue::from_str("no window"))?
        .navigator();
    let has_clipboard =
        js_sys::Reflect::has(&nav, &JsValue::from_str("clipboard")).unwrap_or(false);
    if !has_clipboard {
        return Err(JsValue::from_str("no clipboard"));
    }
    wasm_bindgen_futures::JsFuture::from(nav.clipboard().write_text(text)).await?;
    Ok(())
}

/// Whether the browser offers the system's share sheet (phones mostly).
pub fn can_share() -> bool {
    web_sys::window().is_some_and(|w| {
        js_sys::Reflect::has(&w.navigator(), &JsValue::from_str("share")).unwrap_or(false)
    })
}

/// Opens the system's share sheet with `url` and `title`; `Err` if the person closes it or the
/// browser refuses.
pub async fn share(url: &str, title: &str) -> Result<(), JsValue> {
    let nav = window().navigator();
    let data = web_sys::ShareData::new();
    data.set_url(url);
    data.set_title(title);
    wasm_bindgen_futures::JsFuture::from(nav.share_with_data(&data)).await?;
    Ok(())
}

/// The text of a file chosen by the person.
pub async fn file_text(file: web_sys::File) -> Result<String, gloo_file::FileReadError> {
    gloo_file::futures::read_as_text(&gloo_file::File::from(file)).await
}

/// A fresh identifier for a saved scenario.
pub fn new_id() -> String {
    let t = js_sys::Date::now() as u64;
    let r = (js_sys::Math::random() * 1e6) as u64;
    format!("{t:x}{r:05x}")
}

/// Installs a panic hook that shows a banner with a reload button instead of a frozen page.
pub fn install_panic_hook(text: String, reload: String) {
    std::panic::set_hook(Box::new(move |info| {
        web_sys::console::error_1(&JsValue::from_str(&info.to_string()));
        show_panic_banner(&text, &reload);
    }));
}

/// Puts the panic banner at the top of the page (once). Built with plain DOM calls: after a
/// panic, the Yew app cannot be trusted.
pub fn show_panic_banner(text: &str, reload: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = doc.body() else { return };
    if doc.get_element_by_id("panic-banner").is_some() {
        return;
    }
    let (Ok(banner), Ok(p), Ok(button)) = (
        doc.create_element("div"),
        doc.create_element("p"),
        doc.create_element("button"),
    ) else {
        return;
    };
    banner.set_id("panic-banner");
    let _ = banner.set_attribute("role", "alert");
    let _ = banner.set_attribute("class", "panic");
    p.set_text_content(Some(text));
    let _ = button.set_attribute("type", "button");
    // A listener, not an inline handler: the page runs under a strict CSP. It lives as long as
    // the banner, which stays until the page is reloaded: it is kept on purpose.
    gloo_events::EventListener::new(&button, "click", |_| {
        let _ = window().location().reload();
    })
    .forget();
    button.set_text_content(Some(reload));
    let _ = banner.append_child(&p);
    let _ = banner.append_child(&button);
    let _ = body.prepend_with_node_1(&banner);
}

/// The page's query string (with its `?`), empty outside a browser.
pub fn query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Enters or leaves fullscreen.
pub fn toggle_fullscreen() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if doc.fullscreen_element().is_some() {
        doc.exit_fullscreen();
    } else if let Some(root) = doc.document_element() {
        let _ = root.request_fullscreen();
    }
}

/// Asks the browser to keep the screen awake (Screen Wake Lock API), where it exists. The
/// browser releases the lock when the page is hidden; call again when it is visible.
pub fn keep_screen_awake() {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return;
    };
    let Ok(lock) = js_sys::Reflect::get(&nav, &JsValue::from_str("wakeLock")) else {
        return;
    };
    if lock.is_undefined() {
        return;
    }
    let Ok(request) = js_sys::Reflect::get(&lock, &JsValue::from_str("request")) else {
        return;
    };
    if let Ok(f) = request.dyn_into::<js_sys::Function>() {
        if let Ok(p) = f.call1(&lock, &JsValue::from_str("screen")) {
            if let Ok(p) = p.dyn_into::<js_sys::Promise>() {
                // A refusal (battery saver, no permission) is not an error for the workshop.
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = wasm_bindgen_futures::JsFuture::from(p).await;
                });
            }
        }
    }
}

/// Taps again the buttons a person tapped on the prerendered page before the app took over
/// (`public/relance-early.js` remembers each by its id or its accessible name), in order, now
/// that their handlers are attached.
pub fn replay_early_taps() {
    let Some(w) = web_sys::window() else { return };
    let Ok(taps) = js_sys::Reflect::get(&w, &JsValue::from_str("relanceEarlyTaps")) else {
        return;
    };
    let Ok(taps) = taps.dyn_into::<js_sys::Array>() else {
        return;
    };
    let _ = js_sys::Reflect::set(&w, &JsValue::from_str("relanceEarlyTaps"), &JsValue::NULL);
    let Some(app) = w
        .document()
        .and_then(|d| d.get_element_by_id(crate::boot::ROOT_ID))
    else {
        return;
    };
    let field = |tap: &JsValue, key: &str| {
        js_sys::Reflect::get(tap, &JsValue::from_str(key))
            .ok()
            .and_then(|v| v.as_string())
    };
    for tap in taps.iter() {
        let button = if let Some(id) = field(&tap, "id") {
            w.document().and_then(|d| d.get_element_by_id(&id))
        } else if let Some(label) = field(&tap, "label") {
            app.query_selector_all("button").ok().and_then(|list| {
                (0..list.length())
                    .filter_map(|k| list.item(k))
                    .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
                    .find(|b| {
                        b.get_attribute("aria-label").as_deref() == Some(label.as_str())
                            || (b.get_attribute("aria-label").is_none()
                                && b.text_content().is_some_and(|t| t.trim() == label))
                    })
            })
        } else {
            None
        };
        if let Some(b) = button.and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok()) {
            b.click();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::shareable;

    #[test]
    fn shared_addresses_never_carry_the_workshop_or_embed_mode() {
        let h = "v=3&p=convention-2020";
        assert_eq!(
            shareable("https://x.fr/relance/?mode=workshop#v=3&old", h),
            "https://x.fr/relance/#v=3&p=convention-2020"
        );
        assert_eq!(
            shareable("https://x.fr/relance/index.html?embed=1", h),
            "https://x.fr/relance/index.html#v=3&p=convention-2020"
        );
        assert_eq!(
            shareable("https://x.fr/?a=1&workshop=1&b=2#x", h),
            "https://x.fr/?a=1&b=2#v=3&p=convention-2020"
        );
        assert_eq!(
            shareable("https://x.fr/", h),
            "https://x.fr/#v=3&p=convention-2020"
        );
    }
}
