//! Session records rendered as Word (.docx) and PDF. Deliberately empty until the export
//! issue fills it; the crate exists now so the dependency direction (shell -> export ->
//! core) is fixed from the start.
