//! User text made safe for WordprocessingML: characters XML 1.0 forbids are dropped, and
//! newlines and tabs become Word's own line breaks and tabs, so that every other character
//! reaches the document literally (docx-rs escapes `&`, `<`, `>` and quotes itself).

use docx_rs::{BreakType, Paragraph, Run};

/// `text` without the characters XML 1.0 cannot carry (C0 controls other than tab, line
/// feed and carriage return, and the non-characters U+FFFE and U+FFFF), with every line
/// ending made a plain `\n`.
pub(super) fn clean(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    text.chars()
        .filter(|&c| {
            !matches!(c, '\u{0}'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}')
        })
        .collect()
}

/// A run holding `text` literally: each `\n` a line break, each tab a Word tab.
pub(super) fn run(text: &str) -> Run {
    let text = clean(text);
    let mut run = Run::new();
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        for (j, piece) in line.split('\t').enumerate() {
            if j > 0 {
                run = run.add_tab();
            }
            if !piece.is_empty() {
                run = run.add_text(piece);
            }
        }
    }
    run
}

/// The paragraphs of `text`: its lines, with blank ones left out.
pub(super) fn paragraphs(text: &str) -> Vec<String> {
    clean(text)
        .split('\n')
        .filter(|line| !line.trim().is_empty())
        .map(str::to_owned)
        .collect()
}

/// Whether `text` reads right to left: its first letter is Hebrew or Arabic script.
pub(super) fn is_rtl(text: &str) -> bool {
    text.chars().find(|c| c.is_alphabetic()).is_some_and(|c| {
        matches!(c,
                '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
    })
}

/// `paragraph` laid out right to left when its `text` starts in a right-to-left script.
pub(super) fn directed(mut paragraph: Paragraph, text: &str) -> Paragraph {
    if is_rtl(text) {
        paragraph.property = paragraph.property.bidi(true);
    }
    paragraph
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_drops_what_xml_forbids_and_keeps_the_rest() {
        let text = "a\u{0}b\u{8}c\u{B}d\u{C}e\u{1F}f\u{FFFE}g\th\ni\r\nj\rk 😀 مرحبا";
        assert_eq!(clean(text), "abcdefg\th\ni\nj\nk 😀 مرحبا");
    }

    #[test]
    fn paragraphs_skip_blank_lines() {
        assert_eq!(
            paragraphs("one\n\n  \ntwo\r\nthree"),
            ["one", "two", "three"]
        );
    }

    #[test]
    fn rtl_is_judged_by_the_first_letter() {
        assert!(is_rtl("مرحبا بكم"));
        assert!(is_rtl("1. שלום"));
        assert!(!is_rtl("Hello مرحبا"));
        assert!(!is_rtl("😀 123"));
    }
}
