//! App settings: stored, replaced and read back across a reopen.

use crate::fixtures::{instant, open};

#[test]
fn a_setting_survives_closing_the_database_and_can_be_replaced() {
    let tmp = tempfile::tempdir().expect("temp dir");
    {
        let mut store = open(tmp.path());
        assert_eq!(
            store.setting("live.thresholds").expect("readable"),
            None,
            "a new database has no settings"
        );
        store
            .set_setting(
                "live.thresholds",
                r#"{"amber_secs":300,"red_secs":60}"#,
                instant(1),
            )
            .expect("stored");
        store
            .set_setting(
                "live.thresholds",
                r#"{"amber_secs":180,"red_secs":20}"#,
                instant(2),
            )
            .expect("replaced");
    }
    let store = open(tmp.path());
    assert_eq!(
        store
            .setting("live.thresholds")
            .expect("readable")
            .as_deref(),
        Some(r#"{"amber_secs":180,"red_secs":20}"#),
        "the latest value wins"
    );
    assert_eq!(store.setting("other").expect("readable"), None);
}
