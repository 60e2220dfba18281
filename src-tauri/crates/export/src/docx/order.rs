//! Property elements put in the order the schema gives them.
//!
//! docx-rs writes the children of `w:rPr`, `w:pPr`, `w:sectPr`, `w:style` and others in an
//! order of its own (`w:sz` before `w:b`, `w:rPr` first in `w:pPr`, `w:pgSz` before the
//! header references). ECMA-376 defines most of these as sequences, and Word is known to
//! drop run properties that come out of order (a colour or a font silently lost), so each
//! such element's children are sorted into the schema's order. Nothing else changes: the
//! text is passed through exactly as docx-rs escaped it.

use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, Writer};

/// The children of each sorted element, in schema order (ECMA-376 Part 1, transitional).
/// Names not listed keep their place after the listed ones.
fn schema_order(element: &[u8]) -> Option<&'static [&'static str]> {
    Some(match element {
        b"w:pPr" => &[
            "pStyle",
            "keepNext",
            "keepLines",
            "pageBreakBefore",
            "framePr",
            "widowControl",
            "numPr",
            "suppressLineNumbers",
            "pBdr",
            "shd",
            "tabs",
            "suppressAutoHyphens",
            "kinsoku",
            "wordWrap",
            "overflowPunct",
            "topLinePunct",
            "autoSpaceDE",
            "autoSpaceDN",
            "bidi",
            "adjustRightInd",
            "snapToGrid",
            "spacing",
            "ind",
            "contextualSpacing",
            "mirrorIndents",
            "suppressOverlap",
            "jc",
            "textDirection",
            "textAlignment",
            "textboxTightWrap",
            "outlineLvl",
            "divId",
            "cnfStyle",
            "rPr",
            "sectPr",
            "pPrChange",
        ],
        b"w:rPr" => &[
            "ins",
            "del",
            "moveFrom",
            "moveTo",
            "rStyle",
            "rFonts",
            "b",
            "bCs",
            "i",
            "iCs",
            "caps",
            "smallCaps",
            "strike",
            "dstrike",
            "outline",
            "shadow",
            "emboss",
            "imprint",
            "noProof",
            "snapToGrid",
            "vanish",
            "webHidden",
            "color",
            "spacing",
            "w",
            "kern",
            "position",
            "sz",
            "szCs",
            "highlight",
            "u",
            "effect",
            "bdr",
            "shd",
            "fitText",
            "vertAlign",
            "rtl",
            "cs",
            "em",
            "lang",
            "eastAsianLayout",
            "specVanish",
            "oMath",
            "rPrChange",
        ],
        b"w:numPr" => &["ilvl", "numId", "numberingChange", "ins"],
        b"w:pBdr" => &["top", "left", "bottom", "right", "between", "bar"],
        b"w:tblPr" => &[
            "tblStyle",
            "tblpPr",
            "tblOverlap",
            "bidiVisual",
            "tblStyleRowBandSize",
            "tblStyleColBandSize",
            "tblW",
            "jc",
            "tblCellSpacing",
            "tblInd",
            "tblBorders",
            "shd",
            "tblLayout",
            "tblCellMar",
            "tblLook",
            "tblCaption",
            "tblDescription",
            "tblPrChange",
        ],
        b"w:tblBorders" | b"w:tcBorders" => &[
            "top", "left", "start", "bottom", "right", "end", "insideH", "insideV", "tl2br",
            "tr2bl",
        ],
        b"w:tblCellMar" | b"w:tcMar" => &["top", "left", "start", "bottom", "right", "end"],
        b"w:tcPr" => &[
            "cnfStyle",
            "tcW",
            "gridSpan",
            "hMerge",
            "vMerge",
            "tcBorders",
            "shd",
            "noWrap",
            "tcMar",
            "textDirection",
            "tcFitText",
            "vAlign",
            "hideMark",
            "tcPrChange",
        ],
        // Header and footer references may come in any order among themselves: one rank.
        b"w:sectPr" => &[
            "headerReference",
            "footnotePr",
            "endnotePr",
            "type",
            "pgSz",
            "pgMar",
            "paperSrc",
            "pgBorders",
            "lnNumType",
            "pgNumType",
            "cols",
            "formProt",
            "vAlign",
            "noEndnote",
            "titlePg",
            "textDirection",
            "bidi",
            "rtlGutter",
            "docGrid",
            "printerSettings",
            "sectPrChange",
        ],
        b"w:style" => &[
            "name",
            "aliases",
            "basedOn",
            "next",
            "link",
            "autoRedefine",
            "hidden",
            "uiPriority",
            "semiHidden",
            "unhideWhenUsed",
            "qFormat",
            "locked",
            "personal",
            "personalCompose",
            "personalReply",
            "rsid",
            "pPr",
            "rPr",
            "tblPr",
            "trPr",
            "tcPr",
            "tblStylePr",
        ],
        b"w:lvl" => &[
            "start",
            "numFmt",
            "lvlRestart",
            "pStyle",
            "isLgl",
            "suff",
            "lvlText",
            "lvlPicBulletId",
            "legacy",
            "lvlJc",
            "pPr",
            "rPr",
        ],
        b"w:docDefaults" => &["rPrDefault", "pPrDefault"],
        _ => return None,
    })
}

