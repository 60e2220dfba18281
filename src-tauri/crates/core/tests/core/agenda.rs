//! The agenda's own rules seen from outside: a variant's minutes, retiming and renaming
//! a step within bounds, and the one step that cannot go.

use mobilise_core::live::{Agenda, LiveError, MAX_STEP_SECS};
use mobilise_core::TechniqueId;

fn three() -> Agenda {
    let mut agenda = Agenda::default();
    for (at, title) in ["Open", "Discuss", "Close"].into_iter().enumerate() {
        agenda
            .add_step(at, title, 10)
            .expect("a valid step is added");
    }
    agenda
}

#[test]
fn a_variant_sets_the_minutes_and_an_unknown_variant_is_ignored() {
    let cafe = mobilise_core::technique(TechniqueId::KnowledgeCafe);
    let espresso = Agenda::from_technique(cafe, Some("espresso"));
    assert_eq!(
        espresso.total_planned_secs(),
        30 * 60,
        "the Espresso Café lasts 30 minutes"
    );
    let unknown = Agenda::from_technique(cafe, Some("no-such-variant"));
    let reason = "an unknown variant falls back to the default agenda";
    assert_eq!(unknown, Agenda::from_technique(cafe, None), "{reason}");
}

#[test]
fn retiming_is_bounded_and_renaming_cleans_the_title() {
    let mut agenda = three();
    agenda.retime_step(2, 30).expect("30 s is the minimum");
    assert_eq!(agenda.total_planned_secs(), 600 + 30 + 600);
    let short = agenda.retime_step(2, 29);
    assert_eq!(short, Err(LiveError::StepTooShort { min_secs: 30 }));
    let long = agenda.retime_step(2, MAX_STEP_SECS + 1);
    assert_eq!(
        long,
        Err(LiveError::StepTooLong {
            max_secs: MAX_STEP_SECS
        })
    );
    let added = agenda.add_step(0, "Too long", 8 * 60 + 1);
    assert!(
        added.is_err(),
        "a step over 8 hours is refused when added too"
    );
    assert_eq!(
        agenda.retime_step(9, 60),
        Err(LiveError::StepNotFound { id: 9 })
    );
    agenda
        .rename_step(1, "  Opening\tround ")
        .expect("a real title");
    assert_eq!(agenda.steps[0].title, "Opening round", "titles are cleaned");
    assert_eq!(agenda.rename_step(1, "   "), Err(LiveError::EmptyTitle));
}

#[test]
fn the_only_step_cannot_be_removed() {
    let mut agenda = three();
    agenda.remove_step(1).expect("removable");
    agenda.remove_step(2).expect("removable");
    assert_eq!(agenda.remove_step(3), Err(LiveError::RemoveOnlyStep));
    assert_eq!(
        agenda.remove_step(1),
        Err(LiveError::StepNotFound { id: 1 })
    );
}
