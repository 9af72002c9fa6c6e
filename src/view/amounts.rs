//! The levers' view-model: envelope rows, bar widths, amounts as text and typed.

use relance_model::{Instrument, Lang, Model, Scenario, MEUR};

/// One instrument's total against its envelope.
#[derive(Debug, Clone, PartialEq)]
pub struct EnvelopeRow {
    /// Instrument.
    pub instrument: Instrument,
    /// Allocated (M€).
    pub total: f64,
    /// Envelope (M€).
    pub envelope: f64,
    /// `total / envelope` (0 when the envelope is 0).
    pub share: f64,
}

impl EnvelopeRow {
    /// Whether the total exceeds the envelope.
    pub fn is_over(&self) -> bool {
        self.total > self.envelope + 1e-9
    }
}

/// Totals per instrument.
pub fn envelope_rows(model: &Model, s: &Scenario) -> Vec<EnvelopeRow> {
    let env = model.envelopes(s);
    Instrument::ALL
        .iter()
        .map(|&i| {
            let total = s.total(i) / MEUR;
            let envelope = env[i.index()];
            EnvelopeRow {
                instrument: i,
                total,
                envelope,
                share: if envelope > 0.0 {
                    total / envelope
                } else {
                    0.0
                },
            }
        })
        .collect()
}

/// The width of a bar as SVG text: `part` as a percentage of `whole`, to a tenth, inside
/// 0–100 (0 when either is not a number).
pub fn bar_width(part: f64, whole: f64) -> String {
    let pct = part / whole * 100.0;
    let pct = if pct.is_finite() {
        pct.clamp(0.0, 100.0)
    } else {
        0.0
    };
    format!("{pct:.1}")
}

/// An amount in euros as M€ text for a slider or a field, from whole thousands of euros
/// (levers move by 10 k€ at the finest): `12.5`, `0.07`, exactly, whatever the float.
pub fn meur_text(euros: f64) -> String {
    let k = (euros / 1e3).round() as i64;
    let sign = if k < 0 { "-" } else { "" };
    let (int, frac) = (k.unsigned_abs() / 1000, k.unsigned_abs() % 1000);
    if frac == 0 {
        format!("{sign}{int}")
    } else {
        let frac = format!("{frac:03}");
        format!("{sign}{int}.{}", frac.trim_end_matches('0'))
    }
}

/// The text of a lever's number field: M€ without grouping, decimal comma in French.
pub fn amount_field_text(euros: f64, lang: Lang) -> String {
    relance_model::format::field_text(&meur_text(euros), lang)
}

/// Parses an amount in M€ typed by a person (the model's `format::parse_decimal`).
pub use relance_model::format::parse_decimal as parse_amount_meur;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_written_from_whole_thousands() {
        assert_eq!(meur_text(12.5e6), "12.5");
        assert_eq!(meur_text(0.07e6), "0.07");
        assert_eq!(meur_text(0.3e6), "0.3");
        assert_eq!(meur_text(600e6), "600");
        assert_eq!(meur_text(0.0), "0");
        assert_eq!(meur_text((0.1 + 0.2) * 1e6), "0.3");
        assert_eq!(meur_text(-1.25e6), "-1.25");
        assert_eq!(bar_width(1.0, 3.0), "33.3");
        assert_eq!(bar_width(5.0, 3.0), "100.0");
        assert_eq!(bar_width(f64::NAN, 3.0), "0.0");
        assert_eq!(bar_width(1.0, 0.0), "0.0");
    }

    #[test]
    fn amounts_parse_in_both_conventions() {
        assert_eq!(parse_amount_meur("12,5"), Some(12.5));
        assert_eq!(parse_amount_meur(" 1 234.5 M€"), Some(1234.5));
        assert_eq!(parse_amount_meur("abc"), None);
        assert_eq!(parse_amount_meur(""), None);
        assert_eq!(parse_amount_meur("inf"), None);
        assert_eq!(parse_amount_meur("-3"), Some(-3.0));
    }

    #[test]
    fn field_text_round_trips() {
        assert_eq!(amount_field_text(12.5e6, Lang::Fr), "12,5");
        assert_eq!(amount_field_text(0.1e6, Lang::En), "0.1");
        assert_eq!(amount_field_text(350e6, Lang::Fr), "350");
        assert_eq!(
            parse_amount_meur(&amount_field_text(0.07e6, Lang::Fr)),
            Some(0.07)
        );
    }

    #[test]
    fn envelope_rows_follow_the_scenario() {
        let m = Model::embedded().unwrap();
        let rows = envelope_rows(&m, &m.baseline().scenario);
        assert_eq!(rows.len(), 3);
        assert!((rows[0].total - 1000.0).abs() < 1e-9);
        assert!(
            (rows[1].share - 1.0).abs() < 1e-9,
            "the convention uses the whole 0.9 M€"
        );
    }
}
