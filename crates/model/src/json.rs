//! A small JSON reader and string writer for the scenario file (RFC 8259), kept out of serde
//! so that the app does not ship a general-purpose JSON library.

use crate::num;

/// A JSON value. Objects keep their members in file order, duplicates included.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number.
    Number(f64),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Json>),
    /// An object.
    Object(Vec<(String, Json)>),
}

impl Json {
    /// What kind of value this is, in English (`"a string"`).
    pub fn kind(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "a boolean",
            Json::Number(_) => "a number",
            Json::String(_) => "a string",
            Json::Array(_) => "an array",
            Json::Object(_) => "an object",
        }
    }
}

/// Where a text stops being JSON, counted from 1 (columns in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SyntaxError {
    /// Line.
    pub line: usize,
    /// Column.
    pub column: usize,
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "not valid JSON at line {}, column {}",
            self.line, self.column
        )
    }
}

/// Nesting deeper than this is refused (the scenario file needs three levels).
const MAX_DEPTH: usize = 64;

struct Reader<'a> {
    b: &'a [u8],
    i: usize,
}

impl Reader<'_> {
    fn error(&self) -> SyntaxError {
        let before = &self.b[..self.i.min(self.b.len())];
        let line_start = before
            .iter()
            .rposition(|&c| c == b'\n')
            .map_or(0, |p| p + 1);
        let column = String::from_utf8_lossy(&before[line_start..])
            .chars()
            .count()
            + 1;
        SyntaxError {
            line: before.iter().filter(|&&c| c == b'\n').count() + 1,
            column,
        }
    }

    fn skip_ws(&mut self) {
        while matches!(self.b.get(self.i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn eat(&mut self, c: u8) -> bool {
        self.skip_ws();
        if self.b.get(self.i) == Some(&c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn literal(&mut self, word: &str, v: Json) -> Result<Json, SyntaxError> {
        if self.b[self.i..].starts_with(word.as_bytes()) {
            self.i += word.len();
            Ok(v)
        } else {
            Err(self.error())
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, SyntaxError> {
        if depth > MAX_DEPTH {
            return Err(self.error());
        }
        self.skip_ws();
        match self.b.get(self.i) {
            Some(b'{') => {
                self.i += 1;
                let mut members = Vec::new();
                if self.eat(b'}') {
                    return Ok(Json::Object(members));
                }
                loop {
                    self.skip_ws();
                    if self.b.get(self.i) != Some(&b'"') {
                        return Err(self.error());
                    }
                    let key = self.string()?;
                    if !self.eat(b':') {
                        return Err(self.error());
                    }
                    members.push((key, self.value(depth + 1)?));
                    if self.eat(b'}') {
                        return Ok(Json::Object(members));
                    }
                    if !self.eat(b',') {
                        return Err(self.error());
                    }
                }
            }
            Some(b'[') => {
                self.i += 1;
                let mut items = Vec::new();
                if self.eat(b']') {
                    return Ok(Json::Array(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    if self.eat(b']') {
                        return Ok(Json::Array(items));
                    }
                    if !self.eat(b',') {
                        return Err(self.error());
                    }
                }
            }
            Some(b'"') => Ok(Json::String(self.string()?)),
            Some(b't') => self.literal("true", Json::Bool(true)),
            Some(b'f') => self.literal("false", Json::Bool(false)),
            Some(b'n') => self.literal("null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.error()),
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while self.b.get(self.i).is_some_and(u8::is_ascii_digit) {
            self.i += 1;
        }
        self.i - start
    }

    fn number(&mut self) -> Result<Json, SyntaxError> {
        let start = self.i;
        if self.b[self.i] == b'-' {
            self.i += 1;
        }
        let int_start = self.i;
        let n = self.digits();
        if n == 0 {
            return Err(self.error());
        }
        if n > 1 && self.b[int_start] == b'0' {
            self.i = int_start + 1;
            return Err(self.error());
        }
        if self.b.get(self.i) == Some(&b'.') {
            self.i += 1;
            if self.digits() == 0 {
                return Err(self.error());
            }
        }
        if matches!(self.b.get(self.i), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.b.get(self.i), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if self.digits() == 0 {
                return Err(self.error());
            }
        }
        // The slice is ASCII by construction.
        let text = std::str::from_utf8(&self.b[start..self.i]).unwrap_or("");
        match num::parse(text) {
            Some(v) if v.is_finite() => Ok(Json::Number(v)),
            _ => {
                self.i = start;
                Err(self.error())
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let mut v = 0;
        for _ in 0..4 {
            let d = self
                .b
                .get(self.i)
                .and_then(|&c| (c as char).to_digit(16))
                .ok_or_else(|| self.error())?;
            v = v * 16 + d;
            self.i += 1;
        }
        Ok(v)
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        self.i += 1; // the opening quote
        let mut out = Vec::new();
        loop {
            let Some(&c) = self.b.get(self.i) else {
                return Err(self.error());
            };
            self.i += 1;
            match c {
                b'"' => break,
                b'\\' => {
                    let Some(&e) = self.b.get(self.i) else {
                        return Err(self.error());
                    };
                    self.i += 1;
                    let ch = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let hi = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&hi) {
                                if !self.b[self.i..].starts_with(b"\\u") {
                                    return Err(self.error());
                                }
                                self.i += 2;
                                let lo = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&lo) {
                                    return Err(self.error());
                                }
                                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                            } else {
                                hi
                            };
                            char::from_u32(code).ok_or_else(|| self.error())?
                        }
                        _ => {
                            self.i -= 1;
                            return Err(self.error());
                        }
                    };
                    let mut buf = [0; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                }
                0..=0x1F => {
                    self.i -= 1;
                    return Err(self.error());
                }
                _ => out.push(c),
            }
        }
        // The input is a &str and escapes are encoded from chars: always UTF-8.
        String::from_utf8(out).map_err(|_| self.error())
    }
}

/// Reads a whole JSON text (a leading byte-order mark is allowed).
pub fn parse(text: &str) -> Result<Json, SyntaxError> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut r = Reader {
        b: text.as_bytes(),
        i: 0,
    };
    let v = r.value(0)?;
    r.skip_ws();
    if r.i < r.b.len() {
        return Err(r.error());
    }
    Ok(v)
}

/// Appends `s` as a JSON string literal.
pub fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                out.push_str("\\u00");
                for shift in [4, 0] {
                    out.push(char::from_digit((c as u32 >> shift) & 0xF, 16).unwrap_or('0'));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use proptest::prelude::*;

    fn to_serde(v: &Json) -> serde_json::Value {
        match v {
            Json::Null => serde_json::Value::Null,
            Json::Bool(b) => (*b).into(),
            Json::Number(x) => number(*x),
            Json::String(s) => s.clone().into(),
            Json::Array(a) => a.iter().map(to_serde).collect(),
            Json::Object(m) => m.iter().map(|(k, v)| (k.clone(), to_serde(v))).collect(),
        }
    }

    fn number(x: f64) -> serde_json::Value {
        serde_json::Number::from_f64(x).unwrap().into()
    }

    /// serde_json keeps integers apart from floats; compare numbers as f64.
    pub(crate) fn as_f64(v: serde_json::Value) -> serde_json::Value {
        use serde_json::Value;
        match v {
            Value::Number(n) => number(n.as_f64().unwrap()),
            Value::Array(a) => a.into_iter().map(as_f64).collect(),
            Value::Object(m) => m.into_iter().map(|(k, v)| (k, as_f64(v))).collect(),
            v => v,
        }
    }

    #[test]
    fn reads_what_serde_json_reads() {
        for text in [
            r#"{"version": 1, "amounts": {"food": {"loans": 1e6}}, "overrides": {}}"#,
            r#"[1, -0.5, 2.5E+3, 0, -0, true, false, null, "a\"b\\c\/d\n\u00e9\ud83d\ude00"]"#,
            "\u{FEFF} { } ",
            "\"Équipe B\"",
            "[[[]]]",
            "123456789012345678901234567890",
        ] {
            let ours = parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
            let theirs = as_f64(serde_json::from_str(text.trim_start_matches('\u{FEFF}')).unwrap());
            assert_eq!(to_serde(&ours), theirs, "{text}");
        }
    }

    #[test]
    fn refuses_what_is_not_json_with_its_position() {
        for (text, line, column) in [
            ("", 1, 1),
            ("ceci n’est pas du JSON", 1, 1),
            ("{\"a\": 1,}", 1, 9),
            ("{\"a\" 1}", 1, 6),
            ("[1, 2", 1, 6),
            ("{\n  \"a\": 01\n}", 2, 9),
            ("[1.]", 1, 4),
            ("[.5]", 1, 2),
            ("[1e400]", 1, 2),
            ("\"\\x\"", 1, 3),
            ("\"a\nb\"", 1, 3),
            ("\"\\ud800\"", 1, 8),
            ("[NaN]", 1, 2),
            ("{} {}", 1, 4),
            ("tru", 1, 1),
        ] {
            assert_eq!(
                parse(text),
                Err(SyntaxError { line, column }),
                "{text:?} should fail at {line}:{column}"
            );
            assert!(serde_json::from_str::<serde_json::Value>(text).is_err());
        }
        let deep = "[".repeat(100) + &"]".repeat(100);
        assert!(parse(&deep).is_err());
    }

    proptest! {
        #[test]
        fn strings_round_trip(s in ".{0,40}") {
            let mut out = String::new();
            write_string(&mut out, &s);
            prop_assert_eq!(parse(&out), Ok(Json::String(s.clone())));
            prop_assert_eq!(serde_json::from_str::<String>(&out).unwrap(), s);
        }

        #[test]
        fn arbitrary_text_never_panics_and_agrees_on_validity(s in "[\\[\\]{}:,\" 0-9a-z.eE+-]{0,24}") {
            let ours = parse(&s).is_ok();
            let theirs = serde_json::from_str::<serde_json::Value>(&s).is_ok();
            prop_assert_eq!(ours, theirs, "{:?}", s);
        }
    }
}
