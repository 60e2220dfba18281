//! What the one list of techniques (in this folder's `mod.rs`) becomes: every tagged
//! union that crosses into the app and the UI (the record, the technique's own changes,
//! the console's overview, the room's stage) and the dispatch from each union to the
//! technique's rules.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::contract::{Context, Outcome, RuleError, Technique};
use crate::live::LiveState;
use crate::series::SeriesRules;
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

        impl TechniqueChange {
            /// The technique the change belongs to.
            pub fn technique(&self) -> TechniqueId {
                match self {
                    TechniqueChange::Save { record } => record.technique(),
                    $(TechniqueChange::Own { change: OwnChange::$variant(_) } => {
                        <$unit as Technique>::ID
                    })+
                }
            }

            /// The people the change adds to the session before it is applied.
            pub fn joining(&self) -> Vec<crate::person::ParticipantInput> {
                match self {
                    TechniqueChange::Save { .. } => Vec::new(),
                    $(TechniqueChange::Own { change: OwnChange::$variant(change) } => {
                        <$unit as Technique>::joining(change)
                    })+
                }
            }

            /// Whether the change may still be made once the session has finished.
            pub fn after_finish(&self) -> bool {
                match self {
                    $(TechniqueChange::Save { record: TechniqueRecord::$variant(_) } => {
                        <$unit as Technique>::after_finish(None)
                    })+
                    $(TechniqueChange::Own { change: OwnChange::$variant(change) } => {
                        <$unit as Technique>::after_finish(Some(change))
                    })+
                }
            }
        }

        /// A change of a technique's own, besides saving its record whole.
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
        #[serde(tag = "technique", content = "change", rename_all = "kebab-case")]
        pub enum OwnChange {
            $($variant(<$unit as Technique>::Change),)+
        }

        /// What the console is told of a record besides the record: the rules' reading.
        // One value per answer to the console, never kept in numbers: boxing would only
        // add an allocation.
        #[allow(clippy::large_enum_variant)]
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

            /// How `technique` runs as a series of meetings, if it does.
            pub fn series_rules(technique: TechniqueId) -> Option<SeriesRules> {
                $(if technique == <$unit as Technique>::ID {
                    return <$unit as Technique>::SERIES;
                })+
                None
            }

            /// The record of a `technique` meeting planned from `series`, linked to it,
            /// or `None` for a technique that does not run as a series.
            pub fn in_series(technique: TechniqueId, series: Uuid) -> Option<TechniqueRecord> {
                $(if technique == <$unit as Technique>::ID {
                    return <$unit as Technique>::in_series(series).map(TechniqueRecord::$variant);
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

            /// The record no longer linked to its series, which has been deleted.
            pub fn leave_series(self) -> TechniqueRecord {
                match self {
                    $(TechniqueRecord::$variant(record) => TechniqueRecord::$variant(
                        <$unit as Technique>::leave_series(record),
                    ),)+
                }
            }

            /// The question the record holds, printed in place of the session's purpose.
            pub fn question(&self) -> Option<&str> {
                match self {
                    $(TechniqueRecord::$variant(record) => <$unit as Technique>::question(record),)+
                }
            }

            /// What the store must write of this record's log, which was `previous`'s:
            /// the events added since, or the whole log when it began again.
            pub fn log_since(&self, previous: &TechniqueRecord) -> serde_json::Result<LogWrite> {
                match (self, previous) {
                    $((TechniqueRecord::$variant(next), TechniqueRecord::$variant(previous)) => {
                        let next = <$unit as Technique>::log(next);
                        let previous = <$unit as Technique>::log(previous);
                        if next.starts_with(previous) {
                            Ok(LogWrite::Append(to_json_all(&next[previous.len()..])?))
                        } else {
                            Ok(LogWrite::Replace(to_json_all(next)?))
                        }
                    })+
                    #[allow(unreachable_patterns)]
                    _ => Ok(LogWrite::Replace(self.log_json()?)),
                }
            }

            /// The whole log, as the store writes it.
            pub fn log_json(&self) -> serde_json::Result<Vec<String>> {
                match self {
                    $(TechniqueRecord::$variant(record) => {
                        to_json_all(<$unit as Technique>::log(record))
                    })+
                }
            }

            /// The record as stored with its log read back beside it (each event as the
            /// JSON [`TechniqueRecord::log_json`] wrote), or why they do not fit together.
            pub fn restore(self, log: &[String]) -> Result<TechniqueRecord, RuleError> {
                match self {
                    $(TechniqueRecord::$variant(record) => {
                        let events = log
                            .iter()
                            .map(|json| serde_json::from_str(json))
                            .collect::<serde_json::Result<Vec<_>>>()
                            .map_err(|e| RuleError::refused(format!(
                                "A change in this session's log could not be read: {e}"
                            )))?;
                        Ok(TechniqueRecord::$variant(<$unit as Technique>::restore(record, events)?))
                    })+
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
// One value per request from the console, never kept in numbers.
#[allow(clippy::large_enum_variant)]
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

/// What the store writes of a record's log when it saves the record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LogWrite {
    /// These events, after those already stored.
    Append(Vec<String>),
    /// The log began again: these events in place of those stored.
    Replace(Vec<String>),
}

fn to_json_all<E: Serialize>(events: &[E]) -> serde_json::Result<Vec<String>> {
    events.iter().map(serde_json::to_string).collect()
}

fn another_technique() -> RuleError {
    RuleError::refused("That change belongs to another technique.")
}
