//! The document's look: NHS colours, Arial 11 pt, the Title and Heading 1–3 styles, the
//! bullet list, the A4 page, and the header and footer.

use docx_rs::{
    AbstractNumbering, Docx, Footer, Header, Level, LevelJc, LevelText, LineSpacing,
    LineSpacingType, NumPages, NumberFormat, Numbering, PageMargin, PageNum, ParagraphBorder,
    ParagraphBorderPosition, ParagraphBorders, Run, RunFonts, SpecialIndentType, Start, Style,
    StyleType, Tab, TabValueType,
};

use super::text;
use super::Ids;
use crate::Record;

/// NHS Dark Blue: headings and the title.
pub(super) const DARK_BLUE: &str = "003087";
/// NHS Blue: the technique's name above the title.
pub(super) const BLUE: &str = "005EB8";
/// NHS Dark Grey: labels, prompts, the header and footer.
pub(super) const GREY: &str = "425563";
/// NHS Pale Grey: table rules.
pub(super) const RULE: &str = "D8DDE0";
/// Pale blue: the fill of table header rows.
pub(super) const HEADER_FILL: &str = "E8F1FA";

/// The bullet list's numbering id. Id 1 is docx-rs's own numbered list ("1.", "(2)"…).
pub(super) const BULLETS: usize = 2;

/// The width between the margins of an A4 page with 2 cm side margins, in twips.
pub(super) const TEXT_WIDTH: usize = 11906 - 2 * 1134;

/// The document with its defaults, styles, bullet list and A4 page set.
pub(super) fn document() -> Docx {
    let arial = RunFonts::new()
        .ascii("Arial")
        .hi_ansi("Arial")
        .cs("Arial")
        .east_asia("Arial");
    Docx::new()
        .default_fonts(arial)
        .default_size(22)
        .default_line_spacing(
            LineSpacing::new()
                .before(0)
                .after(120)
                .line(264)
                .line_rule(LineSpacingType::Auto),
        )
        .add_style(title())
        .add_style(heading(1, 32, 360, 120))
        .add_style(heading(2, 26, 280, 80))
        .add_style(heading(3, 23, 200, 60))
        .add_abstract_numbering(bullet_list())
        .add_numbering(Numbering::new(BULLETS, BULLETS))
        .page_size(11906, 16838)
        .page_margin(
            PageMargin::new()
                .top(1304)
                .bottom(1304)
                .left(1134)
                .right(1134)
                .header(624)
                .footer(567)
                .gutter(0),
        )
}

/// The session's title, large and dark blue.
fn title() -> Style {
    let mut style = Style::new("Title", StyleType::Paragraph)
        .name("Title")
        .based_on("Normal")
        .next("Normal")
        .size(44)
        .bold()
        .color(DARK_BLUE)
        .line_spacing(
            LineSpacing::new()
                .before(0)
                .after(160)
                .line(240)
                .line_rule(LineSpacingType::Auto),
        );
    style.paragraph_property = style.paragraph_property.keep_next(true).keep_lines(true);
    style
}

/// Heading `level` (1–3): dark blue and bold, kept with the paragraph after it so that a
/// heading never ends a page alone. `size` is in half-points, spacing in twips.
fn heading(level: usize, size: usize, before: u32, after: u32) -> Style {
    let mut style = Style::new(format!("Heading{level}"), StyleType::Paragraph)
        .name(format!("heading {level}"))
        .based_on("Normal")
        .next("Normal")
        .size(size)
        .bold()
        .color(DARK_BLUE)
        .outline_lvl(level - 1)
        .line_spacing(
            LineSpacing::new()
                .before(before)
                .after(after)
                .line(240)
                .line_rule(LineSpacingType::Auto),
        );
    style.paragraph_property = style.paragraph_property.keep_next(true).keep_lines(true);
    style
}

/// A round bullet, then an open one for a second level.
fn bullet_list() -> AbstractNumbering {
    let level = |n: usize, bullet: &str| {
        let indent = 360 * (n as i32 + 1);
        Level::new(
            n,
            Start::new(1),
            NumberFormat::new("bullet"),
            LevelText::new(bullet),
            LevelJc::new("left"),
        )
        .indent(
            Some(indent),
            Some(SpecialIndentType::Hanging(283)),
            None,
            None,
        )
        .fonts(RunFonts::new().ascii("Arial").hi_ansi("Arial").cs("Arial"))
    };
    AbstractNumbering::new(BULLETS)
        .add_level(level(0, "\u{2022}"))
        .add_level(level(1, "\u{25E6}"))
}

/// The header and footer paragraphs: small and grey, set off from the text by a pale rule,
/// with a right-aligned tab stop at the right margin. The page-number fields take their
/// look from these styles.
fn margin_text(id: &str, name: &str, border: ParagraphBorderPosition) -> Style {
    let mut style = Style::new(id, StyleType::Paragraph)
        .name(name)
        .based_on("Normal")
        .size(17)
        .color(GREY)
        .line_spacing(
            LineSpacing::new()
                .before(0)
                .after(0)
                .line(240)
                .line_rule(LineSpacingType::Auto),
        );
    style.paragraph_property = style
        .paragraph_property
        .set_borders(
            ParagraphBorders::with_empty()
                .set(ParagraphBorder::new(border).size(4).space(4).color(RULE)),
        )
        .add_tab(Tab::new().val(TabValueType::Right).pos(TEXT_WIDTH));
    style
}

/// As in the PDF: the header, on every page but the first (where the title itself
/// stands), has the session title and, on the right, the technique; the footer, on every
/// page, "Exported on 25 Nov 2026" and, on the right, "Page X of Y" (Word fields).
pub(super) fn header_and_footer(docx: Docx, ids: &mut Ids, record: &Record) -> Docx {
    let header = Header::new().add_paragraph(
        ids.paragraph()
            .style("Header")
            .add_run(text::run(&record.title))
            .add_run(Run::new().add_tab())
            .add_run(text::run(&record.technique).bold().color(BLUE)),
    );
    docx.add_style(margin_text(
        "Header",
        "header",
        ParagraphBorderPosition::Bottom,
    ))
    .add_style(margin_text(
        "Footer",
        "footer",
        ParagraphBorderPosition::Top,
    ))
    .header(header)
    .first_header(Header::new().add_paragraph(ids.paragraph()))
    .footer(footer(ids, &record.exported_on))
    .first_footer(footer(ids, &record.exported_on))
}

fn footer(ids: &mut Ids, exported_on: &str) -> Footer {
    let exported = exported_on.trim();
    let exported = if exported.starts_with("Exported") {
        exported.to_owned()
    } else {
        format!("Exported on {exported}")
    };
    Footer::new().add_paragraph(
        ids.paragraph()
            .style("Footer")
            .add_run(text::run(&exported))
            .add_run(Run::new().add_tab())
            .add_run(text::run("Page "))
            .add_page_num(PageNum::new())
            .add_run(text::run(" of "))
            .add_num_pages(NumPages::new()),
    )
}
