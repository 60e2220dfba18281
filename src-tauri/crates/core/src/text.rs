//! Cleaning of text people type: Unicode normalised, control characters removed, and the
//! key under which two spellings of the same person are recognised as one.

use unicode_normalization::UnicodeNormalization;

/// A single-line value (a title, a name): NFC-normalised, control characters dropped and
/// runs of whitespace collapsed to one space, trimmed.
pub fn clean_line(raw: &str) -> String {
    let normalised: String = raw.nfc().collect();
    normalised
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A multi-line value (a purpose, a note): NFC-normalised, line breaks kept as `\n`,
/// other control characters dropped, trailing spaces and surrounding blank lines trimmed.
pub fn clean_block(raw: &str) -> String {
    let normalised: String = raw
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .nfc()
        .collect();
    let lines: Vec<String> = normalised
        .split('\n')
        .map(|line| {
            line.chars()
                .map(|c| if c == '\t' { ' ' } else { c })
                .filter(|c| !c.is_control())
                .collect::<String>()
                .trim_end()
                .to_string()
        })
        .collect();
    lines.join("\n").trim_matches('\n').to_string()
}

/// The key two records of one person share, whatever the case, accents' encoding or
/// spacing: "Dr  Aled Jones" at "NHS Wales" and "dr aled jones" at "nhs wales" are one.
pub fn person_key(name: &str, organisation: &str) -> String {
    format!(
        "{}\u{1f}{}",
        clean_line(name).to_lowercase(),
        clean_line(organisation).to_lowercase()
    )
}

/// Characters, not bytes: the limit people are told about.
pub fn char_len(s: &str) -> usize {
    s.chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_line_collapses_whitespace_and_drops_controls() {
        assert_eq!(clean_line("  Ward\t7 \u{0}go-live \n"), "Ward 7 go-live");
    }

    #[test]
    fn clean_line_normalises_decomposed_accents() {
        // "ŵ" typed as w + combining circumflex must equal the precomposed letter.
        assert_eq!(clean_line("Gw\u{0302}yn"), "Gŵyn");
    }

    #[test]
    fn clean_block_keeps_line_breaks_but_not_windows_endings() {
        assert_eq!(
            clean_block("\r\nfirst\r\n\r\nsecond  \r\n"),
            "first\n\nsecond"
        );
    }

    #[test]
    fn person_key_ignores_case_and_spacing() {
        assert_eq!(
            person_key("Dr  Aled Jones", "NHS Wales"),
            person_key("dr aled jones", " nhs wales ")
        );
        assert_ne!(
            person_key("Sam Lee", "Ward 7"),
            person_key("Sam Lee", "Ward 8")
        );
    }
}
