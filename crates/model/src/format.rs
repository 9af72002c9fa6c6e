//! Number formatting for people, in French (`1 234,5 M€`) and English (`1,234.5 M€`).

use crate::domain::Lang;

/// Narrow no-break space, the French thousands separator.
pub const NNBSP: char = '\u{202F}';
/// No-break space, between a number and its unit.
pub const NBSP: char = '\u{A0}';

/// `x` with `decimals` decimals and grouped thousands.
pub fn number(x: f64, decimals: usize, lang: Lang) -> String {
    if !x.is_finite() {
        return "–".into();
    }
    let s = format!("{:.*}", decimals, x.abs());
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (s, None),
    };
    let (sep, dec) = match lang {
        Lang::Fr => (NNBSP, ','),
        Lang::En => (',', '.'),
    };
    let mut grouped = String::new();
    let n = int.len();
    for (i, c) in int.chars().enumerate() {
        // French typography does not group four-digit numbers in tables, but the
        // administration's usage (and our tiles) do; keep one rule everywhere.
        if i > 0 && (n - i) % 3 == 0 {
            grouped.push(sep);
        }
        grouped.push(c);
    }
    let negative = x < 0.0
        && (grouped.chars().any(|c| c.is_ascii_digit() && c != '0')
            || frac.as_deref().is_some_and(|f| f.chars().any(|c| c != '0')));
    let mut out = String::new();
    if negative {
        out.push('−');
    }
    out.push_str(&grouped);
    if let Some(f) = frac {
        out.push(dec);
        out.push_str(&f);
    }
    out
}

/// Decimals that show about three significant figures, at most two.
pub fn auto_decimals(x: f64) -> usize {
    let a = x.abs();
    if a >= 100.0 || a == 0.0 {
        0
    } else if a >= 10.0 {
        1
    } else {
        2
    }
}

/// A result rounded for reading: three significant figures from a thousand up (the app's
/// tiles, the solver's messages).
pub fn rounded(x: f64, lang: Lang) -> String {
    if x.abs() >= 1000.0 {
        number(round_sig(x, 3), 0, lang)
    } else {
        number(x, auto_decimals(x), lang)
    }
}

/// Parses a number typed by a person: accepts a decimal comma or point, spaces as thousands
/// separators and a trailing "M€".
pub fn parse_decimal(text: &str) -> Option<f64> {
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

/// `x` rounded to `sig` significant figures.
pub fn round_sig(x: f64, sig: i32) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let mag = x.abs().log10().floor() as i32;
    let f = 10f64.powi(sig - 1 - mag);
    (x * f).round() / f
}

/// A figure with its unit: `1 234,5 M€`.
pub fn with_unit(x: f64, unit: &str, lang: Lang) -> String {
    let n = number(x, auto_decimals(x), lang);
    if unit.is_empty() {
        n
    } else if unit == "%" && lang == Lang::En {
        format!("{n}%")
    } else {
        format!("{n}{NBSP}{unit}")
    }
}

/// Millions of euros: `1 234,5 M€`.
pub fn meur(x: f64, lang: Lang) -> String {
    with_unit(x, "M€", lang)
}

/// Euros shown in M€.
pub fn eur_as_meur(euros: f64, lang: Lang) -> String {
    meur(euros / 1e6, lang)
}

/// A registry figure as people read it: whole numbers without decimals, others with one or
/// two (`20 000`, `0,9`, `2,25`).
pub fn figure(x: f64, lang: Lang) -> String {
    let decimals = if x.fract() == 0.0 {
        0
    } else if (x * 10.0).fract().abs() < 1e-9 {
        1
    } else {
        2
    };
    number(x, decimals, lang)
}

