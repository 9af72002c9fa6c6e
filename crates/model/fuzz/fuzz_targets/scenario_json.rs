//! Fuzzes the scenario-file import: any bytes must import or be refused with a list of
//! problems, never panic; an imported scenario must project.
#![no_main]

use libfuzzer_sys::fuzz_target;
use relance_model::export::ScenarioFile;
use relance_model::Model;
use std::sync::OnceLock;

fn model() -> &'static Model {
    static M: OnceLock<Model> = OnceLock::new();
    M.get_or_init(|| Model::embedded().expect("embedded model"))
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(file) = ScenarioFile::from_json(text) {
        // What was read writes back and reads again to the same file.
        assert_eq!(ScenarioFile::from_json(&file.to_json()).as_ref(), Ok(&file));
        match file.to_scenario(model()) {
            Ok(s) => assert!(model().project(&s).is_ok()),
            Err(errors) => assert!(!errors.is_empty()),
        }
    }
});
