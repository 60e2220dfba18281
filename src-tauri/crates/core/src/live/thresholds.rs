//! How close to the end of a step the timer turns amber, then red, and the limits a
//! facilitator's choice must keep to.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::validation::ValidationError;

/// Red must give the room at least this much warning.
pub const MIN_RED_SECS: u32 = 5;
/// Amber can start at most an hour before the end of a step.
pub const MAX_AMBER_SECS: u32 = 3600;

/// How close to the end of a step the timer turns amber, then red.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Thresholds {
    pub amber_secs: u32,
    pub red_secs: u32,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            amber_secs: 120,
            red_secs: 30,
        }
    }
}

impl Thresholds {
    /// The thresholds unchanged, or the rule they break, in words for the facilitator.
    /// The error's field is `red_secs` or `amber_secs`.
    pub fn validated(self) -> Result<Thresholds, ValidationError> {
        if self.red_secs < MIN_RED_SECS {
            return Err(ValidationError::new(
                "red_secs",
                format!("Red needs at least {MIN_RED_SECS} seconds before the end of a step."),
            ));
        }
        if self.amber_secs <= self.red_secs {
            return Err(ValidationError::new(
                "amber_secs",
                "Amber must start earlier than red: give it more time before the end.",
            ));
        }
        if self.amber_secs > MAX_AMBER_SECS {
            return Err(ValidationError::new(
                "amber_secs",
                format!(
                    "Amber can start at most {} minutes before the end of a step.",
                    MAX_AMBER_SECS / 60
                ),
            ));
        }
        Ok(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn th(amber_secs: u32, red_secs: u32) -> Thresholds {
        Thresholds {
            amber_secs,
            red_secs,
        }
    }

    #[test]
    fn the_defaults_are_valid() {
        assert_eq!(Thresholds::default().validated(), Ok(Thresholds::default()));
    }

    #[test]
    fn the_limits_are_inclusive_where_the_rule_says_so() {
        assert!(
            th(6, 5).validated().is_ok(),
            "red at 5 s, amber just before"
        );
        assert!(th(3600, 30).validated().is_ok(), "amber at exactly an hour");
        let field = |t: Thresholds| t.validated().err().map(|e| e.field);
        assert_eq!(field(th(120, 4)), Some("red_secs".into()), "red too late");
        assert_eq!(
            field(th(30, 30)),
            Some("amber_secs".into()),
            "amber equal to red"
        );
        assert_eq!(
            field(th(20, 30)),
            Some("amber_secs".into()),
            "amber after red"
        );
        assert_eq!(
            field(th(3601, 30)),
            Some("amber_secs".into()),
            "over an hour"
        );
    }
}
