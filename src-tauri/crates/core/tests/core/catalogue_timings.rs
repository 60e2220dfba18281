//! The library's timings and phases: default agendas and every variant fit their stated
//! duration, a technique fits the time available by its shortest form, and each serves
//! the framework's learning before, during or after.

use std::collections::HashSet;

use mobilise_core::{catalogue, technique, Phase, TechniqueId};

use TechniqueId::*;

use crate::catalogue::assert_no_problems;

#[test]
fn default_agendas_fit_their_duration() {
    let mut problems = Vec::new();
    for t in catalogue() {
        for step in t.steps.iter().filter(|s| s.default_minutes == 0) {
            problems.push(format!("{} / {}: no time", t.name, step.title));
        }
        let (total, d) = (t.default_minutes(), &t.duration);
        if !d.contains(total) {
            let (min, max) = (d.min_minutes, d.max_minutes);
            problems.push(format!("{}: {total} min, outside {min}..{max}", t.name));
        }
    }
    assert_no_problems(problems, "default agendas must fit their range");
}

#[test]
fn variants_time_every_step_and_fit_their_duration() {
    let mut problems = Vec::new();
    for t in catalogue() {
        let keys: HashSet<&str> = t.variants.iter().map(|v| v.key.as_str()).collect();
        if keys.len() != t.variants.len() {
            problems.push(format!("{}: two variants share a key", t.name));
        }
        for v in &t.variants {
            let label = format!("{} / {}", t.name, v.name);
            if v.step_minutes.len() != t.steps.len() {
                problems.push(format!("{label}: not one timing per step"));
            }
            if v.step_minutes.contains(&0) {
                problems.push(format!("{label}: a step has no time"));
            }
            let total: u32 = v.step_minutes.iter().sum();
            let (min, max) = (v.duration.min_minutes, v.duration.max_minutes);
            if min > max || !v.duration.contains(total) {
                problems.push(format!("{label}: {total} min, outside {min}..{max}"));
            }
        }
    }
    let reason = "variants must time every step and fit their range";
    assert_no_problems(problems, reason);
}

#[test]
fn knowledge_cafe_has_a_thirty_minute_espresso() {
    let t = technique(KnowledgeCafe);
    assert_eq!(t.steps.len(), 5, "Knowledge Café has five numbered steps");
    let espresso = t.variants.iter().find(|v| v.name == "Espresso Café");
    assert!(espresso.is_some(), "the framework offers an Espresso Café");
    let total: u32 = espresso.map(|v| v.step_minutes.iter().sum()).unwrap_or(0);
    assert_eq!(total, 30, "the Espresso Café lasts 30 minutes");
}

#[test]
fn fits_in_uses_the_shortest_form() {
    let cafe = technique(KnowledgeCafe);
    let reason = "the Espresso Café fits a Knowledge Café in 30 minutes";
    assert!(cafe.fits_in(30), "{reason}");
    assert!(!cafe.fits_in(25), "even the Espresso Café needs 30 minutes");
    let peer_assist = technique(PeerAssist);
    assert!(!peer_assist.fits_in(30), "a Peer Assist takes half a day");
    let aar = technique(AfterActionReview);
    let reason = "an After Action Review can take 15 minutes";
    assert!(aar.fits_in(15), "{reason}");
}

#[test]
fn the_library_is_told_each_form_s_length_as_the_agenda_adds_it_up() {
    for t in catalogue() {
        let steps: u32 = t.steps.iter().map(|s| s.default_minutes).sum();
        assert_eq!(
            t.agenda_minutes, steps,
            "{}: optional steps included",
            t.name
        );
        for v in &t.variants {
            let each: u32 = v.step_minutes.iter().sum();
            assert_eq!(v.minutes, each, "{} / {}", t.name, v.name);
        }
        let shortest = t.variants.iter().map(|v| v.duration.min_minutes);
        let shortest = shortest.fold(t.duration.min_minutes, u32::min);
        assert_eq!(t.shortest_minutes, shortest, "{}", t.name);
    }
    assert_eq!(
        technique(KnowledgeCafe).shortest_minutes,
        30,
        "the Espresso Café"
    );
    assert_eq!(
        technique(AppreciativeInquiry).shortest_minutes,
        120,
        "not the one-day form"
    );
}

#[test]
fn phases_follow_the_learning_before_during_after_framing() {
    let cases = [
        (BeforeActionReview, Phase::Before),
        (PeerAssist, Phase::Before),
        (AfterActionReview, Phase::After),
        (Retrospect, Phase::After),
        (KnowledgeHarvesting, Phase::After),
        (KnowledgeCafe, Phase::During),
        (Fishbowl, Phase::During),
    ];
    for (id, phase) in cases {
        let phases = &technique(id).phases;
        assert_eq!(phases, &[phase], "{id:?} is learning {phase:?}");
    }
}
