//! Lessons learned: created, edited and deleted as records of their own (a lesson outlives
//! the session it came from), listed per session, and found by full-text search, best
//! match first, either by every word typed or, for a session being planned, by any telling
//! word of its title, purpose and tags.
//!
//! What a search matches (see `migrations/006_lessons.sql` for the index side):
//! * every word as a prefix, in any case, accents ignored: "zolc" and "żółć" both find
//!   "Żółć", "wyn" finds "ŵyn", "lodz" finds "Łódź";
//! * a word with an apostrophe or hyphen as its parts in order: "O'Neill" and "O’Neill"
//!   (curly) find both spellings, "follow-up" finds "follow-up" (and "follow" finds it);
//!   typed without them ("oneill", "followup", "eobs") they are found too;
//! * a match in the title counts ten times one in the body, a tag five times.

use chrono::{DateTime, Utc};
use mobilise_core::{Lesson, LessonHit, LessonInput, TechniqueId};
use rusqlite::{params, OptionalExtension, Row};
use uuid::Uuid;

use crate::error::{Result, StoreError};
use crate::sql::{day, from_json, parse_day, parse_id, parse_stamp, stamp, to_json, Words};
use crate::{require_live_session, NewId, Store};

const NOT_FOUND: StoreError = StoreError::NotFound {
    what: "That lesson",
};

pub(crate) const COLUMNS: &str = "lessons.id, lessons.session_id, lessons.step_id, lessons.title,
                       lessons.what_happened, lessons.cause, lessons.learning,
                       lessons.recommendation, lessons.tags, lessons.learned_on,
                       lessons.created_at, lessons.updated_at";

/// `-bm25` with the weights of `lessons_fts`'s columns: title, tags, the four body parts,
/// and the words joined up without apostrophes and hyphens. Higher is better.
const RELEVANCE: &str = "-bm25(lessons_fts, 10.0, 5.0, 1.0, 1.0, 1.0, 1.0, 0.5)";

/// Words that say nothing about a lesson's topic, left out when looking for lessons
/// related to a session: common English words, and the words of technique names that
/// many session titles carry ("... Review: ...").
const STOP_WORDS: &[&str] = &[
    "about", "after", "action", "all", "also", "and", "any", "are", "before", "been", "but", "can",
    "could", "did", "does", "for", "from", "had", "has", "have", "how", "into", "its", "may",
    "more", "most", "not", "our", "ours", "out", "review", "should", "some", "than", "that", "the",
    "their", "them", "then", "there", "these", "they", "this", "those", "was", "were", "what",
    "when", "where", "which", "who", "why", "will", "with", "would", "you", "your",
];

/// The fewest letters (or digits) a word needs to count when looking for related lessons.
const MIN_RELATED_LETTERS: usize = 3;

