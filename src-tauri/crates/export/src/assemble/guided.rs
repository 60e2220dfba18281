//! The guided techniques' parts of the record: a Before Action Review's plan (intent,
//! who does what, the risks on the 5×5 matrix, success measures), a Retrospect's marks
//! out of 10 and what would have made each a 10, an Appreciative Inquiry's stories,
//! dreams, designs and deliveries, a Peer Assist's preparation and the visitors'
//! feedback, and an Action Learning Set meeting's bidding order and carried actions.

use mobilise_core::guided::{
    ActionPlan, FeedbackKind, GuidedRecord, InquiryBoard, Likelihood, Need, PeerAssistRecord,
    RetrospectMarks, RiskRating, SetMeeting, Severity,
};
use mobilise_core::{Action, Session};
use uuid::Uuid;

use super::{action_line, day, ExportOptions};
use crate::record::{Block, Section};

/// A guided record as the export needs it, with what the caller read besides.
pub struct GuidedSources<'a> {
    pub record: &'a GuidedRecord,
    /// An Action Learning Set meeting's set, by name.
    pub set_name: Option<&'a str>,
    /// The open actions of the set's earlier meetings, reported in on.
    pub carried: &'a [Action],
}

/// Names as the record prints them: the roster's, or "Participant N" with names left out.
struct Names<'a> {
    session: &'a Session,
    include: bool,
}

impl Names<'_> {
    fn of(&self, id: Uuid) -> String {
        let position = self
            .session
            .participants
            .iter()
            .position(|p| p.person_id == id);
        match (self.include, position) {
            (true, Some(i)) => self.session.participants[i].name.clone(),
            (false, Some(i)) => format!("Participant {}", i + 1),
            _ => "Someone no longer listed".into(),
        }
    }
}

pub(super) fn section(
    guided: &GuidedSources<'_>,
    session: &Session,
    actions: &[Action],
    options: ExportOptions,
) -> Option<Section> {
    let names = Names {
        session,
        include: options.include_names,
    };
    let (heading, blocks) = match guided.record {
        GuidedRecord::BeforeActionReview(plan) => ("The plan", plan_blocks(plan, &names)),
        GuidedRecord::Retrospect(marks) => ("Marks out of 10", marks_blocks(marks, &names)),
        GuidedRecord::AppreciativeInquiry(board) => {
            ("The inquiry", board_blocks(board, &names, actions))
        }
        GuidedRecord::PeerAssist(record) => {
            ("The peer assist", peer_blocks(record, session, &names))
        }
        GuidedRecord::ActionLearningSets(meeting) => (
            "The learning set",
            set_blocks(meeting, guided, &names, options),
        ),
    };
    (!blocks.is_empty()).then(|| Section {
        heading: heading.into(),
        blocks,
    })
}

fn sub(text: &str) -> Block {
    Block::Subheading { text: text.into() }
}

fn para(text: impl Into<String>) -> Block {
    Block::Paragraph { text: text.into() }
}

fn table(header: &[&str], rows: Vec<Vec<String>>) -> Block {
    Block::Table {
        header: header.iter().map(|h| (*h).to_string()).collect(),
        rows,
    }
}

fn likelihood_label(l: Likelihood) -> &'static str {
    match l {
        Likelihood::Rare => "Rare",
        Likelihood::Unlikely => "Unlikely",
        Likelihood::Possible => "Possible",
        Likelihood::Likely => "Likely",
        Likelihood::AlmostCertain => "Almost certain",
    }
}

fn severity_label(s: Severity) -> &'static str {
    match s {
        Severity::Negligible => "Negligible",
        Severity::Minor => "Minor",
        Severity::Moderate => "Moderate",
        Severity::Major => "Major",
        Severity::Catastrophic => "Catastrophic",
    }
}

fn rating_label(r: RiskRating) -> &'static str {
    match r {
        RiskRating::Low => "Low",
        RiskRating::Moderate => "Moderate",
        RiskRating::High => "High",
        RiskRating::Extreme => "Extreme",
    }
}

