//! Scenario files (serde_json), QR codes and the registry's texts, answered by the worker:
//! plain functions, tested natively.

use relance_model::export::ScenarioFile;
use relance_model::link::Link;
use relance_model::registry::PARAM_TEXTS;
use relance_model::{Lang, Model, Scenario};
use serde::{Deserialize, Serialize};

/// A QR code of `text` as an SVG document (error correction M), `None` when the text is too
/// long for a QR code.
pub fn qr_svg(text: &str) -> Option<String> {
    let code =
        qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M).ok()?;
    let w = code.width();
    let quiet = 4;
    let size = w + 2 * quiet;
    let mut path = String::new();
    for (k, c) in code.to_colors().iter().enumerate() {
        if *c == qrcode::Color::Dark {
            let (x, y) = (k % w + quiet, k / w + quiet);
            path.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" \
         shape-rendering=\"crispEdges\" aria-hidden=\"true\"><rect width=\"{size}\" \
         height=\"{size}\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>"
    ))
}

/// Reads a scenario file and returns it as a link hash (what differs from its preset, in the
/// link format the app opens), or every problem in `lang`.
pub fn import(model: &Model, text: &str, lang: Lang) -> Result<String, Vec<String>> {
    let file = ScenarioFile::from_json(text).map_err(|e| vec![e.message(lang)])?;
    let s = file
        .to_scenario(model)
        .map_err(|errs| errs.iter().map(|e| e.message(lang)).collect::<Vec<_>>())?;
    let preset = file
        .preset
        .as_deref()
        .unwrap_or(relance_model::BASELINE_PRESET);
    let mut link = Link::from_scenario(model, preset, &s, lang, "simulator");
    if file.is_older_model() {
        // Its overrides are already carried over; the link's version makes the page say once
        // that it opens with this model's figures (the next change writes the current one).
        link.version = 2;
    }
    Ok(link.encode())
}

/// The scenario file of a scenario (every lever written).
pub fn export(s: &Scenario) -> String {
    ScenarioFile::from_scenario(s).to_json()
}

/// One team scenario of a comparison: its name and its link hash.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Team {
    /// The name the team gave it.
    pub name: String,
    /// The scenario as a link hash (versioned like shared links).
    pub link: String,
}

/// The format marker of a comparison file.
pub const COMPARISON_FORMAT: &str = "relance-comparison";

/// A comparison file: the team scenarios in their order, importable back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct ComparisonFile {
    format: String,
    version: u32,
    model_version: u32,
    scenarios: Vec<Team>,
}

