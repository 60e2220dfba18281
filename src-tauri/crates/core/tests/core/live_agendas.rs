//! Every technique's default agenda: its steps, fitting its duration; a session left
//! running overnight; and an agenda saved before steps had keys getting them back.

use chrono::Duration;

use mobilise_core::live::{Agenda, LiveCommand, LiveState, Thresholds, Warning};
use mobilise_core::{catalogue, Technique};

use crate::live_common::{agenda_of, base};

fn check_agenda(t: &Technique, agenda: &Agenda, minutes: &[u32]) -> Vec<String> {
    let mut problems = Vec::new();
    let titles: Vec<&str> = agenda.steps.iter().map(|s| s.title.as_str()).collect();
    let expected: Vec<&str> = t.steps.iter().map(|s| s.title.as_str()).collect();
    if titles != expected {
        problems.push(format!(
            "{:?}: steps {titles:?}, expected {expected:?}",
            t.id
        ));
    }
    for ((step, source), m) in agenda.steps.iter().zip(&t.steps).zip(minutes) {
        if step.planned_secs != m * 60 || step.questions != source.questions {
            problems.push(format!("{:?}: step {:?} planned wrongly", t.id, step.title));
        }
    }
    let ids: Vec<u32> = agenda.steps.iter().map(|s| s.id).collect();
    let in_order: Vec<u32> = (1..=u32::try_from(ids.len()).expect("few steps")).collect();
    if ids != in_order {
        problems.push(format!("{:?}: ids {ids:?} should be 1, 2, 3, ...", t.id));
    }
    problems
}

#[test]
fn every_technique_gives_an_agenda_of_its_steps_that_fits_its_duration() {
    let mut problems = Vec::new();
    for t in catalogue() {
        let agenda = Agenda::from_technique(t, None);
        let defaults: Vec<u32> = t.steps.iter().map(|s| s.default_minutes).collect();
        problems.extend(check_agenda(t, &agenda, &defaults));
        let total = agenda.total_planned_secs();
        let (min, max) = (t.duration.min_minutes, t.duration.max_minutes);
        if !(u64::from(min) * 60..=u64::from(max) * 60).contains(&total) {
            problems.push(format!("{:?}: {total} s outside {min}-{max} min", t.id));
        }
        for v in &t.variants {
            let agenda = Agenda::from_technique(t, Some(&v.key));
            problems.extend(check_agenda(t, &agenda, &v.step_minutes));
            let total = agenda.total_planned_secs();
            if !v
                .duration
                .contains(u32::try_from(total / 60).expect("minutes fit"))
            {
                problems.push(format!("{:?}/{}: {total} s outside its range", t.id, v.key));
            }
        }
        let started = LiveState::new(agenda).apply(LiveCommand::Start, base());
        if started.is_err() {
            problems.push(format!("{:?}: its agenda cannot be started", t.id));
        }
    }
    assert!(
        problems.is_empty(),
        "default agendas must follow the library:\n{}",
        problems.join("\n")
    );
}

#[test]
fn a_session_left_running_overnight_reports_the_real_time() {
    let th = Thresholds::default();
    let s = LiveState::new(agenda_of(&[10, 10]))
        .apply(LiveCommand::Start, base())
        .expect("starts");
    let stored = serde_json::to_string(&s).expect("serialises");
    let reloaded: LiveState = serde_json::from_str(&stored).expect("reads back");
    let next_morning = base() + Duration::hours(15);
    let reason = "15 hours passed with the app closed; 10 minutes were allowed";
    let expected = 10 * 60_000 - 15 * 3_600_000;
    assert_eq!(reloaded.remaining_ms(next_morning), expected, "{reason}");
    assert_eq!(reloaded.warning(next_morning, &th), Warning::Overtime);
}

#[test]
fn an_agenda_saved_before_steps_had_keys_gets_its_techniques_keys_back() {
    let review = mobilise_core::technique(mobilise_core::TechniqueId::AfterActionReview);
    let mut agenda = Agenda::from_technique(review, None);
    let keys = |agenda: &Agenda| -> Vec<Option<String>> {
        agenda.steps.iter().map(|s| s.key.clone()).collect()
    };
    let fresh = keys(&agenda);
    assert_eq!(
        fresh[0].as_deref(),
        Some("supposed"),
        "a new agenda carries keys"
    );

    agenda.add_step(4, "Coffee", 10).expect("a step added");
    agenda.steps[1].title = "What happened on the day?".into();
    for step in &mut agenda.steps {
        step.key = None;
    }
    agenda.fill_keys(review);
    let mut expected = fresh.clone();
    expected.push(None);
    assert_eq!(
        keys(&agenda),
        expected,
        "a renamed step is known by its questions; a step the facilitator added has no key"
    );

    let mut other: Agenda = agenda_of(&[5, 5, 5, 5]);
    other.fill_keys(review);
    assert!(
        other.steps.iter().all(|s| s.key.is_none()),
        "steps that are not the technique's own (a café's rounds) are not given its keys"
    );
}
