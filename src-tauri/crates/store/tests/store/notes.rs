//! Notes and the parking lot: each list numbered 0..n-1 through adds, moves and deletes,
//! text stored exactly, and words found by search.

use mobilise_core::{Note, NoteInput, NoteKind, TechniqueId, MAX_NOTE_CHARS};
use mobilise_store::{Store, StoreError};
use uuid::Uuid;

use crate::fixtures::{instant, open, session, Ids};

fn on_step(step: u32, question: Option<u32>, text: &str) -> NoteInput {
    NoteInput {
        kind: NoteKind::Note,
        step_id: Some(step),
        question,
        text: text.into(),
    }
}

fn parked(text: &str) -> NoteInput {
    NoteInput {
        kind: NoteKind::Parking,
        step_id: None,
        question: None,
        text: text.into(),
    }
}

fn add(store: &mut Store, ids: &mut Ids, session: Uuid, input: NoteInput) -> Note {
    store
        .add_note(session, &input, instant(2), &mut || ids.next())
        .expect("note added")
}

/// The texts of one list (kind, step, question) of the session, in position order, after
/// checking that its positions are exactly 0..n-1.
fn list(
    store: &Store,
    session: Uuid,
    kind: NoteKind,
    step: Option<u32>,
    q: Option<u32>,
) -> Vec<String> {
    let notes: Vec<Note> = store
        .notes(session)
        .expect("notes listed")
        .into_iter()
        .filter(|n| n.kind == kind && n.step_id == step && n.question == q)
        .collect();
    let positions: Vec<u32> = notes.iter().map(|n| n.position).collect();
    let expected: Vec<u32> = (0..u32::try_from(notes.len()).expect("few notes")).collect();
    assert_eq!(
        positions, expected,
        "a list is numbered 0..n-1 with no gaps"
    );
    notes.into_iter().map(|n| n.text).collect()
}

#[test]
fn notes_are_appended_to_their_own_list_and_parking_items_are_kept_apart() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let id = session(&mut store, &mut ids, TechniqueId::AfterActionReview, "AAR");
    let other = session(
        &mut store,
        &mut ids,
        TechniqueId::AfterActionReview,
        "Other",
    );

    let first = add(
        &mut store,
        &mut ids,
        id,
        on_step(2, Some(0), "Planned: go live on Monday"),
    );
    add(&mut store, &mut ids, id, parked("Who owns the rota?"));
    add(
        &mut store,
        &mut ids,
        id,
        on_step(2, Some(0), "Also: train night staff"),
    );
    add(
        &mut store,
        &mut ids,
        id,
        on_step(2, None, "Good energy in the room"),
    );
    add(
        &mut store,
        &mut ids,
        id,
        on_step(2, Some(1), "Went live on Wednesday"),
    );
    add(
        &mut store,
        &mut ids,
        id,
        parked("Car parking for the trainers"),
    );
    add(
        &mut store,
        &mut ids,
        other,
        on_step(2, Some(0), "Another session's note"),
    );

    assert_eq!(first.position, 0, "the first note of a list is at the top");
    assert_eq!(
        list(&store, id, NoteKind::Note, Some(2), Some(0)),
        ["Planned: go live on Monday", "Also: train night staff"],
        "notes on the same question are in the order they were taken"
    );
    assert_eq!(
        list(&store, id, NoteKind::Parking, None, None),
        ["Who owns the rota?", "Car parking for the trainers"],
        "the parking lot is its own list, numbered from 0"
    );
    let order: Vec<(NoteKind, Option<u32>, Option<u32>, u32)> = store
        .notes(id)
        .expect("listed")
        .iter()
        .map(|n| (n.kind, n.step_id, n.question, n.position))
        .collect();
    assert_eq!(
        order,
        [
            (NoteKind::Note, Some(2), None, 0),
            (NoteKind::Note, Some(2), Some(0), 0),
            (NoteKind::Note, Some(2), Some(0), 1),
            (NoteKind::Note, Some(2), Some(1), 0),
            (NoteKind::Parking, None, None, 0),
            (NoteKind::Parking, None, None, 1),
        ],
        "by kind, step, question (the step in general first), then position; \
         another session's notes are not included"
    );

    let wrong = store.add_note(
        id,
        &NoteInput {
            step_id: Some(2),
            ..parked("parked on a step")
        },
        instant(3),
        &mut || ids.next(),
    );
    assert!(
        matches!(wrong, Err(StoreError::Invalid(ref v)) if v.field == "step_id"),
        "a parking-lot item cannot belong to a step: {wrong:?}"
    );
}

