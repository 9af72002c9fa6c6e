//! Shared links: encode → decode is the identity, and every released link keeps decoding to
//! the same scenario forever (a frozen corpus per version).

mod common;
use common::model;
use proptest::prelude::*;
use relance_model::export::ScenarioFile;
use relance_model::link::{decode, Link, VIEWS};
use relance_model::{Lang, Scenario};

#[test]
fn frozen_v1_links_decode_to_the_same_scenarios() {
    check_corpus(include_str!("links/v1.tsv"));
}

#[test]
fn frozen_v2_links_decode_to_the_same_scenarios() {
    check_corpus(include_str!("links/v2.tsv"));
}

#[test]
fn frozen_v3_links_decode_to_the_same_scenarios() {
    check_corpus(include_str!("links/v3.tsv"));
}

fn check_corpus(corpus: &str) {
    let m = model();
    let mut n = 0;
    for line in corpus.lines().filter(|l| !l.trim().is_empty()) {
        let (hash, want) = line.split_once('\t').expect("hash<TAB>scenario json");
        // A frozen file of version 1 was written with model v2: reading it carries its
        // overrides to model v3's parameters exactly as decoding the link does.
        let want = ScenarioFile::from_json(want)
            .unwrap()
            .to_scenario(&m)
            .unwrap();
        let (_, got) =
            decode(&m, hash).unwrap_or_else(|e| panic!("{hash} no longer decodes: {e:?}"));
        assert_eq!(
            ScenarioFile::from_scenario(&got),
            ScenarioFile::from_scenario(&want),
            "{hash} decodes to another scenario. Links hold only what differs from a preset, so \
             presets (and lever ids) are part of the link format: to change them, add a new link \
             version and keep the old presets frozen (data/presets_v1.toml)."
        );
        n += 1;
    }
    assert!(n >= 7, "corpus too small: {n}");
}

fn arb_scenario() -> impl Strategy<Value = (String, Scenario, bool, usize)> {
    let m = model();
    let specs = m.levers.clone();
    let presets: Vec<String> = m.presets.iter().map(|p| p.id.to_string()).collect();
    let params: Vec<(String, f64, f64)> = m
        .registry
        .params
        .iter()
        .map(|p| (p.id.to_string(), p.low, p.high))
        .collect();
    (
        proptest::sample::select(presets),
        proptest::collection::vec(proptest::option::of(0.0f64..=1.0), specs.len()),
        proptest::collection::vec((0usize..params.len(), 0.0f64..=1.0), 0..4),
        any::<bool>(),
        0usize..VIEWS.len(),
    )
        .prop_map(move |(preset, levers, ovs, en, view)| {
            let m = model();
            let mut s = m.preset(&preset).unwrap().scenario.clone();
            for (spec, x) in specs.iter().zip(levers) {
                if let Some(x) = x {
                    s.set_amount(
                        spec.workstream,
                        spec.instrument,
                        spec.snap(spec.min + x * (spec.max - spec.min)),
                    );
                }
            }
            for (k, u) in ovs {
                let (id, lo, hi) = &params[k];
                let p = m.registry.get(id).unwrap();
                let mut v = lo + u * (hi - lo);
                if p.unit.is_integer() {
                    v = v.round();
                }
                v = (v * 1e6).round() / 1e6;
                if p.check_value(v).is_ok() {
                    s.overrides.insert(id.clone(), v);
                }
            }
            (preset, s, en, view)
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn encode_then_decode_is_the_identity((preset, s, en, view) in arb_scenario()) {
        let m = model();
        let lang = if en { Lang::En } else { Lang::Fr };
        let link = Link::from_scenario(&m, &preset, &s, lang, VIEWS[view]);
        let text = link.encode();
        let (back, s2) = decode(&m, &text).map_err(|e| TestCaseError::fail(format!("{text}: {e:?}")))?;
        prop_assert_eq!(&back.lang, &lang);
        prop_assert_eq!(back.view.as_str(), VIEWS[view]);
        prop_assert_eq!(s2.overrides.clone(), s.overrides.clone());
        for spec in &m.levers {
            let (a, b) = (s.amount(spec.workstream, spec.instrument), s2.amount(spec.workstream, spec.instrument));
            prop_assert!((a - b).abs() < 1e-3, "{}.{}: {} vs {} via {}", spec.workstream.id(), spec.instrument.id(), a, b, text);
        }
        // And the text itself is stable.
        prop_assert_eq!(Link::from_scenario(&m, &preset, &s2, lang, VIEWS[view]).encode(), text);
    }

    #[test]
    fn arbitrary_text_never_panics(s in ".{0,300}") {
        let _ = decode(&model(), &s);
    }
}