fn plan_blocks(plan: &ActionPlan, names: &Names<'_>) -> Vec<Block> {
    let mut blocks = Vec::new();
    let intent = [
        ("Task", &plan.intent.task),
        ("Purpose", &plan.intent.purpose),
        ("End state", &plan.intent.end_state),
    ];
    if intent.iter().any(|(_, v)| !v.is_empty()) {
        blocks.push(sub("Intent"));
        for (label, value) in intent.into_iter().filter(|(_, v)| !v.is_empty()) {
            blocks.push(para(format!("{label}: {value}")));
        }
    }
    if !plan.roles.is_empty() {
        blocks.push(sub("Who's doing what"));
        if names.include {
            let rows = plan
                .roles
                .iter()
                .map(|r| vec![r.who.clone(), r.does.clone()])
                .collect();
            blocks.push(table(&["Who", "Does what"], rows));
        } else {
            blocks.push(Block::Bullets {
                items: plan.roles.iter().map(|r| r.does.clone()).collect(),
            });
        }
    }
    if !plan.risks.is_empty() {
        blocks.push(sub("Challenges and risks"));
        let rows = plan
            .ranked_risks()
            .into_iter()
            .map(|r| {
                vec![
                    r.risk.clone(),
                    likelihood_label(r.likelihood).into(),
                    severity_label(r.impact).into(),
                    format!("{} ({})", r.score(), rating_label(r.rating())),
                    r.response.clone(),
                ]
            })
            .collect();
        blocks.push(table(
            &["Risk", "Likelihood", "Impact", "Score", "What we will do"],
            rows,
        ));
    }
    if !plan.measures.is_empty() {
        blocks.push(sub("How we will know it worked"));
        blocks.push(Block::Bullets {
            items: plan.measures.clone(),
        });
    }
    blocks
}

/// "7.5", "8": a median as people write it.
fn median_text(median: f64) -> String {
    if median.fract() == 0.0 {
        format!("{median:.0}")
    } else {
        format!("{median:.1}")
    }
}

fn marks_blocks(marks: &RetrospectMarks, names: &Names<'_>) -> Vec<Block> {
    let summary = marks.summary();
    let mut blocks = Vec::new();
    match (summary.median, summary.lowest, summary.highest) {
        (Some(median), Some(low), Some(high)) => {
            let people = if summary.count == 1 {
                "person"
            } else {
                "people"
            };
            blocks.push(para(format!(
                "{} {people} gave a mark. Median {}; lowest {low}, highest {high}.",
                summary.count,
                median_text(median)
            )));
            let rows = (low..=high)
                .map(|mark| {
                    let count = summary
                        .histogram
                        .get(usize::from(mark))
                        .copied()
                        .unwrap_or(0);
                    vec![mark.to_string(), count.to_string()]
                })
                .collect();
            blocks.push(table(&["Mark", "People"], rows));
        }
        _ => blocks.push(para("Nobody gave a mark.")),
    }
    let answers: Vec<_> = marks
        .marks
        .iter()
        .filter(|m| !m.make_it_ten.is_empty())
        .collect();
    if !answers.is_empty() {
        blocks.push(sub("What would have made it a 10"));
        let rows = answers
            .iter()
            .map(|m| {
                vec![
                    names.of(m.person_id),
                    m.mark.map(|v| v.to_string()).unwrap_or_else(|| "–".into()),
                    m.make_it_ten.clone(),
                ]
            })
            .collect();
        blocks.push(table(
            &["Who", "Mark", "What would have made it a 10"],
            rows,
        ));
    }
    blocks
}

fn board_blocks(board: &InquiryBoard, names: &Names<'_>, actions: &[Action]) -> Vec<Block> {
    let mut blocks = Vec::new();
    if !board.stories.is_empty() {
        blocks.push(sub("Discovery: what has worked well"));
        let items = board
            .stories
            .iter()
            .map(|s| match s.teller.filter(|_| names.include) {
                Some(teller) => format!("{} ({})", s.text, names.of(teller)),
                None => s.text.clone(),
            })
            .collect();
        blocks.push(Block::Bullets { items });
    }
    if board.dreams().next().is_some() || !board.groups.is_empty() {
        blocks.push(sub("Dream: what we would love to see"));
        for group in &board.groups {
            let members: Vec<String> = group.members.iter().map(|m| names.of(*m)).collect();
            blocks.push(para(if members.is_empty() {
                group.name.clone()
            } else {
                format!("{} ({})", group.name, members.join(", "))
            }));
            if !group.dreams.is_empty() {
                blocks.push(Block::Bullets {
                    items: group.dreams.iter().map(|d| d.text.clone()).collect(),
                });
            }
        }
    }
    let dream_text = |id: &Uuid| {
        board
            .dreams()
            .find(|(_, d)| d.id == *id)
            .map(|(_, d)| d.text.clone())
    };
    if !board.designs.is_empty() {
        blocks.push(sub("Design: what we must do now"));
        let rows = board
            .designs
            .iter()
            .map(|d| {
                let serves: Vec<String> = d.dream_ids.iter().filter_map(dream_text).collect();
                vec![
                    d.statement.clone(),
                    if serves.is_empty() {
                        "Not yet linked to a dream".into()
                    } else {
                        serves.join("; ")
                    },
                ]
            })
            .collect();
        blocks.push(table(&["Design statement", "The dreams it serves"], rows));
    }
    let deliveries: Vec<(&Action, Vec<String>)> = board
        .deliveries
        .iter()
        .filter_map(|d| {
            let action = actions.iter().find(|a| a.id == d.action_id)?;
            let designs = d
                .design_ids
                .iter()
                .filter_map(|id| board.designs.iter().find(|x| x.id == *id))
                .map(|x| x.statement.clone())
                .collect();
            Some((action, designs))
        })
        .collect();
    if !deliveries.is_empty() {
        blocks.push(sub("Delivery: who takes it forward"));
        let rows = deliveries
            .into_iter()
            .map(|(action, designs)| {
                let line = action_line(action);
                vec![
                    line.what,
                    if names.include {
                        line.owner
                    } else {
                        String::new()
                    },
                    line.due,
                    designs.join("; "),
                ]
            })
            .collect();
        blocks.push(table(&["Idea", "Owner", "Due", "Takes forward"], rows));
    }
    blocks
}

