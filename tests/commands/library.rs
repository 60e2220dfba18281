//! The library as the home screen receives it.

use serde_json::json;

use crate::harness::Harness;

#[test]
fn the_library_lists_all_thirteen_techniques_with_their_steps() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let app = Harness::on(tmp.path());
    let techniques = app.ok("library_techniques", json!({}));
    let list = techniques.as_array().expect("a list");
    assert_eq!(list.len(), 13, "every technique of the framework");
    let aar = list
        .iter()
        .find(|t| t["id"] == "after-action-review")
        .expect("After Action Review is there");
    assert_eq!(aar["name"], "After Action Review");
    assert_eq!(
        aar["steps"][0]["questions"][0],
        "What was supposed to happen?"
    );
    assert_eq!(aar["duration"]["label"], "15 mins to 1/2 day");
}
