//! Agenda lengths: the standard agenda and each variant a technique offers before the
//! start, which one the agenda is planned for, and the command that puts one on it.

use chrono::{TimeZone, Utc};
use mobilise_core::live::{lengths, Agenda, LiveCommand, LiveError, LiveState};
use mobilise_core::{technique, TechniqueId};

fn minutes(agenda: &Agenda) -> Vec<u32> {
    agenda.steps.iter().map(|s| s.planned_secs / 60).collect()
}

#[test]
fn a_technique_with_a_variant_offers_both_lengths_and_says_which_the_agenda_is_planned_for() {
    let inquiry = technique(TechniqueId::AppreciativeInquiry);
    let now = Utc
        .with_ymd_and_hms(2026, 12, 2, 9, 0, 0)
        .single()
        .expect("a time");
    let state = LiveState::new(Agenda::from_technique(inquiry, None));
    let offered = lengths(inquiry, &state.agenda);
    let read: Vec<_> = offered
        .iter()
        .map(|l| {
            (
                l.variant.as_deref(),
                l.name.as_str(),
                l.duration.as_deref(),
                l.minutes,
                l.current,
            )
        })
        .collect();
    assert_eq!(
        read,
        [
            (None, "Standard", None, 120, true),
            (
                Some("one-day"),
                "One-day Appreciative Inquiry",
                Some("1 day"),
                420,
                false
            ),
        ]
    );

    let one_day = LiveCommand::UseLength {
        variant: Some("one-day".into()),
    }
    .resolved(inquiry)
    .expect("a length of its own");
    let day = state.apply(one_day, now).expect("before the start");
    assert_eq!(minutes(&day.agenda), [45, 105, 105, 90, 75]);
    assert_eq!(
        day.agenda.steps[1].questions,
        ["What has worked well before and why?"],
        "the technique's own steps, questions and all"
    );
    let current: Vec<bool> = lengths(inquiry, &day.agenda)
        .iter()
        .map(|l| l.current)
        .collect();
    assert_eq!(current, [false, true]);

    let back = LiveCommand::UseLength { variant: None }
        .resolved(inquiry)
        .expect("the standard length");
    let standard = day.apply(back, now).expect("before the start");
    assert_eq!(minutes(&standard.agenda), [15, 30, 30, 25, 20]);

    let first = standard.agenda.steps[0].id;
    let retimed = standard
        .apply(
            LiveCommand::RetimeStep {
                id: first,
                secs: 600,
            },
            now,
        )
        .expect("retimed");
    assert!(
        lengths(inquiry, &retimed.agenda).iter().all(|l| !l.current),
        "changed by hand, it is none of them"
    );
}

#[test]
fn a_length_the_technique_does_not_have_is_refused_and_the_engine_never_guesses_one() {
    let inquiry = technique(TechniqueId::AppreciativeInquiry);
    let now = Utc
        .with_ymd_and_hms(2026, 12, 2, 9, 0, 0)
        .single()
        .expect("a time");
    assert_eq!(
        LiveCommand::UseLength {
            variant: Some("half-day".into())
        }
        .resolved(inquiry),
        Err(LiveError::UnknownLength)
    );
    let state = LiveState::new(Agenda::from_technique(inquiry, None));
    assert_eq!(
        state.apply(LiveCommand::UseLength { variant: None }, now),
        Err(LiveError::UnknownLength),
        "unresolved, the engine has no technique to build from"
    );
    assert_eq!(
        LiveCommand::Next.resolved(inquiry),
        Ok(LiveCommand::Next),
        "other commands pass as they are"
    );
}

#[test]
fn only_a_technique_with_variants_whose_agenda_is_its_own_offers_lengths_here() {
    for id in [TechniqueId::AfterActionReview, TechniqueId::KnowledgeCafe] {
        let entry = technique(id);
        assert!(
            lengths(entry, &Agenda::from_technique(entry, None)).is_empty(),
            "{}: no variants, or its set-up makes its agenda",
            entry.name
        );
    }
}
