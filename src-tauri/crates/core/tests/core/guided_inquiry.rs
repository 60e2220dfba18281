//! An Appreciative Inquiry's board read as a chain (dream -> design -> delivery), what
//! removing a dream or a design does to the links, and the board's validation.

use mobilise_core::techniques::appreciative_inquiry::{
    Delivery, Design, Dream, DreamGroup, InquiryBoard, Story,
};

use crate::guided_common::{id, refused_field, roster};

// Item ids: dreams 10x, designs 20x, deliveries (action ids) 30x, groups 40x, stories 50x.
fn dream(n: u32, text: &str) -> Dream {
    Dream {
        id: id(100 + n),
        text: text.to_string(),
    }
}

fn group(n: u32, name: &str, members: &[u32], dreams: Vec<Dream>) -> DreamGroup {
    DreamGroup {
        id: id(400 + n),
        name: name.to_string(),
        members: members.iter().copied().map(id).collect(),
        dreams,
    }
}

fn design(n: u32, statement: &str, dreams: &[u32]) -> Design {
    Design {
        id: id(200 + n),
        statement: statement.to_string(),
        dream_ids: dreams.iter().map(|d| id(100 + d)).collect(),
    }
}

fn delivery(n: u32, designs: &[u32]) -> Delivery {
    Delivery {
        action_id: id(300 + n),
        design_ids: designs.iter().map(|d| id(200 + d)).collect(),
    }
}

fn story(n: u32, text: &str, teller: Option<u32>) -> Story {
    Story {
        id: id(500 + n),
        text: text.to_string(),
        teller: teller.map(id),
    }
}

/// Two groups, three dreams, three designs and three deliveries:
/// dream 1 <- designs 1, 2; dream 2 <- design 2; dream 3 <- design 3;
/// design 1 <- deliveries 1, 2; design 2 <- delivery 2; design 3 <- none; delivery 3 <- none.
fn board() -> InquiryBoard {
    InquiryBoard {
        stories: vec![story(
            1,
            "The night team cut handover to ten minutes",
            Some(1),
        )],
        groups: vec![
            group(
                1,
                "Wards",
                &[1, 2],
                vec![dream(1, "No one waits for a bed"), dream(2, "Calm nights")],
            ),
            group(2, "Community", &[3], vec![dream(3, "Care closer to home")]),
        ],
        designs: vec![
            design(1, "Discharge before noon", &[1]),
            design(2, "One handover tool", &[1, 2]),
            design(3, "Virtual ward rounds", &[3]),
        ],
        deliveries: vec![delivery(1, &[1]), delivery(2, &[1, 2]), delivery(3, &[])],
    }
}

fn design_names(designs: &[&Design]) -> Vec<String> {
    designs.iter().map(|d| d.statement.clone()).collect()
}

fn action_ids(deliveries: &[&Delivery]) -> Vec<uuid::Uuid> {
    deliveries.iter().map(|d| d.action_id).collect()
}

#[test]
fn the_board_reads_as_a_chain_from_dream_to_delivery() {
    let b = board();
    assert_eq!(
        design_names(&b.designs_serving(id(101))),
        ["Discharge before noon", "One handover tool"],
        "in the order written"
    );
    assert_eq!(
        design_names(&b.designs_serving(id(102))),
        ["One handover tool"]
    );
    assert!(
        b.designs_serving(id(199)).is_empty(),
        "an unknown dream has none"
    );
    assert_eq!(action_ids(&b.deliveries_of(id(201))), [id(301), id(302)]);
    assert_eq!(action_ids(&b.deliveries_of(id(202))), [id(302)]);
    assert!(b.deliveries_of(id(203)).is_empty());
    assert!(b.unlinked_designs().is_empty());
    assert_eq!(action_ids(&b.unlinked_deliveries()), [id(303)]);
    let dreams: Vec<(String, String)> = b
        .dreams()
        .map(|(g, d)| (g.name.clone(), d.text.clone()))
        .collect();
    assert_eq!(dreams.len(), 3);
    assert_eq!(
        dreams[2],
        ("Community".into(), "Care closer to home".into())
    );
}

#[test]
fn removing_a_dream_unlinks_the_designs_that_served_it() {
    let b = board().without_dream(id(101));
    assert_eq!(b.dreams().count(), 2, "the dream is gone from its group");
    assert!(b.designs_serving(id(101)).is_empty());
    assert_eq!(b.designs.len(), 3, "the designs themselves stay");
    assert_eq!(
        design_names(&b.unlinked_designs()),
        ["Discharge before noon"],
        "served only the removed dream, so now listed apart"
    );
    assert_eq!(b.designs[1].dream_ids, [id(102)], "its other link is kept");
    assert!(b.validated(&roster(3)).is_ok(), "no link is left dangling");
}