#[test]
fn moving_and_deleting_keep_each_list_numbered_from_zero() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let id = session(&mut store, &mut ids, TechniqueId::Retrospect, "Retro");
    let notes: Vec<Note> = ["a", "b", "c", "d"]
        .into_iter()
        .map(|t| add(&mut store, &mut ids, id, on_step(1, None, t)))
        .collect();
    add(&mut store, &mut ids, id, parked("parked"));

    let moved = store.move_note(notes[0].id, 3).expect("moved to the end");
    let texts: Vec<&str> = moved.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(
        texts,
        ["b", "c", "d", "a"],
        "the moved list is returned in its new order"
    );
    assert_eq!(
        moved.iter().map(|n| n.position).collect::<Vec<_>>(),
        [0, 1, 2, 3],
        "positions are renumbered"
    );
    store.move_note(notes[3].id, 0).expect("moved to the top");
    assert_eq!(
        list(&store, id, NoteKind::Note, Some(1), None),
        ["d", "b", "c", "a"]
    );
    store
        .move_note(notes[2].id, 2)
        .expect("moved to where it is");
    assert_eq!(
        list(&store, id, NoteKind::Note, Some(1), None),
        ["d", "b", "c", "a"]
    );

    let too_far = store.move_note(notes[1].id, 4);
    assert!(
        matches!(too_far, Err(StoreError::Invalid(ref v)) if v.field == "position"),
        "there is no fifth place in a list of four: {too_far:?}"
    );

    store.delete_note(notes[1].id).expect("deleted");
    assert_eq!(
        list(&store, id, NoteKind::Note, Some(1), None),
        ["d", "c", "a"],
        "the notes after a deleted one move up"
    );
    let after = add(&mut store, &mut ids, id, on_step(1, None, "e"));
    assert_eq!(
        after.position, 3,
        "a new note goes after the last, with no gap"
    );
    assert_eq!(
        list(&store, id, NoteKind::Parking, None, None),
        ["parked"],
        "other lists are untouched"
    );

    assert!(matches!(
        store.delete_note(notes[1].id),
        Err(StoreError::NotFound { .. })
    ));
    assert!(matches!(
        store.move_note(notes[1].id, 0),
        Err(StoreError::NotFound { .. })
    ));
}

#[test]
fn editing_a_note_replaces_its_text_and_keeps_its_place() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let id = session(&mut store, &mut ids, TechniqueId::PeerAssist, "Peer assist");
    add(&mut store, &mut ids, id, on_step(3, Some(1), "first"));
    let note = add(&mut store, &mut ids, id, on_step(3, Some(1), "Draft"));

    let edited = store
        .update_note_text(note.id, "Draft, then\r\nthe final wording  ", instant(9))
        .expect("edited");
    assert_eq!(
        edited.text, "Draft, then\nthe final wording",
        "the text is cleaned"
    );
    assert_eq!(edited.updated_at, instant(9));
    assert_eq!(edited.created_at, note.created_at, "creation time is kept");
    assert_eq!(edited.position, 1, "an edit does not move the note");
    assert_eq!(
        store.notes(id).expect("listed")[1],
        edited,
        "what is returned is what is stored"
    );

    let blank = store.update_note_text(note.id, " \n ", instant(10));
    assert!(
        matches!(blank, Err(StoreError::Invalid(ref v)) if v.field == "text"),
        "a note cannot be emptied by typing: {blank:?}"
    );
    let missing = store.update_note_text(Uuid::from_u128(9), "text", instant(10));
    assert!(
        matches!(missing, Err(StoreError::NotFound { .. })),
        "{missing:?}"
    );
}

