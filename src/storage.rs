//! Saved scenarios in the browser's localStorage, one entry per scenario, so that one corrupt
//! entry is set aside without losing the others. The logic is written over [`Store`] and
//! tested natively; [`LocalStorage`] is the browser's.

use relance_model::link::decode;
use relance_model::Model;

/// Prefix of saved scenarios' keys.
pub const PREFIX: &str = "relance.saved.";
/// Prefix under which unreadable entries are set aside.
pub const SET_ASIDE: &str = "relance.setaside.";
/// Longest name kept.
pub const MAX_NAME: usize = 80;
/// The key holding the list's order: the ids, one a line (entries it does not name come after,
/// in key order).
pub const ORDER: &str = "relance.order";

/// The store refused a write (quota full, storage disabled).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refused;

/// A key-value store.
pub trait Store {
    /// Every key.
    fn keys(&self) -> Vec<String>;
    /// The value of `key`.
    fn get(&self, key: &str) -> Option<String>;
    /// Stores `value`; `Err` when the store refuses (quota, disabled).
    fn set(&mut self, key: &str, value: &str) -> Result<(), Refused>;
    /// Removes `key`.
    fn remove(&mut self, key: &str);
}

/// First line of every entry: format marker and version.
pub const HEADER: &str = "relance-saved 1";

/// One saved scenario, stored as four lines: [`HEADER`], id, name, link.
#[derive(Debug, Clone, PartialEq)]
pub struct Saved {
    /// Identifier (the key's suffix).
    pub id: String,
    /// Name given by the person.
    pub name: String,
    /// The scenario as a link hash (versioned and migrated like shared links).
    pub link: String,
}

impl Saved {
    /// The stored text.
    pub fn to_text(&self) -> String {
        format!("{HEADER}\n{}\n{}\n{}", self.id, self.name, self.link)
    }

    /// Reads the stored text; `None` unless it is exactly one of ours.
    pub fn from_text(text: &str) -> Option<Saved> {
        let mut lines = text.split('\n');
        if lines.next()? != HEADER {
            return None;
        }
        let (id, name, link) = (lines.next()?, lines.next()?, lines.next()?);
        if lines.next().is_some() || id.is_empty() || name.is_empty() {
            return None;
        }
        Some(Saved {
            id: id.to_string(),
            name: clean_name(name),
            link: link.to_string(),
        })
    }
}

/// Characters a name never keeps: controls (NUL, ESC…), bidirectional overrides and isolates
/// (which can reverse how the rest of a page reads) and invisible zero-width characters.
fn is_unwanted(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}'
                | '\u{061C}'
                | '\u{FEFF}'
        )
}

/// A name as kept: unwanted characters removed, trimmed, at most [`MAX_NAME`] characters; on
/// save and on load alike, so a name edited by hand in the store is held to the same rules.
pub fn clean_name(name: &str) -> String {
    let n: String = name
        .chars()
        .filter(|&c| !is_unwanted(c))
        .collect::<String>()
        .trim()
        .chars()
        .take(MAX_NAME)
        .collect();
    if n.is_empty() {
        "—".into()
    } else {
        n
    }
}

/// Reads every saved scenario. Entries that are not ours, or whose link no longer decodes,
/// are moved under [`SET_ASIDE`] and their keys returned; the others are kept.
pub fn load_all(store: &mut dyn Store, model: &Model) -> (Vec<Saved>, Vec<String>) {
    let mut good = Vec::new();
    let mut bad = Vec::new();
    let mut keys: Vec<String> = store
        .keys()
        .into_iter()
        .filter(|k| k.starts_with(PREFIX))
        .collect();
    keys.sort();
    for key in keys {
        let raw = store.get(&key).unwrap_or_default();
        let parsed = Saved::from_text(&raw)
            .filter(|s| key[PREFIX.len()..] == s.id && decode(model, &s.link).is_ok());
        match parsed {
            Some(s) => good.push(s),
            None => {
                // A fresh key: an entry set aside earlier under the same id is never overwritten.
                let base = format!("{SET_ASIDE}{}", &key[PREFIX.len()..]);
                let aside = std::iter::once(base.clone())
                    .chain((2..).map(|n| format!("{base}.{n}")))
                    .find(|k| store.get(k).is_none())
                    .unwrap_or(base);
                // If even setting aside fails, leave the entry where it is: never lose data.
                if store.set(&aside, &raw).is_ok() {
                    store.remove(&key);
                }
                bad.push(key);
            }
        }
    }
    // In the order the person gave; entries saved before there was an order come after.
    let order: Vec<String> = store
        .get(ORDER)
        .unwrap_or_default()
        .lines()
        .map(str::to_string)
        .collect();
    good.sort_by_key(|s| {
        order
            .iter()
            .position(|id| *id == s.id)
            .unwrap_or(usize::MAX)
    });
    (good, bad)
}

