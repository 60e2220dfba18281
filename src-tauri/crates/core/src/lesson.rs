//! Lessons learned as records of their own: what happened, why, what we learn and what we
//! recommend, with tags and the session (and step) they came from, and the rules a lesson
//! must meet before it is stored. A lesson outlives the session it came from.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::technique_id::TechniqueId;
use crate::text::{char_len, clean_block, clean_line};
use crate::validation::{ValidationError, MAX_TITLE_CHARS};

/// The longest each of a lesson's four free-text parts can be, in characters.
pub const MAX_LESSON_TEXT_CHARS: usize = 5_000;
/// The longest a tag can be, in characters.
pub const MAX_TAG_CHARS: usize = 40;
/// The most tags a lesson can have.
pub const MAX_TAGS: usize = 20;

/// A lesson as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Lesson {
    pub id: Uuid,
    /// One line that sums the lesson up.
    pub title: String,
    pub what_happened: String,
    /// Why it happened.
    pub cause: String,
    /// What we learn from it.
    pub learning: String,
    /// What we recommend others do (or avoid) next time.
    pub recommendation: String,
    /// In the order given; no two differ only in case.
    pub tags: Vec<String>,
    /// The session it came from; `None` when it was typed in on its own, or when that
    /// session has since been removed for good.
    pub session_id: Option<Uuid>,
    /// The agenda step ([`crate::live::AgendaStep::id`]) of that session it came from.
    pub step_id: Option<u32>,
    /// The facilitator's local date the lesson was learned.
    #[ts(type = "string")]
    pub learned_on: NaiveDate,
    #[ts(type = "string")]
    pub created_at: DateTime<Utc>,
    #[ts(type = "string")]
    pub updated_at: DateTime<Utc>,
}

/// The free-text parts of a lesson that a note can fill. The serialised names are the
/// fields of [`LessonInput`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum LessonPart {
    WhatHappened,
    Cause,
    Learning,
    Recommendation,
}

/// A new lesson or an edit of one, as the console sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LessonInput {
    pub title: String,
    pub what_happened: String,
    pub cause: String,
    pub learning: String,
    pub recommendation: String,
    pub tags: Vec<String>,
    pub session_id: Option<Uuid>,
    pub step_id: Option<u32>,
    #[ts(type = "string")]
    pub learned_on: NaiveDate,
}

/// One result of a search of the lessons: the lesson, the session it came from (while
/// that session exists, even in the bin) and how well it matched.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct LessonHit {
    pub lesson: Lesson,
    pub session_title: Option<String>,
    pub technique: Option<TechniqueId>,
    /// Higher is a better match; 0 when the list was not searched by words.
    pub rank: f64,
}

impl LessonInput {
    /// The input as it will be stored, or the rule it breaks: text cleaned, blank tags
    /// dropped and repeated ones (in any case) kept once, as first spelt.
    pub fn validated(&self) -> Result<LessonInput, ValidationError> {
        let title = clean_line(&self.title);
        if title.is_empty() {
            return Err(ValidationError::new(
                "title",
                "Give the lesson a title: one line that sums it up.",
            ));
        }
        if char_len(&title) > MAX_TITLE_CHARS {
            return Err(ValidationError::new(
                "title",
                format!("The title is too long: keep it under {MAX_TITLE_CHARS} characters."),
            ));
        }
        let what_happened = lesson_text("what_happened", "What happened", &self.what_happened)?;
        let cause = lesson_text("cause", "The cause", &self.cause)?;
        let learning = lesson_text("learning", "What we learn", &self.learning)?;
        let recommendation =
            lesson_text("recommendation", "The recommendation", &self.recommendation)?;
        if what_happened.is_empty() && learning.is_empty() && recommendation.is_empty() {
            return Err(ValidationError::new(
                "what_happened",
                "Say what happened, what we learn or what we recommend: a lesson needs at \
                 least one of them.",
            ));
        }
        if self.step_id.is_some() && self.session_id.is_none() {
            return Err(ValidationError::new(
                "step_id",
                "A lesson from a step needs the session the step belongs to.",
            ));
        }
        Ok(LessonInput {
            title,
            what_happened,
            cause,
            learning,
            recommendation,
            tags: clean_tags(&self.tags)?,
            session_id: self.session_id,
            step_id: self.step_id,
            learned_on: self.learned_on,
        })
    }
}

/// One of the four free-text parts: cleaned (line breaks kept, ends trimmed), possibly
/// empty, limited.
fn lesson_text(field: &str, what: &str, raw: &str) -> Result<String, ValidationError> {
    let text = clean_block(raw).trim().to_string();
    if char_len(&text) > MAX_LESSON_TEXT_CHARS {
        return Err(ValidationError::new(
            field,
            format!("{what} is too long: keep it under {MAX_LESSON_TEXT_CHARS} characters."),
        ));
    }
    Ok(text)
}

