//! `mobilise coffee-pair`, run as the real binary the way a co-ordinator or a script runs
//! it, on a names file written the way a spreadsheet saves one.

mod cli_support;

use std::collections::HashSet;
use std::path::Path;

use cli_support::json_of;

fn coffee_pair(args: &[&str]) -> std::process::Output {
    cli_support::mobilise("coffee-pair", args)
}

/// 31 staff in five departments, every tenth a senior leader, saved with a byte-order
/// mark, quoted fields and a blank row, as Excel writes a CSV.
fn staff_list(dir: &Path) -> std::path::PathBuf {
    let mut csv = String::from("\u{feff}Name,Group,Site,Senior\r\n");
    for i in 0..31 {
        let senior = if i % 10 == 0 { "yes" } else { "no" };
        csv.push_str(&format!(
            "\"Person {i}, RN\",Department {},Site {},{senior}\r\n",
            i % 5,
            i % 2
        ));
        if i == 15 {
            csv.push_str(",,,\r\n");
        }
    }
    let path = dir.join("staff.csv");
    std::fs::write(&path, csv).expect("written");
    path
}

#[test]
fn thirty_one_people_meet_someone_new_from_another_department_in_each_of_three_rounds() {
    let dir = tempfile::tempdir().expect("temp dir");
    let names = staff_list(dir.path());
    let names = names.to_str().expect("a path");
    let args = ["--names", names, "--rounds", "3", "--seed", "7", "--json"];
    let plan = json_of(&coffee_pair(&args));
    assert_eq!(plan["seed"], 7);
    assert_eq!(plan["repeats"], 0);
    assert_eq!(plan["same_group"], 0);
    let rounds = plan["rounds"].as_array().expect("rounds");
    assert_eq!(rounds.len(), 3);
    for round in rounds {
        let groups = round.as_array().expect("groups");
        let mut seen = HashSet::new();
        for group in groups {
            for name in group.as_array().expect("names") {
                assert!(seen.insert(name.as_str().expect("a name").to_string()));
            }
        }
        assert_eq!(seen.len(), 31, "everyone once: {round}");
        assert!(seen.contains("Person 3, RN"), "quoted names are whole");
        let trios = groups
            .iter()
            .filter(|g| g.as_array().is_some_and(|g| g.len() == 3))
            .count();
        assert_eq!(trios, 1);
    }
    // The same seed gives the same rounds.
    assert_eq!(json_of(&coffee_pair(&args)), plan);
}

#[test]
fn the_text_names_each_pair_and_the_rounds_figures() {
    let dir = tempfile::tempdir().expect("temp dir");
    let names = staff_list(dir.path());
    let output = coffee_pair(&["--names", names.to_str().expect("a path"), "--seed", "3"]);
    assert!(output.status.success());
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        text.starts_with("Randomised Coffee Trial: 31 people, 1 round, seed 3"),
        "{text}"
    );
    assert!(text.contains("  Pair: Person "), "{text}");
    let trio = text
        .lines()
        .find(|l| l.starts_with("  Trio: "))
        .expect("a trio");
    assert_eq!(trio.matches(", RN").count(), 3, "three names: {trio}");
    assert!(trio.contains(" and "), "{trio}");
    assert!(
        text.contains("0 repeat meetings (fewest possible 0), 0 within one department"),
        "{text}"
    );
}

#[test]
fn a_file_without_a_name_column_or_with_a_bad_senior_mark_is_refused_plainly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let no_header = dir.path().join("plain.csv");
    std::fs::write(&no_header, "Priya Shah\nTom Okafor\n").expect("written");
    let output = coffee_pair(&["--names", no_header.to_str().expect("a path")]);
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("header row naming its columns"));

    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, "name,senior\nPriya Shah,maybe\n").expect("written");
    let output = coffee_pair(&["--names", bad.to_str().expect("a path")]);
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr)
        .contains("Line 2: the senior column says \"maybe\""));
}