/// Makes the store hold exactly `entries`, in their order: changed entries written, removed
/// ones deleted, the order kept under [`ORDER`]. Entries set aside are never touched.
pub fn sync(store: &mut dyn Store, entries: &[Saved]) -> Result<(), Refused> {
    for e in entries {
        let key = format!("{PREFIX}{}", e.id);
        let text = e.to_text();
        if store.get(&key).as_deref() != Some(text.as_str()) {
            store.set(&key, &text)?;
        }
    }
    for key in store.keys() {
        if let Some(id) = key.strip_prefix(PREFIX) {
            if !entries.iter().any(|e| e.id == id) {
                store.remove(&key);
            }
        }
    }
    let order: Vec<&str> = entries.iter().map(|e| e.id.as_str()).collect();
    store.set(ORDER, &order.join("\n"))
}

/// Saves a scenario under a new id.
pub fn save(store: &mut dyn Store, id: &str, name: &str, link: &str) -> Result<Saved, Refused> {
    let s = Saved {
        id: id.to_string(),
        name: clean_name(name),
        link: link.to_string(),
    };
    store.set(&format!("{PREFIX}{id}"), &s.to_text())?;
    Ok(s)
}

/// The browser's localStorage through `gloo-storage`, holding our own text format (see
/// [`Saved`]). Where the browser has none (disabled, sandboxed), every write is refused and
/// reads are empty, rather than throwing as `gloo_storage::LocalStorage::raw` would.
pub struct LocalStorage {
    available: bool,
}

impl LocalStorage {
    /// Opens the page's localStorage.
    pub fn open() -> LocalStorage {
        let available = web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .is_some();
        LocalStorage { available }
    }

    fn raw(&self) -> Option<web_sys::Storage> {
        use gloo_storage::Storage;
        self.available.then(gloo_storage::LocalStorage::raw)
    }
}

