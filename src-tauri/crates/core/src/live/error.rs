//! Why a live-session command was refused, in words a facilitator can act on.

/// A command that cannot be applied to the live session as it stands. The state is left
/// exactly as it was. Every message is written to be shown to the facilitator as is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LiveError {
    #[error("The session has not started yet: press Start first.")]
    NotStarted,
    #[error("The session is already under way.")]
    AlreadyStarted,
    #[error("This session has finished, so it can no longer change.")]
    Finished,
    #[error("The timer is not running, so there is nothing to pause.")]
    NotRunning,
    #[error("The timer is not paused, so there is nothing to resume.")]
    NotPaused,
    #[error("This is the last step: use Finish to end the session.")]
    LastStep,
    #[error("This is the first step: there is no step before it.")]
    FirstStep,
    /// `index` is zero-based; the message counts from one, as people do.
    #[error("There is no step {} on an agenda of {len} steps.", .index + 1)]
    IndexOutOfRange { index: usize, len: usize },
    #[error("This step has no questions to move between.")]
    NoQuestions,
    #[error("This is the step's last question: use Next to move on to the next step.")]
    LastQuestion,
    #[error("This is the step's first question: there is no question before it.")]
    FirstQuestion,
    /// `index` is zero-based; the message counts from one, as people do.
    #[error("There is no question {} in a step of {len} questions.", .index + 1)]
    QuestionOutOfRange { index: usize, len: usize },
    #[error("Two steps of the agenda have the same id ({id}).")]
    DuplicateStepId { id: u32 },
    #[error("That step is no longer on the agenda.")]
    StepNotFound { id: u32 },
    #[error("This step is in progress: move to another step before removing it.")]
    RemoveCurrentStep,
    #[error("The agenda needs at least one step, so its only step cannot be removed.")]
    RemoveOnlyStep,
    #[error("The agenda has no steps: add one before starting.")]
    EmptyAgenda,
    #[error("The agenda is full: it can hold at most {max} steps.")]
    TooManySteps { max: usize },
    #[error(
        "The session has already moved past that step, so the steps after it cannot be replaced."
    )]
    PastStep,
    #[error("Give the step a title.")]
    EmptyTitle,
    #[error("The step title is too long: keep it under {max} characters.")]
    TitleTooLong { max: usize },
    #[error("A step needs at least {min_secs} seconds.")]
    StepTooShort { min_secs: u32 },
    #[error("A step can last at most {} hours.", .max_secs / 3600)]
    StepTooLong { max_secs: u32 },
    #[error("That is not one of this technique's agenda lengths.")]
    UnknownLength,
}