impl Store {
    /// Stores a new lesson. A lesson from a session needs that session out of the bin.
    pub fn create_lesson(
        &mut self,
        input: &LessonInput,
        now: DateTime<Utc>,
        new_id: NewId<'_>,
    ) -> Result<Lesson> {
        let clean = input.validated()?;
        let tags = to_json(&clean.tags)?;
        let tx = self.conn.transaction()?;
        if let Some(session) = clean.session_id {
            require_live_session(&tx, session)?;
        }
        let row = tx.query_row(
            &format!(
                "INSERT INTO lessons (id, session_id, step_id, title, what_happened, cause,
                                      learning, recommendation, tags, learned_on,
                                      created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)
                 RETURNING {COLUMNS}"
            ),
            params![
                new_id().to_string(),
                clean.session_id.map(|id| id.to_string()),
                clean.step_id,
                clean.title,
                clean.what_happened,
                clean.cause,
                clean.learning,
                clean.recommendation,
                tags,
                day(clean.learned_on),
                stamp(now),
            ],
            StoredLesson::read,
        )?;
        tx.commit()?;
        row.into_lesson()
    }

    /// Replaces a lesson's details with the input's. Its session may be kept even while
    /// that session is in the bin; a different session must be out of the bin.
    pub fn update_lesson(
        &mut self,
        id: Uuid,
        input: &LessonInput,
        now: DateTime<Utc>,
    ) -> Result<Lesson> {
        let clean = input.validated()?;
        let tags = to_json(&clean.tags)?;
        let tx = self.conn.transaction()?;
        let current: Option<String> = tx
            .query_row(
                "SELECT session_id FROM lessons WHERE id = ?1",
                [id.to_string()],
                |row| row.get(0),
            )
            .optional()?
            .ok_or(NOT_FOUND)?;
        let current = current.as_deref().map(parse_id).transpose()?;
        if let Some(session) = clean.session_id.filter(|s| Some(*s) != current) {
            require_live_session(&tx, session)?;
        }
        let row = tx.query_row(
            &format!(
                "UPDATE lessons SET session_id = ?2, step_id = ?3, title = ?4,
                        what_happened = ?5, cause = ?6, learning = ?7, recommendation = ?8,
                        tags = ?9, learned_on = ?10, updated_at = ?11
                  WHERE id = ?1
                 RETURNING {COLUMNS}"
            ),
            params![
                id.to_string(),
                clean.session_id.map(|id| id.to_string()),
                clean.step_id,
                clean.title,
                clean.what_happened,
                clean.cause,
                clean.learning,
                clean.recommendation,
                tags,
                day(clean.learned_on),
                stamp(now),
            ],
            StoredLesson::read,
        )?;
        tx.commit()?;
        row.into_lesson()
    }

    pub fn delete_lesson(&mut self, id: Uuid) -> Result<()> {
        let changed = self
            .conn
            .execute("DELETE FROM lessons WHERE id = ?1", [id.to_string()])?;
        if changed == 0 {
            return Err(NOT_FOUND);
        }
        Ok(())
    }

    /// A lesson, whether or not the session it came from is in the bin.
    pub fn lesson(&self, id: Uuid) -> Result<Lesson> {
        self.conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM lessons WHERE id = ?1"),
                [id.to_string()],
                StoredLesson::read,
            )
            .optional()?
            .ok_or(NOT_FOUND)?
            .into_lesson()
    }

    /// The lessons saved from a session (not in the bin), in the order they were saved.
    pub fn session_lessons(&self, session: Uuid) -> Result<Vec<Lesson>> {
        require_live_session(&self.conn, session)?;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM lessons WHERE session_id = ?1
              ORDER BY created_at, seq"
        ))?;
        let rows = stmt.query_map([session.to_string()], StoredLesson::read)?;
        rows.map(|row| row?.into_lesson()).collect()
    }

    /// The lessons holding every word of `query` (see the module notes), best match first,
    /// at most `limit` of them. With no words, the most recently learned lessons, rank 0.
    /// Lessons of a session in the bin are found too: a lesson outlives its session.
    pub fn search_lessons(&self, query: &str, limit: usize) -> Result<Vec<LessonHit>> {
        let words = search_words(query);
        let fts = (!words.is_empty()).then(|| words.fts_query());
        self.lesson_hits(fts.as_deref(), None, limit)
    }

    /// The lessons most related to `text` (a session's title, purpose and tags): those
    /// holding any of its telling words, best match first, at most `limit`, leaving out
    /// the lessons of `exclude_session` (the session being planned). Common words and
    /// words of fewer than three letters do not count; with no telling word, no lessons.
    pub fn related_lessons(
        &self,
        text: &str,
        exclude_session: Option<Uuid>,
        limit: usize,
    ) -> Result<Vec<LessonHit>> {
        let mut words = search_words(text);
        words.retain(|word| is_telling(word));
        if words.is_empty() {
            return Ok(Vec::new());
        }
        self.lesson_hits(Some(&words.fts_any_query()), exclude_session, limit)
    }

    fn lesson_hits(
        &self,
        fts: Option<&str>,
        exclude_session: Option<Uuid>,
        limit: usize,
    ) -> Result<Vec<LessonHit>> {
        let sql = match fts {
            Some(_) => format!(
                "SELECT {COLUMNS}, sessions.title, sessions.technique, {RELEVANCE} AS relevance
                   FROM lessons_fts
                   JOIN lessons ON lessons.seq = lessons_fts.rowid
                   LEFT JOIN sessions ON sessions.id = lessons.session_id
                  WHERE lessons_fts MATCH ?1
                    AND (?2 IS NULL OR lessons.session_id IS NOT ?2)
                  ORDER BY relevance DESC, lessons.learned_on DESC, lessons.created_at DESC,
                           lessons.seq DESC
                  LIMIT ?3"
            ),
            None => format!(
                "SELECT {COLUMNS}, sessions.title, sessions.technique, 0.0 AS relevance
                   FROM lessons
                   LEFT JOIN sessions ON sessions.id = lessons.session_id
                  WHERE ?1 IS NULL AND (?2 IS NULL OR lessons.session_id IS NOT ?2)
                  ORDER BY lessons.learned_on DESC, lessons.created_at DESC, lessons.seq DESC
                  LIMIT ?3"
            ),
        };
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(
            params![
                fts,
                exclude_session.map(|id| id.to_string()),
                i64::try_from(limit).unwrap_or(i64::MAX),
            ],
            read_hit,
        )?;
        let mut hits = Vec::new();
        for row in rows {
            hits.push(into_hit(row?)?);
        }
        Ok(hits)
    }
}