impl Store for LocalStorage {
    fn keys(&self) -> Vec<String> {
        let Some(st) = self.raw() else {
            return Vec::new();
        };
        use gloo_storage::Storage;
        (0..gloo_storage::LocalStorage::length())
            .filter_map(|i| st.key(i).ok().flatten())
            .collect()
    }
    fn get(&self, key: &str) -> Option<String> {
        self.raw()?.get_item(key).ok().flatten()
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), Refused> {
        self.raw()
            .ok_or(Refused)?
            .set_item(key, value)
            .map_err(|_| Refused)
    }
    fn remove(&mut self, key: &str) {
        if self.available {
            use gloo_storage::Storage;
            gloo_storage::LocalStorage::delete(key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[derive(Default)]
    struct Mem {
        map: BTreeMap<String, String>,
        full: bool,
    }

    impl Store for Mem {
        fn keys(&self) -> Vec<String> {
            self.map.keys().cloned().collect()
        }
        fn get(&self, key: &str) -> Option<String> {
            self.map.get(key).cloned()
        }
        fn set(&mut self, key: &str, value: &str) -> Result<(), Refused> {
            if self.full {
                return Err(Refused);
            }
            self.map.insert(key.into(), value.into());
            Ok(())
        }
        fn remove(&mut self, key: &str) {
            self.map.remove(key);
        }
    }

    #[test]
    fn save_list_rename_delete_through_sync() {
        let m = Model::embedded().unwrap();
        let mut st = Mem::default();
        save(&mut st, "1", "  Équipe bleue\u{7} ", "v=1&a=food.loans:20").unwrap();
        save(&mut st, "2", "Équipe verte", "v=1&p=climate-first").unwrap();
        let (all, bad) = load_all(&mut st, &m);
        assert!(bad.is_empty());
        assert_eq!(
            all.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(),
            ["Équipe bleue", "Équipe verte"]
        );
        let mut renamed = all[0].clone();
        renamed.name = "Bleus".into();
        sync(&mut st, &[renamed]).unwrap();
        let (all, _) = load_all(&mut st, &m);
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].name, "Bleus");
    }

    #[test]
    fn corrupt_or_foreign_entries_are_set_aside_and_the_others_kept() {
        let m = Model::embedded().unwrap();
        let mut st = Mem::default();
        save(&mut st, "1", "ok", "v=1").unwrap();
        st.map.insert(format!("{PREFIX}2"), "{not json".into());
        st.map.insert(format!("{PREFIX}3"), r#"{"format":"relance-saved","version":1,"id":"3","name":"x","link":"v=1&a=moon.loans:1"}"#.into());
        st.map.insert(
            format!("{PREFIX}4"),
            r#"{"format":"other","version":1,"id":"4","name":"x","link":"v=1"}"#.into(),
        );
        st.map.insert("someone.else".into(), "keep me".into());
        let (all, bad) = load_all(&mut st, &m);
        assert_eq!(all.len(), 1);
        assert_eq!(bad.len(), 3);
        assert!(st.map.contains_key(&format!("{SET_ASIDE}2")));
        assert!(!st.map.contains_key(&format!("{PREFIX}2")));
        assert_eq!(
            st.map.get("someone.else").map(String::as_str),
            Some("keep me")
        );
        // A second load finds nothing more to set aside.
        assert_eq!(load_all(&mut st, &m).1.len(), 0);
    }

    #[test]
    fn set_aside_entries_never_overwrite_each_other() {
        let m = Model::embedded().unwrap();
        let mut st = Mem::default();
        for (k, text) in ["first bad", "second bad", "third bad"].iter().enumerate() {
            st.map.insert(format!("{PREFIX}7"), text.to_string());
            let (_, bad) = load_all(&mut st, &m);
            assert_eq!(bad.len(), 1, "round {k}");
        }
        assert_eq!(st.map.get(&format!("{SET_ASIDE}7")).unwrap(), "first bad");
        assert_eq!(
            st.map.get(&format!("{SET_ASIDE}7.2")).unwrap(),
            "second bad"
        );
        assert_eq!(st.map.get(&format!("{SET_ASIDE}7.3")).unwrap(), "third bad");
    }

    #[test]
    fn names_are_cleaned_and_capped_on_load_as_on_save() {
        let m = Model::embedded().unwrap();
        let mut st = Mem::default();
        let nasty = "\u{202E}Équipe\u{0}\u{1B}[31m \u{2066}rouge\u{200B}\u{FEFF}\u{2069}";
        st.map.insert(
            format!("{PREFIX}9"),
            format!("{HEADER}\n9\n{nasty}{}\nv=1", "x".repeat(200_000)),
        );
        let (all, bad) = load_all(&mut st, &m);
        assert!(bad.is_empty());
        let name = &all[0].name;
        assert!(name.starts_with("Équipe[31m rouge"), "{name:?}");
        assert_eq!(name.chars().count(), MAX_NAME);
        assert!(!name.chars().any(is_unwanted));
        assert_eq!(clean_name(nasty), "Équipe[31m rouge");
        assert_eq!(clean_name("\u{200B} \u{202E}"), "—");
        let saved = save(&mut st, "10", nasty, "v=1").unwrap();
        assert_eq!(saved.name, "Équipe[31m rouge");
    }

    #[test]
    fn the_list_is_kept_in_its_order_and_removed_entries_go() {
        let m = Model::embedded().unwrap();
        let mut st = Mem::default();
        // Saved before there was an order (migrated as they are).
        save(&mut st, "a", "Ancien", "v=1").unwrap();
        st.map.insert(format!("{SET_ASIDE}z"), "kept".into());
        let (mut all, _) = load_all(&mut st, &m);
        for (id, name) in [("c", "Équipe 2"), ("b", "Équipe 1")] {
            all.push(Saved {
                id: id.into(),
                name: name.into(),
                link: "v=3&p=jobs-first".into(),
            });
        }
        all.swap(0, 2);
        sync(&mut st, &all).unwrap();
        let (back, bad) = load_all(&mut st, &m);
        assert!(bad.is_empty());
        assert_eq!(back, all);
        assert_eq!(
            back.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(),
            ["b", "c", "a"]
        );
        sync(&mut st, &all[1..]).unwrap();
        assert!(!st.map.contains_key(&format!("{PREFIX}b")));
        assert_eq!(
            st.map.get(&format!("{SET_ASIDE}z")).map(String::as_str),
            Some("kept")
        );
        assert_eq!(load_all(&mut st, &m).0, all[1..]);
        st.full = true;
        assert!(sync(
            &mut st,
            &[Saved {
                id: "d".into(),
                name: "x".into(),
                link: "v=1".into()
            }]
        )
        .is_err());
    }

    #[test]
    fn a_full_store_is_reported() {
        let mut st = Mem {
            full: true,
            ..Mem::default()
        };
        assert!(save(&mut st, "1", "x", "v=1").is_err());
    }
}