/// `template` with each `{name}` replaced by `value(name)`; a name `value` does not know, or
/// an unclosed brace, is left as written.
pub fn fill(template: &str, value: impl Fn(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after
            .find('}')
            .and_then(|close| Some((close, value(&after[..close])?)))
        {
            Some((close, v)) => {
                out.push_str(&v);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `text` folded for searching: lower case, French accents dropped (`Énergie` → `energie`,
/// `Œuvre` → `oeuvre`), typographic apostrophes made straight. Letters outside Latin-1 are kept
/// as they are: the registry is French and English, and full Unicode case tables would add
/// about 6 KB to the download.
pub fn fold_for_search(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let base = match c {
            'A'..='Z' => c.to_ascii_lowercase(),
            'À'..='Å' | 'à'..='å' => 'a',
            'Ç' | 'ç' => 'c',
            'È'..='Ë' | 'è'..='ë' => 'e',
            'Ì'..='Ï' | 'ì'..='ï' => 'i',
            'Ñ' | 'ñ' => 'n',
            'Ò'..='Ö' | 'ò'..='ö' | 'Ø' | 'ø' => 'o',
            'Ù'..='Ü' | 'ù'..='ü' => 'u',
            'Ý' | 'ý' | 'ÿ' | 'Ÿ' => 'y',
            'Œ' | 'œ' => {
                out.push_str("oe");
                continue;
            }
            'Æ' | 'æ' => {
                out.push_str("ae");
                continue;
            }
            '’' | 'ʼ' => '\'',
            c => c,
        };
        out.push(base);
    }
    out
}

/// A number written by the standard library (`Display`: no grouping, a point) as a text field
/// shows it in `lang`: a decimal comma in French. [`parse_decimal`] reads it back.
pub fn field_text(plain: &str, lang: Lang) -> String {
    match lang {
        Lang::Fr => plain.replace('.', ","),
        Lang::En => plain.to_string(),
    }
}

/// Most characters of a person's text repeated in a message (a link's part, a file's field).
pub const EXCERPT_CHARS: usize = 40;

/// `text` as a message repeats it: its first [`EXCERPT_CHARS`] characters, and « … » if it
/// goes on (a 900 KB field must not give a message as long).
pub fn excerpt(text: &str) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(EXCERPT_CHARS).collect();
    match chars.next() {
        Some(_) => format!("{head}…"),
        None => head,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(x: f64, d: usize, lang: Lang, want: &str) {
        assert_eq!(number(x, d, lang), want, "{x} {d} {lang:?}");
    }

    #[test]
    fn french_and_english_numbers() {
        check(1234.5, 1, Lang::Fr, "1\u{202F}234,5");
        check(1234.5, 1, Lang::En, "1,234.5");
        check(1234567.0, 0, Lang::Fr, "1\u{202F}234\u{202F}567");
        check(-0.004, 2, Lang::Fr, "0,00");
        check(-12.5, 1, Lang::Fr, "−12,5");
        check(999.0, 0, Lang::En, "999");
        check(f64::NAN, 0, Lang::Fr, "–");
        assert_eq!(meur(1234.5, Lang::Fr), "1\u{202F}234\u{A0}M€");
        assert_eq!(meur(12.34, Lang::Fr), "12,3\u{A0}M€");
        assert_eq!(with_unit(20.0, "%", Lang::En), "20.0%");
    }

    #[test]
    fn search_folding_ignores_case_and_accents() {
        assert_eq!(fold_for_search("Énergie RÉNOVÉE"), "energie renovee");
        assert_eq!(
            fold_for_search("Œuvre d’Ïle-de-France ÇA"),
            "oeuvre d'ile-de-france ca"
        );
        assert_eq!(fold_for_search("loan_margin 2,5 %"), "loan_margin 2,5 %");
        assert_eq!(fold_for_search("Ωμέγα"), "Ωμέγα");
        // Agrees with the standard library on every ASCII text.
        let ascii: String = (0u8..128).map(char::from).collect();
        assert_eq!(fold_for_search(&ascii), ascii.to_lowercase());
    }

    #[test]
    fn templates_are_filled_with_figures() {
        let v = |name: &str| match name {
            "norm" => Some(figure(20000.0, Lang::Fr)),
            "env" => Some(figure(0.9, Lang::En)),
            _ => None,
        };
        assert_eq!(fill("÷ {norm}, {env} M€", v), "÷ 20\u{202F}000, 0.9 M€");
        assert_eq!(fill("{unknown} {norm", v), "{unknown} {norm");
        assert_eq!(fill("", v), "");
        assert_eq!(figure(2.25, Lang::Fr), "2,25");
    }

    #[test]
    fn significant_figures() {
        assert_eq!(round_sig(3249.0, 2), 3200.0);
        assert_eq!(round_sig(0.01234, 2), 0.012);
        assert_eq!(round_sig(0.0, 2), 0.0);
    }
}