#[test]
fn removing_a_design_unlinks_the_deliveries_that_took_it_forward() {
    let b = board().without_design(id(201));
    assert_eq!(b.designs.len(), 2);
    assert!(b.deliveries_of(id(201)).is_empty());
    assert_eq!(b.deliveries.len(), 3, "the deliveries (actions) stay");
    assert_eq!(action_ids(&b.unlinked_deliveries()), [id(301), id(303)]);
    assert_eq!(b.deliveries[1].design_ids, [id(202)]);
    assert!(b.validated(&roster(3)).is_ok(), "no link is left dangling");
}

#[test]
fn a_valid_board_is_stored_as_sent() {
    let b = board();
    assert_eq!(b.validated(&roster(3)).expect("valid"), b);
}

#[test]
fn a_link_to_a_dream_or_design_not_on_the_board_is_refused() {
    let mut b = board();
    b.designs[0].dream_ids.push(id(199));
    let field = refused_field(b.validated(&roster(3)), "dream 199 is not on the board");
    assert_eq!(field, "designs.dream_ids");

    let mut b = board();
    b.deliveries[2].design_ids.push(id(299));
    let field = refused_field(b.validated(&roster(3)), "design 299 is not on the board");
    assert_eq!(field, "deliveries.design_ids");
}

#[test]
fn links_given_twice_are_kept_once_in_order() {
    let mut b = board();
    b.designs[1].dream_ids = vec![id(102), id(101), id(102)];
    b.deliveries[1].design_ids = vec![id(202), id(202), id(201)];
    let stored = b.validated(&roster(3)).expect("valid");
    assert_eq!(stored.designs[1].dream_ids, [id(102), id(101)]);
    assert_eq!(stored.deliveries[1].design_ids, [id(202), id(201)]);
}

#[test]
fn each_person_joins_one_dream_group_and_must_be_present() {
    let mut b = board();
    b.groups[1].members.push(id(2));
    let field = refused_field(b.validated(&roster(3)), "person 2 is in both groups");
    assert_eq!(field, "groups.members");

    let mut b = board();
    b.groups[0].members = vec![id(1), id(2), id(1)];
    let stored = b
        .validated(&roster(3))
        .expect("listed twice in one group is fine");
    assert_eq!(stored.groups[0].members, [id(1), id(2)], "kept once");

    let mut b = board();
    b.groups[0].members.push(id(9));
    let field = refused_field(b.validated(&roster(3)), "person 9 is not here");
    assert_eq!(field, "groups.members");
}

#[test]
fn a_group_without_a_name_is_called_by_its_number() {
    let mut b = board();
    b.groups[0].name = "  ".into();
    b.groups[1].name = String::new();
    b.groups.push(group(3, " Primary   care ", &[], Vec::new()));
    let stored = b.validated(&roster(3)).expect("valid");
    let names: Vec<&str> = stored.groups.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(names, ["Group 1", "Group 2", "Primary care"]);
}

#[test]
fn stories_dreams_and_designs_must_say_something() {
    let mut b = board();
    b.stories.push(story(2, " \t ", None));
    let field = refused_field(b.validated(&roster(3)), "a blank story");
    assert_eq!(field, "stories.text");

    let mut b = board();
    b.groups[0].dreams[1].text = String::new();
    assert_eq!(
        refused_field(b.validated(&roster(3)), "a blank dream"),
        "groups.dreams"
    );

    let mut b = board();
    b.designs[2].statement = "   ".into();
    let field = refused_field(b.validated(&roster(3)), "a blank design");
    assert_eq!(field, "designs.statement");
}

#[test]
fn a_story_is_cleaned_and_its_teller_must_be_present() {
    let mut b = board();
    b.stories[0].text = "  The night team   cut handover ".into();
    let stored = b.validated(&roster(3)).expect("valid");
    assert_eq!(stored.stories[0].text, "The night team cut handover");

    let mut b = board();
    b.stories[0].teller = Some(id(9));
    let field = refused_field(b.validated(&roster(3)), "teller 9 is not here");
    assert_eq!(field, "stories.teller");
}

#[test]
fn two_dreams_with_one_id_are_refused_even_in_different_groups() {
    let mut b = board();
    b.groups[1].dreams[0].id = id(101);
    assert_eq!(
        refused_field(b.validated(&roster(3)), "one id twice"),
        "dreams"
    );
}
