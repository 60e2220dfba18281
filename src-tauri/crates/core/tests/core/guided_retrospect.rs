//! A Retrospect's marks out of ten: what the room sees (histogram, median, lowest and
//! highest, without names) and the rules validation keeps.

use mobilise_core::techniques::retrospect::TOP_MARK;
use mobilise_core::techniques::retrospect::{Mark, RetrospectMarks};
use mobilise_core::techniques::TechniqueRecord;
use mobilise_core::TechniqueId;
use proptest::prelude::*;

use crate::guided_common::{id, refused_field, roster};

fn mark(person: u32, mark: Option<u8>, answer: &str) -> Mark {
    Mark {
        person_id: crate::guided_common::id(person),
        mark,
        make_it_ten: answer.to_string(),
    }
}

/// People 1, 2, ... giving these marks, in this order, with no answers.
fn marked(marks: &[u8]) -> RetrospectMarks {
    RetrospectMarks {
        marks: (1..)
            .zip(marks)
            .map(|(person, m)| mark(person, Some(*m), ""))
            .collect(),
    }
}

#[test]
fn the_median_of_an_odd_count_is_the_middle_mark_whatever_the_order() {
    let summary = marked(&[9, 3, 7, 10, 5]).summary();
    assert_eq!(summary.median, Some(7.0), "3 5 [7] 9 10");
    assert_eq!(summary.count, 5);
    assert_eq!((summary.lowest, summary.highest), (Some(3), Some(10)));
}

#[test]
fn the_median_of_an_even_count_is_the_mean_of_the_middle_two() {
    assert_eq!(marked(&[9, 6, 8, 7]).summary().median, Some(7.5));
    assert_eq!(marked(&[2, 8]).summary().median, Some(5.0));
    assert_eq!(
        marked(&[4, 4, 10, 0]).summary().median,
        Some(4.0),
        "0 [4 4] 10"
    );
}

#[test]
fn a_single_mark_is_its_own_median_lowest_and_highest() {
    let summary = marked(&[6]).summary();
    assert_eq!(summary.median, Some(6.0));
    assert_eq!((summary.lowest, summary.highest), (Some(6), Some(6)));
    assert_eq!(summary.count, 1);
    assert_eq!(summary.histogram[6], 1);
    assert_eq!(summary.histogram.iter().sum::<u32>(), 1);
}

#[test]
fn no_marks_give_no_median_and_an_empty_histogram_of_eleven() {
    for marks in [
        RetrospectMarks::default(),
        RetrospectMarks {
            marks: vec![mark(1, None, "More time to plan")],
        },
    ] {
        let summary = marks.summary();
        assert_eq!(summary.median, None);
        assert_eq!(summary.count, 0);
        assert_eq!(summary.histogram, vec![0; 11], "0 to 10, all empty");
        assert_eq!((summary.lowest, summary.highest), (None, None));
    }
}

#[test]
fn the_histogram_counts_each_mark_from_nought_to_ten() {
    let summary = marked(&[0, 10, 10, 5, 5, 5, 7]).summary();
    let mut expected = vec![0_u32; 11];
    expected[0] = 1;
    expected[5] = 3;
    expected[7] = 1;
    expected[10] = 2;
    assert_eq!(summary.histogram, expected);
    assert_eq!(summary.count, 7);
    assert_eq!((summary.lowest, summary.highest), (Some(0), Some(10)));
    assert_eq!(summary.median, Some(5.0), "0 5 5 [5] 7 10 10");
}

#[test]
fn an_answer_without_a_mark_is_kept_but_not_counted() {
    let marks = RetrospectMarks {
        marks: vec![
            mark(1, Some(8), "Earlier sign-off"),
            mark(2, None, "  A clearer   brief  "),
            mark(3, Some(4), ""),
        ],
    };
    let stored = marks.validated(&roster(3)).expect("valid marks");
    assert_eq!(stored.marks.len(), 3, "the answer without a mark is kept");
    assert_eq!(stored.marks[1].mark, None);
    assert_eq!(stored.marks[1].make_it_ten, "A clearer brief", "cleaned");
    let summary = stored.summary();
    assert_eq!(summary.count, 2, "only marks are counted");
    assert_eq!(summary.median, Some(6.0));
}

