//! `relance-prerender <dir>`: writes the first screen into the build's `index.html` and the
//! static methodology pages beside it. Run by `scripts/post-build.mjs`, natively, with Yew's
//! server renderer (the `prerender` feature).
//!
//! The first screen is the app itself rendered at build: the Convention 2020 in French, in the
//! standard layout, its central figures and the bands the worker would draw, which travel in
//! the page so that the app hydrates it without drawing them again. Without JavaScript it reads
//! as a page.

use relance::boot::{Boot, Prerendered, DATA_ID, ROOT_ID};
use relance::components::methodology::{BodyProps, MethodologyBody};
use relance::i18n::{t, Key};
use relance::state::AppState;
use relance::worker::Words;
use relance::{App, AppProps};
use relance_model::{Lang, Model};
use relance_worker::{answer, Answer, Request};
use std::path::Path;
use std::process::ExitCode;
use std::rc::Rc;
use yew::ServerRenderer;

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: relance-prerender <dist directory>");
        return ExitCode::FAILURE;
    };
    match run(Path::new(&dir)) {
        Ok(summary) => {
            println!("{summary}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("relance-prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(dir: &Path) -> Result<String, String> {
    let model = Model::embedded().map_err(|e| e.to_string())?;
    // What the worker answers for the first screen: the baseline's bands, and what +1 M€ buys
    // for the outcome the app starts with.
    let first = AppState::new(Rc::new(model.clone()));
    let bands = answer(
        &model,
        &Request::Bands {
            scenario: first.scenario.clone(),
            baseline: None,
            outcome: first.outcome,
        },
    );
    if !matches!(bands, Answer::Bands { .. }) {
        return Err("the baseline's bands could not be drawn".into());
    }
    let prerendered = Prerendered { answer: bands };
    let data = prerendered.encode();

    let props = prerendered.clone();
    let body = futures::executor::block_on(
        ServerRenderer::<App>::with_props(move || AppProps {
            boot: Boot::server(Some(props)),
        })
        .render(),
    );

    let index = dir.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let html = fill_root(&html, &body, &data)?;
    std::fs::write(&index, &html).map_err(|e| format!("{}: {e}", index.display()))?;

    let mut pages = Vec::new();
    for lang in [Lang::Fr, Lang::En] {
        let page = methodology_page(lang)?;
        let name = t(lang, Key::MethodologyHref);
        std::fs::write(dir.join(name), page).map_err(|e| format!("{name}: {e}"))?;
        pages.push(name);
    }
    Ok(format!(
        "relance-prerender: first screen {} bytes (bands {} bytes), {}",
        body.len(),
        data.len() / 2,
        pages.join(", ")
    ))
}

/// `html` with the app's root holding `body`, marked as prerendered, and the bands after it.
fn fill_root(html: &str, body: &str, data: &str) -> Result<String, String> {
    // Minified or not: `<div id="app"></div>` or `<div id=app></div>`.
    let empty = [
        format!("<div id=\"{ROOT_ID}\"></div>"),
        format!("<div id={ROOT_ID}></div>"),
    ];
    let Some(found) = empty.iter().find(|e| html.matches(e.as_str()).count() == 1) else {
        return Err(format!(
            "index.html has no single empty <div id=\"{ROOT_ID}\">"
        ));
    };
    let filled = format!(
        "<div id=\"{ROOT_ID}\" data-prerendered=\"\">{body}</div>\
         <script type=\"application/octet-stream\" id=\"{DATA_ID}\">{data}</script>"
    );
    Ok(html.replacen(found.as_str(), &filled, 1))
}

/// The static methodology page in `lang`: the app's methodology text (the worker's blocks and
/// the registry's words, rendered by the app's own component), in the static pages' frame.
fn methodology_page(lang: Lang) -> Result<String, String> {
    let model = Model::embedded().map_err(|e| e.to_string())?;
    let Answer::Methodology(blocks) = answer(&model, &Request::Methodology(lang)) else {
        return Err("the methodology could not be written".into());
    };
    let Answer::Words(words) = answer(&model, &Request::Words(lang)) else {
        return Err("the registry's words could not be read".into());
    };
    let text = futures::executor::block_on(
        ServerRenderer::<MethodologyBody>::with_props(move || BodyProps {
            model: Rc::new(model),
            lang,
            blocks: Rc::new(blocks),
            words: Some(Rc::new(Words::new(lang, words))),
        })
        .hydratable(false)
        .render(),
    );
    let other = match lang {
        Lang::Fr => Lang::En,
        Lang::En => Lang::Fr,
    };
    Ok(format!(
        r#"<!DOCTYPE html>
<html lang="{code}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{title} — Relance</title>
  <link rel="icon" href="icon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="page.css">
  <script src="back.js" defer></script>
</head>
<body>
  <main class="method-page">
    <a class="back" href="./">{back}</a>
    <p><a href="{other_href}" hreflang="{other_code}" lang="{other_code}">{other_label}</a></p>
    <h1>Relance — {title}</h1>
    <p>{intro}</p>
    {text}
  </main>
</body>
</html>
"#,
        code = lang.code(),
        title = t(lang, Key::MethodologyHeading),
        back = t(lang, Key::BackToSimulator),
        other_href = t(other, Key::MethodologyHref),
        other_code = other.code(),
        other_label = t(lang, Key::OtherLanguagePage),
        intro = t(lang, Key::MethodologyPageIntro),
    ))
}