/// Tags as they will be stored. A tag that is too long is named by its place in the
/// list as given (`tags.2`), like a participant row.
fn clean_tags(raw: &[String]) -> Result<Vec<String>, ValidationError> {
    let mut tags: Vec<String> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (index, input) in raw.iter().enumerate() {
        let tag = clean_line(input);
        if tag.is_empty() {
            continue;
        }
        if char_len(&tag) > MAX_TAG_CHARS {
            return Err(ValidationError::new(
                format!("tags.{index}"),
                format!("The tag “{tag}” is too long: keep tags under {MAX_TAG_CHARS} characters."),
            ));
        }
        if seen.insert(tag.to_lowercase()) {
            tags.push(tag);
        }
    }
    if tags.len() > MAX_TAGS {
        return Err(ValidationError::new(
            "tags",
            format!("A lesson can have at most {MAX_TAGS} tags."),
        ));
    }
    Ok(tags)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> LessonInput {
        LessonInput {
            title: "  Go-live   on a\tFriday ".into(),
            what_happened: "\r\nThe e-obs go-live slipped.\r\n\r\nNights had no cover.  \r\n"
                .into(),
            cause: "Training was booked late".into(),
            learning: String::new(),
            recommendation: " Book super-users a month ahead ".into(),
            tags: vec![
                " e-obs ".into(),
                "Ward 8".into(),
                "".into(),
                "E-OBS".into(),
                "  ".into(),
                "ward  8".into(),
                "Łódź".into(),
            ],
            session_id: Some(Uuid::from_u128(7)),
            step_id: Some(4),
            learned_on: NaiveDate::from_ymd_opt(2026, 11, 25).expect("a valid date"),
        }
    }

    #[test]
    fn a_lesson_is_cleaned_as_it_is_validated() {
        let clean = input().validated().expect("a valid lesson");
        assert_eq!(
            clean.title, "Go-live on a Friday",
            "the title is one tidy line"
        );
        assert_eq!(
            clean.what_happened, "The e-obs go-live slipped.\n\nNights had no cover.",
            "line breaks are kept, surrounding blank lines go"
        );
        assert_eq!(clean.recommendation, "Book super-users a month ahead");
        assert_eq!(
            clean.tags,
            ["e-obs", "Ward 8", "Łódź"],
            "blank tags go; a tag repeated in another case or spacing is kept once, as first spelt"
        );
        assert_eq!(clean.session_id, Some(Uuid::from_u128(7)));
        assert_eq!(clean.step_id, Some(4));
    }

    #[test]
    fn a_lesson_needs_a_title_of_one_short_line() {
        let mut blank = input();
        blank.title = " \n\t ".into();
        assert_eq!(blank.validated().map_err(|e| e.field), Err("title".into()));
        let mut long = input();
        long.title = "ŵ".repeat(MAX_TITLE_CHARS);
        assert!(long.validated().is_ok(), "exactly the limit is allowed");
        long.title.push('ŵ');
        let err = long.validated().expect_err("one over is refused");
        assert_eq!(err.field, "title");
        assert!(err.message.contains("200"), "the limit is named: {err}");
    }

    #[test]
    fn a_lesson_needs_what_happened_what_we_learn_or_a_recommendation() {
        let mut empty = input();
        empty.what_happened = " \n ".into();
        empty.recommendation = String::new();
        assert_eq!(
            empty.validated().map_err(|e| e.field),
            Err("what_happened".into()),
            "a title and a cause alone are not a lesson"
        );
        for field in 0..3 {
            let mut one = empty.clone();
            match field {
                0 => one.what_happened = "It slipped".into(),
                1 => one.learning = "Plan earlier".into(),
                _ => one.recommendation = "Book early".into(),
            }
            assert!(one.validated().is_ok(), "any one of the three is enough");
        }
    }

    #[test]
    fn each_text_part_is_limited_in_characters_and_named() {
        for field in ["what_happened", "cause", "learning", "recommendation"] {
            let mut long = input();
            let text = match field {
                "what_happened" => &mut long.what_happened,
                "cause" => &mut long.cause,
                "learning" => &mut long.learning,
                _ => &mut long.recommendation,
            };
            *text = "ł".repeat(MAX_LESSON_TEXT_CHARS);
            assert!(
                long.validated().is_ok(),
                "{field}: exactly the limit is allowed"
            );
            let text = match field {
                "what_happened" => &mut long.what_happened,
                "cause" => &mut long.cause,
                "learning" => &mut long.learning,
                _ => &mut long.recommendation,
            };
            text.push('\n');
            text.push('x');
            let err = long.validated().expect_err("one over is refused");
            assert_eq!(err.field, field);
            assert!(err.message.contains("5000"), "the limit is named: {err}");
        }
    }

    #[test]
    fn tags_are_limited_in_length_and_number() {
        let mut long = input();
        long.tags = vec!["ok".into(), "".into(), "ż".repeat(MAX_TAG_CHARS + 1)];
        assert_eq!(
            long.validated().map_err(|e| e.field),
            Err("tags.2".into()),
            "the row of the long tag is named, counting blank rows"
        );
        long.tags = vec!["ż".repeat(MAX_TAG_CHARS)];
        assert!(long.validated().is_ok(), "exactly the limit is allowed");

        let mut many = input();
        many.tags = (0..MAX_TAGS).map(|n| format!("tag {n}")).collect();
        many.tags.push("TAG 0".into());
        assert_eq!(
            many.validated().map(|l| l.tags.len()),
            Ok(MAX_TAGS),
            "a repeat does not count towards the limit"
        );
        many.tags.push("one too many".into());
        assert_eq!(many.validated().map_err(|e| e.field), Err("tags".into()));
    }

    #[test]
    fn a_step_needs_its_session() {
        let mut loose = input();
        loose.session_id = None;
        assert_eq!(
            loose.validated().map_err(|e| e.field),
            Err("step_id".into())
        );
        loose.step_id = None;
        assert!(
            loose.validated().is_ok(),
            "a lesson typed in on its own, with no session, is allowed"
        );
    }
}