fn peer_blocks(record: &PeerAssistRecord, session: &Session, names: &Names<'_>) -> Vec<Block> {
    let mut blocks = vec![sub("Preparation")];
    let rows = record
        .checklist
        .iter()
        .map(|item| {
            vec![
                item.label.clone(),
                item.done_on.map(day).unwrap_or_else(|| "Not done".into()),
            ]
        })
        .collect();
    blocks.push(table(&["Item", "Done on"], rows));
    if let Some(days) = record.notice_days(session.scheduled_at.date()) {
        let unit = if days.abs() == 1 { "day" } else { "days" };
        blocks.push(para(format!(
            "The peers were invited {days} {unit} before the meeting."
        )));
    }
    if names.include {
        let side = |want| {
            session
                .participants
                .iter()
                .filter(|p| mobilise_core::guided::Side::of_role(&p.role) == Some(want))
                .map(|p| p.name.clone())
                .collect::<Vec<_>>()
        };
        for (label, want) in [
            ("Home team", mobilise_core::guided::Side::HomeTeam),
            ("Visitors", mobilise_core::guided::Side::Visitor),
        ] {
            let people = side(want);
            if !people.is_empty() {
                blocks.push(para(format!("{label}: {}", people.join(", "))));
            }
        }
    }
    for (heading, kind) in [
        ("What worked well", FeedbackKind::WorkedWell),
        (
            "What could have been done better",
            FeedbackKind::CouldBeBetter,
        ),
    ] {
        let items: Vec<String> = record
            .feedback_of(kind)
            .into_iter()
            .map(|f| match f.from.filter(|_| names.include) {
                Some(from) => format!("{} ({})", f.text, names.of(from)),
                None => f.text.clone(),
            })
            .collect();
        if !items.is_empty() {
            blocks.push(sub(heading));
            blocks.push(Block::Bullets { items });
        }
    }
    blocks
}

fn need_label(need: Need) -> &'static str {
    match need {
        Need::Low => "Low",
        Need::Medium => "Medium",
        Need::High => "High",
    }
}

fn set_blocks(
    meeting: &SetMeeting,
    guided: &GuidedSources<'_>,
    names: &Names<'_>,
    options: ExportOptions,
) -> Vec<Block> {
    let mut blocks = Vec::new();
    if let Some(set) = guided.set_name {
        blocks.push(para(format!("A meeting of the learning set “{set}”.")));
    }
    if !guided.carried.is_empty() {
        blocks.push(sub("Actions reported in on from earlier meetings"));
        let rows = guided
            .carried
            .iter()
            .map(|a| {
                let line = action_line(a);
                vec![
                    line.what,
                    if names.include {
                        line.owner
                    } else {
                        String::new()
                    },
                    line.due,
                ]
            })
            .collect();
        blocks.push(table(&["Action", "Owner", "Due"], rows));
    }
    if !meeting.bids.is_empty() {
        blocks.push(sub("Bidding order"));
        let rows = meeting
            .bidding_order()
            .into_iter()
            .enumerate()
            .map(|(i, bid)| {
                vec![
                    (i + 1).to_string(),
                    names.of(bid.person_id),
                    need_label(bid.need).into(),
                    bid.issue.clone(),
                ]
            })
            .collect();
        blocks.push(table(&["Order", "Presenter", "Need", "Issue"], rows));
    }
    let confidential = meeting.rounds.iter().filter(|r| r.confidential).count();
    if confidential > 0 {
        let rounds = if confidential == 1 {
            "round is"
        } else {
            "rounds are"
        };
        blocks.push(para(if options.include_confidential {
            format!("{confidential} {rounds} marked confidential; the facilitator chose to include their notes.")
        } else {
            format!("{confidential} {rounds} confidential: their notes are not in this record.")
        }));
    }
    blocks
}
