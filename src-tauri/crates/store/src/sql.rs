//! How domain values are written to and read from SQLite columns, and how the words
//! people type become a search.

use chrono::{DateTime, NaiveDate, NaiveDateTime, SecondsFormat, Utc};
use mobilise_core::text::clean_line;
use serde::de::DeserializeOwned;
use serde::Serialize;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;
use uuid::Uuid;

use crate::error::{Result, StoreError};

const LOCAL_FORMAT: &str = "%Y-%m-%dT%H:%M:%S";
const DAY_FORMAT: &str = "%Y-%m-%d";

fn corrupt(what: &str, value: &str) -> StoreError {
    StoreError::Sqlite(rusqlite::Error::InvalidColumnType(
        0,
        format!("{what} {value:?}"),
        rusqlite::types::Type::Text,
    ))
}

pub fn stamp(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
}

pub fn parse_stamp(text: &str) -> Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| corrupt("instant", text))
}

pub fn local(at: NaiveDateTime) -> String {
    at.format(LOCAL_FORMAT).to_string()
}

pub fn parse_local(text: &str) -> Result<NaiveDateTime> {
    NaiveDateTime::parse_from_str(text, LOCAL_FORMAT).map_err(|_| corrupt("local time", text))
}

/// A calendar date as `YYYY-MM-DD`, which sorts as text in date order.
pub fn day(date: NaiveDate) -> String {
    date.format(DAY_FORMAT).to_string()
}

pub fn parse_day(text: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(text, DAY_FORMAT).map_err(|_| corrupt("date", text))
}

pub fn parse_id(text: &str) -> Result<Uuid> {
    Uuid::parse_str(text).map_err(|_| corrupt("identifier", text))
}

/// Text as a search compares it: lower case with the accents taken off, so "zoe" finds
/// "Zoë" and "SIAN" finds "Siân" in the lists read here as the full-text index finds
/// them in the rest.
pub fn folded(text: &str) -> String {
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The words of a search box, folded (see [`folded`]).
pub struct Words(Vec<String>);

impl Words {
    pub fn parse(text: &str) -> Words {
        Words(
            folded(&clean_line(text))
                .split(' ')
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect(),
        )
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Every word occurs somewhere in the given fields.
    pub fn all_in(&self, fields: &[&str]) -> bool {
        let haystack = folded(&fields.join(" "));
        self.0.iter().all(|w| haystack.contains(w.as_str()))
    }

    /// Keeps only the words `keep` accepts.
    pub fn retain(&mut self, keep: impl FnMut(&String) -> bool) {
        self.0.retain(keep);
    }

    /// An FTS5 query matching rows holding every word as a prefix. Each word is quoted,
    /// so text like `NOT`, `*` or `"` is searched for, never run as query syntax.
    pub fn fts_query(&self) -> String {
        self.fts_terms().join(" ")
    }

    /// An FTS5 query matching rows holding any of the words as a prefix, quoted as in
    /// [`Words::fts_query`].
    pub fn fts_any_query(&self) -> String {
        self.fts_terms().join(" OR ")
    }

    /// Each word as a quoted FTS5 phrase whose last token is a prefix. A word the
    /// tokenizer splits ("follow-up", "o'neill") becomes a phrase of its parts in order.
    fn fts_terms(&self) -> Vec<String> {
        self.0
            .iter()
            .map(|w| format!("\"{}\"*", w.replace('"', "\"\"")))
            .collect()
    }
}

/// A record kept as JSON (live states, technique records).
pub(crate) fn to_json(value: &impl Serialize) -> Result<String> {
    serde_json::to_string(value)
        .map_err(|e| StoreError::Sqlite(rusqlite::Error::ToSqlConversionFailure(Box::new(e))))
}

/// A stored JSON record read back; a record that no longer parses is reported as damaged.
pub(crate) fn from_json<T: DeserializeOwned>(what: &'static str, json: &str) -> Result<T> {
    serde_json::from_str(json).map_err(|e| StoreError::Damaged {
        what,
        detail: e.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_words_are_quoted_so_syntax_is_literal() {
        assert_eq!(
            Words::parse(r#"ward NOT "7"#).fts_query(),
            r#""ward"* "not"* """7"*"#
        );
        assert_eq!(
            Words::parse(r#"go-live OR "e-obs"#).fts_any_query(),
            r#""go-live"* OR "or"* OR """e-obs"*"#,
            "OR typed by a person is a word, not an operator"
        );
    }

    #[test]
    fn days_sort_as_text_in_date_order() {
        let early = NaiveDate::from_ymd_opt(999, 12, 31).expect("valid date");
        let late = NaiveDate::from_ymd_opt(2026, 1, 2).expect("valid date");
        assert!(day(early) < day(late), "{} < {}", day(early), day(late));
        assert_eq!(parse_day(&day(late)).ok(), Some(late));
    }

    #[test]
    fn stamps_round_trip() {
        let at = DateTime::parse_from_rfc3339("2026-11-25T19:05:41.123Z")
            .map(|t| t.with_timezone(&Utc))
            .expect("valid instant");
        assert_eq!(parse_stamp(&stamp(at)).ok(), Some(at));
    }
}
