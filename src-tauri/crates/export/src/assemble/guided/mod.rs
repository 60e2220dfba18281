//! The guided techniques' parts of the record: a Before Action Review's plan (intent,
//! who does what, the risks on the 5×5 matrix, success measures), a Retrospect's marks
//! out of 10 and what would have made each a 10, an Appreciative Inquiry's stories,
//! dreams, designs and deliveries, a Peer Assist's preparation and the visitors'
//! feedback, and an Action Learning Set meeting's bidding order and carried actions.

mod inquiry;
mod learning_set;
mod marks;
mod peer_assist;
mod plan;

use mobilise_core::techniques::TechniqueRecord;
use mobilise_core::{Action, Session};
use uuid::Uuid;

use super::ExportOptions;
use crate::record::{Block, Section};

/// A guided record as the export needs it, with what the caller read besides.
pub struct GuidedSources<'a> {
    pub record: &'a TechniqueRecord,
    /// An Action Learning Set meeting's set, by name.
    pub set_name: Option<&'a str>,
    /// The open actions of the set's earlier meetings, reported in on.
    pub carried: &'a [Action],
}

/// Names as the record prints them: the roster's, or "Participant N" with names left out.
pub(super) struct Names<'a> {
    session: &'a Session,
    pub(super) include: bool,
}

impl Names<'_> {
    pub(super) fn of(&self, id: Uuid) -> String {
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
        TechniqueRecord::BeforeActionReview(plan) => ("The plan", plan::blocks(plan, &names)),
        TechniqueRecord::Retrospect(marks) => ("Marks out of 10", marks::blocks(marks, &names)),
        TechniqueRecord::AppreciativeInquiry(board) => {
            ("The inquiry", inquiry::blocks(board, &names, actions))
        }
        TechniqueRecord::PeerAssist(record) => (
            "The peer assist",
            peer_assist::blocks(record, session, &names),
        ),
        TechniqueRecord::ActionLearningSets(meeting) => (
            "The learning set",
            learning_set::blocks(meeting, guided, &names, options),
        ),
    };
    (!blocks.is_empty()).then(|| Section {
        heading: heading.into(),
        blocks,
    })
}

pub(super) fn sub(text: &str) -> Block {
    Block::Subheading { text: text.into() }
}

pub(super) fn para(text: impl Into<String>) -> Block {
    Block::Paragraph { text: text.into() }
}

pub(super) fn table(header: &[&str], rows: Vec<Vec<String>>) -> Block {
    Block::Table {
        header: header.iter().map(|h| (*h).to_string()).collect(),
        rows,
    }
}