#[test]
fn people_with_neither_mark_nor_answer_are_dropped() {
    let marks = RetrospectMarks {
        marks: vec![
            mark(1, None, ""),
            mark(2, Some(0), ""),
            mark(3, None, "   \t "),
        ],
    };
    let stored = marks.validated(&roster(3)).expect("valid marks");
    let people: Vec<_> = stored.marks.iter().map(|m| m.person_id).collect();
    assert_eq!(people, [id(2)], "a mark of 0 is a mark; blanks are dropped");
}

#[test]
fn a_mark_over_ten_is_refused_and_ten_is_accepted() {
    let top = marked(&[TOP_MARK]);
    assert!(top.validated(&roster(1)).is_ok(), "10 is the top mark");
    let over = marked(&[11]);
    assert_eq!(refused_field(over.validated(&roster(1)), "11/10"), "marks");
}

#[test]
fn a_mark_from_someone_not_on_the_roster_is_refused() {
    let marks = RetrospectMarks {
        marks: vec![mark(1, Some(7), ""), mark(9, Some(5), "")],
    };
    let field = refused_field(marks.validated(&roster(3)), "person 9 is not here");
    assert_eq!(field, "marks");
}

#[test]
fn one_person_cannot_give_two_marks() {
    let marks = RetrospectMarks {
        marks: vec![
            mark(1, Some(7), ""),
            mark(2, Some(5), ""),
            mark(1, Some(9), ""),
        ],
    };
    let field = refused_field(marks.validated(&roster(3)), "two marks from person 1");
    assert_eq!(field, "marks");
    // Two rows for one person are refused whichever of them is blank.
    for rows in [
        vec![mark(1, None, ""), mark(1, Some(9), "")],
        vec![mark(1, Some(9), ""), mark(1, None, "")],
    ] {
        let marks = RetrospectMarks { marks: rows };
        refused_field(
            marks.validated(&roster(3)),
            "a blank and a marked row for person 1",
        );
    }
}

#[test]
fn the_registry_saves_a_retrospect_by_its_own_rules() {
    let record = TechniqueRecord::empty_for(TechniqueId::Retrospect).expect("a Retrospect has one");
    assert_eq!(record.technique(), TechniqueId::Retrospect);
    assert_eq!(
        record,
        TechniqueRecord::Retrospect(RetrospectMarks::default())
    );
    let session = crate::guided_common::session(TechniqueId::Retrospect, 1);
    let ctx = crate::guided_common::context(&session, None);
    let bad = TechniqueRecord::Retrospect(marked(&[12]));
    assert!(
        record.clone().save(bad, &ctx).is_err(),
        "the inner rules apply"
    );
    let json = serde_json::to_value(&record).expect("serialises");
    assert_eq!(json["technique"], "retrospect", "tagged for the console");
    assert_eq!(json["record"]["marks"], serde_json::json!([]));
}

proptest! {
    #[test]
    fn the_summary_agrees_with_the_marks(marks in proptest::collection::vec(0_u8..=10, 0..40)) {
        let summary = marked(&marks).summary();
        prop_assert_eq!(summary.histogram.len(), 11);
        prop_assert_eq!(summary.histogram.iter().sum::<u32>() as usize, marks.len());
        prop_assert_eq!(summary.count as usize, marks.len());
        for (m, count) in summary.histogram.iter().enumerate() {
            let given = marks.iter().filter(|x| usize::from(**x) == m).count();
            prop_assert_eq!(*count as usize, given);
        }
        prop_assert_eq!(summary.lowest, marks.iter().min().copied());
        prop_assert_eq!(summary.highest, marks.iter().max().copied());
        match summary.median {
            None => prop_assert!(marks.is_empty()),
            Some(median) => {
                let below = marks.iter().filter(|m| f64::from(**m) < median).count();
                let above = marks.iter().filter(|m| f64::from(**m) > median).count();
                prop_assert!(below * 2 <= marks.len() && above * 2 <= marks.len());
                prop_assert!((median * 2.0).fract() == 0.0, "a whole or half mark");
            }
        }
    }
}
