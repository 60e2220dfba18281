//! Follow-up sessions: a duplicate follows its original, and emptying the original out
//! of the bin forgets the link but keeps the follow-up.

use mobilise_core::TechniqueId;

use crate::fixtures::{draft, instant, open, Ids};

#[test]
fn a_duplicate_follows_its_original_across_a_reopen() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut ids = Ids::new();
    let (original, copy) = {
        let mut store = open(tmp.path());
        let original = store
            .create_session(
                &draft(TechniqueId::AfterActionReview, "Ward 7 go-live"),
                instant(1),
                &mut || ids.next(),
            )
            .expect("stored");
        let copy = store
            .duplicate_session(original.id, instant(2), &mut || ids.next())
            .expect("copied");
        (original, copy)
    };
    assert_eq!(original.follows, None, "a new session follows nothing");
    assert_eq!(
        copy.follows,
        Some(original.id),
        "a duplicate is a follow-up"
    );
    let store = open(tmp.path());
    assert_eq!(
        store.session(copy.id).expect("found").follows,
        Some(original.id),
        "the link is stored, not just returned"
    );
}

#[test]
fn emptying_the_original_from_the_bin_clears_the_link() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let original = store
        .create_session(
            &draft(TechniqueId::Retrospect, "Discharge pilot"),
            instant(1),
            &mut || ids.next(),
        )
        .expect("stored");
    let copy = store
        .duplicate_session(original.id, instant(2), &mut || ids.next())
        .expect("copied");
    store
        .delete_session(original.id, instant(3))
        .expect("binned");
    assert_eq!(
        store.session(copy.id).expect("found").follows,
        Some(original.id),
        "a session in the bin can still be restored, so the link stays"
    );
    assert_eq!(store.empty_bin().expect("emptied"), 1);
    assert_eq!(
        store
            .session(copy.id)
            .expect("the follow-up survives")
            .follows,
        None,
        "deleting the original for good leaves the follow-up following nothing"
    );
}
