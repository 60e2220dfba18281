//! The actions list across sessions: open and overdue ones first, then the soonest due,
//! filtered by status, owner and words.

use mobilise_core::{ActionQuery, ActionStatus, TechniqueId};
use mobilise_store::Store;

use crate::actions::{add, input, whats};
use crate::fixtures::{day, open, session, Ids};

#[test]
fn the_list_puts_open_then_overdue_then_soonest_due_then_oldest_first() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let aar = session(
        &mut store,
        &mut ids,
        TechniqueId::AfterActionReview,
        "Ward 7 AAR",
    );
    let cafe = session(
        &mut store,
        &mut ids,
        TechniqueId::KnowledgeCafe,
        "Discharge café",
    );
    let today = day(10);
    use ActionStatus::{Done, Dropped, Open};
    // Added in an order unlike the expected one, across two sessions.
    add(
        &mut store,
        &mut ids,
        aar,
        2,
        input("done late", "", Some(day(1)), Done),
    );
    add(
        &mut store,
        &mut ids,
        cafe,
        3,
        input("open undated, older", "", None, Open),
    );
    add(
        &mut store,
        &mut ids,
        aar,
        4,
        input("open due in a week", "", Some(day(17)), Open),
    );
    add(
        &mut store,
        &mut ids,
        aar,
        5,
        input("overdue by 2 days", "", Some(day(8)), Open),
    );
    add(
        &mut store,
        &mut ids,
        cafe,
        6,
        input("dropped, undated", "", None, Dropped),
    );
    add(
        &mut store,
        &mut ids,
        cafe,
        7,
        input("open due today", "", Some(today), Open),
    );
    add(
        &mut store,
        &mut ids,
        aar,
        8,
        input("overdue by 5 days", "", Some(day(5)), Open),
    );
    add(
        &mut store,
        &mut ids,
        cafe,
        9,
        input("open undated, newer", "", None, Open),
    );
    add(
        &mut store,
        &mut ids,
        cafe,
        10,
        input("done early", "", Some(day(20)), Done),
    );

    let rows = store
        .list_actions(&ActionQuery::default(), today)
        .expect("listed");
    assert_eq!(
        whats(&rows),
        [
            "overdue by 5 days",
            "overdue by 2 days",
            "open due today",
            "open due in a week",
            "open undated, older",
            "open undated, newer",
            "done late",
            "done early",
            "dropped, undated",
        ],
        "open first, overdue first among them, then by due date with undated last, \
         then the oldest first"
    );
    let overdue: Vec<&str> = rows
        .iter()
        .filter(|r| r.overdue)
        .map(|r| r.action.what.as_str())
        .collect();
    assert_eq!(
        overdue,
        ["overdue by 5 days", "overdue by 2 days"],
        "only open actions due before today are overdue; one due today is not, nor a \
         finished one due long ago"
    );
    assert_eq!(
        rows[0].session_title, "Ward 7 AAR",
        "each row names its session"
    );
    assert_eq!(rows[0].technique, TechniqueId::AfterActionReview);
    assert_eq!(rows[2].technique, TechniqueId::KnowledgeCafe);

    let later = store
        .list_actions(&ActionQuery::default(), day(18))
        .expect("listed");
    assert_eq!(
        whats(&later)[..3],
        ["overdue by 5 days", "overdue by 2 days", "open due today"],
        "overdue depends on the day given, not on the clock"
    );
    assert!(
        later[2].overdue,
        "what was due on the 10th is late on the 18th"
    );
}

#[test]
fn the_list_filters_by_status_owner_and_words() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let id = session(&mut store, &mut ids, TechniqueId::Retrospect, "Retro");
    use ActionStatus::{Done, Open};
    add(
        &mut store,
        &mut ids,
        id,
        2,
        input(
            "Share the discharge checklist",
            "Siân Ŵyn Llewelyn",
            None,
            Open,
        ),
    );
    add(
        &mut store,
        &mut ids,
        id,
        3,
        input("Book the café room", "Aled Jones", None, Open),
    );
    add(
        &mut store,
        &mut ids,
        id,
        4,
        input("Circulate the discharge summary", "Aled Jones", None, Done),
    );
    add(
        &mut store,
        &mut ids,
        id,
        5,
        input("Ask Siân about rotas", "Grace", None, Open),
    );

    let list = |store: &Store, query: ActionQuery| -> Vec<String> {
        store
            .list_actions(&query, day(1))
            .expect("listed")
            .into_iter()
            .map(|r| r.action.what)
            .collect()
    };
    assert_eq!(
        list(
            &store,
            ActionQuery {
                status: Some(Done),
                ..Default::default()
            }
        ),
        ["Circulate the discharge summary"]
    );
    assert_eq!(
        list(
            &store,
            ActionQuery {
                owner: "  aled ".into(),
                ..Default::default()
            }
        ),
        ["Book the café room", "Circulate the discharge summary"],
        "the owner matches in any case, spaces trimmed"
    );
    assert_eq!(
        list(
            &store,
            ActionQuery {
                owner: "SIÂN ŴYN".into(),
                ..Default::default()
            }
        ),
        ["Share the discharge checklist"],
        "case folding works beyond ASCII, and only the owner is matched"
    );
    assert_eq!(
        list(
            &store,
            ActionQuery {
                text: "disch".into(),
                ..Default::default()
            }
        ),
        [
            "Share the discharge checklist",
            "Circulate the discharge summary"
        ],
        "words match as prefixes"
    );
    assert_eq!(
        list(
            &store,
            ActionQuery {
                text: "cafe".into(),
                ..Default::default()
            }
        ),
        ["Book the café room"],
        "accents are ignored"
    );
    assert_eq!(
        list(
            &store,
            ActionQuery {
                text: "sian".into(),
                ..Default::default()
            }
        ),
        ["Share the discharge checklist", "Ask Siân about rotas"],
        "the owner is searched as well as the action"
    );
    assert_eq!(
        list(
            &store,
            ActionQuery {
                status: Some(Open),
                owner: "aled".into(),
                text: "discharge".into(),
            }
        ),
        Vec::<String>::new(),
        "all filters apply together"
    );
    assert!(
        list(
            &store,
            ActionQuery {
                text: "\"NOT* (".into(),
                ..Default::default()
            }
        )
        .is_empty(),
        "query syntax typed by a person is harmless"
    );
}
