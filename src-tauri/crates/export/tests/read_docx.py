"""Reads a .docx with python-docx, a reader independent of the one that wrote it, and prints
what a person would see as JSON: the body in order (paragraphs with their style, list
numbering and formatting; tables as rows of cell texts), the headers and footers, the
numbering part and the zip entries with their compression.

Usage: python3 read_docx.py FILE.docx
"""

import json
import sys
import zipfile

try:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
except ImportError:
    print("python-docx is missing: pip install python-docx", file=sys.stderr)
    sys.exit(3)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# The schema's order of children (ECMA-376 Part 1) for the property elements Word is known
# to be strict about; written out here independently of the renderer's own table.
ORDER = {
    "pPr": "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd tabs "
    "suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd "
    "snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment "
    "textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange",
    "rPr": "ins del moveFrom moveTo rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss "
    "imprint noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd "
    "fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath",
    "numPr": "ilvl numId",
    "tblPr": "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc tblCellSpacing "
    "tblInd tblBorders shd tblLayout tblCellMar tblLook",
    "tcPr": "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText vAlign hideMark",
    "sectPr": "headerReference footnotePr endnotePr type pgSz pgMar paperSrc pgBorders lnNumType pgNumType cols "
    "formProt vAlign noEndnote titlePg textDirection bidi rtlGutter docGrid printerSettings",
    "style": "name aliases basedOn next link autoRedefine hidden uiPriority semiHidden unhideWhenUsed qFormat locked "
    "personal personalCompose personalReply rsid pPr rPr tblPr trPr tcPr tblStylePr",
    "lvl": "start numFmt lvlRestart pStyle isLgl suff lvlText lvlPicBulletId legacy lvlJc pPr rPr",
}
ORDER = {name: children.split() for name, children in ORDER.items()}


def order_violations(xml_bytes, part):
    """Each property element whose children are out of the schema's order."""
    from lxml import etree

    found = []
    for element in etree.fromstring(xml_bytes).iter():
        if not isinstance(element.tag, str) or not element.tag.startswith(W):
            continue
        order = ORDER.get(element.tag[len(W):])
        if order is None:
            continue
        names = [c.tag[len(W):] for c in element if isinstance(c.tag, str)]
        names = ["headerReference" if n == "footerReference" else n for n in names]
        ranks = [order.index(n) if n in order else len(order) for n in names]
        if ranks != sorted(ranks):
            found.append(f"{part}: {element.tag[len(W):]} has {names}")
    return found


def paragraph(p):
    num_id = None
    ppr = p._p.pPr
    if ppr is not None and ppr.numPr is not None and ppr.numPr.numId is not None:
        num_id = str(ppr.numPr.numId.val)
    runs = [r for r in p.runs if r.text]
    return {
        "kind": "paragraph",
        "text": p.text,
        "style": p.style.name if p.style is not None else None,
        "num_id": num_id,
        "bold": bool(runs) and all(r.bold for r in runs),
        "italic": bool(runs) and all(r.italic for r in runs),
        "bidi": ppr is not None and ppr.find(W + "bidi") is not None,
    }


def table(t):
    return {
        "kind": "table",
        "rows": [[cell.text for cell in row.cells] for row in t.rows],
        "repeating_header_rows": sum(
            1 for row in t.rows if row._tr.trPr is not None and row._tr.trPr.find(W + "tblHeader") is not None
        ),
    }


def main(path):
    document = docx.Document(path)
    body = []
    for child in document.element.body.iterchildren():
        if child.tag == W + "p":
            body.append(paragraph(Paragraph(child, document)))
        elif child.tag == W + "tbl":
            body.append(table(Table(child, document)))

    section = document.sections[0]
    parts = {
        "header": section.header,
        "first_page_header": section.first_page_header,
        "footer": section.footer,
        "first_page_footer": section.first_page_footer,
    }
    margins = {
        name: {
            "linked": part.is_linked_to_previous,
            "text": "\n".join(p.text for p in part.paragraphs),
            "xml": part._element.xml if not part.is_linked_to_previous else "",
        }
        for name, part in parts.items()
    }

    with zipfile.ZipFile(path) as package:
        entries = [
            {"name": i.filename, "compress_type": i.compress_type, "size": i.file_size, "compressed": i.compress_size}
            for i in package.infolist()
        ]
        numbering = package.read("word/numbering.xml").decode("utf-8")
        document_xml = package.read("word/document.xml").decode("utf-8")
        violations = []
        for name in package.namelist():
            if name.startswith("word/") and name.endswith(".xml") and "/_rels/" not in name:
                violations += order_violations(package.read(name), name)

    json.dump(
        {
            "body": body,
            "margins": margins,
            "different_first_page": section.different_first_page_header_footer,
            "page_width_mm": round(section.page_width.mm),
            "page_height_mm": round(section.page_height.mm),
            "numbering_xml": numbering,
            "document_xml": document_xml,
            "entries": entries,
            "order_violations": violations,
        },
        sys.stdout,
        ensure_ascii=False,
    )


if __name__ == "__main__":
    main(sys.argv[1])