#[test]
fn odd_unicode_and_the_longest_note_are_stored_exactly() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut ids = Ids::new();
    let odd = "Siân's 👩🏽‍⚕️ note\n\n«réunion» 日本語 مرحبا\n\u{200d}zero-width joiner, tab\tend";
    let longest = "Ŵ".repeat(MAX_NOTE_CHARS - 1) + "🚑";
    let (id, odd_note, long_note) = {
        let mut store = open(tmp.path());
        let id = session(&mut store, &mut ids, TechniqueId::AppreciativeInquiry, "AI");
        let odd_note = add(&mut store, &mut ids, id, on_step(1, None, odd));
        let long_note = add(&mut store, &mut ids, id, on_step(1, None, &longest));
        let decomposed = add(&mut store, &mut ids, id, parked("Gw\u{0302}yn"));
        assert_eq!(
            decomposed.text, "Gŵyn",
            "accents typed as two characters are joined"
        );
        let over = store.add_note(
            id,
            &on_step(1, None, &format!("{longest}!")),
            instant(2),
            &mut || ids.next(),
        );
        assert!(
            matches!(over, Err(StoreError::Invalid(ref v)) if v.field == "text"),
            "one character over the limit is refused: {over:?}"
        );
        (id, odd_note, long_note)
    };
    assert_eq!(
        odd_note.text,
        "Siân's 👩🏽‍⚕️ note\n\n«réunion» 日本語 مرحبا\n\u{200d}zero-width joiner, tab end",
        "line breaks, emoji sequences and scripts are kept; a tab becomes a space"
    );
    let store = open(tmp.path());
    let notes = store.notes(id).expect("listed after reopening");
    assert_eq!(notes[0], odd_note, "the odd note comes back as stored");
    assert_eq!(notes[1], long_note, "the longest note comes back whole");
    assert_eq!(notes[1].text.chars().count(), MAX_NOTE_CHARS);
}

#[test]
fn search_finds_a_word_of_a_note_in_any_live_session() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = open(tmp.path());
    let mut ids = Ids::new();
    let id = session(&mut store, &mut ids, TechniqueId::KnowledgeCafe, "Café");
    let binned = session(&mut store, &mut ids, TechniqueId::KnowledgeCafe, "Old café");
    let note = add(
        &mut store,
        &mut ids,
        id,
        on_step(1, None, "The discharge lounge opens at 8"),
    );
    let parking = add(&mut store, &mut ids, id, parked("Ask pharmacy about TTOs"));
    add(
        &mut store,
        &mut ids,
        binned,
        on_step(1, None, "Discharge letters were late"),
    );
    store.delete_session(binned, instant(3)).expect("binned");

    let found = |store: &Store, text: &str| -> Vec<Uuid> {
        store
            .search_notes(text)
            .expect("searched")
            .iter()
            .map(|n| n.id)
            .collect()
    };
    assert_eq!(
        found(&store, "discharge"),
        [note.id],
        "a binned session's notes are not found"
    );
    assert_eq!(
        found(&store, "LOUNGE disch"),
        [note.id],
        "all words, any case, as prefixes"
    );
    assert_eq!(
        found(&store, "pharmacy"),
        [parking.id],
        "parking-lot items are searched too"
    );
    assert!(found(&store, "").is_empty(), "no words, no results");
    assert!(
        found(&store, "\"NOT* (").is_empty(),
        "query syntax typed by a person is harmless"
    );

    store
        .update_note_text(note.id, "The lounge moved to ward 9", instant(4))
        .expect("edited");
    assert!(
        found(&store, "discharge").is_empty(),
        "an edited-away word is no longer found"
    );
    assert_eq!(
        found(&store, "ward"),
        [note.id],
        "the new words are found at once"
    );
    store.delete_note(note.id).expect("deleted");
    assert!(
        found(&store, "ward").is_empty(),
        "a deleted note is not found"
    );
}
