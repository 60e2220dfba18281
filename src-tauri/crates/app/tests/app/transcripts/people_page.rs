//! The people list: everyone with their sessions counted, a search, a name corrected
//! (refused while blank), and a person deleted from every session.

use mobilise_core::PersonInput;

use super::sessions_page::stored;
use crate::transcript::Transcript;

#[test]
fn the_people_page_is_recorded() {
    let mut t = Transcript::new("people-page");

    t.scenario("listed");
    let s = stored();
    let everyone = t.people_list(&s.app, "");
    assert_eq!(everyone.len(), 3);

    t.scenario("searched");
    let s = stored();
    t.people_list(&s.app, "");
    assert_eq!(t.people_list(&s.app, "zoe").len(), 1, "accents aside");

    t.scenario("a name corrected");
    let s = stored();
    let everyone = t.people_list(&s.app, "");
    let tom = everyone
        .iter()
        .find(|p| p.name == "Tom Okafor")
        .expect("Tom");
    for name in ["", "Tomás Okafor"] {
        let input = PersonInput {
            name: name.into(),
            organisation: tom.organisation.clone(),
        };
        let saved = t.person_update(&s.app, tom.id, &input);
        assert_eq!(saved.is_ok(), !name.is_empty());
    }

    t.scenario("a person deleted");
    let s = stored();
    let everyone = t.people_list(&s.app, "");
    let priya = everyone
        .iter()
        .find(|p| p.name == "Priya Shah")
        .expect("Priya");
    t.person_delete(&s.app, priya.id);
    t.people_list(&s.app, "");

    t.check();
}
