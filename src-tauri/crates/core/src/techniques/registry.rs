//! What the one list of techniques (in this folder's `mod.rs`) becomes: every tagged
//! union that crosses into the app and the UI (the record, the technique's own changes,
//! the console's overview, the room's stage) and the dispatch from each union to the
//! technique's rules.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::contract::{Context, Outcome, RuleError, Technique};
use crate::live::LiveState;
use crate::technique::TechniqueId;

macro_rules! techniques {
    ($($variant:ident : $module:ident => $unit:ty),+ $(,)?) => {
        /// A session's own record, tagged by the technique it belongs to. Stored as this
        /// JSON, so the tag and the content name never change.
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
        #[serde(tag = "technique", content = "record", rename_all = "kebab-case")]
        pub enum TechniqueRecord {
            $($variant(<$unit as Technique>::Record),)+
        }

        /// A change of a technique's own, besides saving its record whole.
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
        #[serde(tag = "technique", content = "change", rename_all = "kebab-case")]
        pub enum OwnChange {
            $($variant(<$unit as Technique>::Change),)+
        }

        /// What the console is told of a record besides the record: the rules' reading.
        #[derive(Debug, Clone, PartialEq, Serialize, TS)]
        #[serde(tag = "technique", content = "overview", rename_all = "kebab-case")]
        pub enum TechniqueOverview {
            $($variant(<$unit as Technique>::Overview),)+
        }

        /// What the room sees of a record at the moment the live session is at.
        #[derive(Debug, Clone, PartialEq, Serialize, TS)]
        #[serde(tag = "technique", content = "display", rename_all = "kebab-case")]
        pub enum TechniqueStage {
            $($variant(<$unit as Technique>::Stage),)+
        }

        impl TechniqueRecord {
            /// The technique this record belongs to.
            pub fn technique(&self) -> TechniqueId {
                match self {
                    $(TechniqueRecord::$variant(_) => <$unit as Technique>::ID,)+
                }
            }

            /// Whether the console edits a record of `technique`'s own.
            pub fn keeps_record(technique: TechniqueId) -> bool {
                $(if technique == <$unit as Technique>::ID {
                    return <$unit as Technique>::KEEPS_RECORD;
                })+
                false
            }

            /// The record a session of `technique` starts with, or `None` for a
            /// technique that keeps no record of its own.
            pub fn empty_for(technique: TechniqueId) -> Option<TechniqueRecord> {
                $(if technique == <$unit as Technique>::ID {
                    return Some(TechniqueRecord::$variant(<$unit as Technique>::empty()));
                })+
                None
            }

            /// `edited` saved over this record, as it will be stored.
            pub fn save(
                self,
                edited: TechniqueRecord,
                ctx: &Context<'_>,
            ) -> Result<Outcome<TechniqueRecord>, RuleError> {
                match (self, edited) {
                    $((TechniqueRecord::$variant(previous), TechniqueRecord::$variant(edited)) => {
                        Ok(<$unit as Technique>::save(previous, edited, ctx)?
                            .map(TechniqueRecord::$variant))
                    })+
                    #[allow(unreachable_patterns)]
                    _ => Err(another_technique()),
                }
            }

            /// This record after one of its technique's own changes.
            pub fn apply(
                self,
                change: OwnChange,
                ctx: &Context<'_>,
            ) -> Result<Outcome<TechniqueRecord>, RuleError> {
                match (self, change) {
                    $((TechniqueRecord::$variant(record), OwnChange::$variant(change)) => {
                        Ok(<$unit as Technique>::apply(record, change, ctx)?
                            .map(TechniqueRecord::$variant))
                    })+
                    #[allow(unreachable_patterns)]
                    _ => Err(another_technique()),
                }
            }

            pub fn overview(&self, ctx: &Context<'_>) -> TechniqueOverview {
                match self {
                    $(TechniqueRecord::$variant(record) => TechniqueOverview::$variant(
                        <$unit as Technique>::overview(record, ctx),
                    ),)+
                }
            }

            /// The agenda steps whose notes an export leaves out unless asked.
            pub fn confidential_steps(&self) -> Vec<u32> {
                match self {
                    $(TechniqueRecord::$variant(record) => {
                        <$unit as Technique>::confidential_steps(record)
                    })+
                }
            }

            /// The series of meetings the session is one of, if any.
            pub fn series(&self) -> Option<Uuid> {
                match self {
                    $(TechniqueRecord::$variant(record) => <$unit as Technique>::series(record),)+
                }
            }

            /// What the room sees, and whether it is something to put up.
            pub fn stage(&self, live: &LiveState, ctx: &Context<'_>) -> Staged {
                match self {
                    $(TechniqueRecord::$variant(record) => {
                        let stage = <$unit as Technique>::stage(record, live, ctx);
                        Staged {
                            shows: <$unit as Technique>::shows(&stage),
                            stage: TechniqueStage::$variant(stage),
                        }
                    })+
                }
            }
        }
    };
}

crate::each_technique!(techniques);

/// What the console asks of a session's record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum TechniqueChange {
    /// The record saved whole, as edited.
    Save { record: TechniqueRecord },
    /// One of the technique's own changes.
    Own { change: OwnChange },
}

/// The room's view of a record: the stage, and whether it has something to put up
/// instead of the question list (an empty board, say, has not).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Staged {
    pub shows: bool,
    pub stage: TechniqueStage,
}

fn another_technique() -> RuleError {
    RuleError::refused("That change belongs to another technique.")
}