/// A lesson row as read with its session's title and technique and a rank (the query's
/// columns are [`COLUMNS`], then those three).
pub(crate) type HitRow = (StoredLesson, Option<String>, Option<String>, f64);

pub(crate) fn read_hit(row: &Row<'_>) -> rusqlite::Result<HitRow> {
    Ok((
        StoredLesson::read(row)?,
        row.get::<_, Option<String>>(12)?,
        row.get::<_, Option<String>>(13)?,
        row.get::<_, f64>(14)?,
    ))
}

pub(crate) fn into_hit((raw, session_title, technique, rank): HitRow) -> Result<LessonHit> {
    let technique = technique
        .map(|key| {
            TechniqueId::from_key(&key).ok_or_else(|| StoreError::Damaged {
                what: "A session",
                detail: format!("unknown technique {key:?}"),
            })
        })
        .transpose()?;
    Ok(LessonHit {
        lesson: raw.into_lesson()?,
        session_title,
        technique,
        rank,
    })
}

/// The words of a search as the index holds them: curly (’ ‘) and modifier (ʼ)
/// apostrophes made plain, Unicode hyphens (‐ ‑) made `-`, and the letters unicode61
/// does not fold (ł, ø, đ) folded as the index's view folds them, and case and accents
/// taken off as the tokenizer takes them off. Words with no letter or digit ("-", "&")
/// are dropped.
fn search_words(text: &str) -> Words {
    let folded: String = text
        .chars()
        .map(|c| match c {
            '’' | '‘' | 'ʼ' => '\'',
            '‐' | '‑' => '-',
            'ł' => 'l',
            'Ł' => 'L',
            'ø' => 'o',
            'Ø' => 'O',
            'đ' => 'd',
            'Đ' => 'D',
            other => other,
        })
        .collect();
    let mut words = Words::parse(&folded);
    words.retain(|word| word.chars().any(char::is_alphanumeric));
    words
}

/// A word that says something about a topic: at least three letters or digits ("e-obs"
/// has four) and not a stop word.
fn is_telling(word: &str) -> bool {
    let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
    bare.chars().filter(|c| c.is_alphanumeric()).count() >= MIN_RELATED_LETTERS
        && !STOP_WORDS.contains(&bare)
}

pub(crate) struct StoredLesson {
    id: String,
    session_id: Option<String>,
    step_id: Option<u32>,
    title: String,
    what_happened: String,
    cause: String,
    learning: String,
    recommendation: String,
    tags: String,
    learned_on: String,
    created_at: String,
    updated_at: String,
}

impl StoredLesson {
    fn read(row: &Row<'_>) -> rusqlite::Result<StoredLesson> {
        Ok(StoredLesson {
            id: row.get(0)?,
            session_id: row.get(1)?,
            step_id: row.get(2)?,
            title: row.get(3)?,
            what_happened: row.get(4)?,
            cause: row.get(5)?,
            learning: row.get(6)?,
            recommendation: row.get(7)?,
            tags: row.get(8)?,
            learned_on: row.get(9)?,
            created_at: row.get(10)?,
            updated_at: row.get(11)?,
        })
    }

    fn into_lesson(self) -> Result<Lesson> {
        Ok(Lesson {
            id: parse_id(&self.id)?,
            session_id: self.session_id.as_deref().map(parse_id).transpose()?,
            step_id: self.step_id,
            title: self.title,
            what_happened: self.what_happened,
            cause: self.cause,
            learning: self.learning,
            recommendation: self.recommendation,
            tags: from_json("A lesson", &self.tags)?,
            learned_on: parse_day(&self.learned_on)?,
            created_at: parse_stamp(&self.created_at)?,
            updated_at: parse_stamp(&self.updated_at)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_words_fold_apostrophes_hyphens_and_unfoldable_letters() {
        assert_eq!(
            search_words("O’Neill Łódź follow‑up - Ø đ").fts_query(),
            r#""o'neill"* "lodz"* "follow-up"* "o"* "d"*"#
        );
    }

    #[test]
    fn only_telling_words_count_towards_related_lessons() {
        let mut words = search_words("The Ward 8 e-obs go-live, and our A&E review");
        words.retain(|word| is_telling(word));
        assert_eq!(
            words.fts_any_query(),
            r#""ward"* OR "e-obs"* OR "go-live,"*"#
        );
    }
}
