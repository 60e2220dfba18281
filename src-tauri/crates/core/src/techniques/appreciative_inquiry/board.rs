//! An Appreciative Inquiry's board: the Discovery stories (a sentence each), the Dream
//! groups and their dream statements, the Design statements and the dreams each serves,
//! and the Delivery ideas, each an action with an owner, linked to the designs it takes
//! forward. The board reads as a chain: dream -> design -> delivery.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::techniques::rules::{
    on_roster, optional_statement, statement, unique_ids, within_limit,
};
use crate::validation::ValidationError;

/// "What has worked well before and why?", captured "in a single sentence".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Story {
    pub id: Uuid,
    pub text: String,
    /// Who told it, when they are on the roster.
    pub teller: Option<Uuid>,
}

/// "What would we love to see happening?"
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Dream {
    pub id: Uuid,
    pub text: String,
}

/// One of the Dream stage's small groups.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DreamGroup {
    pub id: Uuid,
    pub name: String,
    pub members: Vec<Uuid>,
    pub dreams: Vec<Dream>,
}

/// "What must we do now to make our dreams a reality?", and the dreams it serves.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Design {
    pub id: Uuid,
    pub statement: String,
    pub dream_ids: Vec<Uuid>,
}

/// A Delivery idea: the session's action (with its owner and due date) and the designs
/// it takes forward.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Delivery {
    pub action_id: Uuid,
    pub design_ids: Vec<Uuid>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct InquiryBoard {
    pub stories: Vec<Story>,
    pub groups: Vec<DreamGroup>,
    pub designs: Vec<Design>,
    pub deliveries: Vec<Delivery>,
}

impl InquiryBoard {
    /// Every dream, with the group it came from, in the groups' order.
    pub fn dreams(&self) -> impl Iterator<Item = (&DreamGroup, &Dream)> {
        self.groups
            .iter()
            .flat_map(|group| group.dreams.iter().map(move |dream| (group, dream)))
    }

    /// The designs that serve this dream, in the order they were written.
    pub fn designs_serving(&self, dream: Uuid) -> Vec<&Design> {
        self.designs
            .iter()
            .filter(|d| d.dream_ids.contains(&dream))
            .collect()
    }

    /// The deliveries that take this design forward.
    pub fn deliveries_of(&self, design: Uuid) -> Vec<&Delivery> {
        self.deliveries
            .iter()
            .filter(|d| d.design_ids.contains(&design))
            .collect()
    }

    /// Designs that serve no dream yet: the board lists them apart until linked.
    pub fn unlinked_designs(&self) -> Vec<&Design> {
        self.designs
            .iter()
            .filter(|d| d.dream_ids.is_empty())
            .collect()
    }

    /// Deliveries that take no design forward yet.
    pub fn unlinked_deliveries(&self) -> Vec<&Delivery> {
        self.deliveries
            .iter()
            .filter(|d| d.design_ids.is_empty())
            .collect()
    }

    /// The board without this dream: designs stop linking to it.
    pub fn without_dream(&self, dream: Uuid) -> InquiryBoard {
        let mut board = self.clone();
        for group in &mut board.groups {
            group.dreams.retain(|d| d.id != dream);
        }
        for design in &mut board.designs {
            design.dream_ids.retain(|d| *d != dream);
        }
        board
    }

    /// The board without this design: deliveries stop linking to it.
    pub fn without_design(&self, design: Uuid) -> InquiryBoard {
        let mut board = self.clone();
        board.designs.retain(|d| d.id != design);
        for delivery in &mut board.deliveries {
            delivery.design_ids.retain(|d| *d != design);
        }
        board
    }

    /// The board as it will be stored, or the rule it breaks: links only to dreams and
    /// designs on the board (each once), group members and tellers on the roster.
    pub fn validated(&self, roster: &[Uuid]) -> Result<InquiryBoard, ValidationError> {
        within_limit("stories", "stories", &self.stories)?;
        within_limit("groups", "dream groups", &self.groups)?;
        within_limit("designs", "design statements", &self.designs)?;
        within_limit("deliveries", "delivery ideas", &self.deliveries)?;
        unique_ids("stories", self.stories.iter().map(|s| s.id))?;
        unique_ids("groups", self.groups.iter().map(|g| g.id))?;
        unique_ids("dreams", self.dreams().map(|(_, d)| d.id))?;
        unique_ids("designs", self.designs.iter().map(|d| d.id))?;
        unique_ids("deliveries", self.deliveries.iter().map(|d| d.action_id))?;
        let stories = self
            .stories
            .iter()
            .map(|story| {
                if let Some(teller) = story.teller {
                    on_roster("stories.teller", teller, roster)?;
                }
                Ok(Story {
                    text: statement("stories.text", "story", &story.text)?,
                    ..story.clone()
                })
            })
            .collect::<Result<Vec<_>, ValidationError>>()?;
        let mut groups = Vec::with_capacity(self.groups.len());
        for group in &self.groups {
            within_limit("groups.dreams", "dreams in one group", &group.dreams)?;
            let mut members: Vec<Uuid> = Vec::with_capacity(group.members.len());
            for member in &group.members {
                on_roster("groups.members", *member, roster)?;
                if groups
                    .iter()
                    .any(|g: &DreamGroup| g.members.contains(member))
                {
                    return Err(ValidationError::new(
                        "groups.members",
                        "Someone is in two dream groups: each person joins one.",
                    ));
                }
                if !members.contains(member) {
                    members.push(*member);
                }
            }
            let name = optional_statement("groups.name", "group name", &group.name)?;
            let dreams = group
                .dreams
                .iter()
                .map(|dream| {
                    Ok(Dream {
                        id: dream.id,
                        text: statement("groups.dreams", "dream", &dream.text)?,
                    })
                })
                .collect::<Result<Vec<_>, ValidationError>>()?;
            groups.push(DreamGroup {
                id: group.id,
                name: if name.is_empty() {
                    format!("Group {}", groups.len() + 1)
                } else {
                    name
                },
                members,
                dreams,
            });
        }
        let dream_ids: Vec<Uuid> = self.dreams().map(|(_, d)| d.id).collect();
        let designs = self
            .designs
            .iter()
            .map(|design| {
                Ok(Design {
                    id: design.id,
                    statement: statement(
                        "designs.statement",
                        "design statement",
                        &design.statement,
                    )?,
                    dream_ids: linked("designs.dream_ids", "dream", &design.dream_ids, &dream_ids)?,
                })
            })
            .collect::<Result<Vec<_>, ValidationError>>()?;
        let design_ids: Vec<Uuid> = self.designs.iter().map(|d| d.id).collect();
        let deliveries = self
            .deliveries
            .iter()
            .map(|delivery| {
                Ok(Delivery {
                    action_id: delivery.action_id,
                    design_ids: linked(
                        "deliveries.design_ids",
                        "design",
                        &delivery.design_ids,
                        &design_ids,
                    )?,
                })
            })
            .collect::<Result<Vec<_>, ValidationError>>()?;
        Ok(InquiryBoard {
            stories,
            groups,
            designs,
            deliveries,
        })
    }
}

/// Links kept once each, every one to something on the board.
fn linked(
    field: &str,
    what: &str,
    links: &[Uuid],
    known: &[Uuid],
) -> Result<Vec<Uuid>, ValidationError> {
    let mut kept: Vec<Uuid> = Vec::with_capacity(links.len());
    for link in links {
        if !known.contains(link) {
            return Err(ValidationError::new(
                field,
                format!("That {what} is no longer on the board: choose another."),
            ));
        }
        if !kept.contains(link) {
            kept.push(*link);
        }
    }
    Ok(kept)
}
