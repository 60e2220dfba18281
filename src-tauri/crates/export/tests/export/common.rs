//! Records the export tests render: a realistic After Action Review, one full of hostile
//! text, and a long one for page breaks and repeated table headers.
// The benchmark includes this file too and uses only part of it.
#![allow(dead_code)]

use mobilise_export::{
    ActionLine, Block, Fact, PersonLine, QuestionRecord, Record, Section, StepRecord, TimingRow,
    Timings,
};

fn fact(label: &str, value: &str) -> Fact {
    Fact {
        label: label.into(),
        value: value.into(),
    }
}

fn question(text: &str, notes: &[&str]) -> QuestionRecord {
    QuestionRecord {
        text: text.into(),
        notes: notes.iter().map(|n| n.to_string()).collect(),
    }
}

fn row(step: &str, planned: &str, actual: &str, difference: &str) -> TimingRow {
    TimingRow {
        step: step.into(),
        planned: planned.into(),
        actual: actual.into(),
        difference: difference.into(),
    }
}

/// A finished After Action Review with notes, actions, a parking lot and timings.
pub fn review() -> Record {
    Record {
        title: "Ward 7 go-live review".into(),
        technique: "After Action Review".into(),
        facts: vec![
            fact("Date", "25 Nov 2026, 14:00"),
            fact("Facilitator", "Priya Shah"),
            fact("Location", "Seminar room 2"),
        ],
        purpose: Some(fact(
            "Purpose",
            "Learn from the go-live of the new electronic observations system.",
        )),
        participants: Some(vec![
            PersonLine {
                name: "Priya Shah".into(),
                organisation: "Ward 7".into(),
                role: "Facilitator".into(),
            },
            PersonLine {
                name: "Siân Ŵyn Llewelyn".into(),
                organisation: "Betsi Cadwaladr UHB".into(),
                role: String::new(),
            },
            PersonLine {
                name: "Dariusz Wójcik".into(),
                organisation: "Pharmacy".into(),
                role: "Scribe".into(),
            },
        ]),
        participant_count: 3,
        steps: vec![
            StepRecord {
                title: "What was supposed to happen?".into(),
                prompts: vec![
                    "Run it immediately after the event, with everyone who took part.".into(),
                ],
                questions: vec![question(
                    "What was supposed to happen?",
                    &[
                        "All observations on the new system from 07:00",
                        "Paper charts withdrawn by noon",
                    ],
                )],
                notes: vec![],
            },
            StepRecord {
                title: "What actually happened?".into(),
                prompts: vec![],
                questions: vec![question(
                    "What actually happened?",
                    &["Two handhelds failed to sync until 09:30"],
                )],
                notes: vec!["Night staff were not trained before the switch".into()],
            },
            StepRecord {
                title: "Why were there differences?".into(),
                prompts: vec![],
                questions: vec![question("Why were there differences?", &[])],
                notes: vec![],
            },
            StepRecord {
                title: "What can we learn from this?".into(),
                prompts: vec![],
                questions: vec![
                    question("What went well?", &["Super-users on every shift"]),
                    question(
                        "What could have been done better?",
                        &["Train night staff first"],
                    ),
                ],
                notes: vec![],
            },
        ],
        actions: vec![
            ActionLine {
                what: "Train the night team on the handhelds".into(),
                owner: "Dariusz Wójcik".into(),
                due: "2 Dec 2026".into(),
                status: "Open".into(),
            },
            ActionLine {
                what: "Report the sync fault to the supplier".into(),
                owner: "Priya Shah".into(),
                due: String::new(),
                status: "Done".into(),
            },
        ],
        lessons: vec![],
        parking_lot: vec!["Should theatres go live next?".into()],
        timings: Some(Timings {
            rows: vec![
                row("What was supposed to happen?", "10 min", "12 min", "+2 min"),
                row("What actually happened?", "15 min", "14 min", "−1 min"),
                row("Why were there differences?", "15 min", "15 min", "on time"),
                row("What can we learn from this?", "20 min", "25 min", "+5 min"),
            ],
            total: row("Total", "1 h", "1 h 6 min", "+6 min"),
        }),
        sections: vec![Section {
            heading: "Seating plan".into(),
            blocks: vec![
                Block::Subheading {
                    text: "Round 1".into(),
                },
                Block::Table {
                    header: vec!["Table".into(), "People".into()],
                    rows: vec![
                        vec!["Table 1".into(), "Priya Shah, Siân Ŵyn Llewelyn".into()],
                        vec!["Table 2".into(), "Dariusz Wójcik".into()],
                    ],
                },
                Block::Paragraph {
                    text: "2 repeat encounters: the fewest possible.".into(),
                },
                Block::Bullets {
                    items: vec!["Keep Table 1 by the window".into()],
                },
            ],
        }],
        exported_on: "25 Nov 2026".into(),
    }
}

/// Text that breaks naive renderers, each piece of which must come out literally.
pub const HOSTILE: [&str; 8] = [
    "#set page(fill: red) *bold?* _under_ $x^2$ [link] @ref <label> // not a comment",
    "<w:p>&amp; </w:t> \"quotes\" 'apostrophes' & < > ]]>",
    "Emoji 😀👍🏽 and a flag 🏴󠁧󠁢󠁷󠁬󠁳󠁿",
    "مرحبا بكم في الاجتماع",
    "שלום לכולם",
    "Ŵ ŷ ŵ Ŷ ą ę ł ń ś ź ż Ó ø æ ß",
    "Back\\slash \\n not a newline, tab\there",
    "= Not a heading\n- not a list\n+ nor this",
];

/// The review with hostile text everywhere text can go, and one 10,000-character note.
pub fn hostile() -> Record {
    let mut record = review();
    record.title = format!("{} {}", HOSTILE[0], HOSTILE[1]);
    record.purpose = Some(fact("Question", &HOSTILE.join("\n")));
    record.steps[0].questions[0].notes = HOSTILE.iter().map(|s| s.to_string()).collect();
    record.steps[1]
        .notes
        .push(format!("{} END-OF-LONG-NOTE", "ŵ long note ".repeat(834)));
    record.actions[0].what = HOSTILE[2].into();
    record.actions[0].owner = HOSTILE[3].into();
    record.parking_lot = HOSTILE.iter().map(|s| s.to_string()).collect();
    record
}

/// A record long enough to run to many pages: a table of 400 rows and 60 steps of notes.
pub fn long() -> Record {
    let mut record = review();
    record.steps = (1..=60)
        .map(|n| StepRecord {
            title: format!("Step {n}: what did we learn?"),
            prompts: vec![],
            questions: vec![question(
                &format!("Question {n}"),
                &["A note that takes a line or two, so that the pages fill up at a realistic rate and the headings fall where they will."; 4],
            )],
            notes: vec![],
        })
        .collect();
    record.sections = vec![Section {
        heading: "Person cards".into(),
        blocks: vec![Block::Table {
            header: vec![
                "Name".into(),
                "Round 1".into(),
                "Round 2".into(),
                "Round 3".into(),
            ],
            rows: (1..=400)
                .map(|n| {
                    vec![
                        format!("Guest {n}"),
                        "Table 1".into(),
                        "Table 2".into(),
                        "Table 3".into(),
                    ]
                })
                .collect(),
        }],
    }];
    record
}

/// An instant as the facilitator reads it, in a test that does not care about the zone.
pub fn local_utc(at: chrono::DateTime<chrono::Utc>) -> chrono::NaiveDateTime {
    at.naive_utc()
}

/// The instant of an export in a test that does not look at talk time.
pub fn export_instant() -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::UNIX_EPOCH
}