/// The comparison file of `teams` (JSON).
pub fn export_comparison(teams: &[Team]) -> String {
    let file = ComparisonFile {
        format: COMPARISON_FORMAT.into(),
        version: 1,
        model_version: relance_model::MODEL_VERSION,
        scenarios: teams.to_vec(),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Reads a comparison file: every scenario, or every problem in `lang` (the file is refused
/// whole: the list shown is kept).
pub fn import_comparison(model: &Model, text: &str, lang: Lang) -> Result<Vec<Team>, Vec<String>> {
    let fr = lang == Lang::Fr;
    let file: ComparisonFile = serde_json::from_str(text).map_err(|e| {
        vec![if fr {
            format!(
                "Ce n'est pas un fichier de comparaison lisible (ligne {}, colonne {}).",
                e.line(),
                e.column()
            )
        } else {
            format!(
                "This is not a readable comparison file (line {}, column {}).",
                e.line(),
                e.column()
            )
        }]
    })?;
    if file.format != COMPARISON_FORMAT || file.version != 1 {
        return Err(vec![if fr {
            format!("Format « {} » version {} inconnu : ce fichier n'est pas une comparaison de Relance.", relance_model::format::excerpt(&file.format), file.version)
        } else {
            format!(
                "Unknown format \"{}\" version {}: this file is not a Relance comparison.",
                relance_model::format::excerpt(&file.format),
                file.version
            )
        }]);
    }
    let mut problems = Vec::new();
    for (k, t) in file.scenarios.iter().enumerate() {
        if let Err(errs) = relance_model::link::decode(model, &t.link) {
            for e in errs {
                problems.push(format!(
                    "{} {} ({}) : {}",
                    if fr { "Scénario" } else { "Scenario" },
                    k + 1,
                    relance_model::format::excerpt(&t.name),
                    e.message(lang)
                ));
            }
        }
    }
    if problems.is_empty() {
        Ok(file.scenarios)
    } else {
        Err(problems)
    }
}

/// The comparison as CSV: each headline result of the Convention 2020 (the reference) and of
/// each team scenario, central figures, in `lang`'s labels and units.
pub fn comparison_csv(model: &Model, teams: &[Team], lang: Lang) -> Option<String> {
    let mut columns = vec![(
        model.baseline().label(lang).to_string(),
        model.project(&model.baseline().scenario).ok()?,
    )];
    for t in teams {
        let (_, s) = relance_model::link::decode(model, &t.link).ok()?;
        columns.push((t.name.clone(), model.project(&s).ok()?));
    }
    let quote = |x: &str| format!("\"{}\"", x.replace('"', "\"\""));
    let mut out = format!(
        "{},{}",
        quote(if lang == Lang::Fr {
            "résultat"
        } else {
            "outcome"
        }),
        quote(if lang == Lang::Fr { "unité" } else { "unit" })
    );
    for (name, _) in &columns {
        out.push(',');
        out.push_str(&quote(name));
    }
    out.push('\n');
    for &o in relance_model::Outcome::ALL
        .iter()
        .filter(|o| o.kind() != relance_model::Kind::Reference)
    {
        out.push_str(&format!(
            "{},{}",
            quote(o.label(lang)),
            quote(&o.headline_unit(lang))
        ));
        for (_, p) in &columns {
            out.push_str(&format!(",{:.3}", p.headline(o)));
        }
        out.push('\n');
    }
    Some(out)
}

/// A registry entry's words in one language: what « Pourquoi ? », the assumptions and the
/// methodology show beside its figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ParamWords {
    /// The parameter's id.
    pub id: String,
    /// Its label.
    pub label: String,
    /// Its source (a title in French, whatever the language).
    pub source: String,
    /// The source's address, if it has one.
    pub url: Option<String>,
    /// Its note: why this value, and how sure.
    pub note: String,
}

/// Every registry entry's words in `lang`, in the registry's order.
pub fn words(lang: Lang) -> Vec<ParamWords> {
    PARAM_TEXTS
        .iter()
        .map(|t| ParamWords {
            id: t.id.to_string(),
            label: t.label(lang).to_string(),
            source: t.source.to_string(),
            url: t.url.map(str::to_string),
            note: t.note(lang).to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use relance_model::link::decode;
    use relance_model::{Instrument, Workstream};

    #[test]
    fn words_cover_every_parameter_in_each_language() {
        let m = Model::embedded().unwrap();
        let fr = words(Lang::Fr);
        assert_eq!(fr.len(), m.registry.params.len());
        assert!(fr.iter().zip(&m.registry.params).all(|(w, p)| w.id == p.id));
        assert!(fr[0].note.starts_with("Exposant"), "{:?}", fr[0]);
        assert!(words(Lang::En)[0].note.starts_with("Exponent"));
        assert!(fr
            .iter()
            .all(|r| !r.label.is_empty() && !r.source.is_empty() && !r.note.is_empty()));
        assert!(fr
            .iter()
            .any(|r| r.url.as_deref().is_some_and(|u| u.starts_with("https://"))));
        assert_ne!(
            fr[0].label,
            words(Lang::En)[0].label,
            "labels in each language"
        );
    }

    #[test]
    fn qr_codes_encode_links() {
        let svg = qr_svg("http://127.0.0.1:8080/#v=1&a=mobility.loans:450").unwrap();
        assert!(svg.starts_with("<svg") && svg.contains("<path d=\"M"));
        assert!(qr_svg(&"x".repeat(5000)).is_none());
    }

    #[test]
    fn imports_list_every_problem_in_the_persons_language() {
        let m = Model::embedded().unwrap();
        let e = import(&m, "pas du json", Lang::Fr).unwrap_err();
        assert!(
            e[0].starts_with("Ce n'est pas un fichier JSON lisible (ligne 1, colonne 1)"),
            "{e:?}"
        );
        let e = import(&m, r#"{"version": "un"}"#, Lang::Fr).unwrap_err();
        assert!(
            e[0].starts_with("Champ manquant ou de mauvais type"),
            "{e:?}"
        );
        let e = import(&m, r#"{"amounts": {}}"#, Lang::En).unwrap_err();
        assert!(e[0].contains("version"), "{e:?}");
        let e = import(&m, r#"{"version": 1, "amounts": {"mobility": {"loans": 1e12}, "moon": {}}, "overrides": {"warp": 1}}"#, Lang::Fr).unwrap_err();
        assert_eq!(e.len(), 3, "{e:?}");
        assert!(
            e.iter()
                .any(|x| x.starts_with("amounts.mobility.loans : ") && x.contains("hors limites")),
            "{e:?}"
        );
        assert!(
            e.iter().any(|x| x == "overrides.warp : paramètre inconnu"),
            "{e:?}"
        );
    }

    #[test]
    fn an_imported_file_opens_as_the_same_scenario_and_exports_back() {
        let m = Model::embedded().unwrap();
        let text = r#"{"version": 1, "preset": "jobs-first", "amounts": {"food": {"loans": 20000000, "engineering": 70000}}, "overrides": {"loan_margin": 0.4}}"#;
        let hash = import(&m, text, Lang::Fr).unwrap();
        assert_eq!(
            hash,
            "v=2&p=jobs-first&a=food.loans:20,food.engineering:0.07&o=loan_margin:0.4"
        );
        let (_, s) = decode(&m, &hash).unwrap();
        assert_eq!(s.amount(Workstream::Food, Instrument::Loans), 20e6);
        assert_eq!(s.amount(Workstream::Food, Instrument::Engineering), 70e3);
        let back = ScenarioFile::from_json(&export(&s)).unwrap();
        assert_eq!(back.version, 2, "exports are written for model v3");
        assert_eq!(back.to_scenario(&m), Ok(s));
        // A file of model v2 carries its overrides over and opens as an older link.
        let old = r#"{"version": 1, "preset": "convention-2020", "overrides": {"co2_avoided.urban_renewal": 30}}"#;
        let hash = import(&m, old, Lang::Fr).unwrap();
        assert_eq!(hash, "v=2&o=co2_avoided.home_renovation:30");
        let (link, s) = decode(&m, &hash).unwrap();
        assert!(link.is_older_model());
        assert_eq!(s.overrides.get("co2_avoided.home_renovation"), Some(&30.0));
        // The same id in a current file is unknown, named.
        let e = import(
            &m,
            r#"{"version": 2, "overrides": {"co2_avoided.urban_renewal": 30}}"#,
            Lang::Fr,
        )
        .unwrap_err();
        assert!(e[0].contains("co2_avoided.urban_renewal"), "{e:?}");
    }
}

/// What a reported figure is to the model, as the page shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum BilanRole {
    /// The model computes the same definition (its figure and the gap are in the row).
    Check,
    /// The model takes this parameter (its label) from the same source.
    Input(String),
    /// What happened, with no model figure of the same definition.
    Context,
}

/// One reported figure, in words of one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BilanRow {
    /// Identifier (element ids).
    pub id: String,
    /// What it is.
    pub label: String,
    /// The year it describes.
    pub year: i32,
    /// Where it applies.
    pub geography: String,
    /// Gross, net or observed.
    pub basis: String,
    /// The figure.
    pub value: f64,
    /// Its unit.
    pub unit: String,
    /// Check, input or context.
    pub role: BilanRole,
    /// The model's figure of the same definition (Convention 2020, central).
    pub model: Option<f64>,
    /// `model / reported − 1`, in %.
    pub gap_percent: Option<f64>,
    /// Source title.
    pub source: String,
    /// Source address.
    pub url: String,
    /// Confidence, in words.
    pub confidence: String,
    /// What the figure is and why it differs from the model.
    pub note: String,
}

/// The « Bilan 2020-2026 » in `lang`: every reported figure, and what was not found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bilan {
    /// The figures, in the data file's order.
    pub rows: Vec<BilanRow>,
    /// What was looked for and not found.
    pub not_found: Vec<String>,
}

/// The bilan in `lang` (the model's `bilan::rows`, in words).
pub fn bilan(model: &Model, lang: Lang) -> Bilan {
    use relance_model::bilan::{basis_label, geography_label, rows, Role, NOT_FOUND};
    Bilan {
        rows: rows(model)
            .into_iter()
            .map(|r| {
                let p = r.reported;
                BilanRow {
                    id: p.id.to_string(),
                    label: p.label(lang).to_string(),
                    year: p.year,
                    geography: geography_label(p.geography, lang).to_string(),
                    basis: basis_label(p.basis, lang).to_string(),
                    value: p.value,
                    unit: p.unit.to_string(),
                    role: match p.role {
                        Role::Check(_) => BilanRole::Check,
                        Role::Input(id) => BilanRole::Input(
                            relance_model::registry::label_of(id, lang).to_string(),
                        ),
                        Role::Context => BilanRole::Context,
                    },
                    model: r.model,
                    gap_percent: r.gap_percent,
                    source: p.source.to_string(),
                    url: p.url.to_string(),
                    confidence: p.confidence.label(lang).to_string(),
                    note: p.note(lang).to_string(),
                }
            })
            .collect(),
        not_found: NOT_FOUND
            .iter()
            .map(|(fr, en)| match lang {
                Lang::Fr => fr.to_string(),
                Lang::En => en.to_string(),
            })
            .collect(),
    }
}
