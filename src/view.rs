//! View-model functions: what the components show, computed outside view bodies.

use relance_model::format::NNBSP;
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

/// The text of a lever's number field: M€ without grouping, decimal comma in French.
pub fn amount_field_text(euros: f64, lang: Lang) -> String {
    let m = (euros / MEUR * 100.0).round() / 100.0;
    let s = format!("{m}");
    match lang {
        Lang::Fr => s.replace('.', ","),
        Lang::En => s,
    }
}

/// Parses an amount in M€ typed by a person: accepts a decimal comma or point and spaces.
pub fn parse_amount_meur(text: &str) -> Option<f64> {
    let cleaned: String = text
        .trim()
        .trim_end_matches("M€")
        .chars()
        .filter(|c| !c.is_whitespace() && *c != NNBSP && *c != '\u{A0}')
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    if cleaned.is_empty() {
        return None;
    }
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

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
