//! Fuzzes the URL-hash decoder: any text must decode or be refused, never panic, and a decoded
//! scenario must re-encode to a link that decodes to the same scenario.
#![no_main]

use libfuzzer_sys::fuzz_target;
use relance_model::link::{decode, Link};
use relance_model::Model;
use std::sync::OnceLock;

fn model() -> &'static Model {
    static M: OnceLock<Model> = OnceLock::new();
    M.get_or_init(|| Model::embedded().expect("embedded model"))
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok((link, s)) = decode(model(), text) {
        let again = Link::from_scenario(model(), &link.preset, &s, link.lang, &link.view).encode();
        let (_, s2) = decode(model(), &again).expect("a re-encoded link decodes");
        assert_eq!(s2.overrides, s.overrides);
        assert!(model().project(&s2).is_ok());
    }
});
