//! The Knowledge Café behind the technique contract: before its set-up is saved only the
//! set-up and the people coming can change (the suggestion follows the roster), a saved
//! set-up rebuilds the agenda and plans the rounds, and what the room sees says whether
//! there is a table plan to put up.

use std::cell::Cell;

use mobilise_core::live::{LiveCommand, LiveState};
use mobilise_core::techniques::knowledge_cafe::{CafeChange, KnowledgeCafe};
use mobilise_core::techniques::{AgendaChange, Context, Technique, TimeUp};
use mobilise_core::{ParticipantInput, TechniqueId};

use crate::guided_common::{at, context, session};

const QUESTION: &str = "What would help more patients home before noon?";

#[test]
fn before_the_set_up_is_saved_only_it_and_the_people_coming_can_change() {
    let session = session(TechniqueId::KnowledgeCafe, 9);
    let ctx = context(&session, None);
    let refused = KnowledgeCafe::apply(None, CafeChange::Reshuffle, &ctx)
        .expect_err("there is no plan to reshuffle yet");
    assert!(refused.to_string().contains("set-up first"), "{refused}");
    let added = KnowledgeCafe::apply(
        None,
        CafeChange::AddGuests {
            people: vec![ParticipantInput {
                name: "Siân Ŵyn Llewelyn".into(),
                organisation: "Ward 7".into(),
                role: String::new(),
            }],
        },
        &ctx,
    )
    .expect("people can join before the set-up");
    assert_eq!(added.record, None, "the café is still only suggested");
    let nobody = KnowledgeCafe::apply(None, CafeChange::AddGuests { people: Vec::new() }, &ctx)
        .expect_err("nobody to add");
    assert!(nobody.to_string().contains("nobody"), "{nobody}");

    let overview = KnowledgeCafe::overview(&None, &ctx);
    assert!(!overview.saved);
    assert_eq!(
        overview.cafe.guests.len(),
        9,
        "the suggestion seats the roster"
    );
}

#[test]
fn a_saved_set_up_makes_the_agenda_plans_the_rounds_and_gives_the_room_a_plan() {
    let mut session = session(TechniqueId::KnowledgeCafe, 9);
    session.purpose = QUESTION.into();
    // A budget of search steps, so the planner answers the same on any machine.
    let steps = Cell::new(0_u32);
    let out_of_steps = || {
        steps.set(steps.get() + 1);
        steps.get() > 20_000
    };
    let ctx = Context {
        time_up: TimeUp(&out_of_steps),
        ..context(&session, None)
    };
    let setup = KnowledgeCafe::overview(&None, &ctx).cafe.setup;
    let outcome = KnowledgeCafe::apply(None, CafeChange::Setup { setup }, &ctx)
        .expect("the set-up is saved and planned");
    let Some(AgendaChange::Replace(agenda)) = outcome.agenda else {
        panic!("a set-up saved before the start rebuilds the agenda");
    };
    let cafe = outcome.record.expect("the café is kept");
    let plan = cafe.plan.as_ref().expect("planned");
    assert_eq!(plan.rounds.len(), 3);
    assert_eq!(cafe.round_steps.len(), 3, "the rounds' steps are known");

    let live = LiveState::new(agenda)
        .apply(LiveCommand::Start, at(0))
        .expect("starts");
    let record = Some(cafe);
    let shown = KnowledgeCafe::stage(&record, &live, &context(&session, Some(&live)));
    assert_eq!(
        shown.shown_round,
        Some(0),
        "the first round's plan, before it starts"
    );
    assert!(KnowledgeCafe::shows(&shown));
    let nothing = KnowledgeCafe::stage(&None, &live, &context(&session, Some(&live)));
    assert!(!KnowledgeCafe::shows(&nothing), "no plan before a set-up");
    assert_eq!(
        KnowledgeCafe::question(&record),
        Some(QUESTION),
        "the export prints the café's question"
    );
}
