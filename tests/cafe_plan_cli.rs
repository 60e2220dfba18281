//! `mobilise cafe-plan`, run as the real binary the way a planner or a script runs it.

mod cli_support;

use cli_support::json_of;
use serde_json::Value;

fn cafe_plan(args: &[&str]) -> std::process::Output {
    cli_support::mobilise("cafe-plan", args)
}

#[test]
fn twenty_four_people_meet_nobody_twice_and_the_same_seed_gives_the_same_plan() {
    let args = [
        "--people",
        "24",
        "--table-size",
        "4",
        "--rounds",
        "3",
        "--seed",
        "42",
        "--json",
    ];
    let plan = json_of(&cafe_plan(&args));
    assert_eq!(plan["repeats"], 0);
    assert_eq!(plan["lower_bound"], 0);
    assert_eq!(plan["seed"], 42);
    let rounds = plan["rounds"].as_array().expect("rounds");
    assert_eq!(rounds.len(), 3);
    for round in rounds {
        let tables = round.as_array().expect("tables");
        assert_eq!(tables.len(), 6, "six tables of four");
        let mut names: Vec<&str> = tables
            .iter()
            .flat_map(|t| {
                t.as_array()
                    .expect("names")
                    .iter()
                    .filter_map(Value::as_str)
            })
            .collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), 24, "everyone seated once a round");
    }
    assert_eq!(json_of(&cafe_plan(&args)), plan, "same seed, same plan");
}

#[test]
fn a_names_file_with_teams_is_seated_and_the_text_report_gives_the_bound() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let file = tmp.path().join("names.txt");
    let names: Vec<String> = (1..=11)
        .map(|n| format!("Person ŵ{n},Team {}", n % 3))
        .collect();
    std::fs::write(&file, names.join("\n")).expect("written");
    let path = file.to_str().expect("a UTF-8 path");
    let output = cafe_plan(&["--names", path, "--seed", "7"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = String::from_utf8(output.stdout).expect("UTF-8");
    assert!(
        text.contains("11 people, 3 tables (4, 4, 3), 3 rounds, seed 7"),
        "{text}"
    );
    assert!(
        text.contains("Person ŵ11"),
        "names come from the file: {text}"
    );
    assert!(
        text.contains("4 repeat encounters (minimum possible 4): optimal."),
        "{text}"
    );
}

#[test]
fn contradictory_or_missing_counts_are_refused_with_a_reason() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let file = tmp.path().join("names.txt");
    std::fs::write(&file, "Ann\nBen\nCai\n").expect("written");
    let path = file.to_str().expect("a UTF-8 path");
    let output = cafe_plan(&["--names", path, "--people", "5"]);
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr)
        .contains("--people says 5 but the names file lists 3"));
    let output = cafe_plan(&[]);
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("Say how many people come"));
}
