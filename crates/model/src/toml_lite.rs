//! A reader for the small subset of TOML the data files use.
//!
//! Supported: `# comments`, `[table.name]` headers (bare keys of letters, digits, `_`, `-`,
//! dot-separated), and `key = value` lines where the value is a number or a basic
//! double-quoted string (escapes `\"`, `\\`, `\n`). Every file written in this subset is valid
//! TOML, so analysts can read the data with any TOML tool; we avoid a general TOML parser to
//! keep the WebAssembly download small.

use std::fmt;

/// A value on the right of `=`.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A number (integers are read as `f64`).
    Number(f64),
    /// A double-quoted string.
    Text(String),
}

/// One `[table]` with its fields in file order.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The header name, e.g. `jobs_construction.mobility`.
    pub name: String,
    /// 1-based line of the header.
    pub line: usize,
    /// `(key, value, line)` in file order.
    pub fields: Vec<(String, Value, usize)>,
}

impl Table {
    /// The value of `key`, if present.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.fields
            .iter()
            .find(|(k, _, _)| k == key)
            .map(|(_, v, _)| v)
    }
}

/// A syntax error with its line.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

fn is_key_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '-'
}

fn valid_dotted_key(s: &str) -> bool {
    !s.is_empty()
        && s.split('.')
            .all(|p| !p.is_empty() && p.chars().all(is_key_char))
}

fn parse_string(s: &str, line: usize) -> Result<(String, &str), SyntaxError> {
    let err = |m: &str| SyntaxError {
        line,
        message: m.to_string(),
    };
    let mut out = String::new();
    let mut chars = s.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Ok((out, &s[i + 1..])),
            '\\' => match chars.next() {
                Some((_, '"')) => out.push('"'),
                Some((_, '\\')) => out.push('\\'),
                Some((_, 'n')) => out.push('\n'),
                _ => return Err(err("unsupported escape in string")),
            },
            c => out.push(c),
        }
    }
    Err(err("unterminated string"))
}

/// Parses `text` into tables. Fields before the first header are an error.
pub fn parse(text: &str) -> Result<Vec<Table>, SyntaxError> {
    let mut tables: Vec<Table> = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let l = raw.trim();
        if l.is_empty() || l.starts_with('#') {
            continue;
        }
        let err = |m: String| SyntaxError { line, message: m };
        if let Some(rest) = l.strip_prefix('[') {
            let name = rest
                .strip_suffix(']')
                .ok_or_else(|| err("a table header must end with ']'".into()))?
                .trim();
            if !valid_dotted_key(name) {
                return Err(err(format!("invalid table name '{name}'")));
            }
            if tables.iter().any(|t| t.name == name) {
                return Err(err(format!("table '{name}' is defined twice")));
            }
            tables.push(Table {
                name: name.to_string(),
                line,
                fields: Vec::new(),
            });
            continue;
        }
        let (key, value) = l
            .split_once('=')
            .ok_or_else(|| err("expected 'key = value' or '[table]'".into()))?;
        let key = key.trim();
        if !key.chars().all(is_key_char) || key.is_empty() {
            return Err(err(format!("invalid key '{key}'")));
        }
        let value = value.trim();
        let parsed = if let Some(rest) = value.strip_prefix('"') {
            let (s, tail) = parse_string(rest, line)?;
            let tail = tail.trim();
            if !(tail.is_empty() || tail.starts_with('#')) {
                return Err(err(format!("unexpected text after the string: '{tail}'")));
            }
            Value::Text(s)
        } else {
            let v = value
                .split('#')
                .next()
                .unwrap_or("")
                .trim()
                .replace('_', "");
            match crate::num::parse(&v) {
                Some(n) if n.is_finite() => Value::Number(n),
                _ => return Err(err(format!("'{key}' is neither a number nor a string"))),
            }
        };
        let table = tables
            .last_mut()
            .ok_or_else(|| err("a field appears before any [table]".into()))?;
        if table.get(key).is_some() {
            return Err(err(format!("key '{key}' is set twice in [{}]", table.name)));
        }
        table.fields.push((key.to_string(), parsed, line));
    }
    Ok(tables)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_tables_numbers_and_strings() {
        let t = parse("# c\n[a.b]\nx = 1_000.5\ns = \"he said \\\"hi\\\"\" # note\n[c]\n").unwrap();
        assert_eq!(t.len(), 2);
        assert_eq!(t[0].name, "a.b");
        assert_eq!(t[0].get("x"), Some(&Value::Number(1000.5)));
        assert_eq!(t[0].get("s"), Some(&Value::Text("he said \"hi\"".into())));
        assert!(t[1].fields.is_empty());
    }

    #[test]
    fn reports_errors_with_their_line() {
        let check = |src: &str, line: usize, part: &str| {
            let e = parse(src).unwrap_err();
            assert_eq!(e.line, line, "{src}: {e}");
            assert!(e.message.contains(part), "{src}: {e}");
        };
        check("x = 1", 1, "before any");
        check("[a]\nx = one", 2, "neither");
        check("[a]\nx = \"open", 2, "unterminated");
        check("[a]\n[a]", 2, "twice");
        check("[a]\nx = 1\nx = 2", 3, "twice");
        check("[a b]", 1, "invalid table");
        check("[a]\nnothing", 2, "expected");
        check("[a]\nx = inf", 2, "neither");
    }
}
