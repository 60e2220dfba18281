//! What the live engine's tests share: a fixed morning to count from, and an agenda of
//! steps planned for the given minutes.

use chrono::{DateTime, Duration, TimeZone, Utc};
use mobilise_core::live::{Agenda, AgendaStep};

pub(crate) fn base() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2025, 3, 4, 9, 0, 0)
        .single()
        .expect("a valid instant")
}

pub(crate) fn instant(ms: i64) -> DateTime<Utc> {
    base() + Duration::milliseconds(ms)
}

pub(crate) fn agenda_of(minutes: &[u32]) -> Agenda {
    let steps = minutes
        .iter()
        .enumerate()
        .map(|(i, m)| AgendaStep {
            id: u32::try_from(i + 1).expect("few steps"),
            key: None,
            title: format!("Step {}", i + 1),
            // 0, 1 or 2 questions, so moving between them meets every edge.
            questions: (0..i % 3).map(|q| format!("Question {q}")).collect(),
            prompts: Vec::new(),
            planned_secs: m * 60,
            optional: false,
        })
        .collect();
    Agenda { steps }
}