fn rank(order: &[&str], child: &[u8]) -> usize {
    let local = match child.iter().position(|&b| b == b':') {
        Some(colon) => &child[colon + 1..],
        None => child,
    };
    let local = if local == b"footerReference" {
        &b"headerReference"[..]
    } else {
        local
    };
    order
        .iter()
        .position(|name| name.as_bytes() == local)
        .unwrap_or(order.len())
}

enum Node<'a> {
    Element {
        start: BytesStart<'a>,
        children: Vec<Node<'a>>,
        /// The closing tag, or `None` for an empty element (`<w:b/>`).
        end: Option<Event<'a>>,
    },
    Other(Event<'a>),
}

/// `xml` with the children of each property element in schema order, or `None` if it
/// could not be read (then the part is best left as docx-rs wrote it).
pub(super) fn canonical(xml: &str) -> Option<Vec<u8>> {
    let mut reader = Reader::from_str(xml);
    // The open elements, each with the children read so far; the root level first.
    let mut stack: Vec<(Option<BytesStart>, Vec<Node>)> = vec![(None, Vec::new())];
    loop {
        match reader.read_event().ok()? {
            Event::Eof => break,
            Event::Start(start) => stack.push((Some(start), Vec::new())),
            Event::End(end) => {
                let (start, mut children) = stack.pop()?;
                let start = start?;
                sort(&start, &mut children);
                stack.last_mut()?.1.push(Node::Element {
                    start,
                    children,
                    end: Some(Event::End(end)),
                });
            }
            Event::Empty(start) => stack.last_mut()?.1.push(Node::Element {
                start,
                children: Vec::new(),
                end: None,
            }),
            other => stack.last_mut()?.1.push(Node::Other(other)),
        }
    }
    let (_, nodes) = stack.pop()?;
    if !stack.is_empty() {
        return None;
    }
    let mut writer = Writer::new(Vec::with_capacity(xml.len()));
    for node in nodes {
        write(&mut writer, node).ok()?;
    }
    Some(writer.into_inner())
}

/// Sorts `children` of `parent` if it is a property element and holds only elements.
fn sort(parent: &BytesStart, children: &mut [Node]) {
    let Some(order) = schema_order(parent.name().as_ref()) else {
        return;
    };
    if children.iter().any(|c| matches!(c, Node::Other(_))) {
        return;
    }
    children.sort_by_key(|child| match child {
        Node::Element { start, .. } => rank(order, start.name().as_ref()),
        Node::Other(_) => order.len(),
    });
}

fn write(writer: &mut Writer<Vec<u8>>, node: Node) -> std::io::Result<()> {
    match node {
        Node::Other(event) => writer.write_event(event),
        Node::Element {
            start,
            children,
            end: None,
        } if children.is_empty() => writer.write_event(Event::Empty(start)),
        Node::Element {
            start,
            children,
            end,
        } => {
            let end = match end {
                Some(end) => end,
                None => Event::End(start.to_end().into_owned()),
            };
            writer.write_event(Event::Start(start))?;
            for child in children {
                write(writer, child)?;
            }
            writer.write_event(end)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::canonical;

    fn run(xml: &str) -> String {
        String::from_utf8(canonical(xml).expect("readable")).expect("utf-8")
    }

    #[test]
    fn run_and_paragraph_properties_follow_the_schema() {
        let xml = r#"<w:p><w:pPr><w:rPr/><w:spacing w:after="0"/><w:pBdr><w:bottom w:val="single"/><w:top w:val="single"/></w:pBdr><w:keepNext/><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:sz w:val="20"/><w:color w:val="005EB8"/><w:b/></w:rPr><w:t xml:space="preserve">a &amp; b &lt;c&gt; 😀</w:t></w:r></w:p>"#;
        assert_eq!(
            run(xml),
            r#"<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:keepNext/><w:pBdr><w:top w:val="single"/><w:bottom w:val="single"/></w:pBdr><w:spacing w:after="0"/><w:rPr/></w:pPr><w:r><w:rPr><w:b/><w:color w:val="005EB8"/><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve">a &amp; b &lt;c&gt; 😀</w:t></w:r></w:p>"#
        );
    }

    #[test]
    fn header_and_footer_references_keep_their_order_and_lead_the_section() {
        let xml = r#"<w:sectPr><w:pgSz/><w:headerReference w:type="default"/><w:footerReference w:type="default"/><w:headerReference w:type="first"/><w:titlePg/></w:sectPr>"#;
        assert_eq!(
            run(xml),
            r#"<w:sectPr><w:headerReference w:type="default"/><w:footerReference w:type="default"/><w:headerReference w:type="first"/><w:pgSz/><w:titlePg/></w:sectPr>"#
        );
    }

    #[test]
    fn broken_xml_is_left_alone() {
        assert!(canonical("<w:p><w:r></w:p>").is_none());
        assert!(canonical("<w:p>").is_none());
    }
}
